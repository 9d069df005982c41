// Express's request path, read from one module: what is registered on each app in source order
// (middleware that may answer, expressjs/cors, routes with their methods and their own cors()), then
// the router's automatic OPTIONS answer (`200 Allow: GET,HEAD` without CORS headers) and the final
// 404. Verified against Express 4.22 + cors 2.8.6: middleware above cors() answers a preflight
// without CORS headers; cors() below the routes still ends a preflight (routes do not match OPTIONS).
import { ancestors, namedChildren, rangeOf, type Node } from '../parse/nodes';
import { isStatementExpression } from '../parse/tree-index';
import { callArgs, unwrap } from '../values/javascript';
import { callChain, isFunction, stringLiteral } from '../frameworks/js/syntax';
import { isRouter, type AppNames } from '../frameworks/js/registrations';
import type { TreeIndex } from '../frameworks/js/tree-index';
import { atomOf, conditionOf, headerRead, type Atom } from './conditions';
import type { AppChain, AppLink, HookLink } from './model';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'options', 'head']);
/** An imported middleware whose name says it checks credentials; its body is in another module. */
const AUTH_NAME = /auth|login|jwt|token|session|protect|guard|verify|require_?user/i;

/** `corsCall(n)` is the cors(...) call a middleware argument stands for (the call itself or a name bound to one). */
export function expressChains(index: TreeIndex, names: AppNames, corsCall: (n: Node) => Node | undefined): AppChain[] {
  const byTarget = new Map<string, AppLink[]>();
  for (const call of index.of('call_expression')) {
    // Only a whole statement is a registration; asked first, as reading a chain from each of its
    // calls was quadratic on code that a syntax error turned into one chain of a thousand calls.
    if (!isStatementExpression(call)) continue;
    const { base, links } = callChain(call);
    if (base.type !== 'identifier' || !names.apps.has(base.text) || names.routers.has(base.text) || links.length === 0) continue;
    if (enclosedByCall(call)) continue;
    const out = byTarget.get(base.text) ?? [];
    if (links[0].method === 'route') {
      const path = stringLiteral(callArgs(links[0].call)[0]);
      for (const l of links.slice(1)) if (path !== undefined) out.push(...routeLinks(l.call, l.method, path, callArgs(l.call), corsCall));
    } else {
      for (const l of links) out.push(...linksOf(l.call, l.method, index, names, corsCall));
    }
    byTarget.set(base.text, out);
  }
  const chains: AppChain[] = [];
  for (const [target, links] of byTarget) {
    const firstRoute = links.find(l => l.kind === 'route');
    const all = firstRoute ? [...links, { kind: 'auto-options' as const, range: firstRoute.range, line: firstRoute.line }] : links;
    if (all.some(l => l.kind === 'cors' || (l.kind === 'route' && l.corsRange))) chains.push({ framework: 'express', target, links: all });
  }
  return chains;
}

/** Registrations inside callbacks run at an unknown moment; only statements of the module or a bootstrap function count. */
function enclosedByCall(call: Node): boolean {
  return ancestors(call).some(p => p.type === 'arguments');
}

function linksOf(call: Node, method: string, index: TreeIndex, names: AppNames, corsCall: (n: Node) => Node | undefined): AppLink[] {
  const args = callArgs(call);
  if (ROUTE_METHODS.has(method)) {
    const path = stringLiteral(args[0]);
    return path === undefined ? [] : routeLinks(call, method, path, args.slice(1), corsCall);
  }
  if (method !== 'use') return [];
  const mountPath = stringLiteral(args[0]);
  const handlers = mountPath !== undefined || (args[0] && unwrap(args[0]).type === 'string') ? args.slice(1) : args;
  return handlers.flatMap((h): AppLink[] => {
    const cors = corsCall(h);
    if (cors) return [{ kind: 'cors', mode: 'middleware', range: rangeOf(cors), ...(mountPath ? { mountPath } : {}) }];
    if (isRouter(h, mountPath !== undefined, names)) {
      return [{ kind: 'mount', label: `router \`${h.text.length > 40 ? h.text.slice(0, 37) + '...' : h.text}\``, range: rangeOf(h), line: h.startPosition.row + 1, ...(mountPath ? { path: mountPath } : {}) }];
    }
    return middlewareHooks(h, index).map(link => mountPath ? { ...link, when: { ...link.when, pathPrefixes: [mountPath, ...(link.when.pathPrefixes ?? [])] } } : link);
  });
}

function routeLinks(call: Node, method: string, path: string, handlers: Node[], corsCall: (n: Node) => Node | undefined): AppLink[] {
  if (handlers.length === 0) return [];
  const cors = handlers.map(corsCall).find(Boolean);
  return [{
    kind: 'route', range: rangeOf(call), line: call.startPosition.row + 1, path,
    methods: [method === 'all' ? '*' : method.toUpperCase()], ...(cors ? { corsRange: rangeOf(cors) } : {}),
  }];
}

/** What a middleware mounted with `use` may answer: from its body when it is in this module. */
function middlewareHooks(handler: Node, index: TreeIndex): HookLink[] {
  const h = unwrap(handler);
  const fn = isFunction(h) ? h : h.type === 'identifier' ? functionNamed(h.text, index) : undefined;
  const label = h.type === 'identifier' ? `middleware \`${h.text}\`` : 'inline middleware';
  if (fn) return hookLinks(fn, handler, label);
  const callee = h.type === 'call_expression' ? h.childForFieldName('function')?.text ?? '' : h.type === 'identifier' ? h.text : '';
  if (!/passport\.authenticate$/.test(callee) && !(h.type === 'identifier' && AUTH_NAME.test(callee))) return [];
  // Its body is elsewhere: it checks credentials the preflight does not carry, so it answers that at least.
  return [{
    kind: 'hook', label: `middleware \`${h.text.length > 40 ? callee : h.text}\``, range: rangeOf(handler), answerRange: rangeOf(handler),
    line: handler.startPosition.row + 1, status: 401, when: { opaque: `${callee} finds no valid credentials` },
  }];
}

