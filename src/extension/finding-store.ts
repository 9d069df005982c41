import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze, type AnalysisResult } from '../analysis/analyze';
import type { LanguageId } from '../analysis/model/policy';
import { languageFromEditorId, languageFromPath, parserFor } from '../analysis/parse/parser';
import type { ImportedFindings } from './imported-findings';
import { readWorkspaceFile } from './module-resolver';
import { readAnalysisSettings } from './settings';
import { AnalysisWorkerPool, type AnalysisRequest, type Outcome, type PoolStatus, type UnsavedText } from './worker/analysis-workers';

/** Schemes whose documents are source the user edits (not git:, output:, diff views). */
export const ANALYZED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

export interface StoredAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly text: string;
  readonly result: AnalysisResult;
}

function languageOf(doc: vscode.TextDocument): LanguageId | undefined {
  return ANALYZED_SCHEMES.includes(doc.uri.scheme) ? languageFromEditorId(doc.languageId) : undefined;
}

/** The path the analyzer and its messages use: a real path for local files, the URI path otherwise. */
export function analyzerPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** Where analyses run: worker threads once started (`startAnalysisWorkers`), this thread until then. */
let pool: AnalysisWorkerPool | undefined;

/**
 * Starts the worker threads every later analysis runs in, so the extension host's thread only sends
 * text and receives findings. Where no worker can start, analyses stay on this thread (logged once).
 */
export function startAnalysisWorkers(log: vscode.LogOutputChannel): vscode.Disposable & { status(): PoolStatus } {
  const started = new AnalysisWorkerPool({
    workerFile: path.join(__dirname, 'analysis-worker.js'),
    log,
    unsaved: unsavedTexts,
    inProcess: analyzeHere,
  });
  pool = started;
  return {
    status: () => started.status(),
    dispose: () => {
      started.dispose();
      if (pool === started) pool = undefined;
    },
  };
}

/** Editor texts of local files not yet saved: analyses that follow imports read them, not the disk. */
function* unsavedTexts(): Iterable<UnsavedText> {
  for (const d of vscode.workspace.textDocuments) {
    if (!d.isDirty || d.uri.scheme !== 'file' || !languageFromEditorId(d.languageId)) continue;
    yield { file: d.uri.fsPath, owner: d, version: d.version, text: () => d.getText() };
  }
}

/** The analysis on this thread: the fallback when no worker can run. */
async function analyzeHere(request: AnalysisRequest): Promise<{ result: AnalysisResult; read: ReadonlyMap<string, string> }> {
  // The texts the analysis read, so findings in another file are placed in the text they refer to.
  const read = new Map<string, string>();
  const readFile = (file: string) => {
    const t = readWorkspaceFile(file);
    if (t !== undefined) read.set(file, t);
    return t;
  };
  const result = await analyze({ file: request.file, text: request.text, language: request.language }, {
    devOrigins: request.devOrigins,
    rules: request.rules,
    readFile: request.followImports ? readFile : undefined,
  });
  return { result, read };
}

/**
 * Quick fixes, fix-all, hovers and the policy view read the syntax of an analysed file again on this
 * thread, with the grammar its analysis used (`withLoadedTree`): the worker's copy is not theirs.
 * Loaded once per language, while the worker analyses.
 */
function loadGrammar(language: LanguageId | undefined): Promise<void> {
  return language ? parserFor(language).then(() => undefined, () => undefined) : Promise.resolve();
}

/**
 * Runs one analysis where it belongs. Undefined when a newer job with the same key replaced it;
 * a stopped analysis (time limit, crashed worker) reads as a skipped file, already logged.
 */
