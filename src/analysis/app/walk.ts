// Runs one wire request through an app chain: the first link that answers decides the status (and
// Location), and the CORS library adds its headers as it really does: flask-cors decorates whatever
// response came out; expressjs/cors sets its headers where it sits, ends a preflight itself (204) and
// passes everything else on, so a link before it answers without them.
import { budget } from '../budget';
import type { CorsSite } from '../model/policy';
import type { Range } from '../model/range';
import { HeaderBuilder } from '../simulate/headers';
import { simulateExpress } from '../simulate/express';
import { flaskScopeMatches, simulateFlask } from '../simulate/flask';
import type { LibraryAnswer, WireRequest } from '../simulate';
import { underPrefix } from './conditions';
import { routePattern } from '../routes/paths';
import type { AppChain, AppLink, Condition, CorsLink, HookLink, RedirectLink, RouteLink } from './model';

export interface ChainAnswer {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** The link whose answer this is; absent for the framework's own 404 or 405. */
  readonly answeredBy?: AppLink;
  /** The status is a router's or an unread view's own, which the model does not read; 200 stands for it. */
  readonly statusUnread?: boolean;
}
export type ChainResult = ChainAnswer | { readonly unknown: string };

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end && inner.file === outer.file;

/** The chain a site belongs to: its CORS link or the route that runs it. */
export function chainOf(chains: readonly AppChain[] | undefined, site: CorsSite): AppChain | undefined {
  return chains?.find(c => c.links.some(l => (l.kind === 'cors' && within(site.range, l.range)) || (l.kind === 'route' && l.corsRange && within(site.range, l.corsRange))));
}

export function walkChain(chain: AppChain, sites: readonly CorsSite[], req: WireRequest): ChainResult {
  // Past the analysis' budget the answer is unknown, which no rule reports on.
  if (!budget().spendWalking(walkCost(chain))) return { unknown: "the analysis's budget for simulating requests was reached" };
  return chain.framework === 'flask' ? walkFlask(chain, sites, req) : walkExpress(chain, sites, req);
}

/** What one request's walk costs: Express passes every link; Flask runs its hooks and each CORS extension's simulation. */
function walkCost(chain: AppChain): number {
  if (chain.framework !== 'flask') return chain.links.length;
  const index = flaskIndex(chain);
  return 1 + index.hooks.length + 10 * index.cors.length;
}

/** Whether a hook answers `req`: true, false, or why the code does not say. */
export function hookAnswers(hook: HookLink, req: WireRequest): boolean | string {
  const c: Condition = hook.when;
  const method = req.method.toUpperCase();
  if (c.methods && !c.methods.includes(method)) return false;
  if (c.exceptMethods?.includes(method)) return false;
  if (c.pathPrefixes && !c.pathPrefixes.some(p => underPrefix(req.path, p))) return false;
  if (c.exceptPathPrefixes?.some(p => underPrefix(req.path, p))) return false;
  if (c.missingHeader && req.headers[c.missingHeader] !== undefined) return false;
  if (c.missingCookie && req.headers.cookie !== undefined) return false;
  if (!c.opaque) return true;
  // A preflight carries no cookie and no Authorization header: an auth check the model cannot read fails it.
  if (method === 'OPTIONS' && (hook.status === 401 || hook.status === 403)) return true;
  return `whether the ${hook.label} at line ${hook.line} answers depends on ${c.opaque}`;
}

/** Per link and site list: a rule walks hundreds of requests through the same chain. */
const sitesOfLink = new WeakMap<AppLink, { sites: readonly CorsSite[]; mine: CorsSite[] }>();

function corsSites(link: CorsLink | RouteLink, sites: readonly CorsSite[]): CorsSite[] {
  const known = sitesOfLink.get(link);
  if (known?.sites === sites) return known.mine;
  const range = link.kind === 'cors' ? link.range : link.corsRange;
  const mine = range ? sites.filter(s => within(s.range, range)) : [];
  sitesOfLink.set(link, { sites, mine });
  return mine;
}

// ---- Flask ----

/** A werkzeug rule as a regular expression: `<x>` one segment, `<int:x>` digits, `<path:x>` the rest. */
// Compiled once per rule text: the rules walk every route for each preflight they ask about.
const ruleCache = new Map<string, RegExp>();
const MAX_CACHED = 20_000;

/** Whether the werkzeug rule `rule` matches `path`; the literal head is compared first, cheaply. */
function flaskMatch(rule: string, path: string, slashOptional = false): boolean {
  const head = rule.split('<', 1)[0];
  const literal = slashOptional && !rule.includes('<') ? head.replace(/\/$/, '') : head;
  if (!path.startsWith(literal)) return false;
  return flaskRule(rule, slashOptional).test(path);
}

