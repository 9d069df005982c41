// What a CORS site allows, for the editor's hover, CodeLens and policy overview: the effective
// policy as readable fields, and the browser's verdict for the requests a front end usually sends
// (GET, a JSON POST and PUT, each with and without credentials), simulated from the code.
import { describeSource } from './describe';
import type { Finding } from './model/finding';
import { LIBRARIES } from './model/libraries';
import { callablePaths } from './app/preflights';
import { appSimulator } from './app/simulate';
import { chainOf } from './app/walk';
import type { CorsSite, FileModel, FrameworkId, Located, OriginEntry } from './model/policy';
import type { Range } from './model/range';
import { pythonReMatch } from './routes/paths';
import { simulateBrowser, type SimRequest } from './simulate';
import * as django from './simulate/django';
import { DEFAULT_METHODS as EXPRESS_METHODS, expressScopeMatches } from './simulate/express';
import * as starlette from './simulate/starlette';
import { flaskScopeMatches } from './simulate/flask';

/** One line of the effective policy: `methods: GET, POST (the library default)`. */
export interface PolicyField {
  readonly name: 'scope' | 'origins' | 'credentials' | 'methods' | 'headers' | 'expose' | 'max-age';
  readonly value: string;
  /** Where the value is written; absent for a library default. */
  readonly range?: Range;
}

interface Defaults {
  readonly origins: string;
  readonly methods: string;
  readonly headers: string;
  readonly maxAge: string;
}

