import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cors-lens.cors-lens';
export const SOURCE = 'CORS Lens';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Writes a file into the test workspace on disk (not through an editor). */
export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  return uri;
}

/** Sets (or, with undefined, resets) a corsLens.* setting in the user settings. */
export function updateSetting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('corsLens').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function openWorkspaceFile(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

export async function openUntitled(language: string, content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc);
}

export function corsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function rulesOf(uri: vscode.Uri): string[] {
  return corsDiagnostics(uri).map(ruleOf).sort();
}

/**
 * Waits until the CORS Lens diagnostics of `uri` satisfy `ok`, as a user would wait for the
 * squiggle; fails with what was last seen.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diags = corsDiagnostics(uri);
    if (ok(diags)) return diags;
    if (Date.now() > deadline) {
      assert.fail(`timed out waiting for ${what} in ${uri.path}; saw: ${JSON.stringify(diags.map(describeDiagnostic))}`);
    }
    await new Promise<void>(resolve => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => { sub.dispose(); resolve(); });
      setTimeout(() => { sub.dispose(); resolve(); }, 200);
    });
  }
}

/** `rule@line:col-line:col`, 1-based, for assertions and failure messages. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleOf(d)}@${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** The text a diagnostic underlines. */
export function underlined(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

/** Closes every editor without a save prompt (a prompt would hang the suite). */
export async function closeAllEditorsDiscarding(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Code actions VS Code would show in the light bulb for `range`. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', uri, range, kind?.value)) ?? [];
}

/** Applies an action's edit the way the light bulb does and fails if VS Code refuses it. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `applyEdit refused "${action.title}"`);
}

/** Polls `check` until it returns a value (state the main thread syncs to the extension host lags a little). */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
