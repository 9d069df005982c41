// Access-Control-* headers written by hand in a Python response hook (Flask `after_request`,
// a Starlette/FastAPI HTTP middleware): one site per hook function.
import type { CorsSite, Located, OriginEntry, Scope } from '../../model/policy';
import { ancestors, descendantsOfType, namedChildren, rangeOf, type Node } from '../../parse/nodes';
import { positionalArgs, type PyScope, type PyValue } from '../../values/python';
import { isDevGuarded, stringValue, writtenAs } from '../python-shared';

interface HeaderWrite {
  /** Lower-cased header name. */
  readonly name: string;
  readonly value: Node;
  readonly statement: Node;
}

/**
 * `resp.headers["X"] = v`, `resp.headers.add/set/setdefault("X", v)`, `resp.headers.update({"X": v})`,
 * and header dicts (`make_response(body, 200, {...})`, `Response(headers={...})`, `return body, 200, {...}`)
 * recognised by an Access-Control-* key.
 */
function headerWrites(body: Node): HeaderWrite[] {
  const out: HeaderWrite[] = [];
  const isHeadersAttr = (n: Node | null) => n?.type === 'attribute' && n.childForFieldName('attribute')?.text === 'headers';
  // `header = response.headers` then `header["Access-Control-Allow-Origin"] = "*"`
  const aliases = new Set(descendantsOfType(body, 'assignment')
    .filter(a => a.childForFieldName('left')?.type === 'identifier' && isHeadersAttr(a.childForFieldName('right')))
    .map(a => a.childForFieldName('left')!.text));
  const isHeaders = (n: Node | null) => isHeadersAttr(n) || (n?.type === 'identifier' && aliases.has(n.text));
  const updated = (dict: Node) => {
    const call = dict.parent?.parent;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
    return fn?.type === 'attribute' && /^(update|extend)$/.test(fn.childForFieldName('attribute')?.text ?? '') && isHeaders(fn.childForFieldName('object'));
  };
  for (const dict of descendantsOfType(body, 'dictionary')) {
    const pairs = namedChildren(dict).filter(p => p.type === 'pair');
    const names = pairs.map(p => stringValue(p.childForFieldName('key'))?.toLowerCase());
    if (!updated(dict) && !names.some(n => n?.startsWith('access-control-'))) continue;
    const statement = ancestors(dict).find(a => a.parent?.type === 'block') ?? dict;
    pairs.forEach((pair, i) => {
      const value = pair.childForFieldName('value');
      if (names[i] && value) out.push({ name: names[i]!, value, statement });
    });
  }
  for (const node of descendantsOfType(body, ['assignment', 'call'])) {
    const statement = node.parent ?? node;
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type !== 'subscript' || !right || !isHeaders(left.childForFieldName('value'))) continue;
      const name = stringValue(left.childForFieldName('subscript'));
      if (name) out.push({ name: name.toLowerCase(), value: right, statement });
      continue;
    }
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'attribute' || !isHeaders(fn.childForFieldName('object'))) continue;
    const method = fn.childForFieldName('attribute')?.text ?? '';
    const args = positionalArgs(node);
    if (['add', 'append', 'set', 'setdefault', '__setitem__'].includes(method) && args[1]) {
      const name = stringValue(args[0]);
      if (name) out.push({ name: name.toLowerCase(), value: args[1], statement });
    }
  }
  return out.sort((a, b) => a.value.startIndex - b.value.startIndex);
}

