// Recognises the request's Origin header as people read it in Express, Koa, Fastify, Next.js and
// plain Node: `req.headers.origin`, `req.header('origin')`, `req.get('Origin')`, `ctx.get('Origin')`,
// `request.headers.get('origin')`, and local variables bound to one of those.
import type { Tree } from '@vscode/tree-sitter-wasm';
import { descendantsOfType, namedChildren, type Node } from '../../parse/nodes';
import { nodesOfType } from '../../parse/tree-index';
import { callArgs, propertyKey, unwrap } from '../../values/javascript';
import { callerControls, neverAnOrigin } from '../hand-written-fields';
import { declarationsOf, enclosingFunction, isFunction, memberCall, paramNames, stringLiteral } from './syntax';

const HEADER_BAGS = new Set(['headers', 'header']);
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);

/** The expression itself reads the Origin request header. */
function readsOriginHeader(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'member_expression') {
    const bag = n.childForFieldName('object');
    return n.childForFieldName('property')?.text.toLowerCase() === 'origin' && !!bag && isHeaderBag(bag);
  }
  if (n.type === 'subscript_expression') {
    const bag = n.childForFieldName('object');
    return stringLiteral(n.childForFieldName('index'))?.toLowerCase() === 'origin' && !!bag && isHeaderBag(bag);
  }
  if (n.type === 'call_expression') {
    const m = memberCall(n);
    // `url.searchParams.get('origin')` and `ctx.cookies.get('origin')` read a query parameter and a cookie.
    const other = m && bagOf(m.object, 0);
    return !!m && HEADER_GETTERS.has(m.property) && stringLiteral(callArgs(n)[0])?.toLowerCase() === 'origin' && (!other || other === 'headers');
  }
  return false;
}

function isHeaderBag(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'member_expression' && HEADER_BAGS.has(n.childForFieldName('property')?.text ?? '');
}

/**
 * True when `node` is the request origin: the header read itself, `header || fallback`, or a name
 * bound to one in an enclosing function (`const origin = req.headers.origin`,
 * `const { origin } = req.headers`). `extra` names count as the origin too (an origin callback's parameter).
 */
export function isRequestOrigin(node: Node, extra: ReadonlySet<string> = NO_NAMES, names = 0): boolean {
  // Memoised for the plain question, which a rule asks of every part of a value, and every part of
  // `a.trim().trim()…` walks down to `a` again.
  const memo = extra.size === 0 && names === 0 ? originMemo(node.tree) : undefined;
  const walked: number[] = [];
  const answer = (value: boolean) => {
    for (const id of walked) memo?.set(id, value);
    return value;
  };
  // `a || b || c` nests to the left and `o.trim().trim()` to the object: walked in a loop, as a file
  // can chain thousands of them and each level of recursion is stack.
  let n = unwrap(node);
  for (;;) {
    const known = memo?.get(n.id);
    if (known !== undefined) return answer(known);
    walked.push(n.id);
    if (readsOriginHeader(n)) return answer(true);
    if (n.type === 'binary_expression' && ['||', '??'].includes(n.childForFieldName('operator')?.text ?? '')) {
      const left = n.childForFieldName('left');
      if (!left) return answer(false);
      n = unwrap(left);
      continue;
    }
    // origin.replace(/\/$/, '').toLowerCase(): normalised, still the caller's origin (checks on it check the origin)
    if (n.type === 'call_expression') {
      const m = memberCall(n);
      if (!m || !NORMALISERS.has(m.property)) return answer(false);
      n = unwrap(m.object);
      continue;
    }
    break;
  }
  if (n.type !== 'identifier') return answer(false);
  if (extra.has(n.text)) return answer(true);
  return answer(names < MAX_NAMES && boundToOrigin(n, extra, names + 1));
}

const NO_NAMES: ReadonlySet<string> = new Set();
const originMemos = new WeakMap<Node['tree'], Map<number, boolean>>();

function originMemo(tree: Node['tree']): Map<number, boolean> {
  let memo = originMemos.get(tree);
  if (!memo) originMemos.set(tree, memo = new Map());
  return memo;
}

