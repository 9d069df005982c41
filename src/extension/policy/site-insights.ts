// Hover and CodeLens on a CORS site: what the policy allows for each dev origin, simulated from the
// analysis the FindingStore already holds for the document's version (nothing is parsed here).
// The simulation code is loaded on the first hover or lens, not at activation.
import * as vscode from 'vscode';
import type { FindingStore, StoredAnalysis } from '../finding-store';
import type { SiteInsight } from './insights';

let insightsModule: Promise<typeof import('./insights')> | undefined;

async function insightsOf(stored: StoredAnalysis): Promise<readonly SiteInsight[]> {
  const { insightsFor } = await (insightsModule ??= import('./insights'));
  return insightsFor(stored);
}

async function current(store: FindingStore, doc: vscode.TextDocument): Promise<StoredAnalysis | undefined> {
  try {
    const stored = await store.get(doc);
    // Offsets of an older version would point at the wrong text.
    return stored && stored.version === doc.version ? stored : undefined;
  } catch {
    return undefined;
  }
}

export class SiteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: FindingStore) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const stored = await current(this.store, doc);
    if (!stored) return undefined;
    const hits = (await insightsOf(stored).catch(() => [])).filter(i => i.anchors.some(a => a.contains(position)));
    if (hits.length === 0) return undefined;
    return new vscode.Hover(hits.map(i => untrusted(i.markdown)), hits[0].anchors.find(a => a.contains(position)));
  }
}

/** Markdown from code: no command links, no HTML. */
export function untrusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function codeLensEnabled(scope: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('corsLens.codeLens', scope).get<boolean>('enabled', true) !== false;
}

export class SiteCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: FindingStore) {
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('corsLens.codeLens.enabled') || e.affectsConfiguration('corsLens.devOrigins')) this.changed.fire();
    });
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!codeLensEnabled(doc.uri)) return [];
    const stored = await current(this.store, doc);
    if (!stored) return [];
    return (await insightsOf(stored).catch(() => [])).filter(i => i.check.origins.length > 0).map(i => new vscode.CodeLens(
      new vscode.Range(i.range.start, i.range.start),
      { title: i.lensTitle, tooltip: i.tooltip, command: SHOW_DETAILS, arguments: [doc.uri, i.range.start] },
    ));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export const SHOW_DETAILS = 'corsLens.showSiteDetails';

/** The CodeLens click: put the cursor on the site and show its hover, the same details as hovering. */
export async function showSiteDetails(uri: unknown, position: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || !(position instanceof vscode.Position)) return false;
  try {
    const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preserveFocus: false });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.showHover');
    return true;
  } catch {
    void vscode.window.showWarningMessage(`CORS Lens: cannot open ${vscode.workspace.asRelativePath(uri)}.`);
    return false;
  }
}
