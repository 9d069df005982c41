// Reads the options object given to expressjs/cors, @fastify/cors, @koa/cors or NestJS enableCors
// into the neutral policy fields, following each library's own reading of the values
// (node_modules/cors/lib/index.js; fastify-cors index.js; koajs/cors index.js).
import type { CorsSite, FrameworkId, Located, OriginEntry, OriginPolicy, ValueSource } from '../../model/policy';
import type { Range } from '../../model/range';
import { descendantsOfType, rangeOf, type Node } from '../../parse/nodes';
import { callArgs, unwrap, type JsProp, JsScope, type JsValue } from '../../values/javascript';
import { allowedUnder, classify, dynamic, guardsOf, intersect, mentionsOrigin, NONE, type AllowSet, type OriginTest } from './origin-checks';
import { isRequestOrigin } from './request-origin';
import { codeQuote, isIdentifier, ownDescendants, paramNames, ternaryLeaves } from './syntax';

export type JsCorsLibrary = Extract<FrameworkId, 'express-cors' | 'fastify-cors' | 'koa-cors' | 'nestjs'>;

export type PolicyFields = Pick<CorsSite, 'origins' | 'credentials' | 'credentialsWritten' | 'methods' | 'allowHeaders' | 'exposeHeaders' | 'maxAge'>;

/** Option names per library; expressjs/cors also reads `headers` when `allowedHeaders` is absent. */
const OPTION_NAMES: Record<JsCorsLibrary, { methods: string; allowHeaders: string[]; exposeHeaders: string }> = {
  'express-cors': { methods: 'methods', allowHeaders: ['allowedHeaders', 'headers'], exposeHeaders: 'exposedHeaders' },
  nestjs: { methods: 'methods', allowHeaders: ['allowedHeaders', 'headers'], exposeHeaders: 'exposedHeaders' },
  'fastify-cors': { methods: 'methods', allowHeaders: ['allowedHeaders'], exposeHeaders: 'exposedHeaders' },
  'koa-cors': { methods: 'allowMethods', allowHeaders: ['allowHeaders'], exposeHeaders: 'exposeHeaders' },
};

const LIBRARY_DEFAULT: ValueSource = { kind: 'library-default' };

/**
 * The policy of one middleware call. `options` is the argument as written (absent: defaults);
 * `defaultRange` is what a finding about an unwritten `origin` underlines (the call).
 */
export function readPolicy(lib: JsCorsLibrary, options: Node | undefined, defaultRange: Range, scope: JsScope): PolicyFields {
  const defaults: PolicyFields = {
    origins: { entries: [{ kind: 'any', range: defaultRange, source: LIBRARY_DEFAULT }], source: LIBRARY_DEFAULT, option: 'origin' },
  };
  if (!options) return defaults;
  let v = scope.eval(options);
  if (v.kind === 'function') {
    const resolved = resolveDelegate(v.node, scope);
    if (!resolved) return delegatePolicy(v.node, lib, scope, defaults) ?? { origins: unknownOrigins(v.node, v.source, 'the options callback') };
    v = resolved;
  }
  // expressjs/cors and @koa/cors merge the options over their defaults: `cors(false)`, `cors(42)` and
  // `cors('x')` are the defaults (`*`, checked on cors 2.8.6). Nest's `cors: false` turns CORS off.
  if (lib !== 'nestjs' && ['bool', 'num', 'str', 'nullish', 'array', 'regex'].includes(v.kind)) return defaults;
  if (v.kind === 'bool') return v.value ? defaults : { origins: { entries: [], source: v.source, option: 'origin', range: rangeOf(v.node) } };
  if (v.kind !== 'object') return { origins: unknownOrigins(v.node, v.source, `the options in \`${shorten(options.text)}\``) };
  return readObject(lib, v, defaults, scope);
}

function readObject(lib: JsCorsLibrary, v: Extract<JsValue, { kind: 'object' }>, defaults: PolicyFields, scope: JsScope): PolicyFields {
  const prop = (key: string) => v.props.find(p => p.key === key);
  const names = OPTION_NAMES[lib];
  const origin = prop('origin');
  const origins: OriginPolicy = origin
    ? { entries: dedupe(originEntries(origin.value, lib, scope, true)), range: rangeOf(valueNode(origin)), source: origin.value.source, option: 'origin' }
    : defaults.origins;
  const allowHeaders = names.allowHeaders.map(prop).find(p => p);
  return {
    origins,
    credentials: located(prop('credentials'), c => credentialsValue(c, lib)),
    credentialsWritten: written(prop('credentials')),
    methods: located(prop(names.methods), stringList),
    allowHeaders: located(allowHeaders, stringList),
    exposeHeaders: located(prop(names.exposeHeaders), stringList),
    maxAge: located(prop('maxAge'), numberValue),
  };
}