/** Names followed from one to the next (`const a = b`, `const b = c`): real code needs two or three. */
const MAX_NAMES = 20;

const NORMALISERS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'normalize', 'toString']);

/** Whether a declaration in the functions around `id` (not the whole file) binds it to the origin. */
function boundToOrigin(id: Node, extra: ReadonlySet<string>, names: number): boolean {
  for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
    for (const decl of declarationsOf(fn, id.text)) {
      const name = decl.childForFieldName('name');
      const value = decl.childForFieldName('value');
      if (!name || !value || decl.endIndex > id.startIndex) continue;
      if (name.type === 'identifier' && name.text === id.text) return isRequestOrigin(value, extra, names);
      // const { origin } = req.headers  /  const { origin: o } = req.headers
      if (name.type === 'object_pattern' && isHeaderBagValue(value) && destructuresOrigin(name, id.text)) return true;
    }
  }
  return false;
}

function isHeaderBagValue(node: Node): boolean {
  const n = unwrap(node);
  return HEADER_BAGS.has(n.childForFieldName('property')?.text ?? '') || (n.type === 'identifier' && /headers?$/i.test(n.text));
}

function destructuresOrigin(pattern: Node, name: string): boolean {
  return namedChildren(pattern).some(p => {
    if (p.type === 'shorthand_property_identifier_pattern') return p.text === name && name.toLowerCase() === 'origin';
    if (p.type === 'pair_pattern') {
      const key = p.childForFieldName('key');
      return !!key && propertyKey(key)?.toLowerCase() === 'origin' && p.childForFieldName('value')?.text === name;
    }
    return false;
  });
}

/**
 * One read of request data the caller chooses: a query, body or route parameter, a cookie, any
 * request header. Two reads with the same `key` read the same field.
 */
export interface RequestRead {
  readonly key: string;
  /** The field in words, for messages: "the query parameter `origin`". */
  readonly what: string;
  /** Why an attacker's page gets its own origin there: "any page can set it to its own origin". */
  readonly why: string;
  /** True for the Origin header itself. */
  readonly origin: boolean;
  /** Why copying the value lets no other site's page in (a raw Referer or Host, a header only a preflighted request carries), as a relative clause. */
  readonly never?: string;
}

type Bag = 'query' | 'body' | 'params' | 'cookies' | 'headers';

// `req.query.x`, `ctx.request.body.x`, `event.queryStringParameters.x` (AWS Lambda); `header` is Koa's alias.
const BAGS: Record<string, Bag> = {
  query: 'query', body: 'body', params: 'params', cookies: 'cookies', headers: 'headers', header: 'headers',
  queryStringParameters: 'query', pathParameters: 'params',
};
// `@Query('x') x`, `@Headers() headers` (NestJS): the parameter holds the field, or the whole bag.
const NEST_DECORATORS: Record<string, Bag> = { Query: 'query', Body: 'body', Param: 'params', Headers: 'headers', Cookies: 'cookies' };
const REQUEST_DECORATORS = new Set(['Req', 'Request']);
const REQUEST_NAME = /^(req|request|ctx|event)$|^[a-z]\w*(Req|Request)$/;
// `req.get('x')`, `ctx.get('x')`, `req.header('x')`, `req.param('x')` (Express 4), `c.req.query('x')` (Hono).
const REQUEST_GETTERS: Record<string, Bag | 'param'> = { get: 'headers', header: 'headers', getHeader: 'headers', param: 'param', query: 'query' };

function describe(bag: Bag | 'param', name: string): string {
  switch (bag) {
    case 'query': return `the query parameter \`${name}\``;
    case 'body': return `the request body's \`${name}\``;
    case 'params': return `the route parameter \`${name}\``;
    case 'cookies': return `the cookie \`${name}\``;
    case 'headers': return `the \`${name}\` request header`;
    default: return `the request parameter \`${name}\``;
  }
}

function read(bag: Bag | 'param', name: string): RequestRead {
  const key = bag === 'headers' ? name.toLowerCase() : name;
  return { key: `${bag}:${key}`, what: describe(bag, name), why: callerControls(bag, key), origin: bag === 'headers' && key === 'origin', never: neverAnOrigin(bag, key) };
}

