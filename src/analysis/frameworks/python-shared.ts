// What the Python adapters (flask-cors, Starlette) share: call shapes, option values as model
// fields, DEBUG guards and function-local scopes.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { CorsSite, Located, ValueSource } from '../model/policy';
import type { Range } from '../model/range';
import { ancestors, namedChildren, rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import { positionalArgs, pyString, PyScope, type PyValue } from '../values/python';

/** The callee as written, without whitespace: `app . add_middleware` → `app.add_middleware`. */
export function calleeText(call: Node): string {
  const fn = call.childForFieldName('function');
  // A callee longer than any dotted name (a call on a huge expression) names nothing the models look
  // for, and reading its text for every call of a file was quadratic.
  if (!fn || fn.endIndex - fn.startIndex > MAX_CALLEE) return '';
  return fn.text.replace(/\s+/g, '');
}

const MAX_CALLEE = 512;

/** The last dotted segment of a callee: `flask_cors.CORS` → `CORS`. */
export function calleeName(call: Node): string {
  const text = calleeText(call);
  return text.slice(text.lastIndexOf('.') + 1);
}

/**
 * The local names a module's symbols are imported under: `from flask_cors import CORS as Cors`
 * gives Cors for CORS. The plain name always counts (star imports, re-exports).
 */
export function importedNames(root: Node, module: RegExp, symbol: string): Set<string> {
  const names = new Set([symbol]);
  for (const imp of nodesOfType(root, 'import_from_statement')) {
    if (!module.test(imp.childForFieldName('module_name')?.text ?? '')) continue;
    for (const child of namedChildren(imp)) {
      if (child.type !== 'aliased_import') continue;
      if (child.childForFieldName('name')?.text === symbol) {
        const alias = child.childForFieldName('alias')?.text;
        if (alias) names.add(alias);
      }
    }
  }
  return names;
}

/** One option as written: the evaluated value and the expression that holds it. */
export interface Opt {
  /** The option name as spelled where it was written (`origins`, `CORS_ORIGINS`, `allow_origins`). */
  readonly name: string;
  readonly value: PyValue;
  readonly written: Node;
}

export interface CallOptions {
  readonly opts: Map<string, Opt>;
  /** A `**splat` we could not resolve: any option may hide in it. */
  readonly opaque?: Node;
}

/** Keyword arguments of a call, with `**opts` / `**dict(...)` resolved through the scope. */
export function callOptions(call: Node, scope: PyScope, skip: readonly string[] = []): CallOptions {
  const opts = new Map<string, Opt>();
  let opaque: Node | undefined;
  const list = call.childForFieldName('arguments');
  for (const arg of list ? namedChildren(list) : []) {
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (name && value && !skip.includes(name)) opts.set(name, { name, value: scope.eval(value), written: value });
    } else if (arg.type === 'dictionary_splat') {
      const inner = arg.namedChild(0);
      const dict = inner ? scope.eval(inner) : undefined;
      if (dict?.kind === 'dict') for (const [name, opt] of dictOptions(dict)) opts.set(name, opt);
      else opaque = arg;
    }
  }
  return { opts, opaque };
}

/** A `{"origins": ..., ...}` dict as options (string keys only). */
export function dictOptions(dict: Extract<PyValue, { kind: 'dict' }>): Map<string, Opt> {
  const out = new Map<string, Opt>();
  for (const entry of dict.entries) {
    if (entry.key.kind !== 'str') continue;
    out.set(entry.key.value, { name: entry.key.value, value: entry.value, written: entry.value.node });
  }
  return out;
}

/** Where an origin value is written: for `re.compile("...")`, the pattern's string literal. */
export function literalRange(v: PyValue): Range {
  const arg = v.kind === 'regex' && v.node.type === 'call' ? positionalArgs(v.node)[0] : undefined;
  return rangeOf(arg && stringValue(arg) !== undefined ? arg : v.node);
}

/** An entry inherits the container's source (`ORIGINS`) unless it has its own (an env default). */
export function sourceOf(item: PyValue, container: PyValue): ValueSource {
  return item.source.kind !== 'literal' ? item.source : container.source;
}

