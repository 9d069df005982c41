// Wiring fixes: CorsMiddleware at the top of MIDDLEWARE, `corsheaders` in INSTALLED_APPS, and
// Express's `app.use(cors(...))` above the first route.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Fix, TextEdit } from '../model/finding';
import type { OrderedEntry, WiringFact } from '../model/policy';
import type { Range } from '../model/range';
import { descendantsOfType, namedChildren, type Node } from '../parse/nodes';
import { withLoadedTree } from '../parse/parser';
import { nodesOfType } from '../parse/tree-index';
import { callArgs } from '../values/javascript';
import { pyString } from '../values/python';
import { appendItem, indentAt, insert, insertItemAt, lineEndAt, insertLineAfter, insertLineBefore, makeFix, removeItem, removeLines, replace } from './edits';
import { elsewhere } from './origin-sites';
import { enclosingSequence, isSequence, itemsOf, nodeAt, quoteStyle, statementOf, stringLiteral, withSyntax, type FixContext } from './syntax';

type Ordered = Extract<WiringFact, { kind: 'django-middleware' | 'django-installed-apps' }>;

/** The string literal of an ordered entry, checked against its name (entries may come from another file). */
function entryNode(root: Node, entry: OrderedEntry): Node | undefined {
  const node = nodeAt(root, entry.range);
  return node?.type === 'string' && pyString(node) === entry.name ? node : undefined;
}

/** The list new entries go into: the one holding the first entry, else the setting's own list literal. */
function listOf(root: Node, fact: Ordered, pick: 'first' | 'last'): Node | undefined {
  const entries = pick === 'first' ? fact.entries : [...fact.entries].reverse();
  for (const e of entries) {
    const node = entryNode(root, e);
    const seq = node && enclosingSequence(node);
    if (seq) return seq;
  }
  const own = nodeAt(root, fact.range);
  return own && isSequence(own) ? own : undefined;
}

/**
 * Moves CorsMiddleware above everything (safe: the configured policy now also covers the responses
 * other middleware produced), or inserts it when it is missing (unsafe: CORS starts answering at all).
 */
export function djangoMiddlewareFix(fact: Ordered, corsPath: string, ctx: FixContext): Fix | undefined {
  const cors = fact.entries.find(e => e.name === corsPath);
  const title = cors ? 'Move CorsMiddleware to the top of MIDDLEWARE' : 'Add CorsMiddleware at the top of MIDDLEWARE';
  const edits = withSyntax(ctx, (root): TextEdit[] | undefined => {
    const first = fact.entries[0] && entryNode(root, fact.entries[0]);
    const corsNode = cors && entryNode(root, cors);
    if (cors && !corsNode) return undefined;
    const list = first ? enclosingSequence(first) : fact.entries.length === 0 ? ownList(root, fact) : undefined;
    if (list) {
      const at = first ? itemsOf(list).findIndex(n => n.equals(first)) : 0;
      if (at < 0) return undefined;
      if (!corsNode) return insertItemAt(ctx.text, list, at, stringLiteral(corsPath, quoteStyle(list, root, true)));
      const from = enclosingSequence(corsNode);
      return from ? [...removeItem(ctx.text, from, corsNode), ...insertItemAt(ctx.text, list, at, corsNode.text)] : appendToInsert(corsNode);
    }
    // The top of the list is inherited (`from .base import *`): rebuild it here with CorsMiddleware first.
    return corsNode ? prependInherited(corsNode, ctx) : prependAfter(root, fact, corsPath, ctx);
  });
  return edits && makeFix(title, cors ? 'safe' : 'unsafe', true, edits);
}

function ownList(root: Node, fact: Ordered): Node | undefined {
  const own = nodeAt(root, fact.range);
  return own && isSequence(own) ? own : undefined;
}

/** `NAME = [X, *NAME]`: a new list, so the module the name came from keeps its own. */
function prepend(name: string, item: string): string {
  return `${name} = [${item}, *${name}]`;
}

