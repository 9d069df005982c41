// Access-Control-* headers written by hand in Python: what one function writes (Flask and Starlette
// response headers, Django `response[...]`, Tornado `set_header`, header dicts of new responses), which
// of several writes reach the wire, and where the written origin comes from (a constant, the request's
// Origin header, another request field the caller chooses). hand-written-py.ts finds the functions.
import type { CorsSite, Located, OriginEntry, Scope } from '../../model/policy';
import { climb, descendantsOfType, namedChildren, rangeOf, type Node } from '../../parse/nodes';
import { descendantsIndexed } from '../../parse/tree-index';
import { keywordArgs, positionalArgs, type PyScope, type PyValue } from '../../values/python';
import { effectiveWrites, type WriteMode } from '../hand-written-order';
import { callerControls, copying, neverAnOrigin } from '../hand-written-fields';
import { isDevGuarded, stringValue, writtenAs } from '../python-shared';

export interface HeaderWrite {
  /** Lower-cased header name. */
  readonly name: string;
  readonly value: Node;
  /** The statement (or dict pair) that writes it. */
  readonly statement: Node;
  /** The write itself: the assignment, the call, the dict pair. */
  readonly node: Node;
  /** The response written to as written (`response`, `self`), undefined for the headers of a new response. */
  readonly target?: string;
  readonly mode: WriteMode;
}

const HEADER_NAME = /^(access-control-[a-z-]+|vary)$/i;
// werkzeug Headers and Starlette MutableHeaders: add/append keep the old value; set/[...]= replace it.
const HEADER_METHODS: Record<string, WriteMode> = { add: 'append', append: 'append', set: 'set', __setitem__: 'set', setdefault: 'set-if-absent' };
// Tornado RequestHandler and Bottle/Falcon responses.
const RESPONSE_METHODS: Record<string, WriteMode> = { set_header: 'set', add_header: 'append', append_header: 'append', setdefault: 'set-if-absent' };
/** HTTP clients and test assertions: header dicts there are requests or expectations, not this server's answer. */
const CLIENT_OR_TEST = /^((requests|httpx|aiohttp|urllib3?|session|client|self\.client|\w*[Cc]lient|\w*[Ss]ession)\.(get|post|put|patch|delete|head|options|request|fetch)|(self\.)?assert\w*|pytest\.\w+)$/;

function calleeOf(call: Node): string {
  return call.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
}

/** A dict that is a request's headers (`requests.get(url, headers={...})`) or a test's expectation. */
function inClientOrTest(node: Node): boolean {
  for (const a of climb(node)) {
    if (a.type === 'call') return CLIENT_OR_TEST.test(calleeOf(a));
    if (a.type === 'assert_statement' || a.type === 'comparison_operator') return true;
    if (a.type === 'expression_statement' || a.type === 'block' || a.type === 'return_statement') return false;
  }
  return false;
}

/** `response.headers` → `response`; an alias of it (`h = response.headers`) → `response`. */
function targetOf(headers: Node, aliases: ReadonlyMap<string, string>): string {
  const text = headers.text.replace(/\s+/g, '');
  return aliases.get(text) ?? text.replace(/\.headers$/, '');
}

/**
 * The writes in `body` (nested functions excluded when `own`): `resp.headers["X"] = v`,
 * `resp.headers.add/set/append/setdefault("X", v)`, `resp.headers.update({"X": v})`, Django's
 * `response["X"] = v` and `response.setdefault("X", v)`, Tornado's `self.set_header("X", v)`, and header
 * dicts (`make_response(body, 200, {...})`, `Response(headers={...})`, `return body, 200, {...}`)
 * recognised by an Access-Control-* key.
 */
