// flask-cors 3.0.10 (flask_cors/core.py get_cors_headers, extension.py cors_after_request).
import type { CorsSite } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown, pythonMatch } from './origins';
import type { LibraryAnswer, WireRequest } from './index';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'];
const REGEX_CHARS = ['*', '\\', ']', '?', '$', '^', '[', '(', ')'];

function probablyRegex(s: string): boolean {
  return REGEX_CHARS.some((c) => s.includes(c));
}

/** try_match_pattern: a regex-looking string is re.match'ed, anything else compared (casefolded when asked). */
function tryMatch(value: string, pattern: string, caseSensitive: boolean): boolean {
  if (probablyRegex(pattern)) return pythonMatch(pattern, !caseSensitive)?.test(value) ?? false;
  return caseSensitive ? value === pattern : value.toLowerCase() === pattern.toLowerCase();
}

/** The origins list after sanitize_regex_param: '*' becomes '.*'. */
function originPatterns(site: CorsSite): string[] {
  if (site.origins.entries.length === 0 && site.origins.source.kind === 'library-default') return ['.*'];
  return site.origins.entries.flatMap((e) => {
    switch (e.kind) {
      case 'any': return ['.*'];
      case 'exact': return [e.value === '*' ? '.*' : e.value];
      case 'regex': return [e.pattern];
      case 'null': return ['null'];
      // `origins=True`-like reflect-any is not a flask-cors value; treat as '.*' (what the extractor means).
      default: return ['.*'];
    }
  });
}

/** Python's sorted() + ', '.join for a list option (flexible_str). */
function flexible(list: readonly string[]): string {
  return [...list].sort().join(', ');
}

export function flaskScopeMatches(site: CorsSite, path: string): boolean {
  const p = site.scope.pattern;
  if (site.scope.kind !== 'path-pattern' || p === undefined) return true;
  return tryMatch(decodeURIComponent(path), p === '*' ? '.*' : p, true);
}

export function simulateFlask(site: CorsSite, req: WireRequest): LibraryAnswer {
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  if (!flaskScopeMatches(site, req.path)) return { status: 200, headers: [] };
  const origins = originPatterns(site);
  const wildcard = origins.includes('.*');
  const credentials = site.credentials?.value === true;
  const origin = req.headers.origin;
  let toSet: string[] | undefined;
  if (origin) {
    if (wildcard && site.sendWildcard?.value) toSet = ['*'];
    else if (origins.some((p) => tryMatch(origin, p, false))) toSet = [origin];
  }
  const h = new HeaderBuilder();
  if (!toSet) return { status: 200, headers: [] };
  h.set('Access-Control-Allow-Origin', toSet[0]);
  const expose = site.exposeHeaders && site.exposeHeaders.value.length ? flexible(site.exposeHeaders.value) : undefined;
  if (expose) h.set('Access-Control-Expose-Headers', expose);
  if (credentials) h.set('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    const methods = flexible((site.methods?.value ?? ALL_METHODS).map((m) => m.toUpperCase()));
    const requested = (req.headers['access-control-request-method'] ?? '').toUpperCase();
    // `in` on the serialised string: a substring test, as the library does it.
    if (requested && methods.includes(requested)) {
      const requestedHeaders = req.headers['access-control-request-headers'];
      if (requestedHeaders) {
        const allow = (site.allowHeaders?.value ?? ['*']).map((p) => (p === '*' ? '.*' : p));
        const matching = requestedHeaders.split(',').map((s) => s.trim()).filter((x) => allow.some((p) => tryMatch(x, p, false)));
        const value = matching.sort().join(', ');
        if (value) h.set('Access-Control-Allow-Headers', value);
      }
      if (site.maxAge !== undefined && site.maxAge.value) h.set('Access-Control-Max-Age', String(site.maxAge.value));
      if (methods) h.set('Access-Control-Allow-Methods', methods);
    }
  }
  if (site.varyOrigin !== false && toSet[0] !== '*' && (origins.length > 1 || origins.some(probablyRegex))) h.add('Vary', 'Origin');
  return { status: 200, headers: h.toList() };
}
