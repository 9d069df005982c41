import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../analysis/analyze';
import type { Finding } from '../analysis/model/finding';
import { toDiagnostics } from './diagnostics';

/** What one analysis found in one imported file, with the text its offsets refer to. */
interface Contribution {
  readonly text: string;
  readonly findings: readonly Finding[];
}

/**
 * Findings that an analysis of one file (server.js) placed in another (config/corsOptions.js): an
 * allowlist or options module is judged where it is written, whether or not it is open. They live
 * in their own diagnostic collection, so the imported file's own analysis never overwrites them,
 * and this class knows which files read which, so a change to a module re-analyses its importers.
 */
export class ImportedFindings implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('cors-lens-imports');
  /** importer URI → imported file path → what that importer found there. */
  private readonly byImporter = new Map<string, Map<string, Contribution>>();
  /** importer URI → the files its last analysis read. */
  private readonly dependencies = new Map<string, readonly string[]>();

  /**
   * Records an analysis of `importer`: the findings it placed in other files and the files it read.
   * `texts` holds each read file's text as the analysis saw it (editor buffer or disk).
   */
  record(importer: vscode.Uri, result: AnalysisResult, texts: ReadonlyMap<string, string>): void {
    const key = importer.toString();
    const before = this.byImporter.get(key);
    const now = new Map<string, Contribution>();
    for (const f of result.findings) {
      if (f.file === undefined) continue;
      const file = path.resolve(f.file);
      const text = texts.get(f.file) ?? texts.get(file);
      if (text === undefined) continue;
      const entry = now.get(file) ?? { text, findings: [] };
      now.set(file, { text, findings: [...entry.findings, f] });
    }
    this.byImporter.set(key, now);
    this.dependencies.set(key, result.dependencies.map(d => path.resolve(d)));
    for (const file of new Set([...(before?.keys() ?? []), ...now.keys()])) this.publish(file);
  }

  /** The importer is gone or no longer analysed: its findings in other files go with it. */
  forget(importer: vscode.Uri): void {
    const key = importer.toString();
    const before = this.byImporter.get(key);
    this.byImporter.delete(key);
    this.dependencies.delete(key);
    for (const file of before?.keys() ?? []) this.publish(file);
  }

  /** The files whose last analysis read `file` (local files only). */
  importersOf(file: vscode.Uri): vscode.Uri[] {
    if (file.scheme !== 'file') return [];
    const target = path.resolve(file.fsPath);
    return [...this.dependencies].filter(([, deps]) => deps.includes(target)).map(([key]) => vscode.Uri.parse(key));
  }

  /** The findings other files' analyses placed in `doc`, when they were computed on its current text. */
  findingsIn(doc: vscode.TextDocument): Finding[] {
    if (doc.uri.scheme !== 'file') return [];
    const text = doc.getText();
    return this.merged(path.resolve(doc.uri.fsPath)).filter(c => c.text === text).flatMap(c => c.findings);
  }

  private merged(file: string): Contribution[] {
    return [...this.byImporter.values()].flatMap(m => m.get(file) ?? []);
  }

  /** One diagnostic per rule and place, however many importers reached it. */
  private publish(file: string): void {
    const contributions = this.merged(file);
    const uri = vscode.Uri.file(file);
    if (contributions.length === 0) {
      this.collection.delete(uri);
      return;
    }
    const seen = new Set<string>();
    const diagnostics: vscode.Diagnostic[] = [];
    for (const c of contributions) {
      const fresh = c.findings.filter(f => {
        const key = `${f.ruleId}@${f.range.start}:${f.range.end}`;
        return !seen.has(key) && (seen.add(key), true);
      });
      diagnostics.push(...toDiagnostics(uri, c.text, fresh));
    }
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