/** What each library uses when an option is not written (the versions src/analysis/simulate encodes). */
const DEFAULTS: Partial<Record<FrameworkId, Defaults>> = {
  // flask-cors 3.0.10 (core.py DEFAULT_OPTIONS)
  'flask-cors': { origins: 'every origin (*)', methods: 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT', headers: 'whatever the request asks for (*)', maxAge: 'not sent' },
  // django-cors-headers 3.14 (defaults.py)
  'django-cors-headers': {
    origins: 'none', methods: django.DEFAULT_METHODS.join(', '), headers: django.DEFAULT_HEADERS.join(', '), maxAge: String(django.DEFAULT_MAX_AGE),
  },
  // Starlette 0.26 CORSMiddleware.__init__
  starlette: { origins: 'none', methods: starlette.DEFAULT_METHODS.join(', '), headers: starlette.SAFELISTED.join(', '), maxAge: String(starlette.DEFAULT_MAX_AGE) },
  // expressjs/cors 2.8 (lib/index.js defaults); Nest hands its options to it
  'express-cors': { origins: 'every origin (*)', methods: EXPRESS_METHODS.split(',').join(', '), headers: 'whatever the request asks for (echoed)', maxAge: 'not sent' },
  nestjs: { origins: 'every origin (*)', methods: EXPRESS_METHODS.split(',').join(', '), headers: 'whatever the request asks for (echoed)', maxAge: 'not sent' },
  'hand-written': { origins: 'none', methods: 'not sent', headers: 'not sent', maxAge: 'not sent' },
};

const UNKNOWN_DEFAULTS: Defaults = { origins: 'the library default', methods: 'the library default', headers: 'the library default', maxAge: 'the library default' };

export function originLabel(e: OriginEntry): string {
  switch (e.kind) {
    case 'exact': return e.value;
    case 'regex': return `/${e.pattern}/${e.flags}`;
    case 'any': return 'every origin (*)';
    case 'reflect-any': return `every origin, echoed (${e.how})`;
    case 'null': return 'null';
    default: return `decided at run time (${e.how})`;
  }
}

/** `path /api/*`, `route /tenants/<name>`, `app`, `router`, `responses (hand-written)`, plus "preflights only". */
export function scopeLabel(site: CorsSite): string {
  const s = site.scope;
  const base = s.kind === 'path-pattern' ? `path ${s.pattern ?? '*'}`
    : s.kind === 'route' ? `route ${s.pattern ?? ''}`.trim()
      : s.kind === 'response' ? 'responses it writes'
        : s.pattern ? `${s.kind} ${s.pattern}` : `whole ${s.kind}`;
  return s.preflightOnly ? `${base} (preflights only)` : base;
}

function list<T>(v: Located<readonly T[]> | undefined, dflt: string): Pick<PolicyField, 'value' | 'range'> {
  if (!v || v.source.kind === 'library-default') return { value: `${dflt} (library default)` };
  return { value: `${v.value.length ? v.value.join(', ') : '(empty)'}${describeSource(v.source)}`, range: v.range };
}

/** The site's effective policy, one field per option; unwritten options show the library's default. */
export function policyFields(site: CorsSite): PolicyField[] {
  const d = DEFAULTS[site.framework] ?? UNKNOWN_DEFAULTS;
  const o = site.origins;
  const origins = o.entries.length === 0 && o.source.kind === 'library-default'
    ? { value: `${d.origins} (library default)` }
    : { value: `${o.entries.length ? o.entries.map(originLabel).join(', ') : 'none'}${describeSource(o.source)}`, ...(o.range ? { range: o.range } : {}) };
  const credentials = site.credentials && site.credentials.source.kind !== 'library-default'
    ? { value: `${site.credentials.value ? 'allowed' : 'not allowed'}${describeSource(site.credentials.source)}`, range: site.credentials.range }
    : { value: 'not allowed (library default)' };
  const maxAge = site.maxAge && site.maxAge.source.kind !== 'library-default'
    ? { value: `${site.maxAge.value} s${describeSource(site.maxAge.source)}`, range: site.maxAge.range }
    : { value: `${d.maxAge} (library default)` };
  const fields: PolicyField[] = [
    { name: 'scope', value: scopeLabel(site) },
    { name: 'origins', ...origins },
    { name: 'credentials', ...credentials },
    { name: 'methods', ...list(site.methods, d.methods) },
    { name: 'headers', ...list(site.allowHeaders, d.headers) },
  ];
  if (site.exposeHeaders && site.exposeHeaders.source.kind !== 'library-default') fields.push({ name: 'expose', ...list(site.exposeHeaders, '') });
  fields.push({ name: 'max-age', ...maxAge });
  return fields;
}

/** A short one-line summary of the origins for a tree item's description. */
export function originsSummary(site: CorsSite): string {
  const e = site.origins.entries;
  if (e.length === 0) return site.origins.source.kind === 'library-default' ? (DEFAULTS[site.framework] ?? UNKNOWN_DEFAULTS).origins : 'no origin';
  if (e.length === 1) return originLabel(e[0]);
  return `${e.length} origins`;
}

/** A request path the site's scope covers, so the simulation asks what a page on that route would get. */
export function samplePath(site: CorsSite): { path: string; covered: boolean } {
  const p = site.scope.pattern;
  if (!p) return { path: '/', covered: true };
  const candidates = [...new Set([pathFromPattern(p), p.startsWith('/') ? p : `/${p}`, '/'])];
  if (site.scope.kind !== 'path-pattern') return { path: candidates[0], covered: true };
  const covers = scopeMatcher(site);
  const found = candidates.find(c => covers(c));
  return found ? { path: found, covered: true } : { path: candidates[0], covered: false };
}

function scopeMatcher(site: CorsSite): (path: string) => boolean {
  switch (site.framework) {
    case 'flask-cors': return path => flaskScopeMatches(site, path);
    case 'express-cors': case 'nestjs': return path => expressScopeMatches(site, path);
    case 'django-cors-headers': return path => pythonReMatch(site.scope.pattern ?? '^.*$', path);
    default: return () => true;
  }
}

/** `/api/*` → `/api/x`, `^/api/.*$` → `/api/x`, `/tenants/<name>` and `/files/:name` → `.../x`. */
export function pathFromPattern(pattern: string): string {
  let s = pattern.replace(/^\^/, '').replace(/(\$|\\Z)$/, '');
  s = s.replace(/\(\?P?<\w+>[^)]*\)/g, 'x')
    .replace(/\[[^\]]*\][*+?]?/g, 'x')
    .replace(/\\d[*+?]?/g, '1')
    .replace(/\\w[*+?]?/g, 'x')
    .replace(/\.[*+]\??/g, 'x')
    .replace(/<[^>]+>/g, 'x')
    .replace(/:\w+\??/g, 'x')
    .replace(/\*/g, 'x')
    .replace(/\\(.)/g, '$1')
    .replace(/[()?|]/g, '');
  return s.startsWith('/') ? s : `/${s}`;
}

/** A request a front end typically sends. */
export interface DevCase {
  readonly id: 'get' | 'post-json' | 'put-json';
  readonly label: string;
  readonly method: string;
  readonly headers: readonly string[];
  readonly credentials: boolean;
}

const PLAIN: readonly Omit<DevCase, 'credentials'>[] = [
  { id: 'get', label: 'GET', method: 'GET', headers: [] },
  // Content-Type: application/json is not CORS-safelisted: the browser sends a preflight first.
  { id: 'post-json', label: 'POST JSON', method: 'POST', headers: ['Content-Type'] },
  { id: 'put-json', label: 'PUT JSON', method: 'PUT', headers: ['Content-Type'] },
];

