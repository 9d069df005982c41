import { djangoMiddlewareFix, expressOrderFix } from '../fixes/wiring';
import type { OrderedEntry, WiringFact } from '../model/policy';
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

function expressOrder(fact: Extract<WiringFact, { kind: 'express-registrations' }>): Report | undefined {
  const cors = fact.entries.findIndex(e => e.name === 'cors');
  const firstRoute: OrderedEntry | undefined = fact.entries.find(e => e.name === 'route' || e.name === 'router' || e.name === 'static');
  if (cors < 0 || !firstRoute || fact.entries.indexOf(firstRoute) > cors) return undefined;
  return {
    message: `\`${fact.target}.use(cors(...))\` is registered after a route; requests that route answers (including preflights) get no CORS headers. Register cors before the routes.`,
    range: fact.entries[cors].range,
    related: [{ range: firstRoute.range, message: 'this route is registered before cors' }],
  };
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
      const r = fact.kind === 'django-middleware' ? djangoOrder(fact, djangoSites)
        : fact.kind === 'express-registrations' ? expressOrder(fact)
          : undefined;
      if (!r) continue;
      const fix = fact.kind === 'django-middleware' ? djangoMiddlewareFix(fact, CORS_MIDDLEWARE, ctx)
        : fact.kind === 'express-registrations' && r.related?.[0] ? expressOrderFix(r.range, r.related[0].range, fact.target, ctx)
          : undefined;
      report({ ...r, fixes: fix ? [fix] : [] });
    }
  },
});
