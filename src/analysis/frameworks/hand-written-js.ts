// Access-Control-* headers written by hand in JavaScript/TypeScript: `res.header/setHeader/set/append`,
// `res.set({...})`, `res.writeHead(status, {...})`, `reply.header` (Fastify), `ctx.set` (Koa),
// `headers: {...}` objects (fetch Response, Next.js), `{ key, value }` header lists, NestJS `@Header`.
// The writes of one function form one site.
import type { CorsSite, Located, OriginEntry } from '../model/policy';
import { ancestors, namedChildren, rangeOf, type Node } from '../parse/nodes';
import { callArgs, propertyKey, unwrap, type JsScope, type JsValue } from '../values/javascript';
import type { Extractor } from './extractor';
import { writtenAs } from './js/cors-options';
import { inDevelopmentBlock } from './js/dev-only';
import { allowedUnder, dynamic, guardsOf, type OriginTest } from './js/origin-checks';
import { copying } from './hand-written-fields';
import { effectiveWrites, type WriteMode } from './hand-written-order';
import { isRequestOrigin, requestRead } from './js/request-origin';
import { codeQuote, enclosingFunction, isIdentifier, memberCall, paramNames, stringLiteral, ternaryLeaves } from './js/syntax';
import { treeIndex } from './js/tree-index';

interface Write {
  /** Lower-case header name. */
  readonly name: string;
  readonly value: Node;
  /** The call or property that writes it. */
  readonly at: Node;
  /** The response it writes to (`res`, `ctx`, `reply`), undefined for a header object of a new response. */
  readonly target?: string;
  readonly mode: WriteMode;
}

const SETTERS = new Set(['header', 'setHeader', 'set', 'append', 'appendHeader']);
/** Node, Express, Koa and Fastify replace a header on `setHeader/header/set`; `append/appendHeader` add a second value. */
const APPENDERS = new Set(['append', 'appendHeader']);
/** Calls taking a header object that replaces each named header: `res.set({...})`, `res.writeHead(200, {...})`, `reply.headers({...})`. */
const OBJECT_SETTERS = new Set(['set', 'writeHead', 'headers', 'setHeaders']);
const ACAO = 'access-control-allow-origin';
const HEADER_KEY = /^(access-control-[a-z-]+|vary)$/i;

export const handWrittenJs: Extractor = {
  id: 'hand-written-js',
  languages: ['javascript', 'typescript', 'tsx'],
  mentions: text => /Access-Control-/i.test(text),
  extract(root, ctx) {
    const index = treeIndex(root);
    const scope = index.scope;
    const groups = new Map<number, { owner: Node; writes: Write[]; varyOrigin: boolean }>();
    const add = (owner: Node, w: Write | 'vary-origin') => {
      const g = groups.get(owner.id) ?? { owner, writes: [], varyOrigin: false };
      if (w === 'vary-origin') g.varyOrigin = true;
      else g.writes.push(w);
      groups.set(owner.id, g);
    };

    for (const call of index.of('call_expression')) {
      const [first, second] = callArgs(call);
      const m = memberCall(call);
      const fn = call.childForFieldName('function');
      const name = headerName(first, scope);
      if (m && SETTERS.has(m.property) && name && second) {
        add(ownerOf(call, root), { name, value: second, at: call, target: targetName(m.object), mode: APPENDERS.has(m.property) ? 'append' : 'set' });
      } else if (isIdentifier(fn, 'Header') && call.parent?.type === 'decorator' && name && second) {
        add(decoratedMethod(call.parent) ?? call.parent, { name, value: second, at: call, mode: 'set' });
      } else if (m?.property === 'vary' || isIdentifier(fn, 'vary')) {
        // res.vary('Origin'), ctx.vary('Origin'), vary(res, 'Origin')
        if (callArgs(call).some(a => mentionsOriginName(scope.eval(a)))) add(ownerOf(call, root), 'vary-origin');
      }
    }
    const clientArgs = namesPassedToClients(index.of('call_expression'));
    const setterTargets = objectSetterTargets(index.of('call_expression'));
    for (const obj of index.of('object')) {
      // Whose headers these are is asked only of objects that name a CORS header: it climbs the tree.
      const writes = objectWrites(obj, setterTargets.get(obj.id));
      if (writes.length === 0 || inClientOrTestCall(obj) || clientArgs.has(boundName(obj) ?? '')) continue;
      for (const w of writes) add(ownerOf(obj, root), w);
    }

    const sites: CorsSite[] = [];
    for (const g of groups.values()) {
      // Of several writes, only those that can reach the wire alone count (see hand-written-order.ts).
      const origin = effectiveWrites(g.writes.filter(w => w.name === ACAO).map(w => ({ ...w, node: w.at })), 'js');
      if (origin.length === 0) continue;
      const varyOrigin = g.varyOrigin || g.writes.some(w => w.name === 'vary' && mentionsOriginName(scope.eval(w.value)));
      const entries = origin.flatMap(w => originEntries(w, w.value, scope, g.owner));
      sites.push({
        framework: 'hand-written',
        scope: { kind: 'response' },
        range: rangeOf(origin[0].at),
        origins: {
          entries,
          range: rangeOf(origin[0].value),
          source: entries[0]?.source ?? { kind: 'literal' },
          option: 'Access-Control-Allow-Origin',
        },
        credentials: credentials(g.writes, scope),
        credentialsWritten: credentialsWritten(g.writes, scope),
        methods: list(g.writes, 'access-control-allow-methods', scope),
        allowHeaders: list(g.writes, 'access-control-allow-headers', scope),
        exposeHeaders: list(g.writes, 'access-control-expose-headers', scope),
        maxAge: maxAge(g.writes, scope),
        varyOrigin,
        devOnly: ctx.devFile || inDevelopmentBlock(origin[0].at, root),
      });
    }
    return { sites: sites.sort((a, b) => a.range.start - b.range.start), wiring: [], settings: [] };
  },
};