/** Python truthiness, which is what the libraries test: the string "False" is true. */
export function truthy(v: PyValue): boolean | undefined {
  switch (v.kind) {
    case 'bool': return v.value;
    case 'str': return v.value.length > 0;
    case 'num': return v.value !== 0;
    case 'none': return false;
    case 'seq': return v.items.length > 0;
    case 'dict': return v.entries.length > 0;
    default: return undefined;
  }
}

export function locatedBool(opt: Opt | undefined): Located<boolean> | undefined {
  const value = opt && truthy(opt.value);
  return opt && value !== undefined ? { value, range: rangeOf(opt.value.node), source: opt.value.source } : undefined;
}

/** `os.environ.get`, `os.getenv`, `os.environ[...]`: a string when set (the `env()`/`config()` helpers may cast). */
const RAW_ENV_READ = /^(os\.)?(environ\.get|getenv|environ)$/;

/** The environment read a value comes from, when it hands over the variable's string unconverted. */
function rawEnvRead(v: PyValue): Node | undefined {
  if (v.source.kind !== 'env' && v.source.kind !== 'env-default') return undefined;
  let n: Node | null = v.node;
  // A default sits in the read's arguments; `os.environ.get("X") or "d"` has the read on its left.
  if (v.source.kind === 'env-default') {
    if (n.parent?.type === 'keyword_argument') n = n.parent;
    if (n.parent?.type === 'argument_list') n = n.parent.parent;
    else if (n.parent?.type === 'boolean_operator') n = n.parent.childForFieldName('left');
  }
  const target = n?.type === 'call' ? n.childForFieldName('function') : n?.type === 'subscript' ? n.childForFieldName('value') : null;
  return n && RAW_ENV_READ.test(target?.text.replace(/\s+/g, '') ?? '') ? n : undefined;
}

/** A value by the type the library receives, for `CorsSite.credentialsWritten`. */
export function writtenAs(v: PyValue): NonNullable<CorsSite['credentialsWritten']> {
  const read = rawEnvRead(v);
  if (read) return { kind: 'env', text: v.kind === 'unknown' ? '' : v.node.text, range: rangeOf(read), source: v.source };
  const kind = v.kind === 'bool' ? 'bool' : v.kind === 'str' ? 'string' : v.kind === 'num' ? 'number' : v.kind === 'none' ? 'null' : 'other';
  // A cast environment read (`env.bool(...)`, `config(..., cast=bool)`) is whatever the helper makes of it.
  const cast = v.source.kind === 'env' || v.source.kind === 'env-default';
  return { kind: cast ? 'other' : kind, text: v.kind === 'str' ? v.value : v.node.text, range: rangeOf(v.node), source: v.source };
}

export function writtenOpt(opt: Opt | undefined): CorsSite['credentialsWritten'] {
  return opt && writtenAs(opt.value);
}

/** A list option; a string is one item, or several when comma-separated (`"GET, POST"`). */
export function locatedList(opt: Opt | undefined): Located<readonly string[]> | undefined {
  if (!opt) return undefined;
  const v = opt.value;
  const items = v.kind === 'str' ? [v] : v.kind === 'seq' ? v.items : undefined;
  if (!items || items.some(i => i.kind !== 'str')) return undefined;
  const value = items.flatMap(i => (i as Extract<PyValue, { kind: 'str' }>).value.split(',').map(s => s.trim()).filter(Boolean));
  return { value, range: rangeOf(v.node), source: v.source };
}

export function locatedNumber(opt: Opt | undefined): Located<number> | undefined {
  const v = opt?.value;
  const n = v?.kind === 'num' ? v.value : v?.kind === 'str' && /^\d+$/.test(v.value.trim()) ? Number(v.value) : undefined;
  return v && n !== undefined ? { value: n, range: rangeOf(v.node), source: v.source } : undefined;
}