/** `MIDDLEWARE += [cors]` → `MIDDLEWARE = [cors, *MIDDLEWARE]`; other items of the `+=` stay where they are. */
function prependInherited(corsNode: Node, ctx: FixContext): TextEdit[] | undefined {
  const from = enclosingSequence(corsNode);
  if (!from) return appendToInsert(corsNode);
  const aug = from.parent?.type === 'augmented_assignment' ? from.parent : undefined;
  const name = aug?.childForFieldName('left');
  const stmt = aug && statementOf(aug);
  if (!aug || name?.type !== 'identifier' || !stmt) return undefined;
  const line = prepend(name.text, corsNode.text);
  if (itemsOf(from).length === 1) return [replace(stmt, line)];
  return [...removeItem(ctx.text, from, corsNode), insertLineAfter(ctx.text, stmt.endIndex, indentAt(ctx.text, stmt.startIndex) + line)];
}

/** CorsMiddleware missing from an inherited MIDDLEWARE: prepend it right after the import that brings it. */
function prependAfter(root: Node, fact: Ordered, corsPath: string, ctx: FixContext): TextEdit[] | undefined {
  const at = nodeAt(root, fact.range);
  const stmt = at && statementOf(at);
  if (!stmt || stmt.type !== 'import_from_statement') return undefined;
  const name = /\bMIDDLEWARE_CLASSES\b/.test(ctx.text) && !/\bMIDDLEWARE\b/.test(ctx.text) ? 'MIDDLEWARE_CLASSES' : 'MIDDLEWARE';
  return [insertLineAfter(ctx.text, stmt.endIndex, prepend(name, stringLiteral(corsPath, quoteStyle(undefined, root, true))))];
}

/** `MIDDLEWARE.append(X)` → `MIDDLEWARE.insert(0, X)`. */
function appendToInsert(arg: Node): TextEdit[] | undefined {
  const call = arg.parent?.type === 'argument_list' ? arg.parent.parent : undefined;
  const method = call?.childForFieldName('function')?.childForFieldName('attribute');
  if (method?.text !== 'append' || call!.childForFieldName('arguments')!.namedChildCount !== 1) return undefined;
  return [replace(method, 'insert'), insert(arg.startIndex, '0, ')];
}

/** Safe: INSTALLED_APPS only enables the library's startup checks. */
export function installAppFix(fact: Ordered, ctx: FixContext): Fix | undefined {
  if (elsewhere(fact.source)) return undefined;
  const edits = withSyntax(ctx, root => {
    const list = listOf(root, fact, 'last');
    return list && appendItem(ctx.text, list, stringLiteral('corsheaders', quoteStyle(list, root, true)));
  });
  return edits && makeFix("Add 'corsheaders' to INSTALLED_APPS", 'safe', true, edits);
}

/**
 * Moves the `app.use(cors(...))` statement to just above the first route. Safe only in the plain case:
 * the same policy now covers the routes registered before it. Unsafe (offered, not applied by fix all)
 * when a router, static files or another cors sits between, since this policy then answers for them
 * first, or when the policy sends credentials to the routes it newly covers. Not offered when the
 * statement uses a name declared between the two (moving it would read the name before its declaration).
 */
export function expressOrderFix(cors: Range, firstRoute: Range, target: string, ctx: FixContext): Fix | undefined {
  let widens = false;
  const edits = withSyntax(ctx, (root): TextEdit[] | undefined => {
    const use = nodeAt(root, cors);
    const route = nodeAt(root, firstRoute);
    const useStmt = use && statementOf(use);
    const routeStmt = route && statementOf(route);
    if (!useStmt || !routeStmt || !useStmt.parent?.equals(routeStmt.parent!) || routeStmt.startIndex >= useStmt.startIndex) return undefined;
    if (!alone(ctx.text, useStmt) || !alone(ctx.text, routeStmt)) return undefined;
    const used = new Set(descendantsOfType(useStmt, 'identifier').map(n => n.text));
    // Read from the index the analysis already built of this text (the fix tree is a copy with none).
    const code = withLoadedTree(ctx.text, ctx.language, tree => {
      const facts = codeFacts(tree.rootNode);
      return {
        declares: [...used].some(name => anyWithin(facts.declared.get(name) ?? [], routeStmt.startIndex + 1, useStmt.startIndex)),
        widens: facts.widensWithin(routeStmt.endIndex, useStmt.startIndex) || sendsCredentials(use, facts.firstDeclarator),
      };
    });
    if (!code || code.declares) return undefined;
    widens = code.widens;
    const lineStart = ctx.text.lastIndexOf('\n', useStmt.startIndex - 1) + 1;
    const block = ctx.text.slice(lineStart, useStmt.endIndex).replace(/\s+$/, '');
    return [insertLineBefore(ctx.text, routeStmt.startIndex, block), removeLines(ctx.text, useStmt.startIndex, useStmt.endIndex)];
  });
  return edits && makeFix(`Move ${target}.use(cors(...)) above the first route`, widens ? 'unsafe' : 'safe', !widens, edits);
}

