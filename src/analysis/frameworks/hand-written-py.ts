// Access-Control-* headers written by hand in Python, wherever they are written: Flask `after_request`
// hooks and views, Starlette/FastAPI HTTP middleware and routes, Django views and middleware classes
// (`__call__`, `process_response`), Tornado handlers, and any helper that sets them on a response.
// The writes of one function form one site; flask/hand-written.ts reads the writes and the values.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { CorsSite, Scope } from '../model/policy';
import { ancestors, namedChildren, nearestAround, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import type { Extractor } from './extractor';
import { handWrittenSite, headerWrites, pyRead, type HeaderWrite, type ReadContext } from './flask/hand-written';
import { calleeName, calleeText, routeOf, Scopes, stringValue } from './python-shared';
import { positionalArgs } from '../values/python';

const FLASK_IMPORT = /^\s*(from\s+(flask|werkzeug)[\w.]*\s+import|import\s+(flask|werkzeug)\b)/m;
const ASGI_IMPORT = /^\s*(from\s+(fastapi|starlette)[\w.]*\s+import|import\s+(fastapi|starlette)\b)/m;
const HOOK = /\.(after_request|after_app_request)$/;
/** Django middleware hooks and Starlette's BaseHTTPMiddleware.dispatch. */
const MIDDLEWARE_METHODS = new Set(['__call__', 'process_response', 'process_request', 'process_view', 'dispatch']);
/** Class-based view handlers (Django View, DRF APIView, Tornado RequestHandler, Flask MethodView). */
const VIEW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'dispatch', 'finalize_response', 'set_default_headers', 'prepare']);

const FUNCTION_DEFINITION = new Set(['function_definition']);

function functionOf(node: Node): Node | undefined {
  return nearestAround(node, FUNCTION_DEFINITION, 'function_definition');
}

/**
 * What a write belongs to: its function; outside any, the lambda it is in (`app.after_request(lambda
 * r: ...)` runs with each response), or the module for a header dict (`CORS_HEADERS = {...}`, which
 * views return with their responses). Undefined for a response object's headers written at module
 * level: that runs once, at import, on an object no request is answered with. In a file that does not
 * parse, a `def` missing its colon leaves its body at module level, so there they count as before.
 */
function ownerOf(w: HeaderWrite, root: Node): Node | undefined {
  return functionOf(w.node) ?? nearestAround(w.node, LAMBDA, 'lambda') ?? (w.target === undefined || root.hasError ? root : undefined);
}

const LAMBDA = new Set(['lambda']);

/** The decorated_definition around a function, or the function itself. */
function outer(fn: Node): Node {
  return fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
}

function decorators(fn: Node): Node[] {
  const d = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  return d ? namedChildren(d).filter(c => c.type === 'decorator') : [];
}

/** Functions passed to `app.after_request(f)`. */
function registeredHooks(root: Node): Set<string> {
  return new Set(nodesOfType(root, 'call')
    .filter(c => HOOK.test(calleeText(c)))
    .map(c => positionalArgs(c)[0])
    .filter(a => a?.type === 'identifier')
    .map(a => a.text));
}

interface Role {
  readonly how: string;
  readonly scope: Scope;
  readonly rc: ReadContext;
}

