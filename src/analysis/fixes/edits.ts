// Text edits that keep the author's layout: one item per line stays one item per line, a trailing
// comma stays, the new line takes the indentation of its neighbours.
import type { Fix, TextEdit } from '../model/finding';
import type { Range } from '../model/range';
import { rangeOf, type Node } from '../parse/nodes';
import { itemsOf } from './syntax';

export function insert(at: number, text: string): TextEdit {
  return { range: { start: at, end: at }, text };
}

export function replace(range: Range | Node, text: string): TextEdit {
  return { range: toRange(range), text };
}

export function remove(range: Range | Node): TextEdit {
  return { range: toRange(range), text: '' };
}

/** Keeps the file a range names, so an edit can never land in another file's text. */
function toRange(r: Range | Node): Range {
  if ('startIndex' in r) return rangeOf(r);
  return r.file === undefined ? { start: r.start, end: r.end } : { start: r.start, end: r.end, file: r.file };
}

/** A fix from edits, or undefined when there is nothing to do or two edits collide. */
export function makeFix(title: string, applicability: Fix['applicability'], preferred: boolean, edits: readonly TextEdit[]): Fix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].range.start < sorted[i - 1].range.end) return undefined;
  return { title, applicability, preferred, edits: sorted };
}

/** The file's line break, so inserted lines match a CRLF file. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just past the line break ending the line that holds `offset` (or the end of the text). */
export function afterLineBreak(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** End of the line holding `offset`, before its line break (or the end of the text). */
export function lineEndAt(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  if (i < 0) return text.length;
  return i > offset && text[i - 1] === '\r' ? i - 1 : i;
}

export function indentAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The file's indentation step: the smallest indentation of any line, else four spaces. */
function indentUnit(text: string): string {
  let best: string | undefined;
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) if (!best || m[1].length < best.length) best = m[1];
  return best ?? '    ';
}

/** True when nothing but whitespace separates `offset` from the start of its line. */
function firstOnLine(text: string, offset: number): boolean {
  return text.slice(lineStartAt(text, offset), offset).trim() === '';
}

function spansLines(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

/** The `,` token right after `node`, skipping comments. */
function commaAfter(node: Node): Node | undefined {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.type === ',') return n;
    if (n.type !== 'comment') return undefined;
  }
  return undefined;
}

/** The indentation new items of a multi-line container get. */
function itemIndent(text: string, sample: Node): string {
  if (firstOnLine(text, sample.startIndex)) return indentAt(text, sample.startIndex);
  // Items that start on the bracket's line (`X = ["a",\n     "b"]`) align with the first one.
  return ' '.repeat(sample.startIndex - lineStartAt(text, sample.startIndex));
}

/**
 * Appends items (source text) to a list, tuple, array, object, dict or argument list, keeping the
 * layout: new lines at the same indentation in a multi-line container, `, item` on a single line.
 */
export function appendItem(text: string, container: Node, added: string | readonly string[]): TextEdit[] {
  const news = typeof added === 'string' ? [added] : added;
  if (news.length === 0) return [];
  const items = itemsOf(container);
  const open = container.child(0)!;
  const close = container.child(container.childCount - 1)!;
  if (items.length === 0) return fillEmpty(text, container, open, close, news.join(', '));
  const last = items[items.length - 1];
  const comma = commaAfter(last);
  const afterLast = comma?.endIndex ?? last.endIndex;
  if (!spansLines(text, afterLast, close.startIndex)) {
    const joined = news.join(', ');
    return [comma ? insert(comma.endIndex, ` ${joined}`) : insert(last.endIndex, `, ${joined}`)];
  }
  const indent = itemIndent(text, last);
  const lines = news.map(n => `${eolOf(text)}${indent}${n}`).join(',');
  const eol = lineEndAt(text, afterLast);
  if (comma) return [insert(eol, `${lines},`)];
  if (eol === last.endIndex) return [insert(last.endIndex, `,${lines}`)];
  return [insert(last.endIndex, ','), insert(eol, lines)];
}

