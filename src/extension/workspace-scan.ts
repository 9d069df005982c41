import * as vscode from 'vscode';
import { languageFromPath } from '../analysis/parse/parser';
import { toConfigSites, type ConfigSite } from './config-sites';
import { toDiagnostics } from './diagnostics';
import { analyzeText } from './finding-store';

const SOURCE_GLOB = '**/*.{py,js,cjs,mjs,jsx,ts,cts,mts,tsx}';
/** Installed packages and build output hold other people's CORS code, not the user's. */
const EXCLUDE_GLOB = '**/{node_modules,.venv,venv,env,.env,.git,dist,build,out,__pycache__,.tox,site-packages,.next,coverage}/**';
const MAX_FILES = 5000;
const MAX_BYTES = 1_000_000;
/** Files that cannot configure CORS are not parsed at all; hand-written headers count too. */
const MENTIONS_CORS = /cors|access-control-allow/i;

export interface ScanSummary {
  /** Files listed by the search. */
  readonly files: number;
  /** Files that mention CORS and were analysed. */
  readonly analyzed: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/**
 * Publishes diagnostics for workspace files that are not open. Open documents belong to the live
 * analysis, which sees unsaved text.
 */
async function scanWorkspace(
  collection: vscode.DiagnosticCollection,
  sites: Map<string, readonly ConfigSite[]>,
  log: vscode.LogOutputChannel,
  token: vscode.CancellationToken,
): Promise<ScanSummary> {
  const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
  let analyzed = 0;
  let findings = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) return { files: uris.length, analyzed, findings, cancelled: true };
    if (isOpen(uri)) continue;
    const text = await readSmallFile(uri);
    if (text === undefined || !MENTIONS_CORS.test(text)) continue;
    const language = languageFromPath(uri.path);
    if (!language) continue;
    const result = await analyzeText(uri, text, language, log);
    if (isOpen(uri)) continue; // opened while we were parsing
    analyzed++;
    findings += result.findings.length;
    collection.set(uri, toDiagnostics(uri, text, result.findings));
    if (result.model.sites.length > 0) sites.set(uri.toString(), toConfigSites(uri, text, result.model.sites));
    // Yield between files so a large workspace never blocks other extensions.
    await new Promise(resolve => setImmediate(resolve));
  }
  return { files: uris.length, analyzed, findings, cancelled: false };
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some(d => d.uri.toString() === key);
}

async function readSmallFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_BYTES) return undefined;
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Runs one scan at a time: a new request (command, settings change) cancels the one in flight. */
export class WorkspaceScanner implements vscode.Disposable {
  private current?: vscode.CancellationTokenSource;
  private hasRun = false;
  /** CORS sites in the files the last scan read, for the probe report's "where is this configured". */
  readonly sites = new Map<string, readonly ConfigSite[]>();

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get hasScanned(): boolean {
    return this.hasRun;
  }

  async run(): Promise<ScanSummary> {
    this.current?.cancel();
    const source = (this.current = new vscode.CancellationTokenSource());
    this.hasRun = true;
    this.sites.clear();
    try {
      const summary = await scanWorkspace(this.collection, this.sites, this.log, source.token);
      this.log.info(`workspace scan: ${summary.analyzed} of ${summary.files} files mention CORS, ${summary.findings} finding(s)${summary.cancelled ? ' (cancelled)' : ''}`);
      return summary;
    } finally {
      source.dispose();
      if (this.current === source) this.current = undefined;
    }
  }

  dispose(): void {
    this.current?.cancel();
  }
}