/**
 * expressjs/cors sends `Allow-Credentials` only for `credentials === true`, so a string `'true'` is
 * off; @fastify/cors and @koa/cors 5 (`!!options.credentials`) test truthiness. Unreadable values are left out.
 */
function credentialsValue(v: JsValue, lib: JsCorsLibrary): boolean | undefined {
  if (v.kind === 'bool') return v.value;
  if (lib === 'fastify-cors' || lib === 'koa-cors') {
    if (v.kind === 'str') return v.value !== '';
    if (v.kind === 'num') return v.value !== 0;
    if (v.kind === 'nullish') return false;
    return undefined;
  }
  return v.kind === 'str' || v.kind === 'num' || v.kind === 'nullish' || v.kind === 'array' || v.kind === 'object' ? false : undefined;
}

/** The credentials value as handed to the library; an environment variable is a string (or undefined) whatever its default. */
function written(p: JsProp | undefined): CorsSite['credentialsWritten'] {
  if (!p) return undefined;
  const v = p.value;
  const source = v.source;
  if (source.kind === 'env' || source.kind === 'env-default') return { kind: 'env', text: v.kind === 'unknown' ? '' : v.node.text, range: rangeOf(valueNode(p)), source };
  return writtenAs(v);
}

/** A value by the type it has at run time, for `CorsSite.credentialsWritten`. */
export function writtenAs(v: JsValue): NonNullable<CorsSite['credentialsWritten']> {
  const kind = v.kind === 'bool' ? 'bool' : v.kind === 'str' ? 'string' : v.kind === 'num' ? 'number' : v.kind === 'nullish' ? 'null' : 'other';
  return { kind, text: v.kind === 'str' ? v.value : v.node.text, range: rangeOf(v.node), source: v.source };
}

function stringList(v: JsValue): string[] | undefined {
  if (v.kind === 'str') return v.value.split(',').map(s => s.trim()).filter(Boolean);
  if (v.kind === 'array' && v.items.every(i => i.kind === 'str')) return v.items.map(i => (i as { value: string }).value.trim());
  return undefined;
}

function numberValue(v: JsValue): number | undefined {
  if (v.kind === 'num') return v.value;
  if (v.kind === 'str' && /^\d+$/.test(v.value.trim())) return Number(v.value);
  return undefined;
}

function located<T>(p: JsProp | undefined, read: (v: JsValue) => T | undefined): Located<T> | undefined {
  if (!p) return undefined;
  const value = read(p.value);
  return value === undefined ? undefined : { value, range: rangeOf(valueNode(p)), source: p.value.source };
}

/** The value as written in the options (`origin: X` → X; shorthand `{ origin }` → `origin`). */
function valueNode(p: JsProp): Node {
  return p.node.type === 'pair' ? p.node.childForFieldName('value') ?? p.node : p.node;
}

/** How the library reads one `origin` value; `top` is the option itself rather than an array item. */
export function originEntries(v: JsValue, lib: JsCorsLibrary, scope: JsScope, top: boolean, lists = new Map<readonly JsValue[], OriginEntry[]>()): OriginEntry[] {
  const range = rangeOf(v.node);
  const source = v.source;
  // @koa/cors 5 sends `options.origin || '*'`: any falsy origin allows every origin.
  const koaAny: OriginEntry[] = [{ kind: 'any', range, source }];
  switch (v.kind) {
    case 'str':
      if (v.value === '') return lib === 'koa-cors' && top ? koaAny : [];
      // A '*' inside an array is compared with `===` by expressjs/cors; @fastify/cors turns the whole array into '*'.
      if (v.value === '*' && (top || lib === 'fastify-cors')) return [{ kind: 'any', range, source }];
      if (v.value === 'null') return [{ kind: 'null', range, source }];
      return [{ kind: 'exact', value: v.value, range, source }];
    case 'bool':
      // @koa/cors sends `true` itself as the header value, which matches no origin.
      if (lib === 'koa-cors') return v.value || !top ? [] : koaAny;
      return v.value ? [{ kind: 'reflect-any', range, source, how: '`origin: true`' }] : [];
    case 'nullish':
      return lib === 'koa-cors' && top ? koaAny : [];
    case 'regex':
      return lib === 'koa-cors' ? [dynamic(v.node, source, 'a RegExp, which @koa/cors does not match')] : [{ kind: 'regex', pattern: v.pattern, flags: v.flags, range, source }];
    case 'array':
      if (lib === 'koa-cors') return [dynamic(v.node, source, 'an array, which @koa/cors does not match')];
    {
      // A list made of other lists (`[s, s, s]` nested twelve deep) shares them: each is read once
      // and its entries de-duplicated, or the walk would grow with the flattened size.
      const known = lists.get(v.items);
      if (known) return known;
      // Items of a named list say where they came from: `(from ALLOWED_ORIGINS)`.
      const entries = dedupe(v.items.flatMap(i => originEntries(i.source.kind === 'literal' ? { ...i, source } : i, lib, scope, false, lists)));
      lists.set(v.items, entries);
      return entries;
    }
    case 'function':
      return callbackEntries(v.node, lib, scope, source);
    default: {
      if (unwrap(v.node).type === 'ternary_expression') return ternaryEntries(v.node, lib, scope, top);
      const how = source.kind === 'env' ? `$${source.variable}, read at run time` : `\`${shorten(v.node.text)}\`, computed at run time`;
      return [dynamic(v.node, source, how)];
    }
  }
}

