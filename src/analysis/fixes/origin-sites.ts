// Where a site's allowed origins are written, and how each library spells a new origins option.
import type { TextEdit } from '../model/finding';
import type { CorsSite, OriginEntry, ValueSource } from '../model/policy';
import type { Range } from '../model/range';
import { descendantsOfType, namedChildren, type Node } from '../parse/nodes';
import { jsString, JsScope, unwrap } from '../values/javascript';
import { moduleStatements, pyString } from '../values/python';
import { appendItem, appendLines, indentAt, insertLineAfter, replace } from './edits';
import { closest, enclosingSequence, isPython, isSequence, nodeAt, quoteStyle, stringLiteral, type FixContext } from './syntax';

/** Sources this file cannot change: the value lives in the environment or another module. */
export function elsewhere(source: ValueSource): string | undefined {
  switch (source.kind) {
    case 'env': return source.variable;
    case 'env-default': return source.variable;
    case 'other-file': return source.file;
    default: return undefined;
  }
}

/** The list/tuple/array literal `origins` are appended to, or the single value that becomes a list. */
export type OriginsTarget =
  | { readonly kind: 'sequence'; readonly node: Node }
  | { readonly kind: 'single'; readonly node: Node }
  /** `"a,b"` read with `.split(",")`: a new origin joins the string. */
  | { readonly kind: 'joined'; readonly node: Node; readonly separator: string }
  | { readonly kind: 'missing' };

/** Entries whose list can take a plain origin string (regexes share it in flask-cors and expressjs/cors). */
function listMates(site: CorsSite): OriginEntry[] {
  const mixed = site.framework === 'flask-cors' || site.framework === 'express-cors' || site.framework === 'nestjs' || site.framework === 'fastify-cors';
  return site.origins.entries.filter(e => e.kind === 'exact' || e.kind === 'null' || (mixed && e.kind === 'regex'));
}

export function originsTarget(site: CorsSite, root: Node): OriginsTarget | undefined {
  const mates = listMates(site).filter(e => e.source.kind === 'literal' || e.source.kind === 'variable');
  for (const entry of [...mates].reverse()) {
    const node = nodeAt(root, entry.range);
    if (!node) continue;
    const seq = enclosingSequence(node);
    if (seq) return { kind: 'sequence', node: seq };
    // A piece of `"a,b".split(",")` shares the string with its siblings: the new origin joins the string.
    const value = literalValue(node);
    if (entry.kind === 'exact' && value !== undefined && value !== entry.value) {
      const separator = /,\s/.test(value) ? value.match(/,\s+/)![0] : ',';
      if (value.split(/\s*,\s*/).includes(entry.value.trim())) return { kind: 'joined', node, separator };
      continue;
    }
    // `ORIGINS.append("x")` holds one origin as a call argument: the call stays, another list comes first.
    if (node.parent?.type === 'argument_list' || node.parent?.type === 'arguments') continue;
    if (site.framework !== 'django-cors-headers') return { kind: 'single', node };
  }
  if (site.framework === 'django-cors-headers') {
    const list = djangoAssignment(root, ['CORS_ALLOWED_ORIGINS', 'CORS_ORIGIN_WHITELIST']);
    if (list && isSequence(list)) return { kind: 'sequence', node: list };
    return list ? undefined : { kind: 'missing' };
  }
  const written = site.origins.source.kind === 'variable' ? site.origins.source.range : site.origins.range;
  const node = written && nodeAt(root, written);
  if (node && isSequence(node)) return { kind: 'sequence', node };
  // Starlette keeps regexes in their own option, so a site without plain origins gets `allow_origins`.
  if (site.origins.source.kind === 'library-default' || !written || site.framework === 'starlette') return { kind: 'missing' };
  return undefined;
}

function literalValue(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  return node.child(0)?.type === 'string_start' ? pyString(node) : jsString(node);
}

/** The value of the last module-level `NAME = value` among `names`, if any. */
export function djangoAssignment(root: Node, names: readonly string[]): Node | undefined {
  let found: Node | undefined;
  for (const stmt of moduleStatements(root)) {
    const assign = stmt.namedChild(0);
    if (assign?.type !== 'assignment') continue;
    const left = assign.childForFieldName('left');
    const right = assign.childForFieldName('right');
    if (left && right && names.includes(left.text)) found = right;
  }
  return found;
}