export function headerWrites(body: Node): HeaderWrite[] {
  const out: HeaderWrite[] = [];
  const isHeadersAttr = (n: Node | null) => n?.type === 'attribute' && n.childForFieldName('attribute')?.text === 'headers';
  // `header = response.headers` then `header["Access-Control-Allow-Origin"] = "*"`
  const aliases = new Map<string, string>();
  for (const a of descendantsIndexed(body, 'assignment')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type === 'identifier' && right && isHeadersAttr(right)) aliases.set(left.text, targetOf(right, new Map()));
  }
  const isHeaders = (n: Node | null) => isHeadersAttr(n) || (n?.type === 'identifier' && aliases.has(n.text));
  // `resp.headers.update({...})`: each dict handed to one, by id, found from the calls (asking every
  // dict for its parent's parent descends from the root each time).
  const updates = new Map<number, Node>();
  if (/\.(update|extend)\s*\(/.test(body.text)) {
    for (const call of descendantsIndexed(body, 'call')) {
      const fn = call.childForFieldName('function');
      if (fn?.type !== 'attribute' || !/^(update|extend)$/.test(fn.childForFieldName('attribute')?.text ?? '')) continue;
      const object = fn.childForFieldName('object');
      const args = call.childForFieldName('arguments');
      if (!object || !args || !isHeaders(object)) continue;
      for (const arg of namedChildren(args)) if (arg.type === 'dictionary') updates.set(arg.id, object);
    }
  }
  for (const dict of descendantsIndexed(body, 'dictionary')) {
    const update = updates.get(dict.id);
    if (!update && !/access-control-/i.test(dict.text)) continue;
    const pairs = namedChildren(dict).filter(p => p.type === 'pair');
    const names = pairs.map(p => stringValue(p.childForFieldName('key'))?.toLowerCase());
    if (!update && (!names.some(n => n?.startsWith('access-control-')) || inClientOrTest(dict))) continue;
    const statement = statementAround(dict) ?? dict;
    const target = update && targetOf(update, aliases);
    pairs.forEach((pair, i) => {
      const value = pair.childForFieldName('value');
      if (names[i] && value) out.push({ name: names[i]!, value, statement, node: pair, target, mode: 'set' });
    });
  }
  for (const node of descendantsIndexed(body, 'assignment', 'call')) {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      if (left?.type !== 'subscript') continue;
      const right = node.childForFieldName('right');
      const object = left.childForFieldName('value');
      const name = stringValue(left.childForFieldName('subscript'));
      if (!object || !right || !name) continue;
      // `response.headers[...]`, and Django's `response[...]` (any subscript named like a CORS header).
      if (isHeaders(object) || HEADER_NAME.test(name)) {
        out.push({ name: name.toLowerCase(), value: right, statement: node.parent ?? node, node, target: targetOf(object, aliases), mode: 'set' });
      }
      continue;
    }
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const method = fn.childForFieldName('attribute')?.text ?? '';
    if (!Object.hasOwn(HEADER_METHODS, method) && !Object.hasOwn(RESPONSE_METHODS, method)) continue;
    const object = fn.childForFieldName('object')!;
    const statement = node.parent ?? node;
    const args = positionalArgs(node);
    const name = stringValue(args[0]);
    if (!name || !args[1] || inClientOrTest(node)) continue;
    const mode = isHeaders(object) ? HEADER_METHODS[method] : HEADER_NAME.test(name) ? RESPONSE_METHODS[method] : undefined;
    if (mode) out.push({ name: name.toLowerCase(), value: args[1], statement, node, target: targetOf(object, aliases), mode });
  }
  return out.sort((a, b) => a.value.startIndex - b.value.startIndex);
}

// ---------------------------------------------------------------------------------------------
// Request reads

/** A read of request data the caller chooses; two reads with the same key read the same field. */
export interface PyRead {
  readonly key: string;
  /** The field in words: "the query parameter `origin`". */
  readonly what: string;
  /** Why an attacker's page gets its own origin there. */
  readonly why: string;
  /** The Origin header itself. */
  readonly origin: boolean;
  /** Why copying the value lets no other site's page in (a raw Referer or Host, a header only a preflighted request carries), as a relative clause. */
  readonly never?: string;
}

type Bag = 'query' | 'body' | 'params' | 'cookies' | 'headers' | 'environ' | 'values';

/** What the reader knows about the function the value is read in. */
export interface ReadContext {
  /** The function's body (or the module), where local names are bound. */
  readonly body: Node;
  readonly fn?: Node;
  /** The function is a FastAPI route: its plain parameters are query parameters (path ones when in `path`). */
  readonly fastapi?: { readonly path?: string };
}

const REQUEST = /^(request|req|self\.request)$/;
// Flask/werkzeug, Django (+ DRF), Starlette/FastAPI, aiohttp, Tornado (`self.request.headers`).
const BAGS: Record<string, Bag> = {
  args: 'query', GET: 'query', query_params: 'query', query: 'query', rel_url: 'query',
  form: 'body', POST: 'body', data: 'body', json: 'body',
  values: 'values', cookies: 'cookies', COOKIES: 'cookies', headers: 'headers',
  META: 'environ', environ: 'environ', view_args: 'params', path_params: 'params', match_info: 'params',
};
// FastAPI's parameter functions.
const FASTAPI_PARAMS: Record<string, Bag> = { Query: 'query', Header: 'headers', Cookie: 'cookies', Body: 'body', Form: 'body', Path: 'params' };
// Tornado RequestHandler getters.
const TORNADO: Record<string, Bag> = { get_argument: 'values', get_query_argument: 'query', get_body_argument: 'body', get_cookie: 'cookies' };

