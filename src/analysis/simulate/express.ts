// expressjs/cors 2.8.6 (node_modules/cors/lib/index.js), which Nest's Express adapter also uses.
import type { CorsSite } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown, userRegex } from './origins';
import type { LibraryAnswer, WireRequest } from './index';

export const DEFAULT_METHODS = 'GET,HEAD,PUT,PATCH,POST,DELETE';

/** The `origin` option as cors() sees it after `assign({}, defaults, options)`. */
type OriginOption = { kind: 'star' } | { kind: 'fixed'; value: string } | { kind: 'match'; test: (o: string) => boolean } | { kind: 'callback-deny' };

function originOption(site: CorsSite, origin: string): OriginOption | { unknown: string } {
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  const entries = site.origins.entries;
  if (entries.length === 0) {
    // `origin: false` / '' / null: the middleware calls next() without a header; an unwritten option is '*'.
    return site.origins.source.kind === 'library-default' ? { kind: 'star' } : { kind: 'callback-deny' };
  }
  if (entries.length === 1 && entries[0].kind === 'any') return { kind: 'star' };
  // A single string written as the option itself (not an array item) is sent as is to every caller.
  const only = entries[0];
  if (entries.length === 1 && (only.kind === 'exact' || only.kind === 'null') && sameRange(only.range, site.origins.range)) {
    return { kind: 'fixed', value: only.kind === 'null' ? 'null' : only.value };
  }
  const callback = entries.some((e) => e.kind === 'reflect-any' && e.how !== '`origin: true`');
  const test = (o: string) => entries.some((e) => {
    switch (e.kind) {
      case 'exact': return o === e.value;
      case 'null': return o === 'null';
      case 'regex': return userRegex(e.pattern, e.flags)?.test(o) ?? false;
      case 'any': return o === '*';
      case 'reflect-any': return true;
      default: return false;
    }
  });
  // A callback that answers false stops the middleware before any header; an array that misses still sends Vary.
  if (callback && !test(origin)) return { kind: 'callback-deny' };
  return { kind: 'match', test };
}

function sameRange(a: CorsSite['range'] | undefined, b: CorsSite['range'] | undefined): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}

/** `app.use('/x', cors())` runs for /x and below; a route scope is the route the request names. */
export function expressScopeMatches(site: CorsSite, path: string): boolean {
  const p = site.scope.pattern;
  if (site.scope.kind !== 'path-pattern' || !p || p === '*' || p === '/' || p === '/*') return true;
  const base = p.replace(/\/\*?$/, '');
  return path === base || path.startsWith(`${base}/`);
}

export function simulateExpress(site: CorsSite, req: WireRequest): LibraryAnswer {
  const origin = req.headers.origin ?? '';
  const isPreflight = req.method === 'OPTIONS';
  if (!expressScopeMatches(site, req.path)) return { status: isPreflight ? 404 : 200, headers: [] };
  if (!isPreflight && site.scope.preflightOnly) return { status: 200, headers: [] };
  const opt = originOption(site, origin);
  if ('unknown' in opt) return opt;
  const h = new HeaderBuilder();
  if (opt.kind === 'callback-deny') return { status: isPreflight ? 404 : 200, headers: [] };
  if (opt.kind === 'star') h.set('Access-Control-Allow-Origin', '*');
  else if (opt.kind === 'fixed') { h.set('Access-Control-Allow-Origin', opt.value); h.vary('Vary', 'Origin'); }
  else {
    if (opt.test(origin)) h.set('Access-Control-Allow-Origin', origin);
    h.vary('Vary', 'Origin');
  }
  if (site.credentials?.value === true) h.set('Access-Control-Allow-Credentials', 'true');
  if (isPreflight) {
    const methods = site.methods ? site.methods.value.join(',') : DEFAULT_METHODS;
    if (methods) h.set('Access-Control-Allow-Methods', methods);
    if (!site.allowHeaders) {
      h.vary('Vary', 'Access-Control-Request-Headers');
      const requested = req.headers['access-control-request-headers'];
      if (requested) h.set('Access-Control-Allow-Headers', requested);
    } else if (site.allowHeaders.value.length) {
      h.set('Access-Control-Allow-Headers', site.allowHeaders.value.join(','));
    }
    if (site.maxAge !== undefined) h.set('Access-Control-Max-Age', String(site.maxAge.value));
  }
  const expose = site.exposeHeaders?.value.join(',');
  if (expose) h.set('Access-Control-Expose-Headers', expose);
  return { status: isPreflight ? 204 : 200, headers: h.toList() };
}
