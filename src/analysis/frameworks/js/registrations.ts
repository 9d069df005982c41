// Where middleware is mounted (app, router, path, route) and, per Express/Koa app or router, the order
// of what is registered on it, so the middleware-order rule can see cors registered after a route.
import type { OrderedEntry, Scope, WiringFact } from '../../model/policy';
import { ancestors, descendantsOfType, parentOf, rangeOf, type Node } from '../../parse/nodes';
import { callArgs, unwrap } from '../../values/javascript';
import { callChain, memberCall, moduleOf, stringLiteral } from './syntax';
import type { TreeIndex } from './tree-index';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
const APP_FACTORY = /^(express|express\.Router|Router|koa|Koa|express\(\)\.Router|[\w$]+\.Router)$/;

export interface AppNames {
  /** Variables holding an app or a router (`express()`, `express.Router()`, `new Koa()`). */
  readonly apps: ReadonlySet<string>;
  readonly routers: ReadonlySet<string>;
  /** Names imported from the project's own modules (`require('./routes/users')`). */
  readonly local: ReadonlySet<string>;
}

export function appNames(index: TreeIndex): AppNames {
  const apps = new Set<string>();
  const routers = new Set<string>();
  const local = new Set<string>();
  for (const decl of index.of('variable_declarator')) {
    const name = decl.childForFieldName('name');
    const value = decl.childForFieldName('value');
    if (name?.type !== 'identifier' || !value) continue;
    const v = unwrap(value);
    const callee = v.type === 'call_expression' ? v.childForFieldName('function') : v.type === 'new_expression' ? v.childForFieldName('constructor') : undefined;
    if (callee && APP_FACTORY.test(callee.text)) {
      apps.add(name.text);
      if (/Router$/.test(callee.text)) routers.add(name.text);
    }
    if (moduleOf(value)?.startsWith('.')) local.add(name.text);
  }
  for (const imp of index.of('import_statement')) {
    if (!stringLiteral(imp.childForFieldName('source'))?.startsWith('.')) continue;
    for (const id of descendantsOfType(imp, 'identifier')) local.add(id.text);
  }
  return { apps, routers, local };
}

/** The argument text of a mount path: `'/api'`, `/^\/v\d/`, `['/a', '/b']`. */
function pathOf(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const s = stringLiteral(n);
  if (s !== undefined) return s;
  return n.type === 'regex' || n.type === 'array' ? n.text : undefined;
}

/** The scope of middleware `mw` from the call it is passed to; an unmounted value counts as app-wide. */
export function placementOf(mw: Node, names: AppNames): Scope {
  const list = parentOf(mw);
  const call = list?.type === 'arguments' ? parentOf(list) ?? undefined : undefined;
  const m = call ? memberCall(call) : undefined;
  if (!call || !m) return { kind: 'app' };
  const args = callArgs(call);
  const path = args[0] && args[0].id !== mw.id ? pathOf(args[0]) : undefined;
  const preflightOnly = m.property === 'options' ? { preflightOnly: true } : {};
  const route = routeChainPath(m.object);
  if (route !== undefined) return { kind: 'route', pattern: route, ...preflightOnly };
  if (m.property === 'use') {
    if (path !== undefined) return { kind: 'path-pattern', pattern: path };
    return { kind: names.routers.has(m.object.text) ? 'router' : 'app' };
  }
  if (ROUTE_METHODS.has(m.property)) return path !== undefined ? { kind: 'route', pattern: path, ...preflightOnly } : { kind: 'route', ...preflightOnly };
  return { kind: 'app' };
}

/** A plain string path (`'/api'`); regex and array paths stay unknown. */
function literalPath(node: Node | undefined): string | undefined {
  return node ? stringLiteral(unwrap(node)) : undefined;
}

/** Per tree: the route path each call of a chain leads to (null for none). */
const routePaths = new WeakMap<Node['tree'], Map<number, string | null>>();

/**
 * `app.route('/x')` (possibly followed by `.get(...)` calls) → '/x'. Memoised along the chain: code
 * broken mid-file parses as one chain of a thousand calls, and every middleware in it walked it.
 */
function routeChainPath(node: Node): string | undefined {
  let known = routePaths.get(node.tree);
  if (!known) routePaths.set(node.tree, known = new Map());
  const walked: number[] = [];
  let path: string | null = null;
  for (let n: Node = unwrap(node); n.type === 'call_expression'; ) {
    const hit = known.get(n.id);
    if (hit !== undefined) {
      path = hit;
      break;
    }
    walked.push(n.id);
    const m = memberCall(n);
    if (!m) break;
    if (m.property === 'route') {
      path = pathOf(callArgs(n)[0]) ?? '';
      break;
    }
    n = unwrap(m.object);
  }
  for (const id of walked) known.set(id, path);
  return path ?? undefined;
}

