// Keeps each file's last syntax tree in the worker, so the next version of the file is parsed
// incrementally: tree-sitter reuses every subtree outside the edit (a keystroke in a 20,000-line
// file re-parses a few nodes instead of the whole file).
import type { Parser, Point, Tree } from '@vscode/tree-sitter-wasm';
import type { LanguageId } from '../analysis/model/policy';
import { parserFor } from '../analysis/parse/parser';

interface Kept {
  readonly text: string;
  readonly language: LanguageId;
  readonly tree: Tree;
}

/** Files edited recently; more would keep WASM memory for files nobody is typing in. */
const MAX_KEPT = 8;
const kept = new Map<string, Kept>();

/**
 * One edit that turns `before` into `after`: everything between their common prefix and common
 * suffix. Coarser than the editor's own changes when several were made, never wrong: tree-sitter
 * only needs to know which old bytes may have changed. Indices and columns are UTF-16 code units,
 * as the binding counts them.
 */
export function editBetween(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldEndIndex = before.length - suffix;
  const newEndIndex = after.length - suffix;
  return {
    startIndex: start,
    oldEndIndex,
    newEndIndex,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, oldEndIndex),
    newEndPosition: pointAt(after, newEndIndex),
  };
}

function pointAt(text: string, index: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

/**
 * Runs `analysis` (which parses `text` once through the language's shared parser) with that parse
 * made incremental from the file's previous tree; the new tree is kept for the next version.
 */
export async function withIncrementalParse<T>(file: string, language: LanguageId, text: string, analysis: () => Promise<T>): Promise<T> {
  let parser: Parser;
  try {
    parser = await parserFor(language);
  } catch {
    return analysis(); // the analysis reports the grammar that cannot load
  }
  const parse = parser.parse;
  parser.parse = function (this: Parser, input, oldTree, options) {
    // Other texts (imported modules), or a caller passing its own old tree: untouched.
    if (input !== text || oldTree) return parse.call(this, input, oldTree, options);
    const before = kept.get(file);
    let tree: Tree | null;
    tree = before && before.language === language ? reparse(before, text, edited => parse.call(this, text, edited, options)) : null;
    tree ??= parse.call(this, text, null, options);
    if (tree) keep(file, { text, language, tree: tree.copy() });
    return tree;
  };
  try {
    return await analysis();
  } finally {
    parser.parse = parse;
  }
}

/** The incremental parse, or null (a full parse follows) if tree-sitter refuses the edit. */
function reparse(before: Kept, text: string, parse: (edited: Tree) => Tree | null): Tree | null {
  const edited = before.tree.copy();
  try {
    edited.edit(editBetween(before.text, text));
    return parse(edited);
  } catch {
    return null;
  } finally {
    edited.delete();
  }
}

function keep(file: string, entry: Kept): void {
  kept.get(file)?.tree.delete();
  kept.delete(file);
  kept.set(file, entry);
  for (const [oldest, k] of kept) {
    if (kept.size <= MAX_KEPT) break;
    k.tree.delete();
    kept.delete(oldest);
  }
}
