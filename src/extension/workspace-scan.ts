import * as path from 'node:path';
import * as vscode from 'vscode';
import { languageFromPath } from '../analysis/parse/parser';
import { filesMentioningCors, findRipgrep } from '../node/ripgrep';
import { ScanFilter } from '../node/scan-filter';
import { SKIPPED_DIRS, isSourceName, mayConfigureCors, readBounded, walkSourceFiles } from '../node/source-files';
import { toConfigSites, type ConfigSite } from './config-sites';
import { toDiagnostics } from './diagnostics';
import { analyzeText } from './finding-store';
import type { ImportedFindings } from './imported-findings';
import { SEARCH_SETTINGS, readSearchSettings } from './search-settings';

export const SOURCE_GLOB = '**/*.{py,js,cjs,mjs,jsx,ts,cts,mts,tsx}';
const EXCLUDE_GLOB = `**/{${SKIPPED_DIRS.join(',')}}/**`;
const EXCLUDED_DIR = new RegExp(`/(${SKIPPED_DIRS.map(d => d.replace('.', '\\.')).join('|')})/`);
const MAX_BYTES = 1_000_000;
/** A scan that takes longer than this gets a notification with a Cancel button (the status bar shows every scan). */
const NOTIFY_AFTER_MS = 1500;
/** Files read between two yields to the event loop when walking the disk without ripgrep. */
const WALK_BATCH = 64;

export interface ScanSummary {
  /** Files that may configure CORS (they mention it or Django's MIDDLEWARE/INSTALLED_APPS). */
  readonly files: number;
  /** Of those, the files analysed (the others are open in an editor, or unreadable). */
  readonly analyzed: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/** A file to analyse, with its text when finding it meant reading it. */
interface Candidate {
  readonly uri: vscode.Uri;
  readonly text?: string;
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some(d => d.uri.toString() === key);
}

function isExcluded(uri: vscode.Uri): boolean {
  return EXCLUDED_DIR.test(uri.path) || !isSourceName(uri.path);
}

async function readSmallFile(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme === 'file') return readBounded(uri.fsPath, MAX_BYTES);
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_BYTES) return undefined;
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch {
    return undefined;
  }
}

