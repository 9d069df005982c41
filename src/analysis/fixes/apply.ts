// Applies several fixes to one text in a single pass; a fix that collides with one already taken
// is skipped whole (the caller re-analyses and tries again), never applied in part.
import type { Fix, TextEdit } from '../model/finding';
import type { Range } from '../model/range';

export interface ApplyResult {
  readonly text: string;
  readonly applied: Fix[];
  readonly skipped: Fix[];
}

/** Two edits collide when their ranges overlap or they insert at the same point (order would be a guess). */
function collides(a: Range, b: Range): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start && (a.start === a.end || b.start === b.end);
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const own = fix.edits;
    const selfOverlap = own.some((e, i) => i > 0 && e.range.start < own[i - 1].range.end);
    const outOfText = own.some(e => e.range.start < 0 || e.range.end > text.length || e.range.start > e.range.end);
    if (selfOverlap || outOfText || own.some(e => taken.some(t => collides(e.range, t.range)))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...own);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

/** Applies non-overlapping edits; edits sharing a start keep their given order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range.start - b.e.range.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of ordered) {
    out += text.slice(at, e.range.start) + e.text;
    at = Math.max(at, e.range.end);
  }
  return out + text.slice(at);
}