/**
 * The request field `node` reads, directly (`req.query.origin`, `req.get('X-Forwarded-Host')`,
 * `url.searchParams.get('origin')`, `new URL(req.headers.referer).origin`), through `x || fallback`,
 * or through a name bound to one in an enclosing function (`const { origin } = req.query`, a NestJS
 * `@Query('origin') origin` parameter). Undefined for anything else, the request object itself included.
 */
export function requestRead(node: Node, depth = 0): RequestRead | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  if (readsOriginHeader(n)) return read('headers', 'Origin');
  switch (n.type) {
    case 'binary_expression': {
      const left = n.childForFieldName('left');
      if (!['||', '??'].includes(n.childForFieldName('operator')?.text ?? '') || !left) return undefined;
      const first = requestRead(left, depth + 1);
      // A page leaves that field out: `req.headers['x-origin'] || req.headers.origin` then copies the Origin.
      const right = first?.never ? n.childForFieldName('right') : null;
      return (right && requestRead(right, depth + 1)) || first;
    }
    case 'member_expression':
    case 'subscript_expression': {
      const object = n.childForFieldName('object');
      const name = n.type === 'member_expression' ? n.childForFieldName('property')?.text : stringLiteral(n.childForFieldName('index'));
      if (!object || name === undefined) return undefined;
      // new URL(req.headers.referer).origin: the origin of a URL the caller wrote.
      if (name === 'origin' && unwrap(object).type === 'new_expression' && unwrap(object).childForFieldName('constructor')?.text === 'URL') {
        const inner = callArgs(unwrap(object))[0];
        const r = inner && requestRead(inner, depth + 1);
        return r && { ...r, key: `${r.key}:origin`, what: `the origin of ${r.what}`, never: undefined };
      }
      const bag = bagOf(object, depth);
      return bag ? read(bag, name) : undefined;
    }
    case 'call_expression': {
      const m = memberCall(n);
      const name = stringLiteral(callArgs(n)[0]);
      // String(req.query.origin), decodeURIComponent(req.params.origin), req.query.origin.toString()
      if (/^(String|decodeURIComponent|decodeURI)$/.test(n.childForFieldName('function')?.text ?? '')) {
        const arg = callArgs(n)[0];
        return arg ? requestRead(arg, depth + 1) : undefined;
      }
      if (m?.property === 'toString' && callArgs(n).length === 0) return requestRead(m.object, depth + 1);
      if (!m || name === undefined) return undefined;
      if (m.property === 'get') {
        const bag = bagOf(m.object, depth);
        if (bag) return read(bag, name);
      }
      const getter = REQUEST_GETTERS[m.property];
      return getter && isRequestObject(m.object, depth) ? read(getter, name) : undefined;
    }
    case 'template_string': {
      // `${req.query.origin}` and nothing else
      const parts = namedChildren(n);
      const only = parts.length === 1 && parts[0].type === 'template_substitution' ? parts[0].namedChild(0) : null;
      return only ? requestRead(only, depth + 1) : undefined;
    }
    case 'identifier':
      return boundRead(n, depth);
    default:
      return undefined;
  }
}

/** Which bag of request data `node` is: `req.query`, `ctx.request.body`, a `@Query() q` parameter, `url.searchParams`. */
function bagOf(node: Node, depth: number): Bag | undefined {
  const n = unwrap(node);
  if (n.type === 'member_expression') {
    const property = n.childForFieldName('property')?.text ?? '';
    const object = n.childForFieldName('object')!;
    if (property === 'searchParams') return requestUrl(object, depth) ? 'query' : undefined;
    const bag = BAGS[property];
    if (bag && isRequestObject(object, depth)) return bag;
    // url.parse(req.url, true).query
    if (property === 'query' && requestUrl(object, depth)) return 'query';
    return undefined;
  }
  if (n.type !== 'identifier') return undefined;
  const param = parameterOf(n);
  if (param) {
    const d = decoratorOf(param);
    return d && NEST_DECORATORS[d.name] && d.arg === undefined ? NEST_DECORATORS[d.name] : undefined;
  }
  for (const { name, value } of localBindings(n)) {
    if (name.type === 'identifier') return depth < 6 ? bagOf(value, depth + 1) : undefined;
    // const { query } = req;  const { query } = url.parse(req.url, true)
    const key = destructuredKey(name, n.text);
    if (key === undefined) return undefined;
    if (BAGS[key] && isRequestObject(value, depth + 1)) return BAGS[key];
    if (key === 'query' && requestUrl(value, depth + 1)) return 'query';
    if (key === 'searchParams' && requestUrl(value, depth + 1)) return 'query';
    return undefined;
  }
  return undefined;
}

