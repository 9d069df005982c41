import type { Finding } from '../analysis/model/finding';
import { lineEndAt, lineStarts, positionAt } from '../analysis/model/range';

/** A finding placed in its file with 1-based lines and columns (UTF-16 code units), for output. */
export interface LocatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly finding: Finding;
  readonly related: ReadonlyArray<{ line: number; column: number; message: string; file: string }>;
  /** The finding's first line without surrounding blanks: what a fingerprint can rely on when lines shift. */
  readonly lineText: string;
  /** Safe fixes with each edit placed by line and column, for formats that carry fixes (SARIF). */
  readonly safeFixes: ReadonlyArray<{ title: string; edits: ReadonlyArray<LocatedEdit> }>;
}

export interface LocatedEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

/** `textOf` reads the other files related locations name; one it cannot read drops the location. */
export function locate(file: string, text: string, findings: readonly Finding[], textOf: (file: string) => string | undefined = () => undefined): LocatedFinding[] {
  const starts = lineStarts(text);
  const others = new Map<string, number[] | undefined>();
  const startsOf = (other: string) => {
    if (!others.has(other)) {
      const t = textOf(other);
      others.set(other, t === undefined ? undefined : lineStarts(t));
    }
    return others.get(other);
  };
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
      related: finding.related.flatMap(r => {
        const at = r.file ? startsOf(r.file) : starts;
        return at ? [{ ...positionAt(at, r.range.start), message: r.message, file: r.file ?? file }] : [];
      }),
      lineText: text.slice(starts[start.line - 1], lineEndAt(text, starts[start.line - 1])).trim(),
      safeFixes: finding.fixes.filter(f => f.applicability === 'safe').map(f => ({
        title: f.title,
        edits: f.edits.map(e => {
          const a = positionAt(starts, e.range.start);
          const b = positionAt(starts, e.range.end);
          return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text };
        }),
      })),
    };
  });
}
