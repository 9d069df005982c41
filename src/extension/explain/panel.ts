// One webview panel with the latest explanation; its buttons open the answering site and apply the fix.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Explanation, ExplainLocation } from '../../analysis/explain';
import { PositionMap } from '../diagnostics';
import { explainHtml } from './html';

/** An explanation and the workspace files it was made from (the fix's offsets refer to that text). */
export interface ShownExplanation {
  readonly explanation: Explanation;
  readonly message: string;
  /** The document a workspace-relative file name stands for. */
  readonly uriOf: (file: string) => vscode.Uri | undefined;
  /** The text explain() read, by workspace-relative file name. */
  readonly textOf: (file: string) => string | undefined;
}

export interface OpenedLocation {
  readonly file: string;
  readonly line: number;
}

export class ExplainPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: ShownExplanation | undefined;
  private applied: string | undefined;
  private refused: string | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(shown: ShownExplanation): void {
    this.shown = shown;
    this.applied = undefined;
    this.refused = undefined;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('corsLens.explain', 'CORS error explained', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m));
    }
    this.render();
    this.panel.reveal(undefined, true);
  }

  private render(): void {
    if (!this.panel || !this.shown) return;
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.html = explainHtml(this.shown.explanation, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'probe.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'explain.js')).toString(),
      message: this.shown.message,
      ...(this.applied ? { applied: this.applied } : {}),
      ...(this.refused ? { refused: this.refused } : {}),
    });
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; which?: unknown };
    try {
      if (m.type === 'open' && (m.which === 'site' || m.which === 'cause')) await this.open(m.which);
      else if (m.type === 'apply-fix') await this.applyFix();
    } catch (err) {
      void vscode.window.showWarningMessage(`CORS Lens: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Opens the answering site (or the line that decides) with its range selected. */
  async open(which: 'site' | 'cause' = 'site'): Promise<OpenedLocation | undefined> {
    const e = this.shown?.explanation;
    const at: ExplainLocation | undefined = which === 'cause' ? e?.cause ?? e?.site : e?.site;
    if (!this.shown || !at) return undefined;
    const uri = this.shown.uriOf(at.file);
    const text = this.shown.textOf(at.file);
    if (!uri || text === undefined) return undefined;
    const selection = new PositionMap(text).range(at.range);
    const shown = await vscode.window.showTextDocument(uri, { selection, viewColumn: vscode.ViewColumn.One })
      .then(editor => { editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport); return true; },
        () => { void vscode.window.showWarningMessage(`CORS Lens: cannot open ${at.file}.`); return false; });
    return shown ? { file: at.file, line: at.line } : undefined;
  }

  /** Applies the explanation's fix through a WorkspaceEdit; refused when the file changed since it was read. */
  async applyFix(): Promise<(OpenedLocation & { fix: string }) | undefined> {
    const e = this.shown?.explanation;
    if (!this.shown || !e?.fix || !e.fixFile || this.applied) return undefined;
    const uri = this.shown.uriOf(e.fixFile);
    const text = this.shown.textOf(e.fixFile);
    if (!uri || text === undefined) return undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText() !== text) {
      this.refused = `${e.fixFile} changed since the explanation was made; run "CORS: Explain CORS error" again to get a fix for the current code.`;
      this.render();
      void vscode.window.showWarningMessage(`CORS Lens: ${this.refused}`);
      return undefined;
    }
    const positions = new PositionMap(text);
    const edit = new vscode.WorkspaceEdit();
    for (const change of e.fix.edits) edit.replace(uri, positions.range(change.range), change.text);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    this.applied = e.fix.title;
    this.render();
    const at = e.fix.edits[0] ? positions.range(e.fix.edits[0].range) : undefined;
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: true, ...(at ? { selection: new vscode.Range(at.start, at.start) } : {}) });
    vscode.window.setStatusBarMessage(`CORS Lens: ${e.fix.title}`, 3000);
    return { file: e.fixFile, line: (at?.start.line ?? 0) + 1, fix: e.fix.title };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