/** The request itself: `req`, `ctx`, `ctx.request`, `c.req`, a `@Req()` parameter, `context.switchToHttp().getRequest()`. */
function isRequestObject(node: Node, depth: number): boolean {
  const n = unwrap(node);
  if (n.type === 'member_expression') {
    const property = n.childForFieldName('property')?.text ?? '';
    return (property === 'request' || property === 'req') && !!n.childForFieldName('object');
  }
  if (n.type === 'call_expression') return memberCall(n)?.property === 'getRequest';
  if (n.type !== 'identifier') return false;
  const param = parameterOf(n);
  if (param) {
    const d = decoratorOf(param);
    return d ? REQUEST_DECORATORS.has(d.name) : REQUEST_NAME.test(n.text) || firstOfHandler(param);
  }
  for (const { name, value } of localBindings(n)) return name.type === 'identifier' && depth < 6 && isRequestObject(value, depth + 1);
  return REQUEST_NAME.test(n.text);
}

/** The first parameter of `(rq, res) => ...`, `function (request, reply)`: a handler's request, whatever its name. */
function firstOfHandler(param: Node): boolean {
  const list = param.parent ? namedChildren(param.parent) : [];
  const second = list[1] && (list[1].childForFieldName('pattern') ?? list[1]);
  return !!list[0]?.equals(param) && /^(res|resp|response|reply)$/.test(second?.text ?? '');
}

/**
 * A URL parsed from the request's own URL: `url.parse(req.url, true)`, `new URL(req.url, base)`,
 * `request.nextUrl` (Next.js), or a name bound to one.
 */
function requestUrl(node: Node, depth: number): boolean {
  const n = unwrap(node);
  if (n.type === 'member_expression') return n.childForFieldName('property')?.text === 'nextUrl' && isRequestObject(n.childForFieldName('object')!, depth);
  if (n.type === 'call_expression' || n.type === 'new_expression') {
    const first = callArgs(n)[0];
    const u = first && unwrap(first);
    return !!u && u.type === 'member_expression' && u.childForFieldName('property')?.text === 'url' && isRequestObject(u.childForFieldName('object')!, depth);
  }
  if (n.type !== 'identifier' || depth >= 6) return false;
  for (const { name, value } of localBindings(n)) return name.type === 'identifier' && requestUrl(value, depth + 1);
  return false;
}

/** A name bound to a request read: `const o = req.query.origin`, `const { origin } = req.body`, `@Query('origin') origin`. */
function boundRead(id: Node, depth: number): RequestRead | undefined {
  const param = parameterOf(id);
  if (param) {
    const d = decoratorOf(param);
    const bag = d && NEST_DECORATORS[d.name];
    return bag && d.arg !== undefined ? read(bag, d.arg) : undefined;
  }
  for (const { name, value } of localBindings(id)) {
    if (name.type === 'identifier') return requestRead(value, depth + 1);
    const key = destructuredKey(name, id.text);
    if (key === undefined) return undefined;
    const bag = bagOf(value, depth + 1);
    if (bag) return read(bag, key);
    return undefined;
  }
  return undefined;
}