async function runAnalysis(
  uri: vscode.Uri,
  text: string,
  language: LanguageId,
  log: vscode.LogOutputChannel,
  imports: ImportedFindings | undefined,
  job: { key: string; urgent: boolean },
): Promise<AnalysisResult | undefined> {
  const settings = readAnalysisSettings(uri);
  const file = analyzerPath(uri);
  const request: AnalysisRequest = {
    file, text, language,
    devOrigins: settings.devOrigins,
    rules: settings.rules,
    followImports: uri.scheme === 'file',
  };
  const outcome: Outcome = pool
    ? (await Promise.all([pool.analyze({ ...job, request }), loadGrammar(language)]))[0]
    : { kind: 'done', ...await analyzeHere(request) };
  if (outcome.kind === 'superseded') return undefined;
  if (outcome.kind === 'stopped') {
    return { ...emptyResult(file, language), skipped: outcome.reason };
  }
  const { result, read } = outcome;
  await Promise.all(result.dependencies.map(d => languageFromPath(d)).map(loadGrammar));
  if (result.skipped) log.warn(result.skipped);
  // Values the analysis's work budget cut short: findings that depend on them may be missing.
  for (const note of result.incomplete ?? []) log.info(note);
  imports?.record(uri, result, read);
  return { ...result, findings: result.findings.filter(f => f.file === undefined) };
}

function emptyResult(file: string, language: LanguageId): AnalysisResult {
  return { model: { file, language, sites: [], wiring: [], settings: [], hasSyntaxErrors: false }, findings: [], dependencies: [] };
}

let backgroundJobs = 0;

/**
 * Analyses one file's text with its folder's settings; why a file was skipped goes to the log.
 * The result's findings are the file's own; those it placed in the modules it imports go to `imports`.
 * Runs behind the open editors' analyses and is never replaced by a later call.
 */
export async function analyzeText(
  uri: vscode.Uri,
  text: string,
  language: LanguageId,
  log: vscode.LogOutputChannel,
  imports?: ImportedFindings,
): Promise<AnalysisResult> {
  const result = await runAnalysis(uri, text, language, log, imports, { key: `background:${backgroundJobs++}`, urgent: false });
  // A unique key is never replaced; only shutting the workers down drops the job.
  return result ?? emptyResult(analyzerPath(uri), language);
}

interface Entry {
  readonly doc: vscode.TextDocument;
  readonly version: number;
  readonly language: LanguageId;
  readonly analysis: Promise<StoredAnalysis>;
}

/**
 * One analysis per document version: diagnostics, code actions and fix-all all read the same
 * result, so a document is parsed once however many providers ask.
 */
export class FindingStore {
  /**
   * Keyed by URI, checked against the document object too: a closed untitled document's URI is
   * reused by the next one, which starts again at version 1.
   */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly log: vscode.LogOutputChannel, private readonly imports?: ImportedFindings) {}

  /** The analysis of the document as it is now, computed at most once per version. */
  get(doc: vscode.TextDocument): Promise<StoredAnalysis> | undefined {
    const language = languageOf(doc);
    if (!language) return undefined;
    const key = doc.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.doc === doc && cached.version === doc.version) return cached.analysis;
    const text = doc.getText();
    const version = doc.version;
    const entry: Entry = {
      doc,
      version,
      language,
      analysis: runAnalysis(doc.uri, text, language, this.log, this.imports, { key, urgent: true })
        .then(result => result ? { uri: doc.uri, version, text, result } : this.current(doc, entry)),
    };
    this.entries.set(key, entry);
    return entry.analysis;
  }

  /** A newer analysis of the document replaced `replaced`: answer with the one for its text now. */
  private current(doc: vscode.TextDocument, replaced: Entry): Promise<StoredAnalysis> {
    const key = doc.uri.toString();
    if (this.entries.get(key) === replaced) this.entries.delete(key);
    const now = doc.isClosed ? undefined : this.get(doc);
    return now ?? Promise.resolve({
      uri: doc.uri, version: doc.version, text: doc.getText(),
      result: emptyResult(analyzerPath(doc.uri), languageOf(doc) ?? replaced.language),
    });
  }

  /** Forgets a closed document, unless a newer document with the same URI already took its place. */
  delete(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.entries.get(key)?.doc === doc) this.entries.delete(key);
  }

  /** A module the document imports changed: its next analysis must read it again. */
  invalidate(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.entries.get(key)?.doc === doc) this.entries.delete(key);
  }

  /** After a settings change every cached result may be wrong. */
  clear(): void {
    this.entries.clear();
  }
}
