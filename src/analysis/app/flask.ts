// Flask's request path, read from one module: before_request hooks (the app's, then the blueprint's
// for requests routed to it), the URL map (views with their methods, strict-slash redirects, the
// automatic OPTIONS answer) and flask-cors as the after_request function that decorates whatever
// response came out (verified against Flask 2.2 + flask-cors 3.0.10: a hook's abort(401), a 308
// redirect and a 500 all carry the CORS headers; the status is what fails a preflight).
import { namedChildren, rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import { keywordArgs, positionalArgs } from '../values/python';
import { calleeText, stringValue } from '../frameworks/python-shared';
import type { Range } from '../model/range';
import { atomOf, conditionOf, headerRead, type Atom } from './conditions';
import type { AppChain, AppLink, HookLink, RouteLink } from './model';

/** The flask-cors calls applied to an app: `CORS(app)` / `cors.init_app(app)`, by the app's name. */
export interface FlaskCorsCall {
  readonly app: string;
  readonly range: Range;
}

const HTTP_EXCEPTIONS: Readonly<Record<string, number>> = {
  BadRequest: 400, Unauthorized: 401, Forbidden: 403, NotFound: 404, MethodNotAllowed: 405, TooManyRequests: 429,
};
const ROUTE_METHOD = /^(get|post|put|patch|delete)$/;

interface Blueprint { readonly prefix: string }

export function flaskChains(root: Node, corsCalls: readonly FlaskCorsCall[]): AppChain[] {
  if (corsCalls.length === 0) return [];
  const blueprints = blueprintsOf(root);
  const globalStrict = !/\burl_map\.strict_slashes\s*=\s*False\b/.test(root.text);
  const apps = [...new Set(corsCalls.map(c => c.app))];
  return apps.map(app => {
    const owns = (target: string) => target === app || blueprints.has(target);
    const hooks: HookLink[] = [];
    const routes: RouteLink[] = [];
    const redirects: AppLink[] = [];
    for (const def of nodesOfType(root, 'decorated_definition')) {
      const fn = def.childForFieldName('definition');
      if (fn?.type !== 'function_definition') continue;
      for (const dec of namedChildren(def).filter(d => d.type === 'decorator')) {
        const expr = dec.namedChild(0);
        if (!expr) continue;
        const hook = /^([\w.]+)\.(before_request|before_app_request)$/.exec(expr.text);
        if (hook && owns(hook[1])) {
          const blueprint = hook[2] === 'before_request' && blueprints.has(hook[1]) ? hook[1] : undefined;
          hooks.push(...hookLinks(fn, def, blueprint));
          continue;
        }
        if (expr.type !== 'call') continue;
        const route = /^([\w.]+)\.(route|get|post|put|patch|delete)$/.exec(calleeText(expr));
        if (!route || !owns(route[1])) continue;
        const found = routeLink(expr, route[1], route[2], blueprints);
        if (!found) continue;
        const written = keywordArgs(expr).get('strict_slashes')?.text;
        const strict = written === undefined ? globalStrict : written !== 'False';
        const link = found.path.endsWith('/') && found.path !== '/' && !strict ? { ...found, slashOptional: true } : found;
        routes.push(link);
        if (link.path.endsWith('/') && link.path !== '/' && strict) {
          redirects.push({ kind: 'redirect', range: rangeOf(dec), line: lineOf(dec), from: link.path.slice(0, -1), to: link.path, status: 308 });
        }
      }
    }
    // `app.before_request(check)` as a call, with `check` defined in this module.
    for (const call of nodesOfType(root, 'call')) {
      const m = /^([\w.]+)\.(before_request|before_app_request)$/.exec(calleeText(call));
      const arg = positionalArgs(call)[0];
      if (!m || !owns(m[1]) || arg?.type !== 'identifier') continue;
      const fn = nodesOfType(root, 'function_definition').find(f => f.childForFieldName('name')?.text === arg.text);
      const blueprint = m[2] === 'before_request' && blueprints.has(m[1]) ? m[1] : undefined;
      if (fn) hooks.push(...hookLinks(fn, call, blueprint));
    }
    const cors = corsCalls.filter(c => c.app === app).map((c): AppLink => ({ kind: 'cors', mode: 'after-response', range: c.range }));
    // App hooks run before blueprint hooks (Flask's preprocess_request: None first, then the blueprints).
    const ordered = [...hooks.filter(h => !h.blueprint), ...hooks.filter(h => h.blueprint)];
    const links: AppLink[] = [...ordered, ...redirects, ...routes];
    if (routes.length) links.push({ kind: 'auto-options', range: routes[0].range, line: routes[0].line });
    return { framework: 'flask', target: app, links: [...links, ...cors], routesComplete: routes.length > 0 && allViewsHere(root, app, blueprints) };
  });
}

/** `bp = Blueprint("api", __name__, url_prefix="/api")`, with `register_blueprint(bp, url_prefix=...)` winning. */
function blueprintsOf(root: Node): Map<string, Blueprint> {
  const out = new Map<string, Blueprint>();
  for (const a of nodesOfType(root, 'assignment')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call' || !/(^|\.)Blueprint$/.test(calleeText(right))) continue;
    out.set(left.text, { prefix: stringValue(keywordArgs(right).get('url_prefix')) ?? '' });
  }
  for (const call of nodesOfType(root, 'call')) {
    if (!/\.register_blueprint$/.test(calleeText(call))) continue;
    const bp = positionalArgs(call)[0]?.text;
    const prefix = stringValue(keywordArgs(call).get('url_prefix'));
    if (bp && out.has(bp) && prefix !== undefined) out.set(bp, { prefix });
  }
  return out;
}

function routeLink(call: Node, target: string, verb: string, blueprints: ReadonlyMap<string, Blueprint>): RouteLink | undefined {
  const path = stringValue(positionalArgs(call)[0]);
  if (path === undefined) return undefined;
  const written = keywordArgs(call).get('methods');
  const listed = written ? namedChildren(written).map(n => stringValue(n)?.toUpperCase()) : [];
  if (listed.some(m => m === undefined)) return undefined;
  const methods = ROUTE_METHOD.test(verb) ? [verb.toUpperCase()] : written ? (listed as string[]) : ['GET'];
  const bp = blueprints.get(target);
  const full = bp ? joinPrefix(bp.prefix, path) : path;
  return { kind: 'route', range: rangeOf(call), line: lineOf(call), path: full, methods, ...(bp ? { blueprint: target } : {}) };
}

/** Flask's Blueprint URL joining: prefix without its trailing slash, rule with a leading one. */
function joinPrefix(prefix: string, rule: string): string {
  if (!prefix) return rule;
  return `${prefix.replace(/\/$/, '')}/${rule.replace(/^\//, '')}`;
}

/**
 * One link per answering statement in the hook: `abort(N)`, `return body, N`, `raise Forbidden()`, under
 * the `if` tests around it and past the `if ...: return` exemptions above it.
 */
function hookLinks(fn: Node, registration: Node, blueprint: string | undefined): HookLink[] {
  const name = fn.childForFieldName('name')?.text ?? 'hook';
  const body = fn.childForFieldName('body');
  if (!body) return [];
  const bound = new Map<string, string>();
  const out: HookLink[] = [];
  const exemptions: Atom[] = [];
  const visit = (block: Node, guards: readonly Atom[], top: boolean) => {
    for (const stmt of namedChildren(block)) {
      if (stmt.type === 'expression_statement') {
        const inner = stmt.namedChild(0);
        if (inner?.type === 'assignment') {
          const left = inner.childForFieldName('left');
          const header = headerRead(inner.childForFieldName('right')?.text ?? '');
          if (left?.type === 'identifier' && header) bound.set(left.text, header);
        }
      }
      if (stmt.type === 'if_statement') {
        const test = stmt.childForFieldName('condition');
        const then = stmt.childForFieldName('consequence');
        if (!test || !then) continue;
        const atoms = split(test, 'and').map(t => atomOf(t.text, bound));
        if (top && passesThrough(then)) {
          exemptions.push(...split(test, 'or').map(t => atomOf(t.text, bound)));
          continue;
        }
        visit(then, [...guards, ...atoms], false);
        for (const alt of namedChildren(stmt).filter(c => c.type === 'elif_clause' || c.type === 'else_clause')) {
          const b = alt.childForFieldName('consequence') ?? alt.childForFieldName('body') ?? namedChildren(alt).find(c => c.type === 'block');
          if (b) visit(b, [...guards, { kind: 'opaque', text: `not (${test.text})` }], false);
        }
        continue;
      }
      // Only error answers: a hook that answers OPTIONS with 200 is a hand-written preflight, whose headers it writes itself.
      const status = answerStatus(stmt);
      if (status === undefined || status < 400) continue;
      out.push({
        kind: 'hook', label: `before_request hook \`${name}\``, range: rangeOf(registration), line: lineOf(stmt),
        answerRange: rangeOf(stmt), status, when: conditionOf(guards, exemptions), ...(blueprint ? { blueprint } : {}),
      });
      // An answer at the top of the hook ends it for every request that gets there.
      if (guards.length === 0) return;
    }
  };
  visit(body, [], true);
  return out;
}

/** `a and b` → [a, b] (or `or`), parentheses dropped. */
function split(test: Node, op: 'and' | 'or'): Node[] {
  const n = test.type === 'parenthesized_expression' && test.namedChild(0) ? test.namedChild(0)! : test;
  if (n.type === 'boolean_operator' && n.child(1)?.text === op) {
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    if (l && r) return [...split(l, op), ...split(r, op)];
  }
  return [n];
}

/** A block that only returns nothing: the request goes on to the view. */
function passesThrough(block: Node): boolean {
  const stmts = namedChildren(block).filter(s => s.type !== 'comment');
  return stmts.length === 1 && stmts[0].type === 'return_statement' && (!stmts[0].namedChild(0) || stmts[0].namedChild(0)!.text === 'None');
}

/** The status an answering statement sends, or undefined for any other statement. */
function answerStatus(stmt: Node): number | undefined {
  const inner = stmt.namedChild(0);
  if (stmt.type === 'expression_statement' && inner?.type === 'call' && /(^|\.)abort$/.test(calleeText(inner))) {
    return intOf(positionalArgs(inner)[0]);
  }
  if (stmt.type === 'raise_statement' && inner) {
    const name = (inner.type === 'call' ? calleeText(inner) : inner.text).split('.').pop() ?? '';
    return HTTP_EXCEPTIONS[name];
  }
  if (stmt.type !== 'return_statement' || !inner) return undefined;
  // `return jsonify(...), 401` / `return "no", 403, headers`
  if (inner.type === 'expression_list' || inner.type === 'tuple') return intOf(namedChildren(inner)[1]);
  if (inner.type === 'call' && /(^|\.)(make_response|Response|jsonify)$/.test(calleeText(inner))) {
    return intOf(keywordArgs(inner).get('status') ?? positionalArgs(inner)[1]);
  }
  return undefined;
}

function intOf(node: Node | undefined): number | undefined {
  if (node?.type !== 'integer') return undefined;
  const n = Number(node.text);
  return n >= 100 && n <= 599 ? n : undefined;
}

function lineOf(node: Node): number {
  return node.startPosition.row + 1;
}

/** Whether the module registers every view itself (see AppChain.routesComplete). */
function allViewsHere(root: Node, app: string, blueprints: ReadonlyMap<string, Blueprint>): boolean {
  if (/\b(add_url_rule|add_resource|register_api|Api)\s*\(/.test(root.text)) return false;
  const calls = nodesOfType(root, 'call');
  if (calls.some(c => /\.register_blueprint$/.test(calleeText(c)) && !blueprints.has(positionalArgs(c)[0]?.text ?? ''))) return false;
  // `app = Flask(...)` then `from . import views` (the views register themselves on the app).
  const made = calls.find(c => /(^|\.)Flask$/.test(calleeText(c)) && c.parent?.type === 'assignment' && c.parent.childForFieldName('left')?.text === app);
  return made !== undefined && !nodesOfType(root, 'import_statement', 'import_from_statement').some(i => i.startIndex > made.startIndex);
}