/**
 * Registrations in source order per app/router, from statements at module level or in a bootstrap
 * function (not from inside callbacks, where a registration's moment is unknown).
 */
export function registrations(index: TreeIndex, names: AppNames, isCors: (n: Node) => boolean): WiringFact[] {
  const byTarget = new Map<string, OrderedEntry[]>();
  const statements = statementCalls(index);
  for (const call of index.of('call_expression')) {
    // Only a whole statement (`app.use(x);`) or an awaited call (`await app.register(x)`) is a registration: asked first,
    // as a chain's inner calls are not, and reading a thousand-call chain from each of its calls was quadratic.
    const parent = statements.get(call.id);
    if (!parent) continue;
    // app.use(a).use(b) and app.route('/x').get(h).post(h): one statement, several links.
    const { base, links } = callChain(call);
    if (base.type !== 'identifier' || links.length === 0) continue;
    if (insideArguments(parent)) continue;
    const onRoute = links[0].method === 'route';
    const found: OrderedEntry[] = onRoute
      ? entriesOf(links.slice(1).flatMap(l => callArgs(l.call)), 'route', names, isCors)
        .map(name => ({ name, range: rangeOf(call), path: literalPath(callArgs(links[0].call)[0]) }))
      : links.flatMap(l => entriesOf(callArgs(l.call), l.method, names, isCors)
        .map(name => ({ name, range: rangeOf(l.call), path: literalPath(callArgs(l.call)[0]) })));
    if (found.length === 0) continue;
    const list = byTarget.get(base.text);
    if (list) list.push(...found);
    else byTarget.set(base.text, found);
  }
  const out: WiringFact[] = [];
  for (const [target, entries] of byTarget) {
    if (!names.apps.has(target) && !entries.some(e => e.name === 'cors')) continue;
    out.push({ kind: 'express-registrations', target, entries, range: { start: entries[0].range.start, end: entries[entries.length - 1].range.end } });
  }
  return out;
}

/** Calls that are a whole statement or awaited, by id, with the node holding them (the statement, or the `await`). */
function statementCalls(index: TreeIndex): Map<number, Node> {
  const out = new Map<number, Node>();
  for (const holder of [...index.of('expression_statement'), ...index.of('await_expression')]) {
    const expression = holder.namedChild(0);
    if (expression?.type === 'call_expression') out.set(expression.id, holder);
  }
  return out;
}

/** Whether `node` is (inside) an argument of a call: stops at the first `arguments`, not at the root. */
function insideArguments(node: Node): boolean {
  return node.type === 'arguments' || ancestors(node).some(n => n.type === 'arguments');
}

/** `method` 'route' stands for the handlers of an `app.route(path)` chain. */
function entriesOf(args: Node[], method: string, names: AppNames, isCors: (n: Node) => boolean): string[] {
  if (method === 'route' || ROUTE_METHODS.has(method)) {
    // app.get('env') reads a setting; a route has a path and a handler. A route guarded by its own cors() has its headers.
    const handlers = method === 'route' ? args : args.slice(1);
    if (handlers.length === 0 || handlers.some(isCors)) return [];
    return ['route'];
  }
  if (method !== 'use') return [];
  const hasPath = pathOf(args[0]) !== undefined;
  return (hasPath ? args.slice(1) : args).flatMap(h => {
    if (isCors(h)) return ['cors'];
    if (isStatic(h)) return ['static'];
    return isRouter(h, hasPath, names) ? ['router'] : [];
  });
}

function isStatic(node: Node): boolean {
  const n = unwrap(node);
  const callee = n.type === 'call_expression' ? n.childForFieldName('function')?.text ?? '' : '';
  return /(^|\.)static$|^serveStatic$|^koaStatic$/.test(callee);
}

export function isRouter(node: Node, hasPath: boolean, names: AppNames): boolean {
  const n = unwrap(node);
  if (n.type === 'identifier') return names.routers.has(n.text) || /rout/i.test(n.text) || (hasPath && names.local.has(n.text));
  if (n.type === 'call_expression') {
    const callee = n.childForFieldName('function')?.text ?? '';
    return /rout/i.test(callee) || moduleOf(n)?.startsWith('.') === true;
  }
  return n.type === 'member_expression' && /rout/i.test(n.text);
}
