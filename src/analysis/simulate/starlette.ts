// Starlette 0.26.1 CORSMiddleware (starlette/middleware/cors.py). Starlette writes header names lower-case.
import type { CorsSite } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown, pythonFullMatch } from './origins';
import type { LibraryAnswer, WireRequest } from './index';

const ALL_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
export const SAFELISTED = ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type'];
/** CORSMiddleware.__init__ defaults: allow_methods=("GET",), max_age=600. */
export const DEFAULT_METHODS = ['GET'];
export const DEFAULT_MAX_AGE = 600;

export function simulateStarlette(site: CorsSite, req: WireRequest): LibraryAnswer {
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  if (site.origins.notAList) return { unknown: 'allow_origins is one string, so `in` tests substrings' };
  const origin = req.headers.origin;
  if (origin === undefined) return { status: 200, headers: [] };
  const entries = site.origins.entries;
  const allowAll = entries.some((e) => e.kind === 'any');
  const exact = entries.flatMap((e) => (e.kind === 'exact' ? [e.value] : e.kind === 'null' ? ['null'] : []));
  const regex = entries.find((e) => e.kind === 'regex');
  const credentials = site.credentials?.value === true;
  const allowed = (o: string) => allowAll
    || (regex?.kind === 'regex' && (pythonFullMatch(regex.pattern, false)?.test(o) ?? false))
    || exact.includes(o);
  const writtenMethods = site.methods?.value ?? DEFAULT_METHODS;
  const methods = writtenMethods.includes('*') ? ALL_METHODS : writtenMethods;
  const written = site.allowHeaders?.value ?? [];
  const allowAllHeaders = written.includes('*');
  const expose = site.exposeHeaders?.value ?? [];

  if (req.method === 'OPTIONS' && 'access-control-request-method' in req.headers) {
    const explicit = !allowAll || credentials;
    const h = new HeaderBuilder();
    if (explicit) h.set('vary', 'Origin');
    else h.set('access-control-allow-origin', '*');
    h.set('access-control-allow-methods', methods.join(', '));
    h.set('access-control-max-age', String(site.maxAge?.value ?? DEFAULT_MAX_AGE));
    const allowHeaders = [...new Set([...SAFELISTED, ...written])].sort();
    if (!allowAllHeaders) h.set('access-control-allow-headers', allowHeaders.join(', '));
    if (credentials) h.set('access-control-allow-credentials', 'true');
    let failed = false;
    if (allowed(origin)) { if (explicit) h.set('access-control-allow-origin', origin); } else failed = true;
    if (!methods.includes(req.headers['access-control-request-method'])) failed = true;
    const requested = req.headers['access-control-request-headers'];
    if (allowAllHeaders && requested !== undefined) h.set('access-control-allow-headers', requested);
    else if (requested !== undefined) {
      const lower = allowHeaders.map((x) => x.toLowerCase());
      if (requested.toLowerCase().split(',').some((x) => !lower.includes(x.trim()))) failed = true;
    }
    return { status: failed ? 400 : 200, headers: h.toList() };
  }
  const h = new HeaderBuilder();
  if (allowAll) h.set('access-control-allow-origin', '*');
  if (credentials) h.set('access-control-allow-credentials', 'true');
  if (expose.length) h.set('access-control-expose-headers', expose.join(', '));
  if ((allowAll && 'cookie' in req.headers) || (!allowAll && allowed(origin))) {
    h.set('access-control-allow-origin', origin);
    // add_vary_header joins onto any Vary the app set; the app here sets none.
    h.vary('vary', 'Origin');
  }
  return { status: 200, headers: h.toList() };
}
