import { BUNDLE_LOAD_STARTED } from './load-clock';
import * as vscode from 'vscode';
import { CorsCodeActions } from './code-actions';
import { findConfigSites } from './config-sites';
import { registerExplainCommand } from './explain/command';
import { ANALYZED_SCHEMES, FindingStore, startAnalysisWorkers } from './finding-store';
import { ImportedFindings } from './imported-findings';
import { ImportersRefresh } from './importers-refresh';
import { LiveAnalysis } from './live-analysis';
import { registerPolicyOverview, type PolicyOverview } from './policy/overview';
import { SHOW_DETAILS, SiteCodeLensProvider, SiteHoverProvider, showSiteDetails } from './policy/site-insights';
import { registerProbeCommand } from './probe/command';
import { affectsAnalysis, scanOnStartup } from './settings';
import type { PoolStatus } from './worker/analysis-workers';
import { SOURCE_GLOB, WorkspaceScanner, type ScanSummary } from './workspace-scan';

/** Every import above has been evaluated by now: the difference to BUNDLE_LOAD_STARTED is code loading. */
const BUNDLE_EVALUATED = performance.now();

/** Let the window finish restoring editors before the background scan competes for the CPU. */
const STARTUP_SCAN_DELAY_MS = 2000;

const ANALYZED_DOCUMENTS: vscode.DocumentSelector = ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact']
  .flatMap(language => ANALYZED_SCHEMES.map(scheme => ({ language, scheme })));

export interface ActivationTiming {
  /** Evaluating the bundle (all modules, no parsing: grammars load on first use). */
  readonly loadMs: number;
  /** The activate() call alone. */
  readonly activateMs: number;
  /** From the bundle's first line to the end of activate(), including the host's wait in between. */
  readonly loadToActivatedMs: number;
}

/** What activate() returns (`vscode.extensions.getExtension(id).exports`). */
export interface CorsLensApi {
  readonly timing: ActivationTiming;
  /** The "CORS Policies" tree's data (host tests read its items). */
  readonly policyOverview: PolicyOverview;
  /** Where analyses run, which are running, which were stopped at the time limit (host tests read it). */
  readonly analysisStatus: () => PoolStatus;
}

/** Wiring only: nothing is parsed here; documents are analysed when events arrive. */
export function activate(context: vscode.ExtensionContext): CorsLensApi {
  const activateStarted = performance.now();
  // The probe's plain-text reports get their own "CORS Lens" channel; this one is for diagnostics of the extension.
  const log = vscode.window.createOutputChannel('CORS Lens Log', { log: true });
  const collection = vscode.languages.createDiagnosticCollection('cors-lens');
  const workers = startAnalysisWorkers(log);
  const imports = new ImportedFindings();
  const store = new FindingStore(log, imports);
  const live = new LiveAnalysis(store, collection);
  const scanner = new WorkspaceScanner(collection, log, imports);
  const importers = new ImportersRefresh(imports, store, live, scanner);
  // Closed files changed outside the editor keep their scan results current.
  const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
  const overview = registerPolicyOverview(store, log, live);
  const lenses = new SiteCodeLensProvider(store);

  context.subscriptions.push(
    log,
    collection,
    workers,
    live,
    scanner,
    watcher,
    imports,
    watcher.onDidChange(uri => { void scanner.fileChanged(uri); importers.changed(uri); }),
    watcher.onDidCreate(uri => { void scanner.fileChanged(uri); importers.changed(uri); }),
    watcher.onDidDelete(uri => { scanner.fileDeleted(uri); importers.changed(uri); }),
    live.onDidAnalyze(doc => importers.edited(doc)),
    // After `live` has decided whether a closed document keeps its diagnostics (it subscribed first).
    vscode.workspace.onDidCloseTextDocument(doc => void scanner.adopt(doc)),
    vscode.languages.registerCodeActionsProvider(ANALYZED_DOCUMENTS, new CorsCodeActions(store, undefined, imports), CorsCodeActions.metadata),
    vscode.commands.registerCommand('corsLens.scanWorkspace', () => scanWithProgress(scanner)),
    registerProbeCommand(context, { findSites: () => findConfigSites(store, scanner.sites) }),
    registerExplainCommand(context),
    vscode.languages.registerHoverProvider(ANALYZED_DOCUMENTS, new SiteHoverProvider(store)),
    lenses,
    vscode.languages.registerCodeLensProvider(ANALYZED_DOCUMENTS, lenses),
    vscode.commands.registerCommand(SHOW_DETAILS, showSiteDetails),
    overview.disposable,
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!affectsAnalysis(e)) return;
      store.clear();
      live.refreshAll();
      if (scanner.hasScanned) void scanner.run();
    }),
  );

  // Documents already open (the one that triggered activation) are analysed right after activate() returns.
  const initial = setImmediate(() => live.refreshAll());
  context.subscriptions.push({ dispose: () => clearImmediate(initial) });
  if (scanOnStartup()) {
    const timer = setTimeout(() => void scanner.run(), STARTUP_SCAN_DELAY_MS);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }

  const done = performance.now();
  return {
    timing: { loadMs: BUNDLE_EVALUATED - BUNDLE_LOAD_STARTED, activateMs: done - activateStarted, loadToActivatedMs: done - BUNDLE_LOAD_STARTED },
    policyOverview: overview.provider,
    analysisStatus: () => workers.status(),
  };
}

/** The scanner shows its own progress (startup scans too); the command adds the result in the status bar. */
async function scanWithProgress(scanner: WorkspaceScanner): Promise<ScanSummary> {
  const summary = await scanner.run();
  if (!summary.cancelled) {
    vscode.window.setStatusBarMessage(
      `CORS Lens: ${summary.findings} finding(s) in ${summary.analyzed} file(s) that mention CORS`, 5000);
  }
  return summary;
}