const nextTurn = () => new Promise(resolve => setImmediate(resolve));

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
  /** What each local folder leaves out, for files that change between scans; ignore files are read again by each scan. */
  private readonly filters = new Map<string, ScanFilter>();
  private readonly ripgrep = findRipgrep(vscode.env.appRoot);
  private readonly settingsListener: vscode.Disposable;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    private readonly imports?: ImportedFindings,
  ) {
    // Excluding a folder or turning ignore files off changes which files have findings.
    this.settingsListener = vscode.workspace.onDidChangeConfiguration(e => {
      if (!SEARCH_SETTINGS.some(s => e.affectsConfiguration(s))) return;
      this.filters.clear();
      if (this.hasRun) void this.run();
    });
  }

  get hasScanned(): boolean {
    return this.hasRun;
  }

  async run(): Promise<ScanSummary> {
    this.current?.cancel();
    const source = (this.current = new vscode.CancellationTokenSource());
    this.hasRun = true;
    const started = performance.now();
    try {
      const summary = await this.withProgress(source, report => this.scanAll(source.token, report));
      const ms = Math.round(performance.now() - started);
      this.log.info(`workspace scan: ${summary.analyzed} of ${summary.files} files that may configure CORS analysed, ${summary.findings} finding(s) in ${ms} ms${summary.cancelled ? ' (cancelled)' : ''}`);
      return summary;
    } finally {
      source.dispose();
      if (this.current === source) this.current = undefined;
    }
  }

  /**
   * The status bar shows every scan; one still running after NOTIFY_AFTER_MS also gets a
   * notification whose Cancel stops it.
   */
  private async withProgress<T>(source: vscode.CancellationTokenSource, task: (report: (message: string) => void) => Promise<T>): Promise<T> {
    const sinks = new Set<vscode.Progress<{ message?: string }>>();
    let last = '';
    const report = (message: string) => {
      last = message;
      for (const sink of sinks) sink.report({ message });
    };
    const done = task(report);
    const show = (location: vscode.ProgressLocation, cancellable: boolean) => vscode.window.withProgress(
      { location, title: 'CORS Lens: scanning workspace', cancellable },
      async (progress, token) => {
        sinks.add(progress);
        progress.report({ message: last });
        token.onCancellationRequested(() => source.cancel());
        try {
          await done;
        } catch {
          // the scan's own caller sees the error
        } finally {
          sinks.delete(progress);
        }
      });
    void show(vscode.ProgressLocation.Window, false);
    const timer = setTimeout(() => void show(vscode.ProgressLocation.Notification, true), NOTIFY_AFTER_MS);
    try {
      return await done;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A closed file changed or appeared on disk (a checkout, a formatter): read it again. */
  async fileChanged(uri: vscode.Uri): Promise<void> {
    if (isOpen(uri)) return;
    if (this.published.has(uri.toString()) || (this.hasRun && !isExcluded(uri) && !this.leftOut(uri))) await this.scanFile({ uri });
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

  private async scanAll(token: vscode.CancellationToken, report: (message: string) => void): Promise<ScanSummary> {
    this.filters.clear();
    const seen = new Set<string>();
    let files = 0;
    let analyzed = 0;
    let findings = 0;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for await (const candidate of this.candidates(folder, token, total => report(`${files + total} files may configure CORS`))) {
        if (token.isCancellationRequested) return { files, analyzed, findings, cancelled: true };
        files++;
        if (isOpen(candidate.uri)) continue;
        const found = await this.scanFile(candidate);
        if (found === undefined) continue;
        seen.add(candidate.uri.toString());
        analyzed++;
        findings += found;
        if (analyzed % 20 === 0) report(`${analyzed} files analysed, ${findings} finding(s)`);
        // Yield between files so a large workspace never blocks other extensions.
        await nextTurn();
      }
    }
    if (token.isCancellationRequested) return { files, analyzed, findings, cancelled: true };
    // Files that no longer mention CORS (or are gone, or now left out) keep no findings from an earlier scan.
    for (const key of [...this.published]) {
      if (!seen.has(key) && !isOpen(vscode.Uri.parse(key))) this.withdraw(key);
    }
    return { files, analyzed, findings, cancelled: false };
  }

  /**
   * The folder's files that may configure CORS. On disk, VS Code's ripgrep finds them without the
   * extension reading the rest; without ripgrep, a walk with the same excludes reads each file once
   * and keeps its text. Other file systems (virtual workspaces) are listed by VS Code and read here.
   */
  private async *candidates(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken, listed: (n: number) => void): AsyncGenerator<Candidate> {
    if (folder.uri.scheme !== 'file') {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SOURCE_GLOB), EXCLUDE_GLOB, undefined, token);
      for (const uri of uris) if (isSourceName(uri.path)) yield { uri };
      return;
    }
    const root = folder.uri.fsPath;
    const settings = readSearchSettings(folder.uri);
    const filter = this.filterFor(folder);
    if (this.ripgrep) {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      try {
        const found = await filesMentioningCors(this.ripgrep, root, settings, MAX_BYTES, abort.signal);
        listed(found.length);
        // Sorted: ripgrep's threads list in no fixed order, and runs should read the same each time.
        for (const file of found.sort()) {
          if (!filter.hasExcludingSibling(toRelative(root, file))) yield { uri: vscode.Uri.file(file) };
        }
        return;
      } catch (err) {
        this.log.warn(`workspace scan: ripgrep failed (${(err as Error).message}); reading ${root} instead`);
      } finally {
        cancel.dispose();
      }
    }
    const { files } = walkSourceFiles([root], {
      skipDirectory: rel => filter.skipsEntry(rel, true),
      skipFile: rel => filter.skipsEntry(rel, false),
    });
    listed(files.length);
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) return;
      if (i % WALK_BATCH === WALK_BATCH - 1) await nextTurn();
      const uri = vscode.Uri.file(files[i]);
      if (isOpen(uri)) continue;
      const text = readBounded(files[i], MAX_BYTES);
      if (text !== undefined && mayConfigureCors(text)) yield { uri, text };
    }
  }

  private filterFor(folder: vscode.WorkspaceFolder): ScanFilter {
    const key = folder.uri.toString();
    let filter = this.filters.get(key);
    if (!filter) this.filters.set(key, (filter = new ScanFilter(folder.uri.fsPath, readSearchSettings(folder.uri))));
    return filter;
  }

  /** Whether the user's excludes or ignore files leave a local file out of the scan. */
  private leftOut(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme !== 'file' || folder.uri.scheme !== 'file') return false;
    return this.filterFor(folder).skipsFile(toRelative(folder.uri.fsPath, uri.fsPath));
  }

  /** Analyses one closed file; the number of findings, or undefined when it was not analysed. */
  private async scanFile({ uri, text: known }: Candidate): Promise<number | undefined> {
    const text = known ?? (await readSmallFile(uri));
    const language = languageFromPath(uri.path);
    if (text === undefined || !language || !mayConfigureCors(text)) {
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
    this.settingsListener.dispose();
  }
}

/** `file`'s path below `root` with '/' separators, as globs and ignore files spell it. */
function toRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
