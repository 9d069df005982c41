// Re-parses the file a fix edits, so fix builders read brackets, commas and quotes from a real tree.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { LanguageId } from '../model/policy';
import type { Range } from '../model/range';
import { descendantsOfType, namedChildren, tagTree, treeFile, upward, type Node } from '../parse/nodes';
import { withLoadedTree } from '../parse/parser';
import { unwrap } from '../values/javascript';

/** What every fix builder needs: the text the model's ranges point into and its language. */
export interface FixContext {
  readonly text: string;
  readonly language: LanguageId;
}

/** The last tree parsed for fixes: the rules ask for one per finding, all on the same text. */
let last: { readonly text: string; readonly language: LanguageId; readonly file: string | undefined; readonly tree: Tree } | undefined;

/**
 * The file whose text fix builders are given while analyze() runs the rules over several files
 * (an importing file and the options module it reads); undefined for a one-file analysis.
 */
let fixFile: string | undefined;

export function withFixFile<T>(file: string | undefined, run: () => T): T {
  const outer = fixFile;
  fixFile = file;
  try {
    return run();
  } finally {
    fixFile = outer;
  }
}

/** Runs `use` on a tree of `ctx.text`; undefined when the grammar is not loaded or `use` throws. */
export function withSyntax<T>(ctx: FixContext, use: (root: Node) => T | undefined): T | undefined {
  try {
    if (last?.text !== ctx.text || last.language !== ctx.language || last.file !== fixFile) {
      const copy = withLoadedTree(ctx.text, ctx.language, tree => tree.copy());
      if (!copy) return undefined;
      if (fixFile !== undefined) tagTree(copy, fixFile);
      last?.tree.delete();
      last = { text: ctx.text, language: ctx.language, file: fixFile, tree: copy };
    }
    return use(last.tree.rootNode);
  } catch {
    return undefined;
  }
}

export function isPython(ctx: FixContext): boolean {
  return ctx.language === 'python';
}

/** The innermost node spanning exactly `range`, unwrapped from `as const`-style wrappers. */
export function nodeAt(root: Node, range: Range): Node | undefined {
  // A range in another file than the one being edited names nothing in this tree.
  if (range.file !== treeFile(root.tree)) return undefined;
  const leaf = root.descendantForIndex(range.start, Math.max(range.start, range.end - 1));
  // The first node around the leaf that spans the range: it names the range only if it is exactly that.
  for (const n of leaf ? upward(leaf) : []) {
    if (n.startIndex > range.start || n.endIndex < range.end) continue;
    return n.startIndex === range.start && n.endIndex === range.end ? unwrap(n) : undefined;
  }
  return undefined;
}

const SEQUENCE_TYPES = new Set(['list', 'tuple', 'set', 'array']);

export function isSequence(node: Node | null | undefined): node is Node {
  return !!node && SEQUENCE_TYPES.has(node.type);
}

/** The list / tuple / array literal directly holding `node`, if any (through `x as const`). */
export function enclosingSequence(node: Node): Node | undefined {
  const parent = node.parent;
  return isSequence(parent) ? parent : undefined;
}

/** Walks up to the nearest ancestor (or self) of one of `types`. */
export function closest(node: Node, types: readonly string[]): Node | undefined {
  for (const n of upward(node)) if (types.includes(n.type)) return n;
  return undefined;
}

/** The statement a node belongs to: the ancestor whose parent is a module, block or statement list. */
export function statementOf(node: Node): Node | undefined {
  let child: Node | undefined;
  for (const n of upward(node)) {
    if (child && STATEMENT_LISTS.has(n.type)) return child;
    child = n;
  }
  return undefined;
}

const STATEMENT_LISTS = new Set(['module', 'block', 'program', 'statement_block', 'switch_body']);

export type Quote = "'" | '"';

/** The first quote of `where`'s strings, per tree and node: every fix in a file with hundreds of sites asks for the file's. */
const quotes = new WeakMap<Tree, Map<number, Quote | undefined>>();

function firstQuote(where: Node, python: boolean): Quote | undefined {
  let byNode = quotes.get(where.tree);
  if (!byNode) quotes.set(where.tree, byNode = new Map());
  if (byNode.has(where.id)) return byNode.get(where.id);
  let found: Quote | undefined;
  for (const s of descendantsOfType(where, 'string')) {
    const q = python ? (s.child(0)?.text ?? '').replace(/^[a-z]+/i, '') : s.text[0];
    if (q === "'" || q === '"') { found = q; break; }
  }
  byNode.set(where.id, found);
  return found;
}

/** The quote the surrounding code uses: the first string in `scope`, else the first in the file. */
export function quoteStyle(scope: Node | undefined, root: Node, python: boolean): Quote {
  return (scope && firstQuote(scope, python)) ?? firstQuote(root, python) ?? "'";
}

/** A string literal for `value` in the given quote. */
export function stringLiteral(value: string, quote: Quote): string {
  const body = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n');
  return `${quote}${body}${quote}`;
}

/** A Python string holding a regex: raw when it has backslashes and no quote to escape. */
export function pythonRegexLiteral(pattern: string, quote: Quote): string {
  if (pattern.includes('\\') && !pattern.includes(quote) && !pattern.endsWith('\\')) return `r${quote}${pattern}${quote}`;
  return stringLiteral(pattern, quote);
}

/** Flags a RegExp accepts: known letters, none twice, and not both `u` and `v`. */
export function validJsFlags(flags: string): boolean {
  return /^[dgimsuvy]*$/.test(flags) && new Set(flags).size === flags.length && !(flags.includes('u') && flags.includes('v'));
}

/** A JavaScript regex literal for `pattern` (a slash not already escaped gets a backslash). */
export function jsRegexLiteral(pattern: string, flags: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { out += c + (pattern[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === '/' && !inClass ? '\\/' : c;
  }
  return `/${out}/${flags}`;
}

/** The literal that rewrites a string node with a new value, keeping its prefix (`r`, `u`) and quote. */
export function rewriteString(node: Node, value: string, python: boolean): string {
  if (python) {
    const start = node.child(0)?.text ?? "'";
    const prefix = start.replace(/['"]+$/, '');
    const quote = (start.slice(prefix.length)[0] ?? "'") as Quote;
    if (/r/i.test(prefix) && !value.includes(quote) && !value.endsWith('\\')) return `${prefix}${quote}${value}${quote}`;
    return prefix.replace(/r/gi, '') + stringLiteral(value, quote);
  }
  const quote = (node.text[0] === '"' ? '"' : "'") as Quote;
  return stringLiteral(value, quote);
}

/** Items of a bracketed, comma-separated container, comments left out. */
export function itemsOf(container: Node): Node[] {
  return namedChildren(container);
}
