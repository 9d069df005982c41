/** A half-open span [start, end) of UTF-16 offsets into the source text. */
export interface Range {
  readonly start: number;
  readonly end: number;
  /**
   * Set when the span lies in another file than the one analysed: a value imported from an options
   * module, an allowlist in a config file. Absent means the analysed file.
   */
  readonly file?: string;
}

/** 1-based line and column, used only at the output edge (CLI, SARIF). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
