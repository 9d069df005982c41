// One webview panel that shows the latest probe report.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Report } from '../../probe/probe';
import { probeHtml } from './html';

export interface ConfigSite {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  readonly label: string;
}

export class ProbePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private sites: readonly ConfigSite[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(report: Report, sites: readonly ConfigSite[], timeoutMs: number): void {
    this.sites = sites;
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
    });
    this.panel.reveal(undefined, true);
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: string; text?: unknown; index?: unknown };
    if (m.type === 'copy' && typeof m.text === 'string') {
      await vscode.env.clipboard.writeText(m.text);
      vscode.window.setStatusBarMessage('CORS Lens: curl command copied', 3000);
    } else if (m.type === 'open-site' && typeof m.index === 'number') {
      const site = this.sites[m.index];
      if (!site) return;
      // The file may have moved since the probe ran.
      await vscode.window.showTextDocument(site.uri, { selection: site.range, viewColumn: vscode.ViewColumn.One })
        .then(undefined, () => vscode.window.showWarningMessage(`CORS Lens: cannot open ${site.uri.fsPath}.`));
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
