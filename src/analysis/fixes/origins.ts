// Replacing "every origin" (a wildcard, a reflected origin, a match-all regex) with an explicit
// allowlist in each library's idiom, and turning credentials off as the alternative.
import type { Fix, TextEdit } from '../model/finding';
import type { CorsSite, FrameworkId, OriginEntry } from '../model/policy';
import type { Node } from '../parse/nodes';
import { normalize } from '../rules/origin-shape';
import { keywordArgNodes } from '../values/python';
import { appendItem, lineEndAt, makeFix, removeItem, removeLines, replace, replaceItem } from './edits';
import { addSetting, createOriginsOption, djangoAssignment, elsewhere, lastCorsSetting, listLiteral } from './origin-sites';
import { closest, enclosingSequence, isPython, isSequence, nodeAt, quoteStyle, stringLiteral, statementOf, withSyntax, type FixContext } from './syntax';

/** Libraries whose origins option takes a list (not @koa/cors) and is written as options (not by hand). */
export const EDITABLE: ReadonlySet<FrameworkId> = new Set(['flask-cors', 'django-cors-headers', 'starlette', 'express-cors', 'nestjs', 'fastify-cors']);

const ALLOW_ALL = ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL'];
const ALLOWED = ['CORS_ALLOWED_ORIGINS', 'CORS_ORIGIN_WHITELIST'];

export function sameOrigin(a: string, b: string): boolean {
  return (normalize(a) ?? a.toLowerCase()) === (normalize(b) ?? b.toLowerCase());
}

function exactValues(site: CorsSite): string[] {
  return site.origins.entries.flatMap(e => (e.kind === 'exact' ? [e.value] : []));
}

/**
 * "Allow only …": drops the entry that lets every origin in and lists `origins` instead, keeping the
 * origins already listed. Undefined when the value is not written in this file or cannot be rewritten.
 */
export function allowlistFix(site: CorsSite, entry: OriginEntry, ctx: FixContext, origins: readonly string[], title?: string): Fix | undefined {
  if (!EDITABLE.has(site.framework) || elsewhere(entry.source) || elsewhere(site.origins.source)) return undefined;
  const listed = exactValues(site);
  const added = origins.map(o => normalize(o) ?? o).filter((o, i, all) => all.indexOf(o) === i && !listed.some(l => sameOrigin(l, o)));
  const kept = [...listed, ...added];
  if (kept.length === 0) return undefined;
  const patterns = site.origins.entries.some(e => e.kind === 'regex' && e !== entry) ? ' and the listed patterns' : '';
  const edits = withSyntax(ctx, root => wildcardEdits(site, entry, root, ctx, added, kept));
  return edits && makeFix(title ?? `Allow only ${kept.join(', ')}${patterns}`, 'unsafe', true, edits);
}

function wildcardEdits(site: CorsSite, entry: OriginEntry, root: Node, ctx: FixContext, added: string[], kept: string[]): TextEdit[] | undefined {
  if (entry.source.kind === 'library-default') return added.length ? createOriginsOption(site, root, ctx, added, entry.range) : undefined;
  const node = nodeAt(root, entry.range);
  if (!node) return undefined;
  if (site.framework === 'django-cors-headers') return djangoEdits(node, root, ctx, added);
  const seq = enclosingSequence(node);
  if (seq) {
    const q = quoteStyle(seq, root, isPython(ctx));
    return replaceItem(ctx.text, seq, node, added.map(o => stringLiteral(o, q)));
  }
  if (site.framework === 'starlette' && closest(node, ['keyword_argument'])?.childForFieldName('name')?.text === 'allow_origin_regex') {
    return starletteRegexEdits(node, root, ctx, added, kept);
  }
  // A shared boolean (`ALLOW_ALL = True` used elsewhere too) is not ours to rewrite.
  if (entry.source.kind === 'variable' && (node.type === 'true' || node.type === 'false')) return undefined;
  const value = isPython(ctx) ? node : optionValue(node);
  if (!value) return undefined;
  const list = listLiteral(kept, root, value.parent ?? undefined, ctx);
  return [replace(value, value.type === 'method_definition' ? `origin: ${list}` : list)];
}

/**
 * The JavaScript expression that is the whole `origin` value: the node itself when it is the value
 * of `origin:` or of a binding, else the callback it answers from (`callback(null, true)` inside it).
 */
function optionValue(node: Node): Node | undefined {
  const isValue = (n: Node) => {
    const p = n.parent;
    return (p?.type === 'pair' && p.childForFieldName('value')?.equals(n)) || (p?.type === 'variable_declarator' && p.childForFieldName('value')?.equals(n));
  };
  if (isValue(node)) return node;
  const fn = closest(node, ['arrow_function', 'function_expression', 'function', 'method_definition']);
  // `origin(origin, callback) { … }` is a method: the whole property is the value.
  if (fn?.type === 'method_definition') return fn.childForFieldName('name')?.text === 'origin' ? fn : undefined;
  return fn && isValue(fn) ? fn : undefined;
}