/**
 * The response each object passed to `res.set({...})` / `res.writeHead(200, {...})` writes to, by
 * the object's id: found from the calls, as asking each object for its parent climbs from the root.
 */
function objectSetterTargets(calls: readonly Node[]): Map<number, string> {
  const targets = new Map<number, string>();
  for (const call of calls) {
    const m = memberCall(call);
    if (!m || !OBJECT_SETTERS.has(m.property)) continue;
    for (const arg of callArgs(call)) if (arg.type === 'object') targets.set(arg.id, targetName(m.object));
  }
  return targets;
}

/**
 * Header-name keys of an object literal (`{ 'Access-Control-Allow-Origin': x }`) or `{ key, value }`;
 * `target` is the response a header setter given the object writes to.
 */
function objectWrites(obj: Node, target: string | undefined): Write[] {
  const pairs = namedChildren(obj).filter(p => p.type === 'pair');
  const keyed = (k: string) => pairs.find(p => propertyKey(p.childForFieldName('key')!) === k);
  const key = keyed('key');
  const value = keyed('value')?.childForFieldName('value');
  const listed = stringLiteral(key?.childForFieldName('value'));
  if (listed && HEADER_KEY.test(listed) && value) return [{ name: listed.toLowerCase(), value, at: obj, mode: 'set' }];
  // res.set({...}) / res.writeHead(200, {...}) write to `res`; any other object is a new response's headers.
  return pairs.flatMap(p => {
    const k = p.childForFieldName('key');
    const v = p.childForFieldName('value');
    const name = k && propertyKey(k);
    return name && v && HEADER_KEY.test(name) ? [{ name: name.toLowerCase(), value: v, at: p, target, mode: 'set' as const }] : [];
  });
}

/** The response a header call writes to, as written: `ctx.response` is `ctx`'s response. */
function targetName(object: Node): string {
  return unwrap(object).text.replace(/\s+/g, '').replace(/\.response$/, '');
}

/**
 * Request headers of an HTTP client (`fetch(url, { headers: {...} })`, `axios.get(...)`) and expected
 * headers in tests are not what this server answers.
 */
const CLIENT = /^(fetch|axios(\.\w+)?|\w*[Hh]ttp(Client)?\.\w+|request|got|ky|superagent)$/;
const TEST = /(^|\.)(expect|assert|deepEqual|deepStrictEqual|strictEqual|equal|toEqual|toStrictEqual|toMatchObject|include)$/;