/**
 * True unless `call` is a `.use(...)` that may mount a router, static files or a cors: only
 * `x.use(factory(...))` with no mount path and no such factory counts as plain middleware.
 */
function plainMiddleware(call: Node): boolean {
  if (call.childForFieldName('function')?.childForFieldName('property')?.text !== 'use') return true;
  const args = callArgs(call);
  return args.every(a => a.type === 'call_expression' && !/cors|static|rout|require/i.test(a.childForFieldName('function')?.text ?? ''));
}

/** What the order fix asks of a file, gathered once per tree from the shared index for all its findings. */
interface CodeFacts {
  /** A declared name → where its declarators start, in source order. */
  readonly declared: ReadonlyMap<string, readonly number[]>;
  /** A declared name → the first declarator of it. */
  readonly firstDeclarator: ReadonlyMap<string, Node>;
  /** Whether some call starting in [start, end) is not plain middleware; each call is judged at most once. */
  widensWithin(start: number, end: number): boolean;
}

const facts = new WeakMap<Tree, CodeFacts>();

function codeFacts(root: Node): CodeFacts {
  const hit = facts.get(root.tree);
  if (hit) return hit;
  const declared = new Map<string, number[]>();
  const firstDeclarator = new Map<string, Node>();
  for (const d of nodesOfType(root, 'variable_declarator')) {
    const name = d.childForFieldName('name')?.text;
    if (name === undefined) continue;
    const starts = declared.get(name);
    if (starts) starts.push(d.startIndex);
    else declared.set(name, [d.startIndex]);
    if (!firstDeclarator.has(name)) firstDeclarator.set(name, d);
  }
  const calls = nodesOfType(root, 'call_expression');
  const starts = calls.map(c => c.startIndex);
  const widening = new Map<number, boolean>();
  const made: CodeFacts = {
    declared,
    firstDeclarator,
    widensWithin: (start, end) => {
      for (let i = firstAtOrAfter(starts, start); i < calls.length && starts[i] < end; i++) {
        let w = widening.get(i);
        if (w === undefined) widening.set(i, w = !plainMiddleware(calls[i]));
        if (w) return true;
      }
      return false;
    },
  };
  facts.set(root.tree, made);
  return made;
}

/** The index of the first offset at or after `at` in a sorted list. */
function firstAtOrAfter(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list of offsets has one in [start, end). */
function anyWithin(starts: readonly number[], start: number, end: number): boolean {
  const i = firstAtOrAfter(starts, start);
  return i < starts.length && starts[i] < end;
}

/** Whether the cors(...) in `use` may enable credentials: true unless its options plainly do not. */
function sendsCredentials(use: Node, declarators: ReadonlyMap<string, Node>): boolean {
  const call = descendantsOfType(use, 'call_expression').find(c => /cors/i.test(c.childForFieldName('function')?.text ?? ''));
  if (!call) return true;
  let options: Node | null | undefined = callArgs(call)[0];
  if (!options) return false;
  if (options.type === 'identifier') options = declarators.get(options.text)?.childForFieldName('value');
  if (options?.type !== 'object' || namedChildren(options).some(p => p.type !== 'pair' && p.type !== 'comment')) return true;
  const credentials = namedChildren(options).find(p => /^['"]?credentials['"]?$/.test(p.childForFieldName('key')?.text ?? ''));
  return !!credentials && credentials.childForFieldName('value')?.text !== 'false';
}

/** True when a statement has its lines to itself (so whole lines can move). */
function alone(text: string, stmt: Node): boolean {
  const start = text.lastIndexOf('\n', stmt.startIndex - 1) + 1;
  return text.slice(start, stmt.startIndex).trim() === '' && /^\s*(\/\/.*)?$/.test(text.slice(stmt.endIndex, lineEndAt(text, stmt.endIndex)));
}