// request.headers.get("Origin"), request.headers["origin"], request.origin, request.environ.get("HTTP_ORIGIN")
const REQUEST_ORIGIN = /^request\.(origin|headers\.get\(['"]origin['"](,[^)]*)?\)|headers\[['"]origin['"]\]|environ\.get\(['"]HTTP_ORIGIN['"](,[^)]*)?\)|environ\[['"]HTTP_ORIGIN['"]\])$/i;

/** The last assignment to `name` in `body` before `before`. */
function localDefinition(body: Node, name: string, before: number): Node | undefined {
  let found: Node | undefined;
  for (const a of descendantsOfType(body, 'assignment')) {
    const left = a.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name && a.startIndex < before) found = a.childForFieldName('right') ?? undefined;
  }
  return found;
}

/** Whether `expr` is the request's Origin header, directly, through `or "*"`, or through a local name. */
function isRequestOrigin(expr: Node, body: Node, depth = 0): boolean {
  if (depth > 4) return false;
  if (REQUEST_ORIGIN.test(expr.text.replace(/\s+/g, ''))) return true;
  if (expr.type === 'boolean_operator' && expr.childForFieldName('operator')?.text === 'or') {
    const left = expr.childForFieldName('left');
    return !!left && isRequestOrigin(left, body, depth + 1);
  }
  if (expr.type === 'identifier') {
    const def = localDefinition(body, expr.text, expr.startIndex);
    return !!def && isRequestOrigin(def, body, depth + 1);
  }
  return false;
}

/**
 * Whether `cond` checks the origin's value (`origin in ALLOWED`, `is_allowed(origin)`) rather than its
 * presence: true when the origin passed if `cond` is true, false when it passed if `cond` is false
 * (`origin not in ALLOWED`), undefined when `cond` is no such check.
 */
function passesWhen(cond: Node, body: Node): boolean | undefined {
  const refs = (n: Node) => isRequestOrigin(n, body) || (n.type === 'identifier' && /origin/i.test(n.text));
  const inner = cond.type === 'not_operator' ? cond.childForFieldName('argument') : cond.type === 'parenthesized_expression' ? cond.namedChild(0) : null;
  if (inner) {
    const p = passesWhen(inner, body);
    return cond.type === 'not_operator' && p !== undefined ? !p : p;
  }
  if (cond.type === 'boolean_operator') {
    const sides = [cond.childForFieldName('left'), cond.childForFieldName('right')].map(n => (n ? passesWhen(n, body) : undefined));
    // `origin and origin in ALLOWED` passes only when true; `not origin or origin not in ALLOWED` only when false.
    const op = cond.childForFieldName('operator')?.text;
    if (op === 'and' && sides.includes(true)) return true;
    if (op === 'or' && sides.includes(false)) return false;
    return undefined;
  }
  if (cond.type === 'comparison_operator') {
    const operands = namedChildren(cond);
    if (!operands.some(refs) || operands.some(o => o.type === 'none' || /^request\.headers$/.test(o.text))) return undefined;
    return !/\bnot\s+in\b|!=/.test(cond.text);
  }
  if (cond.type === 'call') {
    const args = namedChildren(cond.childForFieldName('arguments') ?? cond);
    const receiver = cond.childForFieldName('function')?.childForFieldName('object');
    return args.some(refs) || (receiver && refs(receiver)) ? true : undefined;
  }
  return undefined;
}

/** True when the write only runs after the origin was checked: inside `if <check>:` or after `if not <check>: return`. */
function isChecked(write: Node, body: Node): boolean {
  for (let n: Node | null = write; n && !n.equals(body); n = n.parent) {
    const parent: Node | null = n.parent;
    if ((parent?.type === 'if_statement' || parent?.type === 'elif_clause') && parent.childForFieldName('consequence')?.equals(n)) {
      const cond = parent.childForFieldName('condition');
      if (cond && passesWhen(cond, body) === true) return true;
    }
    if (n.type === 'else_clause') {
      const cond = n.parent?.childForFieldName('condition');
      if (cond && passesWhen(cond, body) === false) return true;
    }
    // an earlier `if origin not in ALLOWED: return response` in the same block
    for (let prev = n.previousNamedSibling; prev; prev = prev.previousNamedSibling) {
      const cond = prev.type === 'if_statement' ? prev.childForFieldName('condition') : null;
      const returns = prev.childForFieldName('consequence')?.descendantsOfType('return_statement').length;
      if (cond && returns && passesWhen(cond, body) === false) return true;
    }
  }
  return false;
}

function originEntry(write: HeaderWrite, body: Node, scope: PyScope, how: string): OriginEntry {
  const range = rangeOf(write.value);
  if (isRequestOrigin(write.value, body)) {
    return isChecked(write.statement, body)
      ? { kind: 'dynamic', range, source: { kind: 'literal' }, how: `${how} (after checking the origin)` }
      : { kind: 'reflect-any', range, source: { kind: 'literal' }, how };
  }
  const v = scope.eval(write.value);
  if (v.kind === 'str') {
    const at = rangeOf(v.node);
    if (v.value.trim() === '*') return { kind: 'any', range: at, source: v.source };
    if (v.value.trim() === 'null') return { kind: 'null', range: at, source: v.source };
    return { kind: 'exact', value: v.value, range: at, source: v.source };
  }
  return { kind: 'dynamic', range, source: v.source, how };
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

/**
 * The site a hook function builds, or undefined when it writes no Access-Control-Allow-Origin.
 * `fn` is the function_definition (or its decorated_definition); `how` names it in messages.
 */
export function handWrittenSite(fn: Node, scope: PyScope, how: string, devFile: boolean, siteScope: Scope = { kind: 'response' }): CorsSite | undefined {
  const def = fn.type === 'decorated_definition' ? fn.childForFieldName('definition') : fn;
  const body = def?.childForFieldName('body');
  // Most views never touch headers; skipping them keeps the tree walks below off large files.
  if (!body || !/access-control|headers/i.test(body.text)) return undefined;
  const writes = headerWrites(body);
  const acao = writes.filter(w => w.name === 'access-control-allow-origin');
  if (acao.length === 0) return undefined;
  const last = (name: string) => writes.filter(w => w.name === name).pop();
  const vary = writes.some(w => w.name === 'vary' && (stringValue(w.value) === undefined || /origin/i.test(stringValue(w.value)!)))
    || descendantsOfType(body, 'call').some(c => /\.vary\.(add|update)$/.test(c.childForFieldName('function')?.text ?? '') || addsVaryOrigin(c));
  const maxAge = last('access-control-max-age');
  const maxAgeValue = maxAge ? scope.eval(maxAge.value) : undefined;
  return {
    framework: 'hand-written',
    scope: siteScope,
    range: rangeOf(fn),
    origins: {
      entries: acao.map(w => originEntry(w, body, scope, how)),
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
    devOnly: devFile || isDevGuarded(fn),
  };
}