/** `CORS_ALLOW_ALL_ORIGINS = True` → `False` plus the origins in `CORS_ALLOWED_ORIGINS`; a match-all regex is removed. */
function djangoEdits(node: Node, root: Node, ctx: FixContext, added: string[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const seq = enclosingSequence(node);
  let anchor: Node | undefined;
  if (seq) {
    edits.push(...removeItem(ctx.text, seq, node));
    anchor = statementOf(seq);
  } else {
    const allowAll = djangoAssignment(root, ALLOW_ALL);
    if (!allowAll) return undefined;
    edits.push(replace(allowAll, 'False'));
    anchor = statementOf(allowAll);
  }
  if (added.length === 0) return edits;
  const list = djangoAssignment(root, ALLOWED);
  if (list && !isSequence(list)) return undefined;
  const q = quoteStyle(list, root, true);
  if (list) return [...edits, ...appendItem(ctx.text, list, added.map(o => stringLiteral(o, q)))];
  return [...edits, addSetting(ctx, lastCorsSetting(root) ?? anchor, `CORS_ALLOWED_ORIGINS = ${listLiteral(added, root, undefined, ctx)}`)];
}

/** `allow_origin_regex=".*"` → `allow_origins=[...]` (or the origins appended to an existing list). */
function starletteRegexEdits(node: Node, root: Node, ctx: FixContext, added: string[], kept: string[]): TextEdit[] | undefined {
  const kwarg = closest(node, ['keyword_argument']);
  const call = kwarg && closest(kwarg, ['call']);
  const args = call?.childForFieldName('arguments');
  if (!kwarg || !args || kwarg.childForFieldName('name')?.text !== 'allow_origin_regex') return undefined;
  const list = keywordArgNodes(call!).get('allow_origins')?.childForFieldName('value');
  if (!list) return [replace(kwarg, `allow_origins=${listLiteral(kept, root, args, ctx)}`)];
  if (!isSequence(list)) return undefined;
  const q = quoteStyle(list, root, true);
  return [...removeItem(ctx.text, args, kwarg), ...appendItem(ctx.text, list, added.map(o => stringLiteral(o, q)))];
}

/**
 * `supports_credentials=True` / `CORS_ALLOW_CREDENTIALS = True` / `credentials: true` → false; a
 * hand-written `Access-Control-Allow-Credentials: true` header is no longer sent.
 */
export function disableCredentialsFix(site: CorsSite, ctx: FixContext): Fix | undefined {
  const cred = site.credentials;
  if (!cred?.value || cred.source.kind !== 'literal') return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, cred.range);
    if (node?.type === 'true') return [replace(node, isPython(ctx) ? 'False' : 'false')];
    return site.framework === 'hand-written' && node ? dropHeader(node, ctx) : undefined;
  });
  return edits && makeFix('Disable credentials', 'unsafe', false, edits);
}

/** Removes the header write holding `value`: its `key: value` pair, or its statement when that is alone on its lines. */
function dropHeader(value: Node, ctx: FixContext): TextEdit[] | undefined {
  const pair = value.parent?.type === 'pair' ? value.parent : undefined;
  if (pair?.parent && /credentials/i.test(pair.childForFieldName('key')?.text ?? '')) return removeItem(ctx.text, pair.parent, pair);
  const stmt = statementOf(value);
  if (stmt?.type !== 'expression_statement' || !/access-control-allow-credentials/i.test(stmt.text)) return undefined;
  if (stmt.parent?.type === 'block' && stmt.parent.namedChildCount === 1) return undefined;
  const before = ctx.text.slice(ctx.text.lastIndexOf('\n', stmt.startIndex - 1) + 1, stmt.startIndex);
  const after = ctx.text.slice(stmt.endIndex, lineEndAt(ctx.text, stmt.endIndex));
  return before.trim() === '' && /^\s*((#|\/\/).*)?$/.test(after) ? [removeLines(ctx.text, stmt.startIndex, stmt.endIndex)] : undefined;
}

/**
 * `CORS_ALLOWED_ORIGIN_REGEXES = (r"^https://…$")` lost its tuple comma, so each character is a
 * pattern and `^` admits everyone: the list it meant. Unsafe like any narrowing, but it is the author's own pattern.
 */
function djangoStringToListFix(site: CorsSite, entry: OriginEntry, ctx: FixContext): Fix | undefined {
  if (site.framework !== 'django-cors-headers' || entry.source.kind !== 'literal') return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    if (node?.type !== 'string' || enclosingSequence(node)) return undefined;
    const whole = node.parent?.type === 'parenthesized_expression' ? node.parent : node;
    return [replace(whole, `[${node.text}]`)];
  });
  return edits && makeFix('Make it a list of one pattern', 'unsafe', true, edits);
}

/** The fixes for "every origin may call": the allowlist first, then credentials off when they are on. */
export function anyOriginFixes(site: CorsSite, entry: OriginEntry, ctx: FixContext, devOrigins: readonly string[]): Fix[] {
  const fixes: Fix[] = [];
  const allow = djangoStringToListFix(site, entry, ctx) ?? allowlistFix(site, entry, ctx, devOrigins);
  if (allow) fixes.push(allow);
  const off = disableCredentialsFix(site, ctx);
  if (off) fixes.push(off);
  return fixes;
}