function describe(bag: Bag, name: string): string {
  switch (bag) {
    case 'query': return `the query parameter \`${name}\``;
    case 'body': return `the request body's \`${name}\``;
    case 'params': return `the route parameter \`${name}\``;
    case 'cookies': return `the cookie \`${name}\``;
    case 'values': return `the request parameter \`${name}\``;
    default: return `the \`${name}\` request header`;
  }
}

/** `HTTP_X_FORWARDED_HOST` → `X-Forwarded-Host`. */
function environHeader(key: string): string | undefined {
  const m = /^HTTP_(\w+)$/.exec(key);
  return m?.[1].toLowerCase().split('_').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
}

function readOf(bag: Bag, name: string): PyRead | undefined {
  if (bag === 'environ') {
    const header = environHeader(name);
    return header ? readOf('headers', header) : undefined;
  }
  const key = bag === 'headers' ? name.toLowerCase() : name;
  return { key: `${bag === 'values' ? 'query' : bag}:${key}`, what: describe(bag, name), why: callerControls(bag, key), origin: bag === 'headers' && key === 'origin', never: neverAnOrigin(bag, key) };
}

function strip(node: Node): Node {
  let n = node;
  while ((n.type === 'parenthesized_expression' || n.type === 'await') && n.namedChild(0)) n = n.namedChild(0)!;
  return n;
}

/** `request`, `self.request`, or the first parameter of a Django view or middleware hook named otherwise. */
function isRequest(node: Node): boolean {
  return REQUEST.test(strip(node).text.replace(/\s+/g, ''));
}

/** Which bag of request data `node` is: `request.args`, `request.get_json()`, `await request.json()`, a local bound to one. */
function bagOf(node: Node, rc: ReadContext, depth: number): Bag | undefined {
  const n = strip(node);
  if (n.type === 'attribute') {
    const bag = BAGS[n.childForFieldName('attribute')?.text ?? ''];
    return bag && isRequest(n.childForFieldName('object')!) ? bag : undefined;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    if (!fn || fn.type !== 'attribute' || !isRequest(fn.childForFieldName('object')!)) return undefined;
    return method === 'get_json' || method === 'json' || method === 'form' || method === 'body' ? 'body' : undefined;
  }
  if (n.type === 'identifier' && depth < 5) {
    const def = localDefinition(rc.body, n.text, n.startIndex);
    return def ? bagOf(def, rc, depth + 1) : undefined;
  }
  return undefined;
}

/** The last assignment to `name` in `body` before `before`. */
function localDefinition(body: Node, name: string, before: number): Node | undefined {
  let found: Node | undefined;
  for (const a of assignmentsByName(body).get(name) ?? []) {
    if (a.startIndex >= before) break;
    found = a.childForFieldName('right') ?? undefined;
  }
  return found;
}

/**
 * Per tree and body: the assignments to each plain name, in source order. A value read thousands of
 * times in one body would otherwise walk the whole body again for each read.
 */
const assignments = new WeakMap<Node['tree'], Map<number, Map<string, Node[]>>>();

function assignmentsByName(body: Node): Map<string, Node[]> {
  let bodies = assignments.get(body.tree);
  if (!bodies) assignments.set(body.tree, bodies = new Map());
  let byName = bodies.get(body.id);
  if (!byName) {
    byName = new Map();
    for (const a of descendantsIndexed(body, 'assignment')) {
      const left = a.childForFieldName('left');
      if (left?.type !== 'identifier') continue;
      const list = byName.get(left.text);
      if (list) list.push(a);
      else byName.set(left.text, [a]);
    }
    bodies.set(body.id, byName);
  }
  return byName;
}

/**
 * The request field `expr` reads: `request.headers.get("Origin")`, `request.args["origin"]`,
 * `request.GET.get("origin")`, `request.META["HTTP_REFERER"]`, `(await request.json())["origin"]`,
 * `self.get_argument("origin")`, through `x or fallback`, `str(x)`, `f"{x}"` and local names, and a
 * FastAPI route's own parameters (`origin: str = Header(None)`, `callback: str | None = None`).
 */
