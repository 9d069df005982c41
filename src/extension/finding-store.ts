import * as vscode from 'vscode';
import { analyze, type AnalysisResult } from '../analysis/analyze';
import type { LanguageId } from '../analysis/model/policy';
import { languageFromEditorId } from '../analysis/parse/parser';
import type { ImportedFindings } from './imported-findings';
import { readWorkspaceFile } from './module-resolver';
import { readAnalysisSettings } from './settings';

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

/**
 * Analyses one file's text with its folder's settings; why a file was skipped goes to the log.
 * The result's findings are the file's own; those it placed in the modules it imports go to `imports`.
 */
export async function analyzeText(
  uri: vscode.Uri,
  text: string,
  language: LanguageId,
  log: vscode.LogOutputChannel,
  imports?: ImportedFindings,
): Promise<AnalysisResult> {
  const settings = readAnalysisSettings(uri);
  // The texts the analysis read, so findings in another file are placed in the text they refer to.
  const read = new Map<string, string>();
  const readFile = (file: string) => {
    const t = readWorkspaceFile(file);
    if (t !== undefined) read.set(file, t);
    return t;
  };
  const result = await analyze({ file: analyzerPath(uri), text, language }, {
    devOrigins: settings.devOrigins,
    rules: settings.rules,
    readFile: uri.scheme === 'file' ? readFile : undefined,
  });
  if (result.skipped) log.warn(result.skipped);
  imports?.record(uri, result, read);
  return { ...result, findings: result.findings.filter(f => f.file === undefined) };
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
  private readonly entries = new Map<string, { doc: vscode.TextDocument; version: number; analysis: Promise<StoredAnalysis> }>();

  constructor(private readonly log: vscode.LogOutputChannel, private readonly imports?: ImportedFindings) {}

  /** The analysis of the document as it is now, computed at most once per version. */
  get(doc: vscode.TextDocument): Promise<StoredAnalysis> | undefined {
    const language = languageOf(doc);
    if (!language) return undefined;
    const key = doc.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.doc === doc && cached.version === doc.version) return cached.analysis;
    const text = doc.getText();
    const analysis = analyzeText(doc.uri, text, language, this.log, this.imports)
      .then(result => ({ uri: doc.uri, version: doc.version, text, result }));
    this.entries.set(key, { doc, version: doc.version, analysis });
    return analysis;
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
