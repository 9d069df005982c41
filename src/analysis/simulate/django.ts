// django-cors-headers 3.14.0 (corsheaders/middleware.py CorsMiddleware, defaults.py).
import type { CorsSite } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown, pythonMatch } from './origins';
import type { LibraryAnswer, WireRequest } from './index';

/** 3.14's default_headers; the extractor's list is a later release's, so an unwritten setting uses this one. */
export const DEFAULT_HEADERS = ['accept', 'accept-encoding', 'authorization', 'content-type', 'dnt', 'origin', 'user-agent', 'x-csrftoken', 'x-requested-with'];
export const DEFAULT_METHODS = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
export const DEFAULT_MAX_AGE = 86400;

/** urllib.parse.urlsplit's scheme (lower-cased) and netloc, the two parts the middleware compares. */
export function urlsplit(url: string): { scheme: string; netloc: string } {
  let rest = url;
  let scheme = '';
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (m) { scheme = m[1].toLowerCase(); rest = url.slice(m[0].length); }
  let netloc = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, 2 + end);
  }
  return { scheme, netloc };
}

export function simulateDjango(site: CorsSite, req: WireRequest): LibraryAnswer {
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  if (site.origins.notAList) return { unknown: 'CORS_ALLOWED_ORIGINS is one string, which the library iterates character by character' };
  const urlsRegex = site.scope.kind === 'path-pattern' && site.scope.pattern !== undefined ? site.scope.pattern : '^.*$';
  const enabled = pythonMatch(urlsRegex, false)?.test(req.path) ?? false;
  const isPreflight = req.method === 'OPTIONS' && 'access-control-request-method' in req.headers;
  const h = new HeaderBuilder();
  if (!enabled) return { status: isPreflight ? 200 : 200, headers: [] };
  h.vary('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin) return { status: 200, headers: h.toList() };
  const credentials = site.credentials?.value === true;
  if (credentials) h.set('Access-Control-Allow-Credentials', 'true');
  const allowAll = site.origins.entries.some((e) => e.kind === 'any' || e.kind === 'reflect-any');
  const url = urlsplit(origin);
  const found = site.origins.entries.some((e) => {
    switch (e.kind) {
      case 'null': return origin === 'null';
      case 'exact': {
        const o = urlsplit(e.value);
        return (origin === 'null' && e.value === 'null') || (o.scheme === url.scheme && o.netloc === url.netloc);
      }
      case 'regex': return pythonMatch(e.pattern, false)?.test(origin) ?? false;
      default: return false;
    }
  });
  if (!allowAll && !found) return { status: 200, headers: h.toList() };
  h.set('Access-Control-Allow-Origin', allowAll && !credentials ? '*' : origin);
  const expose = site.exposeHeaders?.value ?? [];
  if (expose.length) h.set('Access-Control-Expose-Headers', expose.join(', '));
  if (req.method === 'OPTIONS') {
    const defaulted = (v: { source: { kind: string } } | undefined) => !v || v.source.kind === 'library-default';
    const headers = defaulted(site.allowHeaders) ? DEFAULT_HEADERS : site.allowHeaders!.value;
    const methods = defaulted(site.methods) ? DEFAULT_METHODS : site.methods!.value;
    h.set('Access-Control-Allow-Headers', headers.join(', '));
    h.set('Access-Control-Allow-Methods', methods.join(', '));
    const maxAge = defaulted(site.maxAge) ? DEFAULT_MAX_AGE : site.maxAge!.value;
    if (maxAge) h.set('Access-Control-Max-Age', String(maxAge));
  }
  return { status: 200, headers: h.toList() };
}