export function pyRead(expr: Node, rc: ReadContext, depth = 0): PyRead | undefined {
  if (depth > 6) return undefined;
  const n = strip(expr);
  switch (n.type) {
    case 'attribute': {
      const attr = n.childForFieldName('attribute')?.text;
      if (!isRequest(n.childForFieldName('object')!)) return undefined;
      // werkzeug's request.origin and request.referrer are the headers themselves.
      return attr === 'origin' ? readOf('headers', 'Origin') : attr === 'referrer' ? readOf('headers', 'Referer') : undefined;
    }
    case 'subscript': {
      const name = stringValue(n.childForFieldName('subscript'));
      const bag = name !== undefined ? bagOf(n.childForFieldName('value')!, rc, depth) : undefined;
      return bag ? readOf(bag, name!) : undefined;
    }
    case 'call': {
      const fn = n.childForFieldName('function');
      const args = positionalArgs(n);
      if (fn?.type === 'identifier' && fn.text === 'str' && args[0]) return pyRead(args[0], rc, depth + 1);
      if (fn?.type !== 'attribute') return undefined;
      const method = fn.childForFieldName('attribute')?.text ?? '';
      const object = fn.childForFieldName('object')!;
      const name = stringValue(args[0]);
      if (name === undefined) return undefined;
      if (method === 'get') {
        const bag = bagOf(object, rc, depth);
        const read = bag ? readOf(bag, name) : undefined;
        // A page leaves that field out: `headers.get("X-Origin", headers.get("Origin"))` then copies the default.
        return (read?.never && args[1] && pyRead(args[1], rc, depth + 1)) || read;
      }
      if (TORNADO[method] && object.text === 'self') return readOf(TORNADO[method], name);
      return undefined;
    }
    case 'boolean_operator': {
      const left = n.childForFieldName('left');
      if (n.childForFieldName('operator')?.text !== 'or' || !left) return undefined;
      const first = pyRead(left, rc, depth + 1);
      // A page leaves that field out: `headers.get("X-Origin") or headers.get("Origin")` then copies the Origin.
      const right = first?.never ? n.childForFieldName('right') : null;
      return (right && pyRead(right, rc, depth + 1)) || first;
    }
    case 'string': {
      // f"{origin}" and nothing else
      const parts = namedChildren(n).filter(c => c.type !== 'string_start' && c.type !== 'string_end');
      const only = parts.length === 1 && parts[0].type === 'interpolation' ? parts[0].childForFieldName('expression') : null;
      return only ? pyRead(only, rc, depth + 1) : undefined;
    }
    case 'identifier': {
      const def = localDefinition(rc.body, n.text, n.startIndex);
      if (def) return pyRead(def, rc, depth + 1);
      return parameterRead(n.text, rc);
    }
    default:
      return undefined;
  }
}

/** A FastAPI route parameter the request fills: `origin: str = Header(None)`, `Annotated[str, Query()]`, a plain `str`. */
function parameterRead(name: string, rc: ReadContext): PyRead | undefined {
  const params = rc.fn?.childForFieldName('parameters');
  const param = params && namedChildren(params).find(p => (p.childForFieldName('name') ?? p.namedChild(0))?.text === name);
  if (!param || !rc.fastapi) return undefined;
  const type = param.childForFieldName('type');
  const value = param.childForFieldName('value');
  const marker = [value, ...(type ? descendantsOfType(type, 'call') : [])].find(c => c?.type === 'call' && FASTAPI_PARAMS[c.childForFieldName('function')?.text ?? '']);
  if (marker) {
    const bag = FASTAPI_PARAMS[marker.childForFieldName('function')!.text];
    const alias = stringValue(keywordArgs(marker).get('alias'));
    // Header() turns underscores into hyphens: `x_forwarded_host` reads X-Forwarded-Host.
    return readOf(bag, alias ?? (bag === 'headers' ? name.replace(/_/g, '-') : name));
  }
  if (value?.type === 'call') return undefined; // Depends(...) and the like
  // A plain scalar parameter is a query parameter, or a path parameter when the path names it.
  if (!type || !/^(str|Optional\[str\]|str\s*\|\s*None|None\s*\|\s*str)$/.test(type.text.replace(/\s+/g, ' ').trim())) return undefined;
  return readOf(rc.fastapi.path?.includes(`{${name}}`) ? 'params' : 'query', name);
}

// ---------------------------------------------------------------------------------------------
// Checks

/** How a check of the written value is read: which nodes are that value, and the body its tests are bound in. */
interface CheckReader {
  readonly refs: (n: Node) => boolean;
  readonly body: Node;
  /**
   * What each bound test (by node id) says, read once: `b = a and a and a`, `c = b and b and b`
   * would otherwise read `a` once per path to it, exponentially many.
   */
  readonly bound: Map<number, boolean | undefined>;
}