function inClientOrTestCall(node: Node): boolean {
  for (const p of ancestors(node)) {
    if (p.type === 'call_expression') {
      const callee = p.childForFieldName('function')?.text ?? '';
      return CLIENT.test(callee) || TEST.test(callee);
    }
    if (p.type === 'new_expression' || p.type === 'statement_block') return false;
  }
  return false;
}

/**
 * Names handed to an HTTP client (`axios.get(url, config)`, `fetch(url, opts)`): a header object
 * bound to one of them is a request's headers, written by front-end code, not a server's answer.
 */
function namesPassedToClients(calls: readonly Node[]): Set<string> {
  const names = new Set<string>();
  for (const call of calls) {
    if (!CLIENT.test(call.childForFieldName('function')?.text ?? '')) continue;
    for (const arg of callArgs(call)) if (arg.type === 'identifier') names.add(arg.text);
  }
  return names;
}

/** The variable an object literal is (part of) the value of: `const config = { headers: { ... } }`. */
function boundName(obj: Node): string | undefined {
  // The first enclosing node that is neither a pair nor an object: found in one descent, as objects nest deep.
  const parent = ancestors(obj).find(p => p.type !== 'pair' && p.type !== 'object');
  const decl = parent?.type === 'variable_declarator' ? parent.childForFieldName('name') : undefined;
  return decl?.type === 'identifier' ? decl.text : undefined;
}

function ownerOf(node: Node, root: Node): Node {
  return enclosingFunction(node) ?? root;
}

function decoratedMethod(decorator: Node): Node | undefined {
  for (let s = decorator.nextNamedSibling; s; s = s.nextNamedSibling) if (s.type !== 'decorator') return s;
  return undefined;
}

/** How the browser will read one written Access-Control-Allow-Origin value. */
function originEntries(w: Write, value: Node, scope: JsScope, stop: Node): OriginEntry[] {
  const n = unwrap(value);
  if (n.type === 'ternary_expression') {
    const leaves = ternaryLeaves(n);
    return leaves ? leaves.flatMap(b => originEntries(w, b, scope, stop)) : [dynamic(n, { kind: 'literal' }, 'a value chosen among more outcomes than CORS Lens follows')];
  }
  const range = rangeOf(n);
  const read = requestRead(n);
  if (isRequestOrigin(n) || read?.origin) {
    const t: OriginTest = { isOrigin: x => isRequestOrigin(x) || !!requestRead(x)?.origin, scope, source: { kind: 'literal' }, memoKey: 'origin-or-read' };
    const allowed = allowedUnder(guardsOf(n, stop), t);
    if (allowed.all) {
      const how = codeQuote(w.at, 70) ?? `\`Access-Control-Allow-Origin: ${n.text}\``;
      return [{ kind: 'reflect-any', range, source: { kind: 'literal' }, how }];
    }
    return [dynamic(n, { kind: 'literal' }, `\`${n.text}\` echoed after a check`), ...allowed.entries.filter(e => e.kind !== 'dynamic')];
  }
  if (read?.never) return [dynamic(n, { kind: 'literal' }, `${read.what}, ${read.never}`)];
  // A query, body or route parameter, a cookie or another header: the caller writes its own origin there.
  if (read) {
    const t: OriginTest = { isOrigin: x => requestRead(x)?.key === read.key, scope, source: { kind: 'literal' } };
    const allowed = allowedUnder(guardsOf(n, stop), t);
    if (allowed.all) {
      const code = codeQuote(w.at, 70) ?? `\`${n.text.replace(/\s+/g, ' ').slice(0, 40)}\``;
      return [{ kind: 'reflect-any', range, source: { kind: 'literal' }, how: copying(code, read.what, read.why) }];
    }
    return [dynamic(n, { kind: 'literal' }, `${read.what}, copied after a check`), ...allowed.entries.filter(e => e.kind !== 'dynamic')];
  }
  // A parameter (`function setCors(res, origin)`) is whatever the caller passes; a same-named binding elsewhere is not it.
  if (n.type === 'identifier' && isParameter(n)) return [dynamic(n, { kind: 'literal' }, `the parameter \`${n.text}\``)];
  const v = scope.eval(n);
  const source = v.source;
  if (v.kind === 'str') {
    const at = rangeOf(v.node);
    if (v.value.trim() === '') return [];
    // Written only under `if (!origin)`: no cross-origin request ever gets this value.
    if (onlyWithoutOrigin(n, scope, stop)) return [];
    if (v.value.trim() === '*') return [{ kind: 'any', range: at, source }];
    if (v.value.trim() === 'null') return [{ kind: 'null', range: at, source }];
    return [{ kind: 'exact', value: v.value, range: at, source }];
  }
  // Node, Express, Koa and Fastify send `null` as the string "null" (`undefined` throws or never matches).
  if (v.kind === 'nullish') return v.value === 'null' ? [{ kind: 'null', range: rangeOf(v.node), source }] : [];
  const how = source.kind === 'env' ? `$${source.variable}, read at run time` : `\`${n.text.replace(/\s+/g, ' ').slice(0, 40)}\`, computed at run time`;
  return [dynamic(n, source, how)];
}

