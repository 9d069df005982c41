// "CORS: Explain CORS error" (and "... on the clipboard"): a pasted console message → the site that answered,
// one paragraph, "Go to <file:line>" and the site's fix, in a panel beside the editor. It only reads
// the workspace, so it runs in untrusted and virtual workspaces too.
import * as vscode from 'vscode';
import type { Explanation } from '../../analysis/explain';
import { activeDevOrigins } from '../settings';
import type { ExplainPanel } from './panel';

const TITLE = 'CORS: Explain CORS error';
const PLACEHOLDER = "Access to fetch at 'http://localhost:5000/api' from origin 'http://localhost:3000' has been blocked by CORS policy: …";

/** One line of the clipboard's message for the pick's detail. */
function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/**
 * Offers the clipboard's text when it holds a CORS message (kept as is, line breaks and all: an input
 * box would drop them), otherwise an input box to paste into. In a browser (vscode.dev, code-server)
 * reading the clipboard unasked raises the browser's permission error, so there the clipboard is
 * read only by "Explain CORS error on the clipboard", which the user asks for.
 */
async function promptForMessage(): Promise<string | undefined> {
  const { looksLikeCorsError } = await import('../../analysis/console-paste');
  const web = vscode.env.uiKind === vscode.UIKind.Web;
  const clipboard = web ? '' : await Promise.resolve(vscode.env.clipboard.readText()).catch(() => '');
  if (looksLikeCorsError(clipboard)) {
    const fromClipboard: vscode.QuickPickItem = { label: '$(clippy) Explain the message on the clipboard', detail: preview(clipboard) };
    const paste: vscode.QuickPickItem = { label: '$(edit) Paste another message…' };
    const pick = await vscode.window.showQuickPick([fromClipboard, paste], { title: TITLE, placeHolder: 'The clipboard holds a CORS error message' });
    if (!pick) return undefined;
    if (pick === fromClipboard) return clipboard;
  }
  return vscode.window.showInputBox({
    title: TITLE,
    prompt: `Paste the browser console message: "Access to fetch at …" (Chrome, Edge), "Cross-Origin Request Blocked: …" (Firefox) or Safari's "… due to access control checks" lines, or the request from DevTools' Copy as fetch / Copy as cURL${web ? '. "CORS: Explain CORS error on the clipboard" keeps its line breaks.' : ''}`,
    placeHolder: PLACEHOLDER,
    ignoreFocusOut: true,
    validateInput: value => {
      if (!value.trim()) return 'Paste the message from the browser console.';
      return looksLikeCorsError(value)
        ? undefined
        : { message: 'Not recognised as a CORS console message yet; CORS Lens will say what it can.', severity: vscode.InputBoxValidationSeverity.Warning };
    },
  });
}

/** The clipboard's text when it holds a CORS console message; otherwise says so. */
async function clipboardMessage(): Promise<string | undefined> {
  const { looksLikeCorsError } = await import('../../analysis/console-paste');
  const text = await Promise.resolve(vscode.env.clipboard.readText()).catch(() => '');
  if (looksLikeCorsError(text)) return text;
  void vscode.window.showWarningMessage('CORS Lens: the clipboard holds no CORS error message. Copy the console line ("Access to fetch at …" or "Cross-Origin Request Blocked: …"), or the request with DevTools\' Copy as fetch / Copy as cURL, and try again.');
  return undefined;
}

export function registerExplainCommand(context: vscode.ExtensionContext): vscode.Disposable {
  // Created on first use with the rest of the command's code.
  let panel: ExplainPanel | undefined;
  const run = async (message: string | undefined): Promise<Explanation | undefined> => {
    if (message === undefined || !message.trim()) return undefined;
    const { normalizeConsolePaste } = await import('../../analysis/console-paste');
    const text = normalizeConsolePaste(message);
    const explained = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'CORS Lens: explaining the CORS error' },
      async () => {
        // Loaded on first use: the route mapper and the simulator are not needed for activation.
        const [{ explainPaste }, { loadWorkspace }] = await Promise.all([import('../../analysis/paste/explain-paste'), import('../probe/answer')]);
        const { workspace, uriOf, readFile } = await loadWorkspace();
        const explanation = await explainPaste(text, workspace, { origin: activeDevOrigins()[0], readFile });
        return { explanation, uriOf, textOf: (file: string) => workspace.files.find(f => f.file === file)?.text };
      },
    ).then(undefined, (err: unknown) => {
      void vscode.window.showErrorMessage(`CORS Lens could not explain the message: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
    if (!explained) return undefined;
    if (!explained.explanation.parsed) {
      void vscode.window.showWarningMessage(explained.explanation.paragraph);
      return explained.explanation;
    }
    panel ??= new (await import('./panel')).ExplainPanel(context.extensionUri);
    panel.show({ ...explained, message });
    return explained.explanation;
  };
  const command = vscode.commands.registerCommand('corsLens.explainError',
    async (arg?: unknown) => run(typeof arg === 'string' ? arg : await promptForMessage()));
  const fromClipboard = vscode.commands.registerCommand('corsLens.explainClipboard', async () => run(await clipboardMessage()));
  // The panel's buttons, also reachable by executeCommand (host tests, keybindings): no palette entry.
  const openSite = vscode.commands.registerCommand('corsLens.explain.openSite', (which?: 'site' | 'cause') => panel?.open(which === 'cause' ? 'cause' : 'site'));
  const applyFix = vscode.commands.registerCommand('corsLens.explain.applyFix', () => panel?.applyFix());
  return vscode.Disposable.from(command, fromClipboard, openSite, applyFix, { dispose: () => panel?.dispose() });
}
