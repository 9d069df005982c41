import type { Finding } from '../analysis/model/finding';
import { lineStarts, positionAt } from '../analysis/model/range';

/** A finding placed in its file with 1-based lines and columns (UTF-16 code units), for output. */
export interface LocatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly finding: Finding;
  readonly related: ReadonlyArray<{ line: number; column: number; message: string; file: string }>;
}

export function locate(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const starts = lineStarts(text);
  return findings.map(finding => {
    const start = positionAt(starts, finding.range.start);
    const end = positionAt(starts, finding.range.end);
    return {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      finding,
      // A related location in another file (split settings) carries no position we can compute here.
      related: finding.related.filter(r => !r.file).map(r => ({ ...positionAt(starts, r.range.start), message: r.message, file })),
    };
  });
}
