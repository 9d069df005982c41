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

/**
 * Where each line starts, counted as editors count: `\r\n`, a lone `\r` and `\n` each end a line
 * (files saved on classic Mac OS, or mixed, would otherwise put every finding on line 1), and a
 * leading byte-order mark is not a column (editors hide it; the CLI reads it as U+FEFF).
 */
export function lineStarts(text: string): number[] {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
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
  // Offset 0 of a file with a BOM is the BOM itself: it sits before the first column.
  return { line: lo + 1, column: Math.max(1, offset - starts[lo] + 1) };
}

/** The end of the line holding `offset`, before its line break (whichever of the three it is). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