/** The last statement setting a `CORS_*` name, top level preferred: new CORS settings go below it. */
export function lastCorsSetting(root: Node): Node | undefined {
  let top: Node | undefined;
  let nested: Node | undefined;
  for (const stmt of moduleStatements(root)) {
    const assign = stmt.namedChild(0);
    const left = assign?.type === 'assignment' || assign?.type === 'augmented_assignment' ? assign.childForFieldName('left') : null;
    if (!left || !/^CORS_/.test(left.text)) continue;
    if (stmt.parent?.type === 'module') top = stmt;
    else nested = stmt;
  }
  return top ?? nested;
}

/** A new `NAME = value` statement below `after` (same block and indentation), else at the end of the file. */
export function addSetting(ctx: FixContext, after: Node | undefined, line: string): TextEdit {
  if (!after) return appendLines(ctx.text, line);
  return insertLineAfter(ctx.text, after.endIndex, indentAt(ctx.text, after.startIndex) + line);
}

/** `[...]` for the given values, in the language and quote style around `scope`. */
export function listLiteral(values: readonly string[], root: Node, scope: Node | undefined, ctx: FixContext): string {
  const q = quoteStyle(scope, root, isPython(ctx));
  return `[${values.map(v => stringLiteral(v, q)).join(', ')}]`;
}

/** Adds the origins option to a site that does not write one, in the library's own spelling. */
export function createOriginsOption(site: CorsSite, root: Node, ctx: FixContext, values: readonly string[], where: Range = site.range): TextEdit[] | undefined {
  if (site.framework === 'django-cors-headers') {
    return [addSetting(ctx, lastCorsSetting(root), `CORS_ALLOWED_ORIGINS = ${listLiteral(values, root, undefined, ctx)}`)];
  }
  const at = nodeAt(root, where) ?? nodeAt(root, site.range);
  if (!at) return undefined;
  switch (site.framework) {
    case 'flask-cors': {
      // A resource's options dict takes an "origins" key; CORS(...) / @cross_origin(...) a keyword.
      const dict = at.type === 'dictionary' ? at : at.type === 'pair' ? at.childForFieldName('value') : null;
      if (dict?.type === 'dictionary') {
        const q = quoteStyle(dict, root, true);
        return appendItem(ctx.text, dict, `${stringLiteral('origins', q)}: ${listLiteral(values, root, dict, ctx)}`);
      }
      return keywordOnCall(at, root, ctx, 'origins', values);
    }
    case 'starlette':
      return keywordOnCall(at, root, ctx, 'allow_origins', values);
    case 'express-cors':
      return jsOption(at, root, ctx, values, 0);
    case 'nestjs': {
      // `NestFactory.create(M, { cors: true })`: the option object replaces `true`.
      const value = at.type === 'pair' ? at.childForFieldName('value') : null;
      if (value?.type === 'true') return [replace(value, `{ origin: ${listLiteral(values, root, at, ctx)} }`)];
      return jsOption(at, root, ctx, values, 0);
    }
    case 'fastify-cors':
      return jsOption(at, root, ctx, values, 1);
    default:
      return undefined;
  }
}

function pythonCall(at: Node): Node | undefined {
  if (at.type === 'call') return at;
  if (at.type === 'decorator') return descendantsOfType(at, 'call')[0];
  return closest(at, ['call']) ?? descendantsOfType(at, 'call')[0];
}

function keywordOnCall(at: Node, root: Node, ctx: FixContext, name: string, values: readonly string[]): TextEdit[] | undefined {
  const call = pythonCall(at);
  const args = call?.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return undefined;
  return appendItem(ctx.text, args, `${name}=${listLiteral(values, root, args, ctx)}`);
}

/**
 * `cors()` → `cors({ origin: [...] })`; `cors({ credentials: true })` and `cors(options)` get the key.
 * @fastify/cors takes its options second: `fastify.register(cors, {...})`.
 */
function jsOption(at: Node, root: Node, ctx: FixContext, values: readonly string[], index: number): TextEdit[] | undefined {
  const call = at.type === 'call_expression' ? at : descendantsOfType(at, 'call_expression')[0];
  const args = call?.childForFieldName('arguments');
  if (!args) return undefined;
  const list = listLiteral(values, root, args, ctx);
  const given = namedChildren(args);
  if (given.length === index) return appendItem(ctx.text, args, `{ origin: ${list} }`);
  let options: Node | undefined = given[index] && unwrap(given[index]);
  if (options?.type === 'identifier') {
    const bound = JsScope.bound(options);
    options = bound && unwrap(bound);
  }
  return options?.type === 'object' ? appendItem(ctx.text, options, `origin: ${list}`) : undefined;
}
