import { djangoMiddlewareFix, expressOrderFix } from '../fixes/wiring';
import type { WiringFact } from '../model/policy';
import { defineRule, type Report } from './define-rule';
import { inherited } from './origin-facts';

export const CORS_MIDDLEWARE = 'corsheaders.middleware.CorsMiddleware';
/** Middleware that can answer a request before CorsMiddleware sees it, so its responses lack CORS headers. */
const ANSWERS_EARLY = ['django.middleware.common.CommonMiddleware', 'whitenoise.middleware.WhiteNoiseMiddleware'];

function djangoOrder(fact: Extract<WiringFact, { kind: 'django-middleware' }>, hasSites: boolean): Report | undefined {
  const cors = fact.entries.findIndex(e => e.name === CORS_MIDDLEWARE);
  if (cors < 0) {
    if (!hasSites) return undefined;
    return {
      message: `CORS settings are configured but \`${CORS_MIDDLEWARE}\` is not in MIDDLEWARE, so no response carries CORS headers.`,
      range: fact.range,
    };
  }
  // An order inherited unchanged from a base module is reported there.
  if (inherited(fact.source)) return undefined;
  const blocker = fact.entries.slice(0, cors).find(e => ANSWERS_EARLY.includes(e.name));
  if (!blocker) return undefined;
  return {
    message: `CorsMiddleware must come before \`${blocker.name}\`: that middleware can answer (redirects, 404s, static files) before CORS headers are added, and the browser then reports a CORS error.`,
    range: fact.entries[cors].range,
    related: [{ range: blocker.range, message: `${blocker.name} is here, above CorsMiddleware` }],
  };
}

/** Whether requests to `route` can reach cors mounted at `mount` (either path unknown: assume they can). */
function overlaps(mount: string | undefined, route: string | undefined): boolean {
  if (mount === undefined || route === undefined) return true;
  const under = (p: string, prefix: string) => prefix === '/' || p === prefix || p.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
  return under(route, mount) || under(mount, route);
}

function expressOrder(fact: Extract<WiringFact, { kind: 'express-registrations' }>): Report[] {
  const reports: Report[] = [];
  fact.entries.forEach((cors, i) => {
    if (cors.name !== 'cors') return;
    const earlier = fact.entries.slice(0, i).find(e => (e.name === 'route' || e.name === 'router' || e.name === 'static') && overlaps(cors.path, e.path));
    if (!earlier) return;
    reports.push({
      message: `\`${fact.target}.use(cors(...))\` is registered after a route it should cover; requests that route answers (including preflights) get no CORS headers. Register cors before the routes.`,
      range: cors.range,
      related: [{ range: earlier.range, message: 'this route is registered before cors' }],
    });
  });
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
    const djangoSites = model.sites.some(s => s.framework === 'django-cors-headers');
    for (const fact of model.wiring) {
      if (fact.kind === 'django-middleware') {
        const r = djangoOrder(fact, djangoSites);
        const fix = r && djangoMiddlewareFix(fact, CORS_MIDDLEWARE, ctx);
        if (r) report({ ...r, fixes: fix ? [fix] : [] });
      } else if (fact.kind === 'express-registrations') {
        for (const r of expressOrder(fact)) {
          const fix = r.related?.[0] && expressOrderFix(r.range, r.related[0].range, fact.target, ctx);
          report({ ...r, fixes: fix ? [fix] : [] });
        }
      }
    }
  },
});