/** Whether every path to `n` requires the request to have no Origin header. */
function onlyWithoutOrigin(n: Node, scope: JsScope, stop: Node): boolean {
  const t: OriginTest = { isOrigin: x => isRequestOrigin(x), scope, source: { kind: 'literal' }, memoKey: 'request-origin' };
  const allowed = allowedUnder(guardsOf(n, stop), t);
  return !allowed.all && allowed.entries.length === 0;
}

/** A header name written as a string or held in a constant (`const ACAO = 'Access-Control-Allow-Origin'`), lower-cased. */
function headerName(node: Node | undefined, scope: JsScope): string | undefined {
  if (!node) return undefined;
  const literal = stringLiteral(node);
  if (literal !== undefined || unwrap(node).type !== 'identifier') return literal?.toLowerCase();
  const v = scope.eval(node);
  return v.kind === 'str' && HEADER_KEY.test(v.value) ? v.value.toLowerCase() : undefined;
}

function isParameter(id: Node): boolean {
  for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) if (paramNames(fn).includes(id.text)) return true;
  return false;
}

function mentionsOriginName(v: JsValue): boolean {
  if (v.kind === 'str') return /(^|[\s,])origin($|[\s,])/i.test(v.value) || v.value.trim() === '*';
  return v.kind === 'array' && v.items.some(mentionsOriginName);
}

/** `Access-Control-Allow-Credentials: true`; Node turns a boolean `true` into the string "true". */
function credentials(writes: readonly Write[], scope: JsScope): Located<boolean> | undefined {
  const w = writes.filter(x => x.name === 'access-control-allow-credentials');
  if (w.length === 0) return undefined;
  const read = w.map(x => ({ x, v: scope.eval(x.value) }));
  const on = read.find(({ v }) => (v.kind === 'str' && v.value.trim() === 'true') || (v.kind === 'bool' && v.value));
  const pick = on ?? read[0];
  return { value: !!on, range: rangeOf(pick.x.value), source: pick.v.source };
}

/** The first Access-Control-Allow-Credentials value that is not `true`, else the first one, as written. */
function credentialsWritten(writes: readonly Write[], scope: JsScope): CorsSite['credentialsWritten'] {
  const read = writes.filter(x => x.name === 'access-control-allow-credentials').map(x => scope.eval(x.value));
  const v = read.find(x => !(x.kind === 'bool' && x.value) && !(x.kind === 'str' && x.value === 'true')) ?? read[0];
  return v && writtenAs(v);
}

function list(writes: readonly Write[], name: string, scope: JsScope): Located<readonly string[]> | undefined {
  const w = writes.find(x => x.name === name);
  if (!w) return undefined;
  const v = scope.eval(w.value);
  const items = v.kind === 'str' ? v.value.split(',') : v.kind === 'array' && v.items.every(i => i.kind === 'str') ? v.items.map(i => (i as { value: string }).value) : undefined;
  return items && { value: items.map(s => s.trim()).filter(Boolean), range: rangeOf(w.value), source: v.source };
}

function maxAge(writes: readonly Write[], scope: JsScope): Located<number> | undefined {
  const w = writes.find(x => x.name === 'access-control-max-age');
  if (!w) return undefined;
  const v = scope.eval(w.value);
  const n = v.kind === 'num' ? v.value : v.kind === 'str' && /^\d+$/.test(v.value.trim()) ? Number(v.value) : undefined;
  return n === undefined ? undefined : { value: n, range: rangeOf(w.value), source: v.source };
}