/**
 * Each branch of a ternary the evaluator could not read as one value, in source order. Ternaries
 * nested in branches are opened in a loop: a chain of them is as long as its author made it, and
 * recursion would take a stack frame per link.
 */
function ternaryEntries(ternary: Node, lib: JsCorsLibrary, scope: JsScope, top: boolean): OriginEntry[] {
  const branches = (t: Node) => ['alternative', 'consequence'].flatMap(f => t.childForFieldName(f) ?? []);
  const out: OriginEntry[] = [];
  const todo = branches(unwrap(ternary));
  while (todo.length) {
    const v = scope.eval(todo.pop()!);
    const n = unwrap(v.node);
    if (v.kind === 'unknown' && n.type === 'ternary_expression') todo.push(...branches(n));
    else out.push(...originEntries(v, lib, scope, top));
  }
  return out;
}

/**
 * An `origin` function: `(origin, callback) => callback(null, allowed)` for expressjs/cors and NestJS,
 * also returning a value or a promise for @fastify/cors, `(ctx) => origin` for @koa/cors.
 * Each place it answers is read with the conditions that lead there.
 */
function callbackEntries(fn: Node, lib: JsCorsLibrary, scope: JsScope, source: ValueSource): OriginEntry[] {
  const [originName, cbName] = paramNames(fn);
  const body = fn.childForFieldName('body');
  if (!body) return [dynamic(fn, source, 'the origin callback')];
  const names = new Set(originName && lib !== 'koa-cors' ? [originName] : []);
  const t: OriginTest = { isOrigin: n => isRequestOrigin(n, names), scope, source };
  const isCallback = (c: Node) => isIdentifier(c.childForFieldName('function'), cbName);
  const answers = cbName && lib !== 'koa-cors'
    ? descendantsOfType(body, 'call_expression').filter(isCallback).flatMap(c => {
      const [err, value] = callArgs(c);
      const allows = value && err && ['null', 'undefined'].includes(unwrap(err).type);
      return allows ? [{ at: c, value }] : [];
    })
    : [...ownDescendants(body, ['return_statement']).map(r => ({ at: r, value: r.namedChild(0) ?? undefined })),
      ...(body.type === 'statement_block' ? [] : [{ at: body, value: body }])];
  if (answers.length === 0) return [dynamic(fn, source, 'the origin callback')];
  const out: OriginEntry[] = [];
  for (const a of answers) {
    // `cond ? origin : false` answers twice, each branch under its side of the condition.
    for (const branch of ternaryBranches(a.value)) {
      const set = intersect(allowedUnder(guardsOf(branch ?? a.at, fn, isCallback), t), answerSet(branch, lib, t));
      if (set.all) out.push({ kind: 'reflect-any', range: rangeOf(a.at), source, how: codeQuote(a.at) ?? 'the `origin` callback' });
      else out.push(...set.entries);
    }
  }
  return dedupe(out);
}

function ternaryBranches(value: Node | undefined): Array<Node | undefined> {
  // Past the limit the answer is read whole, as any computed value.
  return (value && ternaryLeaves(value)) ?? [value];
}

/** What one answer of an origin callback lets through. */
function answerSet(value: Node | undefined, lib: JsCorsLibrary, t: OriginTest, depth = 0): AllowSet {
  if (!value) return NONE;
  const n = unwrap(value);
  if (t.isOrigin(n)) return { all: true, entries: [] };
  const v = t.scope.eval(n);
  if (v.kind === 'bool') return v.value && lib !== 'koa-cors' ? { all: true, entries: [] } : NONE;
  // An empty answer lets the request through without CORS headers (@koa/cors: `if (!origin) return next()`).
  if (v.kind === 'nullish' || (v.kind === 'str' && v.value === '')) return NONE;
  if (v.kind === 'str' || v.kind === 'regex' || v.kind === 'array') return { all: false, entries: originEntries(v, lib, t.scope, true) };
  if (n.type === 'identifier' && depth < 5) {
    const bound = JsScope.bound(n);
    if (bound) return answerSet(bound, lib, t, depth + 1);
  }
  if (mentionsOrigin(n, t)) return classify(n, false, t);
  return { all: false, entries: [dynamic(n, t.source, `\`${shorten(n.text)}\`, computed at run time`)] };
}