/** GET, POST JSON, PUT JSON; then the same three with credentials (cookies, `credentials: 'include'`). */
export const DEV_CASES: readonly DevCase[] = [
  ...PLAIN.map(c => ({ ...c, credentials: false })),
  ...PLAIN.map(c => ({ ...c, credentials: true })),
];

export type CaseOutcome = 'allowed' | 'blocked' | 'unknown';

export interface CaseResult {
  readonly case: DevCase;
  readonly outcome: CaseOutcome;
  /** What fails, in Chrome's console wording without the "Access to fetch at ..." preamble. */
  readonly message?: string;
  /** Why the code does not tell (a callback, an environment variable without default...). */
  readonly unknown?: string;
  /** What in the app answered instead of the CORS library (a hook, a redirect), in words. */
  readonly answeredBy?: string;
}

export interface OriginCheck {
  readonly origin: string;
  readonly results: readonly CaseResult[];
}

export interface SiteCheck {
  /** The simulated request path. */
  readonly path: string;
  readonly origins: readonly OriginCheck[];
}

export type Simulator = typeof simulateBrowser;

/** Chrome's console line without "Access to fetch at '…' from origin '…' has been blocked by CORS policy: ". */
export function shortConsoleMessage(message: string): string {
  const cut = message.indexOf('blocked by CORS policy: ');
  return cut < 0 ? message : message.slice(cut + 'blocked by CORS policy: '.length);
}

/**
 * The check as the app answers it: hooks, routes and redirects in front of the library (app/simulate.ts),
 * on a path a route of the app serves when the site covers the whole app.
 */
export function checkSiteInApp(model: Pick<FileModel, 'apps' | 'sites'>, site: CorsSite, origins: readonly string[]): SiteCheck {
  const chain = chainOf(model.apps, site);
  const covers = scopeMatcher(site);
  // A route the app really serves inside the site's scope: a made-up path under `/public/*` gets a
  // 404 preflight from Flask, which is not what a page calling /public/books sees.
  const path = chain ? callablePaths(chain).find(p => covers(p)) : undefined;
  return checkSite(site, origins, appSimulator(model), path);
}

/** The browser's verdict for each dev origin and each of DEV_CASES; never throws. */
export function checkSite(site: CorsSite, origins: readonly string[], simulator: Simulator = simulateBrowser, at?: string): SiteCheck {
  const { path, covered } = at === undefined ? samplePath(site) : { path: at, covered: true };
  return {
    path,
    origins: origins.map(origin => ({
      origin,
      results: DEV_CASES.map((c): CaseResult => {
        if (!covered) return { case: c, outcome: 'unknown', unknown: `no sample path found inside ${site.scope.pattern}` };
        const request: SimRequest = { origin, method: c.method, headers: c.headers, credentials: c.credentials, path };
        const signedIn = simulateCase(site, c, request, simulator);
        if (!c.credentials || signedIn.outcome !== 'allowed') return signedIn;
        // Signed in, the request carries the session cookie; the first one (the login) carries none.
        const first = simulateCase(site, c, { ...request, cookie: false }, simulator);
        return first.outcome === 'blocked' && first.message
          ? { ...first, message: `${first.message} (the first request, before the browser holds a cookie for the API; signed-in requests pass)` }
          : first;
      }),
    })),
  };
}

function simulateCase(site: CorsSite, c: DevCase, request: SimRequest, simulator: Simulator): CaseResult {
  try {
    const { simulation, verdict } = simulator(site, request);
    if (simulation.unknown) return { case: c, outcome: 'unknown', unknown: simulation.unknown };
    if (verdict.allowed) return { case: c, outcome: 'allowed' };
    return {
      case: c, outcome: 'blocked', ...(verdict.message ? { message: shortConsoleMessage(verdict.message) } : {}),
      ...(simulation.answeredBy ? { answeredBy: simulation.answeredBy } : {}),
    };
  } catch (err) {
    return { case: c, outcome: 'unknown', unknown: `the simulation failed (${err instanceof Error ? err.message : String(err)})` };
  }
}

const MARK: Record<CaseOutcome, string> = { allowed: '✓', blocked: '✗', unknown: '?' };

export function mark(outcome: CaseOutcome): string {
  return MARK[outcome];
}