/** What a function is to the framework: a hook, a middleware, a view, a route, or a helper. */
function roleOf(fn: Node, hooks: ReadonlySet<string>): Role {
  const name = fn.childForFieldName('name')?.text ?? 'function';
  const body = fn.childForFieldName('body') ?? fn;
  const base: ReadContext = { body, fn };
  const decs = decorators(fn);
  const byHook = decs.some(d => HOOK.test(d.namedChild(0)?.text.replace(/\s+/g, '') ?? ''));
  if (byHook || hooks.has(name)) return { how: 'the after_request hook', scope: { kind: 'response' }, rc: base };
  const http = decs.some(d => {
    const call = d.namedChild(0);
    return call?.type === 'call' && calleeName(call) === 'middleware' && stringValue(positionalArgs(call)[0]) === 'http';
  });
  if (http) return { how: 'the HTTP middleware', scope: { kind: 'response' }, rc: base };
  const route = fn.parent?.type === 'decorated_definition' ? routeOf(fn.parent) : undefined;
  if (route) {
    const asgi = isAsgi(fn.tree.rootNode);
    return {
      how: asgi ? `the \`${name}\` route` : `the \`${name}\` view`,
      scope: { kind: 'route', pattern: route.path },
      rc: asgi ? { ...base, fastapi: { path: route.path } } : base,
    };
  }
  const cls = ancestors(fn).find(a => a.type === 'class_definition');
  const inClass = cls && functionOf(fn) === undefined;
  const clsName = cls?.childForFieldName('name')?.text ?? 'class';
  if (inClass && MIDDLEWARE_METHODS.has(name) && (name !== 'dispatch' || /Middleware/.test(cls!.childForFieldName('superclasses')?.text ?? clsName))) {
    return { how: `the \`${clsName}\` middleware`, scope: { kind: 'response' }, rc: base };
  }
  if (inClass && VIEW_METHODS.has(name)) return { how: `the \`${clsName}.${name}\` view`, scope: { kind: 'response' }, rc: base };
  const first = namedChildren(fn.childForFieldName('parameters') ?? fn)[0];
  if (first && /^request$/.test((first.childForFieldName('name') ?? first).text.split(':')[0].trim())) {
    return { how: `the \`${name}\` view`, scope: { kind: 'response' }, rc: base };
  }
  return { how: `the \`${name}\` function`, scope: { kind: 'response' }, rc: base };
}

