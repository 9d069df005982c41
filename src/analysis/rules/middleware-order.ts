import { djangoMiddlewareFix, expressOrderFix } from '../fixes/wiring';
import type { CorsSite, OrderedEntry, WiringFact } from '../model/policy';
import { defineRule, type Report } from './define-rule';
import { allowsNoOrigin, inherited } from './origin-facts';

export const CORS_MIDDLEWARE = 'corsheaders.middleware.CorsMiddleware';
/** Middleware that can answer a request before CorsMiddleware sees it, so its responses lack CORS headers. */
const ANSWERS_EARLY = ['django.middleware.common.CommonMiddleware', 'whitenoise.middleware.WhiteNoiseMiddleware'];

function djangoOrder(fact: Extract<WiringFact, { kind: 'django-middleware' }>, sites: readonly CorsSite[]): Report | undefined {
  const cors = fact.entries.findIndex(e => e.name === CORS_MIDDLEWARE);
  if (cors < 0) {
    if (sites.length === 0) return undefined;
    return {
      message: `CORS settings are configured but \`${CORS_MIDDLEWARE}\` is not in MIDDLEWARE, so no response carries CORS headers.`,
      range: fact.range,
    };
  }
  // An order inherited unchanged from a base module is reported there.
  if (inherited(fact.source)) return undefined;
  const blocker = fact.entries.slice(0, cors).find(e => ANSWERS_EARLY.includes(e.name));
  if (!blocker || allowNone(sites)) return undefined;
  return {
    message: `CorsMiddleware must come before \`${blocker.name}\`: that middleware can answer (redirects, 404s, static files) before CORS headers are added, and the browser then reports a CORS error.`,
    range: fact.entries[cors].range,
    related: [{ range: blocker.range, message: `${blocker.name} is here, above CorsMiddleware` }],
  };
}

/** Path prefixes that end at a segment boundary: `/api/v1` → `/`, `/api/`, `/api/v1/` (with a slash added at the end). */
function boundaries(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i + 1));
  if (!path.endsWith('/')) out.push(`${path}/`);
  return out;
}

/**
 * The route-like entries (routes, routers, static files) registered so far, indexed so that "the first
 * one a cors at this mount path can see" is a few map look-ups, not a scan: a file with hundreds of
 * cors mounts after hundreds of routes stays linear. Paths overlap when one is the other or lies under
 * it at a segment boundary; an unknown path (or `/`) overlaps every path.
 */
class EarlierRoutes {
  private first: OrderedEntry | undefined;
  private firstUnknown: OrderedEntry | undefined;
  /** A route's exact path (without a trailing slash) → the first entry with it. */
  private readonly exact = new Map<string, OrderedEntry>();
  /** Each segment-boundary prefix of a route's path (with a trailing slash) → the first entry under it. */
  private readonly under = new Map<string, OrderedEntry>();
  /** Registration order, which decides between candidates. */
  private readonly order = new Map<OrderedEntry, number>();

  add(e: OrderedEntry): void {
    this.order.set(e, this.order.size);
    this.first ??= e;
    if (e.path === undefined || e.path === '/') { this.firstUnknown ??= e; return; }
    const key = e.path.replace(/\/$/, '');
    if (!this.exact.has(key)) this.exact.set(key, e);
    for (const b of boundaries(e.path)) if (!this.under.has(b)) this.under.set(b, e);
  }

  /** The earliest entry whose requests can reach cors mounted at `mount`. */
  overlapping(mount: string | undefined): OrderedEntry | undefined {
    if (mount === undefined || mount === '/') return this.first;
    const found = [this.firstUnknown, this.under.get(mount.endsWith('/') ? mount : `${mount}/`)];
    // A route at a prefix of the mount path (`/api` for cors at `/api/v1`) also sees it.
    for (const b of boundaries(mount)) found.push(this.exact.get(b.replace(/\/$/, '')));
    return found.filter(e => e !== undefined).sort((a, b) => this.order.get(a)! - this.order.get(b)!)[0];
  }
}

/**
 * Every one of these sites allows no origin, so the responses an early middleware or route answers
 * lose nothing by lacking CORS headers. No site known is not that: its origins may be anything.
 */
function allowNone(sites: readonly CorsSite[]): boolean {
  return sites.length > 0 && sites.every(allowsNoOrigin);
}

function expressOrder(fact: Extract<WiringFact, { kind: 'express-registrations' }>, sites: readonly CorsSite[]): Report[] {
  const reports: Report[] = [];
  const earlier = new EarlierRoutes();
  for (const cors of fact.entries) {
    if (cors.name === 'route' || cors.name === 'router' || cors.name === 'static') earlier.add(cors);
    if (cors.name !== 'cors') continue;
    const route = earlier.overlapping(cors.path);
    if (!route) continue;
    // The cors() calls written in this registration; one mounted by name (`app.use(corsMw)`) stays unknown.
    if (allowNone(sites.filter(s => s.range.start >= cors.range.start && s.range.end <= cors.range.end))) continue;
    reports.push({
      message: `\`${fact.target}.use(cors(...))\` is registered after a route it should cover; requests that route answers (including preflights) get no CORS headers. Register cors before the routes.`,
      range: cors.range,
      related: [{ range: route.range, message: 'this route is registered before cors' }],
    });
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'middleware-order',
    description: 'The CORS middleware is missing or cannot see every response',
    category: 'wiring',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, report }) {
    const ctx = { text, language: model.language };
    const djangoSites = model.sites.filter(s => s.framework === 'django-cors-headers');
    for (const fact of model.wiring) {
      if (fact.kind === 'django-middleware') {
        const r = djangoOrder(fact, djangoSites);
        const fix = r && djangoMiddlewareFix(fact, CORS_MIDDLEWARE, ctx);
        if (r) report({ ...r, fixes: fix ? [fix] : [] });
      } else if (fact.kind === 'express-registrations') {
        for (const r of expressOrder(fact, model.sites)) {
          const fix = r.related?.[0] && expressOrderFix(r.range, r.related[0].range, fact.target, ctx);
          report({ ...r, fixes: fix ? [fix] : [] });
        }
      }
    }
  },
});
