import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding, Severity } from '../analysis/model/finding';
import { lineStarts, positionAt, type Range } from '../analysis/model/range';

export const DIAGNOSTIC_SOURCE = 'CORS Lens';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * The last text's line starts: publishing, the light bulb and fix-all ask for the same version in
 * turn, and on a large file each scan of the text is a stall of the extension host's thread.
 */
let last: { text: string; starts: number[] } | undefined;

/** Offset → editor position for one text; line starts are computed once per text. */
export class PositionMap {
  private readonly starts: number[];

  constructor(text: string) {
    if (last?.text !== text) last = { text, starts: lineStarts(text) };
    this.starts = last.starts;
  }

  position(offset: number): vscode.Position {
    const p = positionAt(this.starts, offset);
    return new vscode.Position(p.line - 1, p.column - 1);
  }

  range(r: Range): vscode.Range {
    return new vscode.Range(this.position(r.start), this.position(r.end));
  }
}

/** Findings of one file as editor diagnostics: clickable rule id, related places, the finding kept for fixes. */
export function toDiagnostics(uri: vscode.Uri, text: string, findings: readonly Finding[]): vscode.Diagnostic[] {
  const here = new PositionMap(text);
  const others = new Map<string, PositionMap>();
  return findings.map(finding => {
    const d = new vscode.Diagnostic(here.range(finding.range), finding.message, SEVERITY[finding.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
    d.relatedInformation = finding.related.map(rel => {
      if (!rel.file) return new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, here.range(rel.range)), rel.message);
      const other = siblingUri(uri, rel.file);
      let map = others.get(other.toString());
      if (!map) others.set(other.toString(), (map = new PositionMap(textOf(other))));
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(other, map.range(rel.range)), rel.message);
    });
    return d;
  });
}

/** The analyzer names other files by path; relative paths are relative to the reporting file. */
function siblingUri(uri: vscode.Uri, file: string): vscode.Uri {
  if (uri.scheme === 'file') return vscode.Uri.file(path.resolve(path.dirname(uri.fsPath), file));
  return uri.with({ path: path.posix.resolve(path.posix.dirname(uri.path), file) });
}

/** Another file's text for positions only; unreadable files put the related location at its start. */
function textOf(uri: vscode.Uri): string {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  if (uri.scheme !== 'file') return '';
  try {
    return readFileSync(uri.fsPath, 'utf8');
  } catch {
    return '';
  }
}
