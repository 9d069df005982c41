// Wiring fixes: CorsMiddleware at the top of MIDDLEWARE, `corsheaders` in INSTALLED_APPS, and
// Express's `app.use(cors(...))` above the first route.
import type { Fix, TextEdit } from '../model/finding';
import type { OrderedEntry, WiringFact } from '../model/policy';
import type { Range } from '../model/range';
import { descendantsOfType, type Node } from '../parse/nodes';
import { pyString } from '../values/python';
import { appendItem, insert, insertItemAt, insertLineBefore, makeFix, removeItem, removeLines, replace } from './edits';
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
  if (elsewhere(fact.source)) return undefined;
  const cors = fact.entries.find(e => e.name === corsPath);
  let title = 'Move CorsMiddleware to the top of MIDDLEWARE';
  const edits = withSyntax(ctx, (root): TextEdit[] | undefined => {
    const list = listOf(root, fact, 'first');
    if (!list) return undefined;
    const first = fact.entries[0] && entryNode(root, fact.entries[0]);
    const at = first ? itemsOf(list).findIndex(n => n.equals(first)) : 0;
    if (at < 0) return undefined;
    if (!cors) {
      title = 'Add CorsMiddleware at the top of MIDDLEWARE';
      return insertItemAt(ctx.text, list, at, stringLiteral(corsPath, quoteStyle(list, root, true)));
    }
    const node = entryNode(root, cors);
    if (!node) return undefined;
    const from = enclosingSequence(node);
    if (from) return [...removeItem(ctx.text, from, node), ...insertItemAt(ctx.text, list, at, node.text)];
    return appendToInsert(node);
  });
  return edits && makeFix(title, cors ? 'safe' : 'unsafe', true, edits);
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
 * Moves the `app.use(cors(...))` statement to just above the first route. Safe: the same policy now
 * covers the routes registered before it. Not offered when the statement uses a name declared between
 * the two (moving it would read the name before its declaration).
 */
export function expressOrderFix(cors: Range, firstRoute: Range, target: string, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, (root): TextEdit[] | undefined => {
    const use = nodeAt(root, cors);
    const route = nodeAt(root, firstRoute);
    const useStmt = use && statementOf(use);
    const routeStmt = route && statementOf(route);
    if (!useStmt || !routeStmt || !useStmt.parent?.equals(routeStmt.parent!) || routeStmt.startIndex >= useStmt.startIndex) return undefined;
    if (!alone(ctx.text, useStmt) || !alone(ctx.text, routeStmt)) return undefined;
    const used = new Set(descendantsOfType(useStmt, 'identifier').map(n => n.text));
    const declaredBetween = descendantsOfType(root, 'variable_declarator').some(d => {
      const name = d.childForFieldName('name');
      return d.startIndex > routeStmt.startIndex && d.startIndex < useStmt.startIndex && !!name && used.has(name.text);
    });
    if (declaredBetween) return undefined;
    const lineStart = ctx.text.lastIndexOf('\n', useStmt.startIndex - 1) + 1;
    const block = ctx.text.slice(lineStart, useStmt.endIndex).replace(/\s+$/, '');
    return [insertLineBefore(ctx.text, routeStmt.startIndex, block), removeLines(ctx.text, useStmt.startIndex, useStmt.endIndex)];
  });
  return edits && makeFix(`Move ${target}.use(cors(...)) above the first route`, 'safe', true, edits);
}

/** True when a statement has its lines to itself (so whole lines can move). */
function alone(text: string, stmt: Node): boolean {
  const start = text.lastIndexOf('\n', stmt.startIndex - 1) + 1;
  const end = text.indexOf('\n', stmt.endIndex);
  return text.slice(start, stmt.startIndex).trim() === '' && /^\s*(\/\/.*)?$/.test(text.slice(stmt.endIndex, end < 0 ? text.length : end));
}