/** Declarations of `id`'s name in the functions around it, before it, nearest function first, last declaration first. */
function* localBindings(id: Node): Generator<{ name: Node; value: Node }> {
  for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
    const decls = declarationsOf(fn, id.text).filter(d => d.endIndex <= id.startIndex).reverse();
    for (const decl of decls) {
      const name = decl.childForFieldName('name');
      const value = decl.childForFieldName('value');
      if (!name || !value) continue;
      if ((name.type === 'identifier' && name.text === id.text) || (name.type === 'object_pattern' && destructuredKey(name, id.text) !== undefined)) {
        yield { name, value };
        return;
      }
    }
  }
}

/** The property `const { key: name } = ...` (or `{ name }`) takes `name` from. */
function destructuredKey(pattern: Node, name: string): string | undefined {
  for (const p of namedChildren(pattern)) {
    if (p.type === 'shorthand_property_identifier_pattern' && p.text === name) return name;
    if (p.type === 'object_assignment_pattern' && p.childForFieldName('left')?.text === name) return name;
    if (p.type === 'pair_pattern') {
      const key = p.childForFieldName('key');
      const value = p.childForFieldName('value');
      const local = value?.type === 'assignment_pattern' ? value.childForFieldName('left') : value;
      if (key && local?.text === name) return propertyKey(key);
    }
  }
  return undefined;
}

/** Per tree, each identifier's parameter: the reads of one value ask of the same identifiers again and again. */
const parameterCache = new WeakMap<Node['tree'], Map<number, Node | null>>();

/** The parameter node declaring `id` in the nearest function that declares it, if `id` is a parameter. */
function parameterOf(id: Node): Node | undefined {
  let byId = parameterCache.get(id.tree);
  if (!byId) parameterCache.set(id.tree, byId = new Map());
  let param = byId.get(id.id);
  if (param === undefined) byId.set(id.id, param = findParameter(id) ?? null);
  return param ?? undefined;
}

function findParameter(id: Node): Node | undefined {
  for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
    const param = parametersOf(fn).get(id.text);
    if (param) return param;
    // A local declaration shadows an outer parameter.
    if (declarationsOf(fn, id.text).some(d => d.childForFieldName('name')?.text === id.text && d.endIndex <= id.startIndex)) return undefined;
  }
  return undefined;
}

/** Per tree, each function's parameters by name: an identifier nested in 300 arrows asks all 300. */
const parametersCache = new WeakMap<Node['tree'], Map<number, Map<string, Node>>>();

/** A function's plainly named parameters (`x`, `x = 1`, `@Query() x`): the parameter node, by name. */
function parametersOf(fn: Node): Map<string, Node> {
  let byFunction = parametersCache.get(fn.tree);
  if (!byFunction) parametersCache.set(fn.tree, byFunction = new Map());
  let byName = byFunction.get(fn.id);
  if (byName) return byName;
  byFunction.set(fn.id, byName = new Map());
  const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  if (params?.type === 'identifier') byName.set(params.text, params);
  else if (params) {
    for (const p of namedChildren(params)) {
      const pattern = p.childForFieldName('pattern') ?? p;
      const name = pattern.type === 'assignment_pattern' ? pattern.childForFieldName('left') : pattern;
      // The first of two same-named parameters, as the walk over them found it.
      if (name?.type === 'identifier' && !byName.has(name.text)) byName.set(name.text, p);
    }
  }
  return byName;
}

/** `@Query('origin')` on a parameter: the decorator's name and its string argument. */
function decoratorOf(param: Node): { name: string; arg?: string } | undefined {
  const dec = namedChildren(param).find(c => c.type === 'decorator');
  const call = dec?.namedChild(0);
  if (!call) return undefined;
  if (call.type === 'identifier') return { name: call.text };
  if (call.type !== 'call_expression') return undefined;
  const fn = call.childForFieldName('function');
  return fn?.type === 'identifier' ? { name: fn.text, arg: stringLiteral(callArgs(call)[0]) } : undefined;
}

/**
 * Whether a value written to Access-Control-Allow-Origin changes with the request's Origin header:
 * the Origin itself (echoed, or picked after a check), or a call that is handed the Origin or that is
 * a function of this file reading it. A constant, an environment read, another request field or a
 * function that never looks at the Origin does not.
 */
