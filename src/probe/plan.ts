// What a browser's fetch() sends for a request, per the WHATWG Fetch standard: whether a preflight
// is needed, and both requests header by header.
import type { HeaderList, ProbeRequest } from './types';

/** Methods whose actual request the probe sends without asking: they should not change data. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Methods fetch() upper-cases; every other method is sent (and compared) exactly as written. */
const NORMALISED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** Headers a page cannot set; fetch() drops them silently. */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive',
  'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);
const METHOD_OVERRIDE_HEADERS = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

const SAFELISTED_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
const MAX_SAFELISTED_VALUE = 128;
const MAX_SAFELISTED_TOTAL = 1024;

/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isToken(s: string): boolean {
  return TOKEN.test(s);
}

/** Fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT; `patch` is sent as written. */
export function normaliseMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALISED_METHODS.has(upper) ? upper : method;
}

export function isSafelistedMethod(method: string): boolean {
  return SAFELISTED_METHODS.has(method);
}

function isForbiddenHeader(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) return true;
  if (METHOD_OVERRIDE_HEADERS.has(lower)) {
    return value.split(',').some((m) => FORBIDDEN_METHODS.has(m.trim().toUpperCase()));
  }
  return false;
}

/** Fetch's "CORS-unsafe request-header byte". */
function hasUnsafeByte(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || '"():<>?@[\\]{}'.includes(value[i])) return true;
  }
  return false;
}

/** Chromium takes the part before `;`, trimmed, as the MIME type. */
function isSafelistedContentType(value: string): boolean {
  if (hasUnsafeByte(value)) return false;
  const essence = value.toLowerCase().split(';')[0].trim();
  return SAFELISTED_CONTENT_TYPES.has(essence);
}

function isSafelistedRange(value: string): boolean {
  const m = /^bytes=(\d+)-(\d*)$/.exec(value);
  if (!m) return false;
  return m[2] === '' || Number(m[1]) <= Number(m[2]);
}

/** Fetch's "CORS-safelisted request-header", without the 1024-byte total (see unsafeHeaderNames). */
export function isSafelistedHeader(name: string, value: string): boolean {
  if (value.length > MAX_SAFELISTED_VALUE) return false;
  switch (name.toLowerCase()) {
    case 'accept':
      return !hasUnsafeByte(value);
    case 'accept-language':
    case 'content-language':
      return /^[0-9A-Za-z *,\-.;=]*$/.test(value);
    case 'content-type':
      return isSafelistedContentType(value);
    case 'range':
      return isSafelistedRange(value);
    default:
      return false;
  }
}

/** Fetch's "CORS-unsafe request-header names": sorted, lower-cased, without duplicates. */
export function unsafeHeaderNames(headers: HeaderList): string[] {
  const unsafe = new Set<string>();
  const safelisted: string[] = [];
  let total = 0;
  for (const [name, value] of headers) {
    if (isSafelistedHeader(name, value)) {
      safelisted.push(name.toLowerCase());
      total += value.length;
    } else {
      unsafe.add(name.toLowerCase());
    }
  }
  if (total > MAX_SAFELISTED_TOTAL) for (const name of safelisted) unsafe.add(name);
  return [...unsafe].sort();
}

export interface Plan {
  /** The target is not same-origin with the page, so CORS applies. */
  readonly crossOrigin: boolean;
  /** The method as fetch() sends it. */
  readonly method: string;
  /** The page-set headers fetch() sends: duplicates combined, forbidden names dropped. */
  readonly headers: HeaderList;
  /** A `Cookie` value the user gave; stands for the browser's cookie jar, sent only with credentials "include". */
  readonly cookie?: string;
  readonly preflightNeeded: boolean;
  readonly preflightReasons: readonly string[];
  readonly unsafeHeaderNames: readonly string[];
  readonly warnings: readonly string[];
  /** Reasons fetch() would throw before sending anything (TypeError). */
  readonly errors: readonly string[];
}