function fillEmpty(text: string, container: Node, open: Node, close: Node, item: string): TextEdit[] {
  const inner = text.slice(open.endIndex, close.startIndex);
  const body = container.type === 'tuple' ? `${item},` : item;
  if (inner.trim() === '') {
    const padded = container.type === 'object' ? ` ${body} ` : body;
    return [replace({ start: open.endIndex, end: close.startIndex }, padded)];
  }
  // Only comments inside: put the item on its own line below the bracket.
  const indent = indentAt(text, close.startIndex) + indentUnit(text);
  return [insert(open.endIndex, `${eolOf(text)}${indent}${body},`)];
}

/** Inserts `item` before the item at `index` (or appends), on its own line when items are one per line. */
export function insertItemAt(text: string, container: Node, index: number, item: string): TextEdit[] {
  const items = itemsOf(container);
  if (index >= items.length) return appendItem(text, container, item);
  const target = items[index];
  const open = container.child(0)!;
  if (firstOnLine(text, target.startIndex) && spansLines(text, open.endIndex, target.startIndex)) {
    const at = lineStartAt(text, target.startIndex);
    return [insert(at, `${indentAt(text, target.startIndex)}${item},${eolOf(text)}`)];
  }
  return [insert(target.startIndex, `${item}, `)];
}

/** Deletes `item` and its comma; a line that held only the item goes entirely. */
export function removeItem(text: string, container: Node, item: Node): TextEdit[] {
  const items = itemsOf(container);
  const i = items.findIndex(n => n.startIndex === item.startIndex && n.endIndex === item.endIndex);
  if (i < 0) return [];
  const comma = commaAfter(item);
  const end = comma?.endIndex ?? item.endIndex;
  const close = container.child(container.childCount - 1)!;
  const edits: TextEdit[] = [];
  let tookPreviousComma = false;
  const restOfLine = text.slice(end, lineEndAt(text, end));
  if (firstOnLine(text, item.startIndex) && /^\s*(#.*|\/\/.*)?$/.test(restOfLine) && lineEndAt(text, end) < close.startIndex) {
    edits.push(remove({ start: lineStartAt(text, item.startIndex), end: afterLineBreak(text, end) }));
  } else if (comma) {
    const next = /^[ \t]*/.exec(text.slice(end))![0].length;
    edits.push(remove({ start: item.startIndex, end: end + next }));
  } else if (i > 0) {
    edits.push(remove({ start: items[i - 1].endIndex, end: item.endIndex }));
    tookPreviousComma = true;
  } else {
    edits.push(remove(item));
  }
  // `("a", "b")` minus one item must stay a tuple: `("b",)`.
  if (container.type === 'tuple' && items.length === 2) {
    const other = items[1 - i];
    if (i === 0 ? !commaAfter(other) : tookPreviousComma) edits.push(insert(other.endIndex, ','));
  }
  return edits;
}

/** Replaces one item with several (or none), laid out like the container. */
export function replaceItem(text: string, container: Node, item: Node, replacements: readonly string[]): TextEdit[] {
  if (replacements.length === 0) return removeItem(text, container, item);
  const multiLine = firstOnLine(text, item.startIndex);
  const sep = multiLine ? `,${eolOf(text)}${indentAt(text, item.startIndex)}` : ', ';
  return [replace(item, replacements.join(sep))];
}

/** Deletes whole lines from the start of `from`'s line through the end of `to`'s line. */
export function removeLines(text: string, from: number, to: number): TextEdit {
  return remove({ start: lineStartAt(text, from), end: afterLineBreak(text, to) });
}

/** Inserts `lines` (already indented, newline-free at the end) on a new line after `offset`'s line. */
export function insertLineAfter(text: string, offset: number, lines: string): TextEdit {
  return insert(lineEndAt(text, offset), `${eolOf(text)}${lines}`);
}

/** Inserts `lines` on new lines before the line holding `offset`. */
export function insertLineBefore(text: string, offset: number, lines: string): TextEdit {
  return insert(lineStartAt(text, offset), `${lines}${eolOf(text)}`);
}

/** Appends `lines` at the end of the file, after a newline if the file lacks one. */
export function appendLines(text: string, lines: string): TextEdit {
  const eol = eolOf(text);
  const sep = text.length === 0 || text.endsWith('\n') ? '' : eol;
  return insert(text.length, `${sep}${lines}${eol}`);
}