function flaskRule(path: string, slashOptional = false): RegExp {
  const key = `${slashOptional ? '?' : '='}${path}`;
  let re = ruleCache.get(key);
  if (!re) {
    if (ruleCache.size >= MAX_CACHED) ruleCache.clear();
    ruleCache.set(key, (re = werkzeugRule(path, slashOptional)));
  }
  return re;
}

function werkzeugRule(path: string, slashOptional: boolean): RegExp {
  const body = path.split(/(<[^>]+>)/).map(part => {
    const m = /^<(?:(\w+)(?:\([^)]*\))?:)?\w+>$/.exec(part);
    if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return m[1] === 'path' ? '.+' : m[1] === 'int' ? '\\d+' : m[1] === 'float' ? '[\\d.]+' : '[^/]+';
  }).join('');
  return routePattern(`^${slashOptional ? body.replace(/\/$/, '/?') : body}$`);
}

/** Routes and redirects by their first path segment (`*` when it holds a converter): a walk tests only its own bucket. */
interface FlaskIndex {
  readonly routes: Map<string, RouteLink[]>;
  readonly redirects: Map<string, RedirectLink[]>;
  readonly hooks: HookLink[];
  readonly cors: CorsLink[];
  readonly auto?: AppLink;
}
const indexes = new WeakMap<AppChain, FlaskIndex>();

function segmentOf(path: string): string {
  const first = path.split('/', 2)[1] ?? '';
  return first.includes('<') ? '*' : first;
}

function flaskIndex(chain: AppChain): FlaskIndex {
  let index = indexes.get(chain);
  if (index) return index;
  index = {
    routes: new Map(), redirects: new Map(),
    hooks: chain.links.filter((l): l is HookLink => l.kind === 'hook'),
    cors: chain.links.filter((l): l is CorsLink => l.kind === 'cors'),
    auto: chain.links.find(l => l.kind === 'auto-options'),
  };
  for (const l of chain.links) {
    const [map, key] = l.kind === 'route' ? [index.routes as Map<string, AppLink[]>, segmentOf(l.path)] : l.kind === 'redirect' ? [index.redirects as Map<string, AppLink[]>, segmentOf(l.from)] : [];
    if (map && key !== undefined) (map.get(key) ?? map.set(key, []).get(key)!).push(l);
  }
  indexes.set(chain, index);
  return index;
}

function bucket<T>(map: ReadonlyMap<string, T[]>, path: string): T[] {
  return [...(map.get(segmentOf(path)) ?? []), ...(map.get('*') ?? [])];
}

function walkFlask(chain: AppChain, sites: readonly CorsSite[], req: WireRequest): ChainResult {
  const method = req.method.toUpperCase();
  const index = flaskIndex(chain);
  const routes = bucket(index.routes, req.path);
  const serves = (r: RouteLink) => r.methods.includes(method) || method === 'OPTIONS' || (method === 'HEAD' && r.methods.includes('GET'));
  // A path that matches only once werkzeug adds the slash (a redirect, or strict_slashes=False) matches
  // only for the rule's methods: another method gets 404 there, not 405 (verified on werkzeug 2.2).
  const exact = routes.filter(r => flaskMatch(r.path, req.path));
  const slashless = routes.filter(r => r.slashOptional && flaskMatch(r.path, req.path, true) && serves(r));
  const hits = exact.length ? exact : slashless;
  // What routing decided; werkzeug raises it only after the before_request hooks ran.
  let routed: { status: number; link?: AppLink; location?: string; unread?: boolean };
  const view = hits.find(r => r.methods.includes(method) || (method === 'HEAD' && r.methods.includes('GET')));
  const auto = index.auto;
  if (view) routed = { status: 200, link: view };
  else if (hits.length && method === 'OPTIONS') routed = { status: 200, link: auto };
  else if (hits.length) routed = { status: 405 };
  else {
    const redirect = bucket(index.redirects, req.path).find(l => flaskMatch(l.from, req.path)
      && bucket(index.routes, l.to).some(r => r.path === l.to && serves(r)));
    // Views often live in other modules (blueprints, add_url_rule, flask-restful): unless this module
    // registers them all, a path no rule here matches is taken to be served by one.
    routed = redirect ? { status: redirect.status, link: redirect, location: req.path + '/' } : chain.routesComplete ? { status: 404 } : { status: 200, unread: true };
  }
  // request.blueprint comes from the matched rule; a redirect or a 404 belongs to no blueprint.
  const blueprint = routed.link?.kind === 'route' ? routed.link.blueprint : routed.link?.kind === 'auto-options' ? hits[0]?.blueprint : undefined;
  let answer: { status: number; link?: AppLink; location?: string; unread?: boolean } = routed;
  for (const hook of index.hooks) {
    if (hook.blueprint && hook.blueprint !== blueprint) continue;
    const answers = hookAnswers(hook, req);
    if (typeof answers === 'string') return { unknown: answers };
    if (answers) { answer = { status: hook.status, link: hook }; break; }
  }
  const h = new HeaderBuilder();
  if (answer.location) h.set('Location', answer.location);
  for (const link of index.cors) {
    const cors = flaskResource(corsSites(link, sites), req.path);
    if (!cors) continue;
    const a = simulateFlask(cors, req);
    if ('unknown' in a) return a;
    for (const [n, v] of a.headers) h.add(n, v);
  }
  return { status: answer.status, headers: h.toList(), ...(answer.link ? { answeredBy: answer.link } : {}), ...(answer.unread ? { statusUnread: true } : {}) };
}