/** The origin of a URL as the browser serialises it, or undefined for an unparsable URL. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function isSerialisedOrigin(origin: string): boolean {
  return origin === 'null' || originOf(origin) === origin;
}

/** Decides what fetch() would send; pure, so tests and `judge` share it. */
export function planRequest(request: ProbeRequest): Plan {
  const errors: string[] = [];
  const warnings: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(request.url);
  } catch {
    errors.push(`'${request.url}' is not a valid URL.`);
  }
  if (url && url.protocol !== 'http:' && url.protocol !== 'https:') {
    errors.push(`Cross origin requests are only supported for protocol schemes: http, https (got '${url.protocol}').`);
  }
  if (url && (url.username || url.password)) {
    errors.push(`Request cannot be constructed from a URL that includes credentials: ${request.url}`);
  }
  if (!isSerialisedOrigin(request.origin)) {
    errors.push(`'${request.origin}' is not an origin; write scheme://host[:port] with no path or trailing slash, e.g. http://localhost:3000.`);
  }
  if (!isToken(request.method)) errors.push(`'${request.method}' is not a valid HTTP method.`);
  else if (FORBIDDEN_METHODS.has(request.method.toUpperCase())) errors.push(`'${request.method}' HTTP method is unsupported.`);
  const method = normaliseMethod(request.method);

  // Combine duplicates the way Headers.append() does, keeping the first spelling and position.
  const combined = new Map<string, [string, string]>();
  let cookie: string | undefined;
  for (const [rawName, rawValue] of request.headers) {
    const value = rawValue.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (!isToken(rawName)) {
      errors.push(`'${rawName}' is not a valid HTTP header name.`);
      continue;
    }
    if (/[\r\n\0]/.test(value) || /[^\x00-\xff]/.test(value)) {
      errors.push(`The value of header '${rawName}' has characters a header value cannot hold.`);
      continue;
    }
    const lower = rawName.toLowerCase();
    if (lower === 'cookie') {
      cookie = cookie === undefined ? value : `${cookie}; ${value}`;
      continue;
    }
    if (isForbiddenHeader(rawName, value)) {
      warnings.push(`A page cannot set '${rawName}'; fetch() drops it, so the probe does too.`);
      continue;
    }
    const prev = combined.get(lower);
    combined.set(lower, prev ? [prev[0], `${prev[1]}, ${value}`] : [rawName, value]);
  }
  const headers = [...combined.values()];
  const crossOrigin = url !== undefined && url.origin !== request.origin;
  if (cookie !== undefined && (request.credentials === 'omit' || (request.credentials === 'same-origin' && crossOrigin))) {
    warnings.push(`The Cookie header is not sent with credentials "${request.credentials}" on this request; a page cannot set it, the browser sends its cookies.`);
  }
  const unsafe = unsafeHeaderNames(headers);
  const reasons: string[] = [];
  if (!isSafelistedMethod(method)) reasons.push(`method ${method} is not CORS-safelisted (only GET, HEAD and POST are)`);
  for (const name of unsafe) {
    const value = combined.get(name)?.[1] ?? '';
    reasons.push(describeUnsafe(name, value, isSafelistedHeader(name, value)));
  }
  return {
    crossOrigin,
    method,
    headers,
    ...(cookie !== undefined ? { cookie } : {}),
    preflightNeeded: crossOrigin && reasons.length > 0,
    preflightReasons: crossOrigin ? reasons : [],
    unsafeHeaderNames: unsafe,
    warnings,
    errors,
  };
}

function describeUnsafe(name: string, value: string, onlyByTotal: boolean): string {
  if (onlyByTotal) return `header ${name}: the safelisted header values exceed ${MAX_SAFELISTED_TOTAL} bytes in total`;
  if (value.length > MAX_SAFELISTED_VALUE) return `header ${name}: its value is longer than ${MAX_SAFELISTED_VALUE} bytes`;
  if (['accept', 'accept-language', 'content-language', 'content-type', 'range'].includes(name)) {
    return `header ${name}: the value '${value}' is not CORS-safelisted`;
  }
  return `header ${name} is not CORS-safelisted`;
}

/** The preflight's request headers, as Chromium sends them (no cookies, ever). */
export function preflightHeaders(origin: string, method: string, unsafe: readonly string[]): [string, string][] {
  const headers: [string, string][] = [
    ['Accept', '*/*'],
    ['Access-Control-Request-Method', method],
  ];
  if (unsafe.length > 0) headers.push(['Access-Control-Request-Headers', unsafe.join(',')]);
  headers.push(['Origin', origin], ['Sec-Fetch-Mode', 'cors']);
  return headers;
}

/**
 * The typed Cookie stands for the cookie jar of the URL the user gave: the browser sends it with
 * credentials "include", or "same-origin" on a same-origin request, and never to another host a
 * redirect points at.
 */
export function cookieFor(request: ProbeRequest, plan: Plan, url: string, origin: string): string | undefined {
  if (plan.cookie === undefined || originOf(url) !== originOf(request.url)) return undefined;
  const sent = request.credentials === 'include' || (request.credentials === 'same-origin' && originOf(url) === origin);
  return sent ? plan.cookie : undefined;
}

/** The actual request's headers, with the cookie `cookieFor` allows. */
export function actualHeaders(origin: string, pageHeaders: HeaderList, cookie: string | undefined): [string, string][] {
  const headers: [string, string][] = pageHeaders.map(([n, v]) => [n, v]);
  if (!headers.some(([n]) => n.toLowerCase() === 'accept')) headers.unshift(['Accept', '*/*']);
  headers.push(['Origin', origin], ['Sec-Fetch-Mode', 'cors']);
  if (cookie !== undefined) headers.push(['Cookie', cookie]);
  return headers;
}