/** How many names a test may be bound through (`ok = allowed`, `allowed = origin in ALLOWED`). */
const BOUND_DEPTH = 4;

/**
 * Whether `cond` checks the read value (`origin in ALLOWED`, `is_allowed(origin)`, `{origin} & ALLOWED`,
 * a name bound to one of these) rather than its presence: true when the value passed if `cond` is
 * true, false when it passed if `cond` is false (`origin not in ALLOWED`), undefined when `cond` is no such check.
 */
function passesWhen(cond: Node, cr: CheckReader, depth = 0): boolean | undefined {
  const { refs } = cr;
  const inner = cond.type === 'not_operator' ? cond.childForFieldName('argument') : cond.type === 'parenthesized_expression' ? cond.namedChild(0) : null;
  if (inner) {
    const p = passesWhen(inner, cr, depth);
    return cond.type === 'not_operator' && p !== undefined ? !p : p;
  }
  if (cond.type === 'identifier') {
    const test = depth < BOUND_DEPTH ? boundTest(cond, cr) : undefined;
    if (!test) return undefined;
    if (!cr.bound.has(test.id)) cr.bound.set(test.id, passesWhen(test, cr, depth + 1));
    return cr.bound.get(test.id);
  }
  if (cond.type === 'boolean_operator') {
    const sides = [cond.childForFieldName('left'), cond.childForFieldName('right')].map(n => (n ? passesWhen(n, cr, depth) : undefined));
    // `origin and origin in ALLOWED` passes only when true; `not origin or origin not in ALLOWED` only when false.
    const op = cond.childForFieldName('operator')?.text;
    if (op === 'and' && sides.includes(true)) return true;
    if (op === 'or' && sides.includes(false)) return false;
    return undefined;
  }
  if (cond.type === 'comparison_operator') {
    const operands = namedChildren(cond);
    if (!operands.some(refs) || operands.some(o => o.type === 'none' || /^(self\.)?request\.(headers|META|GET|args|query_params)$/.test(o.text))) return undefined;
    return !/\bnot\s+in\b|!=|\bis\s+not\b/.test(cond.text);
  }
  // `{origin} & ALLOWED` is empty, and false, unless the origin is listed.
  if (cond.type === 'binary_operator') return intersected(cond, refs) ? true : undefined;
  if (cond.type === 'call') {
    const args = namedChildren(cond.childForFieldName('arguments') ?? cond);
    const receiver = cond.childForFieldName('function')?.childForFieldName('object');
    const holds = (n: Node) => refs(n) || holdsValue(n, refs);
    return args.some(holds) || (receiver && holds(receiver)) ? true : undefined;
  }
  return undefined;
}

/** `{origin}`, `[origin]`, `(origin,)`, `set([origin])`: a collection of the value alone. */
function holdsValue(n: Node, refs: (n: Node) => boolean): boolean {
  if (n.type === 'set' || n.type === 'list' || n.type === 'tuple') return namedChildren(n).some(refs);
  if (n.type !== 'call' || !/^(frozen)?set$/.test(n.childForFieldName('function')?.text ?? '')) return false;
  const arg = positionalArgs(n)[0];
  return !!arg && holdsValue(arg, refs);
}

/** Of `{origin} & ALLOWED` (either way round): the other side, the list the value is looked up in. */
function intersected(op: Node, refs: (n: Node) => boolean): Node | undefined {
  if (op.childForFieldName('operator')?.text !== '&') return undefined;
  const left = op.childForFieldName('left');
  const right = op.childForFieldName('right');
  if (!left || !right) return undefined;
  return holdsValue(left, refs) ? right : holdsValue(right, refs) ? left : undefined;
}

/**
 * The test a name was bound to earlier in the same body (`allowed = origin in ALLOWED` before `if
 * allowed:`). A comparison, negation, `and`/`or` or intersection is a test whatever the name; a call
 * is one (`ok = is_allowed(origin)`) only when the name is not the value itself: `origin = str(origin)`
 * before `if origin:` tests the origin's presence, nothing more.
 */
function boundTest(name: Node, cr: CheckReader): Node | undefined {
  const bound = localDefinition(cr.body, name.text, name.startIndex);
  if (!bound) return undefined;
  const b = strip(bound);
  if (['comparison_operator', 'not_operator', 'boolean_operator', 'binary_operator'].includes(b.type)) return b;
  return b.type === 'call' && !cr.refs(name) ? b : undefined;
}