const ENTRY_POINT = /^if\s+__name__\s*==\s*["']__main__["']\s*:|^\s*\w+\s*=\s*(Flask|FastAPI|Starlette|create_app)\s*\(/m;

/**
 * A helper that nothing registers: a plain module-level function never named again in a module that
 * creates the app or runs as a script. Such a module is not imported for its helpers, so the function
 * never runs (a helper in a module of its own is imported and registered elsewhere, and counts).
 */
function isDeadHelper(fn: Node, text: string): boolean {
  const name = fn.childForFieldName('name')?.text;
  if (!name || fn.parent?.type !== 'module' || !ENTRY_POINT.test(text)) return false;
  // The `def` itself is the one mention (a mention in a comment or string keeps it, to be safe).
  return wordCounts(text).get(name) === 1;
}

/** How often each word occurs in `text`, counted once per text rather than once per function asked about. */
let counted: { readonly text: string; readonly counts: ReadonlyMap<string, number> } | undefined;

function wordCounts(text: string): ReadonlyMap<string, number> {
  if (counted?.text !== text) {
    const counts = new Map<string, number>();
    for (const [word] of text.matchAll(/\w+/g)) counts.set(word, (counts.get(word) ?? 0) + 1);
    counted = { text, counts };
  }
  return counted.counts;
}

/** Test functions write expected headers, not the server's answer. */
function isTest(fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  const cls = ancestors(fn).find(a => a.type === 'class_definition')?.childForFieldName('name')?.text ?? '';
  return /^test/i.test(name) || /Test(Case)?s?$|^Test/.test(cls);
}

export const handWrittenPy: Extractor = {
  id: 'hand-written-py',
  languages: ['python'],
  // Header names are case-insensitive: code may write `access-control-allow-origin`.
  mentions: text => /access-control-allow-origin/i.test(text),
  extract(root, ctx) {
    const scopes = Scopes.of(root);
    const groups = new Map<number, { owner: Node; writes: HeaderWrite[] }>();
    for (const w of headerWrites(root)) {
      const owner = ownerOf(w, root);
      if (!owner || (owner.type === 'function_definition' && isTest(owner))) continue;
      const g = groups.get(owner.id) ?? { owner, writes: [] };
      g.writes.push(w);
      groups.set(owner.id, g);
    }
    const hooks = registeredHooks(root);
    const sites: CorsSite[] = [];
    for (const { owner, writes } of groups.values()) {
      // A nested function's writes are its own; the headers a function writes are read in its scope.
      if (owner.type !== 'function_definition') {
        const how = owner.type === 'lambda' ? 'the lambda' : 'this module';
        const site = handWrittenSite(owner, writes, scopes.module, { body: owner }, how, ctx.devFile);
        if (site) sites.push(site);
        continue;
      }
      const role = roleOf(owner, hooks);
      if (role.how.endsWith(' function') && isDeadHelper(owner, ctx.text)) continue;
      const site = handWrittenSite(outer(owner), writes, scopes.of(owner), role.rc, role.how, ctx.devFile, role.scope);
      if (site) sites.push(site);
    }
    return { sites: sites.sort((a, b) => a.range.start - b.range.start), wiring: [], settings: [] };
  },
};

const asgiFiles = new WeakMap<Tree, boolean>();

/** An ASGI (FastAPI/Starlette) module rather than a Flask one, decided once per tree: the test reads the whole text. */
function isAsgi(root: Node): boolean {
  let asgi = asgiFiles.get(root.tree);
  if (asgi === undefined) asgiFiles.set(root.tree, asgi = ASGI_IMPORT.test(root.text) && !FLASK_IMPORT.test(root.text));
  return asgi;
}

// The first function of each name, per tree: asked once per call in each origin value.
const functionNames = new WeakMap<Tree, ReadonlyMap<string, Node>>();

function functionsByName(root: Node): ReadonlyMap<string, Node> {
  let byName = functionNames.get(root.tree);
  if (!byName) {
    const made = new Map<string, Node>();
    for (const f of nodesOfType(root, 'function_definition')) {
      const name = f.childForFieldName('name')?.text;
      if (name !== undefined && !made.has(name)) made.set(name, f);
    }
    functionNames.set(root.tree, byName = made);
  }
  return byName;
}

/**
 * Whether the Python value at `node` (an Access-Control-Allow-Origin value) follows the request's
 * Origin header: the Origin itself, a call handed it, or a call of a function in this file that reads it.
 */
export function variesWithOrigin(node: Node): boolean {
  const root = node.tree.rootNode;
  const contextOf = (at: Node): ReadContext => {
    const fn = functionOf(at);
    const route = fn?.parent?.type === 'decorated_definition' ? routeOf(fn.parent) : undefined;
    const asgi = isAsgi(root);
    return { body: fn?.childForFieldName('body') ?? root, fn, fastapi: route && asgi ? { path: route.path } : undefined };
  };
  const readsOrigin = (n: Node, rc: ReadContext) => [n, ...n.descendantsOfType(['identifier', 'attribute', 'call', 'subscript']).filter((d): d is Node => !!d)]
    .some(d => !!pyRead(d, rc)?.origin);
  const rc = contextOf(node);
  if (readsOrigin(node, rc)) return true;
  // pick_origin(request): a function of this file that reads the Origin.
  for (const call of [node, ...node.descendantsOfType('call').filter((d): d is Node => !!d)]) {
    if (call.type !== 'call') continue;
    const callee = calleeName(call);
    const def = callee === undefined ? undefined : functionsByName(root).get(callee);
    if (def && functionReadsOrigin(def, () => readsOrigin(def.childForFieldName('body') ?? def, contextOf(def.childForFieldName('body') ?? def)))) return true;
  }
  return false;
}

/** Per tree, whether each function of the module reads the Origin: every site of a large module may call the same helper. */
const functionReads = new WeakMap<Node['tree'], Map<number, boolean>>();

function functionReadsOrigin(def: Node, compute: () => boolean): boolean {
  let byDef = functionReads.get(def.tree);
  if (!byDef) functionReads.set(def.tree, byDef = new Map());
  let reads = byDef.get(def.id);
  if (reads === undefined) byDef.set(def.id, reads = compute());
  return reads;
}