/** "✓ GET ✓ JSON" / "✓ GET ✗ JSON" / "✓ JSON POST ✗ PUT" for three results in PLAIN order. */
function requestsSegment(r: readonly CaseResult[]): string {
  const [get, post, put] = r;
  const json = post.outcome === put.outcome ? `${mark(post.outcome)} JSON` : `${mark(post.outcome)} JSON POST ${mark(put.outcome)} PUT`;
  return `${mark(get.outcome)} GET ${json}`;
}

/** One origin in a few words: `http://localhost:3000 ✓ GET ✓ JSON ✗ credentials`. */
export function originSummary(o: OriginCheck): string {
  const unknown = o.results.find(r => r.outcome === 'unknown');
  if (unknown) return `${o.origin} ? cannot tell from the code`;
  const plain = o.results.filter(r => !r.case.credentials);
  const creds = o.results.filter(r => r.case.credentials);
  const ok = (rs: readonly CaseResult[]) => rs.filter(r => r.outcome === 'allowed').length;
  if (ok(plain) === 0 && ok(creds) === 0) return `${o.origin} ✗ blocked`;
  if (ok(creds) === creds.length) return `${o.origin} ${requestsSegment(plain)} ✓ credentials`;
  if (ok(creds) === 0) return `${o.origin} ${requestsSegment(plain)} ✗ credentials`;
  return `${o.origin} ${requestsSegment(plain)}, with credentials ${requestsSegment(creds)}`;
}

/** The CodeLens line: `CORS: http://localhost:3000 ✓ GET ✓ JSON ✗ credentials`, origins joined by ` | `. */
export function lensTitle(check: SiteCheck): string {
  return `CORS: ${check.origins.map(originSummary).join(' | ')}`;
}

/** Failed and undecided cases of one origin, grouped by message: `[['GET', 'GET + credentials'], "No 'Access-Control-Allow-Origin' ..."]`. */
export function failureGroups(o: OriginCheck): Array<{ readonly outcome: 'blocked' | 'unknown'; readonly cases: readonly string[]; readonly text: string }> {
  const groups = new Map<string, { outcome: 'blocked' | 'unknown'; cases: string[]; text: string }>();
  for (const r of o.results) {
    if (r.outcome === 'allowed') continue;
    const text = r.outcome === 'unknown' ? `cannot tell from the code (${r.unknown ?? 'no reason given'})`
      : `${r.message ?? 'blocked'}${r.answeredBy ? ` (${r.answeredBy})` : ''}`;
    const key = `${r.outcome}\n${text}`;
    const g = groups.get(key) ?? { outcome: r.outcome, cases: [], text };
    g.cases.push(caseLabel(r.case));
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function caseLabel(c: DevCase): string {
  return c.credentials ? `${c.label} + credentials` : c.label;
}

/** `flask-cors`, `Starlette CORSMiddleware`... */
export function libraryLabel(site: CorsSite): string {
  return LIBRARIES[site.framework].label;
}

/** The ranges a site writes: the construct, the origins option and entries, and the other options. */
function siteRanges(site: CorsSite): Range[] {
  return [site.range, site.origins.range, ...site.origins.entries.map(e => e.range), site.origins.notAList, site.credentials?.range,
    site.credentialsWritten?.range, site.methods?.range, site.allowHeaders?.range, site.exposeHeaders?.range, site.maxAge?.range, site.sendWildcard?.range]
    .filter((r): r is Range => r !== undefined);
}

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Each finding of a file under the site it is about: the site whose construct or option values
 * contain it (or its related places), the smallest first. Findings about no site, or located in
 * another file, are `rest`.
 */
export function findingsBySite(sites: readonly CorsSite[], findings: readonly Finding[]): { bySite: Finding[][]; rest: Finding[] } {
  const bySite = sites.map((): Finding[] => []);
  const rest: Finding[] = [];
  const size = (s: CorsSite) => s.range.end - s.range.start;
  const order = sites.map((_s, i) => i).sort((a, b) => size(sites[a]) - size(sites[b]));
  for (const f of findings) {
    if ((f as Finding & { file?: string }).file) { rest.push(f); continue; }
    const places = [f.range, ...f.related.filter(r => !r.file).map(r => r.range)];
    const owner = order.find(i => places.some(p => within(p, sites[i].range)))
      ?? order.find(i => places.some(p => siteRanges(sites[i]).some(r => within(p, r))));
    if (owner === undefined) rest.push(f);
    else bySite[owner].push(f);
  }
  return { bySite, rest };
}