/** `function auth(req, res, next) {...}` or `const auth = (req, res, next) => {...}` in this module. */
function functionNamed(name: string, index: TreeIndex): Node | undefined {
  const { bound, declared } = moduleFunctions(index);
  return bound.get(name) ?? declared.get(name);
}

/** Per tree: functions bound to a name anywhere, and declared at module level; the first of each name. */
const functionsCache = new WeakMap<TreeIndex, { bound: Map<string, Node>; declared: Map<string, Node> }>();

function moduleFunctions(index: TreeIndex): { bound: Map<string, Node>; declared: Map<string, Node> } {
  let found = functionsCache.get(index);
  if (found) return found;
  found = { bound: new Map(), declared: new Map() };
  for (const decl of index.of('variable_declarator')) {
    const value = decl.childForFieldName('value');
    const name = decl.childForFieldName('name')?.text;
    if (name !== undefined && value && isFunction(unwrap(value)) && !found.bound.has(name)) found.bound.set(name, unwrap(value));
  }
  const root = index.of('call_expression')[0]?.tree.rootNode;
  for (const s of root ? namedChildren(root).map(c => (c.type === 'export_statement' ? c.namedChild(0) ?? c : c)) : []) {
    const name = s.type === 'function_declaration' ? s.childForFieldName('name')?.text : undefined;
    if (name !== undefined && !found.declared.has(name)) found.declared.set(name, s);
  }
  functionsCache.set(index, found);
  return found;
}

/**
 * One link per statement that answers (`return res.status(401).json(...)`, `res.sendStatus(403)`), under
 * the `if` tests around it and past the `if (...) return next()` exemptions above it.
 */
function hookLinks(fn: Node, registration: Node, label: string): HookLink[] {
  const body = fn.childForFieldName('body');
  if (!body || body.type !== 'statement_block') return [];
  const bound = new Map<string, string>();
  const exemptions: Atom[] = [];
  const out: HookLink[] = [];
  const visit = (block: Node, guards: readonly Atom[], top: boolean) => {
    const stmts = block.type === 'statement_block' ? namedChildren(block) : [block];
    for (const stmt of stmts) {
      if (stmt.type === 'lexical_declaration' || stmt.type === 'variable_declaration') {
        for (const d of namedChildren(stmt).filter(c => c.type === 'variable_declarator')) {
          const header = headerRead(d.childForFieldName('value')?.text ?? '');
          const name = d.childForFieldName('name');
          if (header && name?.type === 'identifier') bound.set(name.text, header);
        }
        continue;
      }
      if (stmt.type === 'if_statement') {
        const test = stmt.childForFieldName('condition');
        const then = stmt.childForFieldName('consequence');
        if (!test || !then) continue;
        const inner = test.type === 'parenthesized_expression' && test.namedChild(0) ? test.namedChild(0)! : test;
        if (top && callsNext(then)) {
          exemptions.push(...split(inner, '||').map(t => atomOf(t.text, bound)));
          continue;
        }
        visit(then, [...guards, ...split(inner, '&&').map(t => atomOf(t.text, bound))], false);
        const alt = stmt.childForFieldName('alternative');
        const altBody = alt?.namedChild(0);
        if (altBody) visit(altBody, [...guards, { kind: 'opaque', text: `!(${inner.text})` }], false);
        continue;
      }
      // Only error answers: a hook that answers OPTIONS with 200 is a hand-written preflight, whose headers it writes itself.
      const status = answerStatus(stmt);
      if (status === undefined || status < 400) continue;
      out.push({
        kind: 'hook', label, range: rangeOf(registration), answerRange: rangeOf(stmt), line: stmt.startPosition.row + 1,
        status, when: conditionOf(guards, exemptions),
      });
      if (guards.length === 0) return;
    }
  };
  visit(body, [], true);
  return out;
}

function split(test: Node, op: '&&' | '||'): Node[] {
  const n = test.type === 'parenthesized_expression' && test.namedChild(0) ? test.namedChild(0)! : test;
  if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === op) {
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    if (l && r) return [...split(l, op), ...split(r, op)];
  }
  return [n];
}

/** `return next()`, `{ next(); return; }`: the request goes on. */
function callsNext(block: Node): boolean {
  const stmts = block.type === 'statement_block' ? namedChildren(block).filter(s => s.type !== 'comment') : [block];
  return stmts.length > 0 && stmts.length <= 2 && /^(return\s+)?next\(\s*\)\s*;?$/.test(stmts[0].text.trim())
    && (stmts.length === 1 || /^return\s*;?$/.test(stmts[1].text.trim()));
}

const SEND_STATUS = /\bres\.sendStatus\(\s*(\d{3})\s*\)/;
const STATUS_THEN_SEND = /\bres\.status\(\s*(\d{3})\s*\)\s*\.\s*(json|send|end|jsonp)\s*\(/;

function answerStatus(stmt: Node): number | undefined {
  if (stmt.type !== 'expression_statement' && stmt.type !== 'return_statement') return undefined;
  const m = SEND_STATUS.exec(stmt.text) ?? STATUS_THEN_SEND.exec(stmt.text);
  return m ? Number(m[1]) : undefined;
}