// `if app.debug:`, `if DEBUG:`, `if settings.DEBUG`, `if app.config["DEBUG"]`
const DEBUG_NAME = /(^|[^a-z])debug([^a-z]|$)/i;
// `os.environ.get("FLASK_ENV") == "development"`, `ENV == "dev"`, `app.env == "local"`
const DEV_COMPARISON = /(==\s*['"](dev|development|local)['"])|(['"](dev|development|local)['"]\s*==)/i;
const PROD_COMPARISON = /(!=\s*['"](dev|development|local)['"])|(['"](dev|development|local)['"]\s*!=)|(==\s*['"](prod|production)['"])/i;

/** Whether `cond` selects development when true (`DEBUG`), production (`not DEBUG`), or neither. */
function guardKind(cond: Node): 'dev' | 'prod' | undefined {
  let text = cond.text.replace(/\s+/g, ' ');
  let negated = false;
  while (/^not\s/.test(text) || /^\(.*\)$/.test(text)) {
    if (text.startsWith('not ')) { negated = !negated; text = text.slice(4).trim(); } else text = text.slice(1, -1).trim();
  }
  let kind: 'dev' | 'prod' | undefined;
  if (PROD_COMPARISON.test(text)) kind = 'prod';
  else if (DEV_COMPARISON.test(text) || (DEBUG_NAME.test(text) && !/[=!]=|\bis\b/.test(text))) kind = 'dev';
  if (!kind) return undefined;
  return negated ? (kind === 'dev' ? 'prod' : 'dev') : kind;
}

/** True when `node` runs only in development: inside `if DEBUG:` (or the `else` of `if not DEBUG:`). */
export function isDevGuarded(node: Node): boolean {
  let child = node;
  for (const parent of ancestors(node)) {
    if (parent.type === 'function_definition' || parent.type === 'class_definition') break;
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && parent.childForFieldName('consequence')?.equals(child)) {
      const cond = parent.childForFieldName('condition');
      if (cond && guardKind(cond) === 'dev') return true;
    } else if (parent.type === 'else_clause' && parent.parent?.type === 'if_statement') {
      const cond = parent.parent.childForFieldName('condition');
      if (cond && guardKind(cond) === 'prod') return true;
    }
    child = parent;
  }
  return false;
}

// Keyed by the Tree, which lives exactly as long as one analysis of one text.
const shared = new WeakMap<Tree, Scopes>();

/** Function-local scopes over the module scope, built once per function and shared by every adapter of a tree. */
export class Scopes {
  readonly module: PyScope;
  private readonly local = new Map<string, PyScope>();

  /** The scopes of the tree `root` belongs to: each adapter asking builds no second module scope (a walk of the whole tree). */
  static of(root: Node): Scopes {
    let scopes = shared.get(root.tree);
    if (!scopes) shared.set(root.tree, scopes = new Scopes(root.tree.rootNode));
    return scopes;
  }

  private constructor(root: Node) {
    this.module = PyScope.module(root);
  }

  /** The scope a node's expressions are evaluated in: its enclosing function's, else the module's. */
  at(node: Node): PyScope {
    const fn = ancestors(node).find(a => a.type === 'function_definition');
    return fn ? this.of(fn) : this.module;
  }

  /** The local scope of a function_definition. */
  of(fn: Node): PyScope {
    const body = fn.childForFieldName('body');
    if (!body) return this.module;
    const key = `${body.startIndex}:${body.endIndex}`;
    let scope = this.local.get(key);
    if (!scope) {
      scope = new PyScope(body, this.module);
      this.local.set(key, scope);
    }
    return scope;
  }
}

/** A string literal's value, or undefined. */
export function stringValue(node: Node | null | undefined): string | undefined {
  return node && (node.type === 'string' || node.type === 'concatenated_string') ? pyString(node) : undefined;
}

/** The route a view is bound to (`@app.route("/x")`, `@bp.get("/x")`): the path and the object as written. */
export function routeOf(decorated: Node): { path: string; target: string } | undefined {
  for (const dec of namedChildren(decorated)) {
    const call = dec.type === 'decorator' ? dec.namedChild(0) : null;
    if (call?.type !== 'call' || !/\.(route|get|post|put|patch|delete|api_route)$/.test(calleeText(call))) continue;
    const path = stringValue(positionalArgs(call)[0]);
    const target = call.childForFieldName('function')?.childForFieldName('object')?.text;
    if (path !== undefined && target) return { path, target };
  }
  return undefined;
}

/** Merges option maps; later maps win, as `dict.update` does in the libraries. */
export function mergeOptions(...maps: ReadonlyMap<string, Opt>[]): Map<string, Opt> {
  const out = new Map<string, Opt>();
  for (const m of maps) for (const [k, v] of m) out.set(k, v);
  return out;
}
