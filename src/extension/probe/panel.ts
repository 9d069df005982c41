// One webview panel that shows the latest probe report.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { lineStarts, positionAt } from '../../analysis/model/range';
import type { Report } from '../../probe/probe';
import type { LoadedAnswer } from './answer';
import { probeHtml } from './html';

export interface ConfigSite {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  readonly label: string;
}

export class ProbePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private sites: readonly ConfigSite[] = [];
  private answer: LoadedAnswer | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(report: Report, sites: readonly ConfigSite[], timeoutMs: number, answer?: LoadedAnswer): void {
    this.sites = sites;
    this.answer = answer;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const title = `CORS probe: ${report.request.method} ${report.request.url}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('corsLens.probe', title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [media],
      });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m));
    }
    const webview = this.panel.webview;
    this.panel.title = title;
    webview.html = probeHtml(report, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'probe.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'probe.js')).toString(),
      sites,
      timeoutMs,
      ...(answer ? { answer: summary(answer) } : {}),
    });
    this.panel.reveal(undefined, true);
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: string; text?: unknown; index?: unknown };
    if (m.type === 'copy' && typeof m.text === 'string') {
      await vscode.env.clipboard.writeText(m.text);
      vscode.window.setStatusBarMessage('CORS Lens: curl command copied', 3000);
    } else if (m.type === 'open-answer' || m.type === 'apply-fix') {
      await this.handleAnswer(m.type);
    } else if (m.type === 'open-site' && typeof m.index === 'number') {
      const site = this.sites[m.index];
      if (!site) return;
      // The file may have moved since the probe ran.
      await vscode.window.showTextDocument(site.uri, { selection: site.range, viewColumn: vscode.ViewColumn.One })
        .then(undefined, () => vscode.window.showWarningMessage(`CORS Lens: cannot open ${site.uri.fsPath}.`));
    }
  }

  /** Opens the answering site or applies its fix; answers the location or the fix applied, undefined when there is none. */
  async handleAnswer(type: 'open-answer' | 'apply-fix'): Promise<{ file: string; line: number; fix?: string } | undefined> {
    const a = this.answer;
    if (!a) return undefined;
    const where = { file: a.answer.site.file, line: a.answer.site.line };
    if (type === 'open-answer') {
      const shown = await vscode.window.showTextDocument(a.uri, { selection: toRange(a.text, a.answer.site.range), viewColumn: vscode.ViewColumn.One })
        .then(() => true, () => { void vscode.window.showWarningMessage(`CORS Lens: cannot open ${a.uri.fsPath}.`); return false; });
      return shown ? where : undefined;
    }
    const fix = a.answer.fix;
    if (!fix) return undefined;
    // The fix may edit an allowlist module the site imports rather than the site's file.
    const doc = await vscode.workspace.openTextDocument(a.fixUri);
    // The offsets are those of the text the probe report was made from.
    if (doc.getText() !== a.fixText) {
      void vscode.window.showWarningMessage('CORS Lens: the file changed since the probe; probe again to get a fix for the current code.');
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(a.fixUri, toRange(a.fixText, e.range), e.text);
    if (await vscode.workspace.applyEdit(edit)) {
      this.answer = undefined;
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: true });
      vscode.window.setStatusBarMessage(`CORS Lens: ${fix.title}`, 3000);
      return { ...where, fix: fix.title };
    }
    return undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function toRange(text: string, range: { start: number; end: number }): vscode.Range {
  const starts = lineStarts(text);
  const at = (offset: number) => { const p = positionAt(starts, offset); return new vscode.Position(p.line - 1, p.column - 1); };
  return new vscode.Range(at(range.start), at(range.end));
}

/** What the report shows of the answer: the location relative to the workspace, the fix's title. */
export function summary(a: LoadedAnswer) {
  return {
    where: `${a.answer.site.file}:${a.answer.site.line}`,
    label: a.answer.label,
    why: a.answer.why,
    ...(a.answer.fix ? { fixTitle: a.answer.fix.title } : {}),
    ...(a.answer.note ? { note: a.answer.note } : {}),
  };
}