/** flask-cors tries its resources longest pattern first and uses the first that matches. */
function flaskResource(sites: readonly CorsSite[], path: string): CorsSite | undefined {
  const len = (s: CorsSite) => (s.scope.kind === 'path-pattern' ? s.scope.pattern?.length ?? 0 : 0);
  return [...sites].sort((a, b) => len(b) - len(a)).find(s => flaskScopeMatches(s, path));
}

// ---- Express ----

/** An Express 4 route path (non-strict, case-insensitive): `:x` one segment, `*` anything. */
function expressRoute(path: string): RegExp {
  const body = path.replace(/\/$/, '').split(/(:\w+\??|\*)/).map(part => {
    if (part === '*') return '.*';
    if (/^:\w+\?$/.test(part)) return '[^/]*';
    if (/^:\w+$/.test(part)) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return routePattern(`^${body}/?$`, 'i');
}

function mounted(mount: string | undefined, path: string): boolean {
  if (!mount || mount === '/') return true;
  const base = mount.replace(/\/$/, '').toLowerCase();
  const p = path.toLowerCase();
  return p === base || p.startsWith(`${base}/`);
}

function walkExpress(chain: AppChain, sites: readonly CorsSite[], req: WireRequest): ChainResult {
  const method = req.method.toUpperCase();
  const h = new HeaderBuilder();
  const allow = new Set<string>();
  let corsRan = false;
  /** cors() at its place: a preflight it ends; otherwise its headers stay on the response. */
  const runCors = (site: CorsSite | undefined, link: AppLink): ChainResult | undefined => {
    if (!site) return undefined;
    const a: LibraryAnswer = simulateExpress(site, req);
    if ('unknown' in a) return a;
    if (method === 'OPTIONS' && a.status === 204) return { status: 204, headers: merged(h, a.headers), answeredBy: link };
    for (const [n, v] of a.headers) h.set(n, v);
    corsRan = true;
    return undefined;
  };
  for (const link of chain.links) {
    if (link.kind === 'hook') {
      const answers = hookAnswers(link, req);
      if (typeof answers === 'string') return { unknown: answers };
      if (answers) return { status: link.status, headers: h.toList(), answeredBy: link };
    } else if (link.kind === 'cors') {
      if (!mounted(link.mountPath, req.path)) continue;
      const ended = runCors(corsSites(link, sites)[0], link);
      if (ended) return ended;
    } else if (link.kind === 'route') {
      if (!expressRoute(link.path).test(req.path)) continue;
      if (link.methods.includes('*') || link.methods.includes(method) || (method === 'HEAD' && link.methods.includes('GET'))) {
        const ended = runCors(corsSites(link, sites)[0], link);
        if (ended) return ended;
        return { status: 200, headers: h.toList(), answeredBy: link };
      }
      for (const m of link.methods) allow.add(m);
    } else if (link.kind === 'mount') {
      if (!mounted(link.path, req.path)) continue;
      // Its routes are not read: before cors() it may answer without CORS headers (its own automatic
      // OPTIONS too); after cors() whatever it answers keeps the headers cors() set.
      if (!corsRan) return { unknown: `the ${link.label} at line ${link.line} may answer ${req.method} ${req.path} before cors() runs; its routes are not read` };
      return { status: 200, headers: h.toList(), answeredBy: link, statusUnread: true };
    } else if (link.kind === 'auto-options' && method === 'OPTIONS' && allow.size) {
      return { status: 200, headers: h.toList(), answeredBy: link };
    }
  }
  return { status: 404, headers: h.toList() };
}

function merged(h: HeaderBuilder, extra: ReadonlyArray<readonly [string, string]>): ReadonlyArray<readonly [string, string]> {
  const out = new HeaderBuilder();
  for (const [n, v] of h.toList()) out.set(n, v);
  for (const [n, v] of extra) out.set(n, v);
  return out.toList();
}