/**
 * The check `stmt` only runs after, if any: the condition of an enclosing `if <check>:` (or of the
 * `else` of `if not <check>:`), of `a if <check> else b`, or of an earlier `if not <check>: return`.
 */
function checkOf(stmt: Node, cr: CheckReader): Node | undefined {
  // The chain up to `body` in one descent, and each level's siblings from one list: climbing `parent`
  // and `previousNamedSibling` asks tree-sitter to walk from the root or the first sibling every time.
  let next = stmt;
  for (const parent of climb(stmt)) {
    const n = next;
    next = parent;
    if (n.equals(cr.body)) break;
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && parent.childForFieldName('consequence')?.equals(n)) {
      const cond = parent.childForFieldName('condition');
      if (cond && passesWhen(cond, cr) === true) return cond;
    }
    if (n.type === 'else_clause') {
      const cond = parent.childForFieldName('condition');
      if (cond && passesWhen(cond, cr) === false) return cond;
    }
    // `a if <check> else b`
    if (parent.type === 'conditional_expression') {
      const [yes, cond, no] = namedChildren(parent);
      const p = cond ? passesWhen(cond, cr) : undefined;
      if ((yes?.equals(n) && p === true) || (no?.equals(n) && p === false)) return cond;
    }
    // an earlier `if origin not in ALLOWED: return response` in the same block
    if (parent.type !== 'block') continue;
    const earlier = earlyExits(parent);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const { cond, end } = earlier[i];
      if (end <= n.startIndex && passesWhen(cond, cr) === false) return cond;
    }
  }
  return undefined;
}

/** Per tree: each block's `if <cond>: ... return/raise` statements, in order. */
const earlyExitsCache = new WeakMap<Node['tree'], Map<number, Array<{ cond: Node; end: number }>>>();

/**
 * The `if` statements of `block` whose body returns or raises, with their conditions: found once per
 * block, as every header write of a long handler asks of the same block.
 */
function earlyExits(block: Node): Array<{ cond: Node; end: number }> {
  let byBlock = earlyExitsCache.get(block.tree);
  if (!byBlock) earlyExitsCache.set(block.tree, byBlock = new Map());
  let exits = byBlock.get(block.id);
  if (!exits) {
    exits = [];
    for (const stmt of namedChildren(block)) {
      const cond = stmt.type === 'if_statement' ? stmt.childForFieldName('condition') : null;
      const exitsHere = cond && stmt.childForFieldName('consequence')?.descendantsOfType(['return_statement', 'raise_statement']).length;
      if (cond && exitsHere) exits.push({ cond, end: stmt.endIndex });
    }
    byBlock.set(block.id, exits);
  }
  return exits;
}

/** The statement of a block (or the module) that holds `node`. */
function statementAround(node: Node): Node | undefined {
  let child: Node | undefined;
  for (const a of climb(node)) {
    if (child && (a.type === 'block' || a.type === 'module')) return child;
    child = a;
  }
  return undefined;
}

/**
 * The origins a check lets through when it compares the value with literals: `x in ALLOWED`,
 * `x not in ALLOWED` (before an early return), `x == "https://a.example"`, `{x} & ALLOWED`, and the
 * same bound to a name first. Other checks give none.
 */