export function variesWithOrigin(node: Node): boolean {
  const n = unwrap(node);
  if (isRequestOrigin(n) || requestRead(n)?.origin) return true;
  if (n.type === 'identifier') {
    const param = parameterOf(n);
    // function setCors(res, origin) { ... }: the callers in this file decide.
    if (param) return callersPassOrigin(n);
    for (const { name, value } of localBindings(n)) return name.type === 'identifier' && variesWithOrigin(value);
    return false;
  }
  const reads = descendantsOfType(n, ['identifier', 'member_expression', 'call_expression', 'subscript_expression']);
  if (reads.some(d => !isFunction(d) && (isRequestOrigin(d) || !!requestRead(d)?.origin))) return true;
  if (n.type === 'call_expression') {
    const fn = n.childForFieldName('function');
    const def = fn?.type === 'identifier' ? functionNamed(n, fn.text) : undefined;
    return !!def && readsOrigin(def);
  }
  return false;
}

/** Per tree, whether each function reads the Origin: a bundle calls one large helper thousands of times. */
const readsCache = new WeakMap<Node['tree'], Map<number, boolean>>();

function readsOrigin(fn: Node): boolean {
  let byFunction = readsCache.get(fn.tree);
  if (!byFunction) readsCache.set(fn.tree, byFunction = new Map());
  let reads = byFunction.get(fn.id);
  if (reads === undefined) {
    reads = descendantsOfType(fn, ['member_expression', 'call_expression', 'subscript_expression']).some(d => isRequestOrigin(d) || !!requestRead(d)?.origin);
    byFunction.set(fn.id, reads);
  }
  return reads;
}

/** `function name(...)` or `const name = (...) => ...` in the file `node` belongs to. */
function functionNamed(node: Node, name: string): Node | undefined {
  return fileFunctions(node.tree.rootNode).byName.get(name);
}

/** Per tree: the first function of each name, and the calls of each callee name, from the shared index. */
interface FileFunctions {
  readonly byName: ReadonlyMap<string, Node>;
  /** `f(...)` and `x.f(...)` under `f`. */
  readonly callsOf: ReadonlyMap<string, readonly Node[]>;
}

const fileFunctionsCache = new WeakMap<Tree, FileFunctions>();

function fileFunctions(root: Node): FileFunctions {
  const hit = fileFunctionsCache.get(root.tree);
  if (hit) return hit;
  const byName = new Map<string, Node>();
  for (const d of nodesOfType(root, 'function_declaration', 'variable_declarator')) {
    const name = d.childForFieldName('name')?.text;
    if (name === undefined || byName.has(name)) continue;
    if (d.type === 'function_declaration') byName.set(name, d);
    const value = d.type === 'variable_declarator' ? d.childForFieldName('value') : null;
    if (value && isFunction(unwrap(value))) byName.set(name, unwrap(value));
  }
  const callsOf = new Map<string, Node[]>();
  for (const call of nodesOfType(root, 'call_expression')) {
    const callee = call.childForFieldName('function');
    const called = callee?.type === 'identifier' ? callee.text : callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : undefined;
    if (called === undefined) continue;
    const list = callsOf.get(called);
    if (list) list.push(call);
    else callsOf.set(called, [call]);
  }
  const made = { byName, callsOf };
  fileFunctionsCache.set(root.tree, made);
  return made;
}

/** The parameter `id` of a named function: some call of that function in the file passes the Origin there. */
function callersPassOrigin(id: Node): boolean {
  const fn = enclosingFunction(id);
  if (!fn) return false;
  const index = paramNames(fn).indexOf(id.text);
  const name = fn.type === 'function_declaration' || fn.type === 'method_definition' ? fn.childForFieldName('name')?.text
    : fn.parent?.type === 'variable_declarator' ? fn.parent.childForFieldName('name')?.text : undefined;
  if (index < 0 || !name) return false;
  return (fileFunctions(fn.tree.rootNode).callsOf.get(name) ?? []).some(call => {
    const arg = callArgs(call)[index];
    return !!arg && (isRequestOrigin(arg) || !!requestRead(arg)?.origin);
  });
}