/**
 * `cors((req, callback) => callback(null, options))`: readable only when it answers once, without
 * conditions, with options that do not depend on the request (not a local variable).
 */
function resolveDelegate(fn: Node, scope: JsScope): JsValue | undefined {
  const [, cbName] = paramNames(fn);
  const body = fn.childForFieldName('body');
  if (!cbName || !body) return undefined;
  const answers = descendantsOfType(body, 'call_expression').filter(c => isIdentifier(c.childForFieldName('function'), cbName));
  if (answers.length !== 1 || guardsOf(answers[0], fn).length > 0) return undefined;
  const value = callArgs(answers[0])[1];
  if (!value) return undefined;
  const n = unwrap(value);
  if (n.type === 'identifier') {
    const bound = JsScope.bound(n);
    if (!bound || (bound.startIndex >= fn.startIndex && bound.endIndex <= fn.endIndex)) return undefined;
  }
  const v = scope.eval(value);
  return v.kind === 'object' ? v : undefined;
}

/**
 * The options delegate of expressjs/cors' README: `(req, callback) => { if (allowlist.indexOf(req.header('Origin')) !== -1)
 * options = { origin: true, credentials: true } else options = { origin: false }; callback(null, options) }`.
 * Each options object is read under the conditions that choose it: `origin: true` there echoes only
 * the origins those conditions let through. Undefined when the answers are not object literals.
 */
function delegatePolicy(fn: Node, lib: JsCorsLibrary, scope: JsScope, defaults: PolicyFields): PolicyFields | undefined {
  const [, cbName] = paramNames(fn);
  const body = fn.childForFieldName('body');
  if (!cbName || !body) return undefined;
  const choices: Array<{ options: Node; at: Node }> = [];
  for (const answer of descendantsOfType(body, 'call_expression').filter(c => isIdentifier(c.childForFieldName('function'), cbName))) {
    const value = callArgs(answer)[1] && unwrap(callArgs(answer)[1]);
    if (value?.type === 'object') choices.push({ options: value, at: answer });
    else if (value?.type !== 'identifier') return undefined;
    else {
      // `options = {...}` in each branch, then one callback(null, options)
      const writes = [...descendantsOfType(body, 'assignment_expression'), ...descendantsOfType(body, 'variable_declarator')]
        .map(w => ({ w, name: w.childForFieldName(w.type === 'variable_declarator' ? 'name' : 'left'), rhs: w.childForFieldName(w.type === 'variable_declarator' ? 'value' : 'right') }))
        .filter(x => x.name?.text === value.text && x.rhs && x.w.startIndex < answer.startIndex);
      if (writes.length === 0 || writes.some(x => unwrap(x.rhs!).type !== 'object')) return undefined;
      choices.push(...writes.map(x => ({ options: unwrap(x.rhs!), at: x.w })));
    }
  }
  if (choices.length === 0) return undefined;
  const t: OriginTest = { isOrigin: n => isRequestOrigin(n), scope, source: { kind: 'literal' } };
  const read = choices.map(c => {
    const fields = readObject(lib, scope.eval(c.options) as Extract<JsValue, { kind: 'object' }>, defaults, scope);
    const chosen = allowedUnder(guardsOf(c.at, fn), t);
    const entries = fields.origins.entries.flatMap(e => (e.kind === 'reflect-any' && !chosen.all ? chosen.entries : [e]));
    return { ...fields, origins: { ...fields.origins, entries } };
  });
  const allowing = read.filter(r => r.origins.entries.length > 0);
  const first = allowing[0] ?? read[0];
  return {
    ...first,
    origins: { ...first.origins, entries: dedupe(allowing.flatMap(r => r.origins.entries)) },
    credentials: allowing.map(r => r.credentials).find(c => c?.value) ?? first.credentials,
  };
}

function unknownOrigins(node: Node, source: ValueSource, how: string): OriginPolicy {
  return { entries: [dynamic(node, source, how)], range: rangeOf(node), source, option: 'origin' };
}

function dedupe(entries: OriginEntry[]): OriginEntry[] {
  const seen = new Set<string>();
  return entries.filter(e => {
    const key = JSON.stringify([e.kind, e.range, e.kind === 'exact' ? e.value : e.kind === 'regex' ? e.pattern : '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