function checkedOrigins(cond: Node, cr: CheckReader, scope: PyScope): OriginEntry[] {
  const out: OriginEntry[] = [];
  const todo = [{ node: cond, depth: 0 }];
  const seen = new Set<number>();
  while (todo.length) {
    const { node, depth } = todo.pop()!;
    for (const n of descendantsOfType(node, ['comparison_operator', 'binary_operator', 'identifier'])) {
      if (n.type === 'identifier') {
        const test = depth < BOUND_DEPTH ? boundTest(n, cr) : undefined;
        if (test && !seen.has(test.id)) {
          seen.add(test.id);
          todo.push({ node: test, depth: depth + 1 });
        }
        continue;
      }
      const [left, right] = n.type === 'comparison_operator' ? namedChildren(n) : [];
      const list = n.type === 'binary_operator' ? intersected(n, cr.refs) : left && cr.refs(left) ? right : undefined;
      if (!list) continue;
      const v = scope.eval(list);
      const items = v.kind === 'seq' ? v.items : v.kind === 'dict' ? v.entries.map(e => e.key) : v.kind === 'str' && /==|!=/.test(n.text) ? [v] : [];
      for (const item of items) {
        if (item.kind !== 'str') continue;
        const source = item.source.kind === 'literal' ? v.source : item.source;
        out.push(item.value === 'null'
          ? { kind: 'null', range: rangeOf(item.node), source }
          : { kind: 'exact', value: item.value, range: rangeOf(item.node), source });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The site

const MAX_OUTCOMES = 64;

function originEntries(value: Node, rc: ReadContext, scope: PyScope, how: string): OriginEntry[] {
  // `origin if origin in ALLOWED else DEFAULT`: each branch is written on its own. Conditionals nest
  // as deep as their author wrote them, so they are opened in a loop, not by recursion.
  const out: OriginEntry[] = [];
  const todo: Array<{ node: Node; onlyIfListed: boolean }> = [{ node: value, onlyIfListed: false }];
  while (todo.length) {
    // Past this many outcomes the value is read as one computed value, as in JavaScript (ternaryLeaves).
    if (out.length + todo.length > MAX_OUTCOMES) return [{ kind: 'dynamic', range: rangeOf(value), source: { kind: 'literal' }, how: 'a value chosen among more outcomes than CORS Lens follows' }];
    const { node, onlyIfListed } = todo.pop()!;
    const n = strip(node);
    if (n.type !== 'conditional_expression') {
      // `origin if "*" not in allowed else "*"`: the wildcard is sent only when the configured list holds `*`.
      out.push(...branchEntries(node, rc, scope, how).map(e => (onlyIfListed && e.kind === 'any'
        ? { kind: 'dynamic' as const, range: e.range, source: e.source, how: '`*`, sent only when the configured origins include `*`' } : e)));
      continue;
    }
    const [yes, cond, no] = namedChildren(n);
    const star = cond ? starListed(cond, scope) : undefined;
    const branches = star?.holds !== undefined ? [star.holds ? yes : no] : [yes, no];
    for (const b of branches.reverse()) if (b) todo.push({ node: b, onlyIfListed: onlyIfListed || (star !== undefined && star.holds === undefined) });
  }
  return out;
}

/** One branch's value: a request field (checked or not), or what the evaluator makes of it. */
function branchEntries(value: Node, rc: ReadContext, scope: PyScope, how: string): OriginEntry[] {
  const range = rangeOf(value);
  const read = pyRead(value, rc);
  if (read?.never) return [{ kind: 'dynamic', range, source: { kind: 'literal' }, how: `${read.what}, ${read.never}` }];
  if (read) {
    // The checked value is the same field, or a name the code calls an origin.
    const refs = (x: Node) => pyRead(x, rc)?.key === read.key || (x.type === 'identifier' && /origin/i.test(x.text));
    const cr: CheckReader = { refs, body: rc.body, bound: new Map() };
    const check = checkOf(value, cr);
    // A checked value: what passes is the list it is checked against, when the check names one.
    if (check) {
      const what = read.origin ? `${how} (after checking the origin)` : `${read.what} (after a check)`;
      return [{ kind: 'dynamic', range, source: { kind: 'literal' }, how: what }, ...checkedOrigins(check, cr, scope)];
    }
    return [{ kind: 'reflect-any', range, source: { kind: 'literal' }, how: read.origin ? how : copying(how, read.what, read.why) }];
  }
  const v = scope.eval(value);
  if (v.kind === 'str') {
    const at = rangeOf(v.node);
    if (v.value.trim() === '') return [];
    if (v.value.trim() === '*') return [{ kind: 'any', range: at, source: v.source }];
    if (v.value.trim() === 'null') return [{ kind: 'null', range: at, source: v.source }];
    return [{ kind: 'exact', value: v.value, range: at, source: v.source }];
  }
  // werkzeug and Django send None as the string "None" (Starlette raises): it never equals an origin.
  if (v.kind === 'none') return [];
  return [{ kind: 'dynamic', range, source: v.source, how }];
}

/**
 * `"*" in origins` / `"*" not in origins`: whether the condition holds when the list is known,
 * `holds: undefined` when it is configured elsewhere (a parameter, a setting read at run time).
 */
function starListed(cond: Node, scope: PyScope): { holds: boolean | undefined } | undefined {
  const c = strip(cond);
  const [left, right] = namedChildren(c);
  if (c.type !== 'comparison_operator' || !left || !right || stringValue(left) !== '*' || !/\bin\b/.test(c.text)) return undefined;
  const negated = /\bnot\s+in\b/.test(c.text);
  const list = scope.eval(right);
  if (list.kind !== 'seq' || list.items.some(i => i.kind !== 'str')) return { holds: undefined };
  const listed = list.items.some(i => i.kind === 'str' && i.value === '*');
  return { holds: listed !== negated };
}

function headerList(write: HeaderWrite | undefined, scope: PyScope): Located<readonly string[]> | undefined {
  const v = write && scope.eval(write.value);
  if (v?.kind !== 'str') return undefined;
  return { value: v.value.split(',').map(s => s.trim()).filter(Boolean), range: rangeOf(v.node), source: v.source };
}

/**
 * The browser honours credentials only for the exact value `true`; Python's `True` is written as
 * "True" and fails that test, so only the string "true" counts as enabled.
 */
function credentialsOf(write: HeaderWrite | undefined, scope: PyScope): Located<boolean> | undefined {
  const v: PyValue | undefined = write && scope.eval(write.value);
  if (!v || (v.kind !== 'str' && v.kind !== 'bool')) return undefined;
  return { value: v.kind === 'str' && v.value.trim() === 'true', range: rangeOf(v.node), source: v.source };
}

function credentialsWrittenOf(write: HeaderWrite | undefined, scope: PyScope): CorsSite['credentialsWritten'] {
  return write && writtenAs(scope.eval(write.value));
}

/** Starlette's `headers.add_vary_header("Origin")` appends to Vary; a literal naming another header does not count. */
function addsVaryOrigin(call: Node): boolean {
  if (!/\.add_vary_header$/.test(call.childForFieldName('function')?.text ?? '')) return false;
  const args = call.childForFieldName('arguments');
  const arg = args ? namedChildren(args)[0] : undefined;
  const literal = arg && stringValue(arg);
  return !!arg && (literal === undefined || /origin/i.test(literal));
}

/** Django's `patch_vary_headers(response, ["Origin"])`. */
function patchesVaryOrigin(call: Node): boolean {
  if (!/(^|\.)patch_vary_headers$/.test(call.childForFieldName('function')?.text ?? '')) return false;
  const list = positionalArgs(call)[1];
  return !!list && (list.type !== 'list' && list.type !== 'tuple' ? true : namedChildren(list).some(i => /origin/i.test(stringValue(i) ?? 'origin')));
}

/**
 * The site the writes of one function build, or undefined when none of them writes
 * Access-Control-Allow-Origin. `fn` is the function (or its decorated_definition, or the module);
 * `how` names it in messages; `rc` says how its request is read.
 */
export function handWrittenSite(fn: Node, writes: readonly HeaderWrite[], scope: PyScope, rc: ReadContext, how: string, devFile: boolean, siteScope: Scope = { kind: 'response' }): CorsSite | undefined {
  // Of several writes, only those that can reach the wire alone count (see hand-written-order.ts).
  const acao = effectiveWrites(writes.filter(w => w.name === 'access-control-allow-origin'), 'python');
  if (acao.length === 0) return undefined;
  const last = (name: string) => writes.filter(w => w.name === name).pop();
  const calls = descendantsIndexed(rc.body, 'call');
  const vary = writes.some(w => w.name === 'vary' && (stringValue(w.value) === undefined || /origin/i.test(stringValue(w.value)!)))
    || calls.some(c => /\.vary\.(add|update)$/.test(c.childForFieldName('function')?.text ?? '') || addsVaryOrigin(c) || patchesVaryOrigin(c));
  const maxAge = last('access-control-max-age');
  const maxAgeValue = maxAge ? scope.eval(maxAge.value) : undefined;
  const entries = acao.flatMap(w => originEntries(w.value, rc, scope, how));
  return {
    framework: 'hand-written',
    scope: siteScope,
    range: rangeOf(fn),
    origins: {
      entries,
      range: rangeOf(acao[0].value),
      source: { kind: 'literal' },
      option: 'Access-Control-Allow-Origin',
    },
    credentials: credentialsOf(last('access-control-allow-credentials'), scope),
    credentialsWritten: credentialsWrittenOf(last('access-control-allow-credentials'), scope),
    methods: headerList(last('access-control-allow-methods'), scope),
    allowHeaders: headerList(last('access-control-allow-headers'), scope),
    exposeHeaders: headerList(last('access-control-expose-headers'), scope),
    maxAge: maxAgeValue && (maxAgeValue.kind === 'num' || maxAgeValue.kind === 'str') && Number.isFinite(Number(maxAgeValue.value))
      ? { value: Number(maxAgeValue.value), range: rangeOf(maxAgeValue.node), source: maxAgeValue.source } : undefined,
    varyOrigin: vary,
    devOnly: devFile || (fn.type !== 'module' && isDevGuarded(fn)),
  };
}
