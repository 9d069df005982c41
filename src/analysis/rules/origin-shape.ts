// Why an exact origin string can never equal the `Origin` header a browser sends.
// A serialized origin is `scheme://host[:port]`: lower-case, no path, no default port.

import { isLocalHost } from './origin-facts';

export interface ShapeProblem {
  readonly kind: 'spaces' | 'list' | 'glob' | 'no-scheme' | 'path' | 'case' | 'default-port';
  readonly what: string;
  /** The origin the author most likely meant, when one can be derived. */
  readonly normalized?: string;
}

const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/** How the library compares; see LibrarySemantics.exactMatch. */
export type ExactMatch = 'exact' | 'casefold' | 'scheme-netloc';

export function originShapeProblem(value: string, starIsGlob: boolean, match: ExactMatch = 'exact'): ShapeProblem | undefined {
  if (value !== value.trim()) return { kind: 'spaces', what: 'it has surrounding spaces', normalized: normalize(value.trim()) };
  if (/[,\s]/.test(value)) return { kind: 'list', what: 'it holds several origins in one string; browsers send one origin, never a list' };
  if (starIsGlob && value.includes('*')) {
    return { kind: 'glob', what: '`*` is not a wildcard inside an origin string: the library compares the whole string, so it matches nothing' };
  }
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(value);
  if (!m) {
    // A guess: local dev servers are plain http, anything else is assumed to be https.
    const scheme = isLocalHost(value.replace(/[:/].*$/, '')) ? 'http' : 'https';
    return { kind: 'no-scheme', what: 'it has no scheme (`http://` or `https://`)', normalized: normalize(`${scheme}://${value}`) };
  }
  const [, scheme, authority, rest] = m;
  if (rest) return { kind: 'path', what: rest === '/' ? 'it ends with a slash' : `it has a path (\`${rest}\`)`, normalized: normalize(`${scheme}://${authority}`) };
  // Django's urlsplit lower-cases the scheme but keeps the host as written; flask-cors casefolds both.
  const compared = match === 'scheme-netloc' ? authority : match === 'exact' ? value : '';
  if (compared !== compared.toLowerCase()) {
    return { kind: 'case', what: 'browsers send the scheme and host in lower case', normalized: normalize(value) };
  }
  const port = /:(\d+)$/.exec(authority)?.[1];
  if (port && DEFAULT_PORT[scheme.toLowerCase()] === port) {
    return { kind: 'default-port', what: `browsers omit the default port :${port}`, normalized: normalize(value) };
  }
  return undefined;
}

/** `HTTPS://App.Example.com:443/path` → `https://app.example.com`; undefined when it is not an origin. */
export function normalize(value: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)/i.exec(value);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  let authority = m[2].toLowerCase();
  const port = /:(\d+)$/.exec(authority)?.[1];
  if (port && DEFAULT_PORT[scheme] === port) authority = authority.slice(0, -(port.length + 1));
  return `${scheme}://${authority}`;
}
