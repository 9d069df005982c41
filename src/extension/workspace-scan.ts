import * as vscode from 'vscode';
import { languageFromPath } from '../analysis/parse/parser';
import { toConfigSites, type ConfigSite } from './config-sites';
import { toDiagnostics } from './diagnostics';
import { analyzeText } from './finding-store';
import type { ImportedFindings } from './imported-findings';

export const SOURCE_GLOB = '**/*.{py,js,cjs,mjs,jsx,ts,cts,mts,tsx}';
/** Installed packages and build output hold other people's CORS code, not the user's. */
const EXCLUDED_DIRS = ['node_modules', '.venv', 'venv', 'env', '.git', 'dist', 'build', 'out', '__pycache__', '.tox', 'site-packages', '.next', 'coverage'];
const EXCLUDE_GLOB = `**/{${EXCLUDED_DIRS.join(',')}}/**`;
const EXCLUDED_DIR = new RegExp(`/(${EXCLUDED_DIRS.map(d => d.replace('.', '\\.')).join('|')})/`);
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

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some(d => d.uri.toString() === key);
}

function isExcluded(uri: vscode.Uri): boolean {
  return EXCLUDED_DIR.test(uri.path);
}

async function readSmallFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_BYTES) return undefined;
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Publishes diagnostics for workspace files that are not open (open documents belong to the live
 * analysis, which sees unsaved text). One scan runs at a time: a new one cancels the one in flight.
 */
export class WorkspaceScanner implements vscode.Disposable {
  private current?: vscode.CancellationTokenSource;
  private hasRun = false;
  /** Files whose diagnostics came from the scan, so a later scan can withdraw them. */
  private readonly published = new Set<string>();
  /** CORS sites in the files the scan read, for the probe report's "where is this configured". */
  readonly sites = new Map<string, readonly ConfigSite[]>();

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    private readonly imports?: ImportedFindings,
  ) {}

  get hasScanned(): boolean {
    return this.hasRun;
  }

  async run(): Promise<ScanSummary> {
    this.current?.cancel();
    const source = (this.current = new vscode.CancellationTokenSource());
    this.hasRun = true;
    try {
      const summary = await this.scanAll(source.token);
      this.log.info(`workspace scan: ${summary.analyzed} of ${summary.files} files mention CORS, ${summary.findings} finding(s)${summary.cancelled ? ' (cancelled)' : ''}`);
      return summary;
    } finally {
      source.dispose();
      if (this.current === source) this.current = undefined;
    }
  }

  /** A closed file changed or appeared on disk (a checkout, a formatter): read it again. */
  async fileChanged(uri: vscode.Uri): Promise<void> {
    if ((this.hasRun || this.published.has(uri.toString())) && !isExcluded(uri) && !isOpen(uri)) await this.scanFile(uri);
  }

  /**
   * A document closed with its diagnostics kept (saved text): from now on they describe the file on
   * disk, so changes and deletions there must update or withdraw them like the scan's own.
   */
  async adopt(doc: vscode.TextDocument): Promise<void> {
    if (!this.collection.has(doc.uri) || isOpen(doc.uri)) return;
    const key = doc.uri.toString();
    this.published.add(key);
    // VS Code closes a document some time after its editor: the file may be gone by then.
    const exists = await vscode.workspace.fs.stat(doc.uri).then(() => true, () => false);
    if (!exists && !isOpen(doc.uri)) this.withdraw(key);
  }

  fileDeleted(uri: vscode.Uri): void {
    if (!this.published.has(uri.toString()) || isOpen(uri)) return;
    this.withdraw(uri.toString());
  }

  private async scanAll(token: vscode.CancellationToken): Promise<ScanSummary> {
    const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
    const seen = new Set<string>();
    let analyzed = 0;
    let findings = 0;
    for (const uri of uris) {
      if (token.isCancellationRequested) return { files: uris.length, analyzed, findings, cancelled: true };
      if (isOpen(uri)) continue;
      const found = await this.scanFile(uri);
      if (found === undefined) continue;
      seen.add(uri.toString());
      analyzed++;
      findings += found;
      // Yield between files so a large workspace never blocks other extensions.
      await new Promise(resolve => setImmediate(resolve));
    }
    // Files that no longer mention CORS (or are gone) keep no findings from an earlier scan.
    for (const key of [...this.published]) {
      if (!seen.has(key) && !isOpen(vscode.Uri.parse(key))) this.withdraw(key);
    }
    return { files: uris.length, analyzed, findings, cancelled: false };
  }

  /** Analyses one closed file; the number of findings, or undefined when it was not analysed. */
  private async scanFile(uri: vscode.Uri): Promise<number | undefined> {
    const text = await readSmallFile(uri);
    const language = languageFromPath(uri.path);
    if (text === undefined || !language || !MENTIONS_CORS.test(text)) {
      if (this.published.has(uri.toString())) this.withdraw(uri.toString());
      return undefined;
    }
    const result = await analyzeText(uri, text, language, this.log, this.imports);
    if (isOpen(uri)) return undefined; // opened while we were parsing
    const key = uri.toString();
    this.collection.set(uri, toDiagnostics(uri, text, result.findings));
    this.published.add(key);
    if (result.model.sites.length > 0) this.sites.set(key, toConfigSites(uri, text, result.model.sites));
    else this.sites.delete(key);
    return result.findings.length;
  }

  private withdraw(key: string): void {
    this.collection.delete(vscode.Uri.parse(key));
    this.imports?.forget(vscode.Uri.parse(key));
    this.published.delete(key);
    this.sites.delete(key);
  }

  dispose(): void {
    this.current?.cancel();
  }
}
