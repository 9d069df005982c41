// "CORS Policies" in the Explorer: every CORS site grouped by back end, its effective policy and its
// findings; a click reveals the range. Computed only while the view is visible, refreshed (debounced)
// when the live analysis or the workspace's files change.
import * as vscode from 'vscode';
import type { Severity } from '../../analysis/model/finding';
import type { FindingStore } from '../finding-store';
import type { LiveAnalysis } from '../live-analysis';
import { affectsAnalysis } from '../settings';
import type { OverviewNode, Place, WorkspacePolicies } from './overview-model';
import { untrusted } from './site-insights';

export const VIEW_ID = 'corsLens.policyOverview';
export const REVEAL = 'corsLens.policyOverview.reveal';
const REFRESH_DEBOUNCE_MS = 750;
/** The files the overview reads: sources and the files that declare ports. */
const WATCHED = '**/{*.py,*.js,*.cjs,*.mjs,*.ts,*.mts,*.cts,package.json,.env,.env.*,Procfile,Makefile,docker-compose.yml,compose.yaml}';

const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};
const SITE_COLOR: Record<Severity, vscode.ThemeColor> = {
  error: new vscode.ThemeColor('problemsErrorIcon.foreground'),
  warning: new vscode.ThemeColor('problemsWarningIcon.foreground'),
  info: new vscode.ThemeColor('problemsInfoIcon.foreground'),
};

function revealCommand(place: Place | undefined, title: string): vscode.Command | undefined {
  return place ? { command: REVEAL, title, arguments: [place.uri, place.range] } : undefined;
}

export class PolicyOverview implements vscode.TreeDataProvider<OverviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OverviewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: WorkspacePolicies | undefined;
  private roots: Promise<OverviewNode[]> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private view: vscode.TreeView<OverviewNode> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** How many times the workspace was loaded (tests check the view stays lazy). */
  loads = 0;

  constructor(private readonly store: FindingStore, private readonly log: vscode.LogOutputChannel, live: LiveAnalysis) {
    this.subscriptions.push(
      live.onDidAnalyze(() => this.invalidate()),
      vscode.workspace.onDidCloseTextDocument(() => this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.model?.forgetListing(); this.invalidate(); }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (affectsAnalysis(e)) { this.model?.clear(); this.invalidate(); }
      }),
    );
  }

  attach(view: vscode.TreeView<OverviewNode>): void {
    this.view = view;
    this.subscriptions.push(view.onDidChangeVisibility(e => {
      // Changes while hidden were only noted; catch up now.
      if (e.visible && this.roots === undefined) this.changed.fire(undefined);
    }));
  }

  /** Something the overview shows may have changed: reload soon if visible, else when next shown. */
  invalidate(): void {
    if (this.roots === undefined && !this.view?.visible) return;
    this.roots = undefined;
    if (!this.view?.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), REFRESH_DEBOUNCE_MS);
  }

  /** The title bar's refresh button: list the workspace again and reload now. */
  refresh(): void {
    this.model?.forgetListing();
    this.roots = undefined;
    clearTimeout(this.timer);
    this.changed.fire(undefined);
  }

  getChildren(node?: OverviewNode): vscode.ProviderResult<OverviewNode[]> {
    if (!node) return (this.roots ??= this.load());
    return node.kind === 'backend' || node.kind === 'site' ? [...node.children] : [];
  }

  private async load(): Promise<OverviewNode[]> {
    this.loads++;
    try {
      if (!this.model) {
        // Loaded on first use: the route mapper and the simulator are not needed for activation.
        const { WorkspacePolicies } = await import('./overview-model');
        this.model = new WorkspacePolicies(this.store, this.log);
        this.watch();
      }
      const started = performance.now();
      const roots = await this.model.load();
      const sites = roots.reduce((n, b) => n + (b.kind === 'backend' ? b.children.filter(c => c.kind === 'site').length : 0), 0);
      this.log.info(`policy overview: ${roots.length} back end(s), ${sites} site(s) in ${(performance.now() - started).toFixed(0)} ms`);
      return roots;
    } catch (err) {
      this.log.error(`policy overview: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return [];
    }
  }

  /** Files created, changed or deleted on disk, including the ones that only declare ports. */
  private watch(): void {
    this.watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
    this.subscriptions.push(
      this.watcher,
      this.watcher.onDidCreate(() => { this.model?.forgetListing(); this.invalidate(); }),
      this.watcher.onDidDelete(() => { this.model?.forgetListing(); this.invalidate(); }),
      this.watcher.onDidChange(() => this.invalidate()),
    );
  }

  getTreeItem(node: OverviewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'backend': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('server-process');
        item.contextValue = 'corsLens.backend';
        return item;
      }
      case 'site': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = untrusted(node.markdown);
        item.iconPath = new vscode.ThemeIcon('globe', node.severity ? SITE_COLOR[node.severity] : undefined);
        item.command = revealCommand(node.place, 'Reveal the CORS configuration');
        item.contextValue = 'corsLens.site';
        return item;
      }
      case 'field': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.value;
        item.tooltip = `${node.name}: ${node.value}`;
        item.iconPath = new vscode.ThemeIcon('symbol-property');
        item.command = revealCommand(node.place, `Reveal ${node.name}`);
        item.contextValue = 'corsLens.policyField';
        return item;
      }
      case 'finding': {
        const item = new vscode.TreeItem(node.finding.ruleId, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.finding.message;
        item.tooltip = `${node.finding.severity}: ${node.finding.message}`;
        item.iconPath = SEVERITY_ICON[node.finding.severity];
        item.command = revealCommand(node.place, 'Reveal the finding');
        item.contextValue = 'corsLens.finding';
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** Opens a tree item's place with its range selected and in view. */
export async function revealPlace(uri: unknown, range: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) return false;
  try {
    const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  } catch {
    void vscode.window.showWarningMessage(`CORS Lens: cannot open ${vscode.workspace.asRelativePath(uri)}.`);
    return false;
  }
}

export function registerPolicyOverview(store: FindingStore, log: vscode.LogOutputChannel, live: LiveAnalysis): { provider: PolicyOverview; disposable: vscode.Disposable } {
  const provider = new PolicyOverview(store, log, live);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.attach(view);
  return {
    provider,
    disposable: vscode.Disposable.from(
      provider,
      view,
      vscode.commands.registerCommand('corsLens.policyOverview.refresh', () => provider.refresh()),
      vscode.commands.registerCommand(REVEAL, revealPlace),
    ),
  };
}
