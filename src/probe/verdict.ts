// The browser's verdict on an exchange, as a pure function of the request and the responses.
// Checks run in Chromium's order (CorsURLLoader, PreflightController, PreflightResult) and the first
// failure is the one reported, because that is the only one the console shows.
import { consoleMessage, type MessageDetails } from './console-messages';
import { cookieWarnings } from './cookies';
import { headerValue, isRedirect, listItems } from './headers';
import { isSafelistedMethod, isToken, originOf, planRequest, unsafeHeaderNames } from './plan';
import type {
  CorsError, Exchanges, FailingStep, HeaderList, Hop, MaxAge, ProbeRequest, StepKind, Verdict, WireResponse,
} from './types';

const CHROME_MAX_AGE = 7200;
const FIREFOX_MAX_AGE = 86400;
const DEFAULT_MAX_AGE = 5;
const MAX_REDIRECTS = 20;
/** Headers fetch() drops when a redirect changes the method to GET. */
const BODY_HEADERS = new Set(['content-encoding', 'content-language', 'content-location', 'content-type']);
/** Response headers page script can always read. */
const SAFELISTED_RESPONSE_HEADERS = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];

interface Failure {
  readonly error: CorsError | null;
  readonly details?: MessageDetails;
  /** For failures with no CORS message (a network error the console reports as net::ERR_…). */
  readonly text?: string;
}

function normaliseExchanges(exchanges: Exchanges): readonly Hop[] {
  if ('hops' in exchanges) return exchanges.hops;
  const actual = exchanges.actual ?? [];
  const hops: Hop[] = actual.map((response) => ({ response }));
  if (exchanges.preflight) hops[0] = { ...(hops[0] ?? {}), preflight: exchanges.preflight };
  return hops;
}

/** Chromium's CheckAccess: Allow-Origin, then Allow-Credentials. */
function checkAccess(headers: HeaderList, origin: string, include: boolean): Failure | null {
  const allowOrigin = headerValue(headers, 'access-control-allow-origin');
  if (allowOrigin === '*') return include ? { error: 'WildcardOriginNotAllowed' } : null;
  if (allowOrigin === undefined) return { error: 'MissingAllowOriginHeader' };
  if (allowOrigin !== origin) {
    if (/[ ,]/.test(allowOrigin)) return { error: 'MultipleAllowOriginValues', details: { value: allowOrigin } };
    if (allowOrigin === 'null' || originOf(allowOrigin) !== undefined) {
      return { error: 'AllowOriginMismatch', details: { value: allowOrigin } };
    }
    return { error: 'InvalidAllowOriginValue', details: { value: allowOrigin } };
  }
  if (include) {
    const allowCredentials = headerValue(headers, 'access-control-allow-credentials');
    if (allowCredentials !== 'true') return { error: 'InvalidAllowCredentials', details: { value: allowCredentials ?? '' } };
  }
  return null;
}

const PREFLIGHT_ACCESS_ERRORS: Partial<Record<CorsError, CorsError>> = {
  WildcardOriginNotAllowed: 'PreflightWildcardOriginNotAllowed',
  MissingAllowOriginHeader: 'PreflightMissingAllowOriginHeader',
  MultipleAllowOriginValues: 'PreflightMultipleAllowOriginValues',
  InvalidAllowOriginValue: 'PreflightInvalidAllowOriginValue',
  AllowOriginMismatch: 'PreflightAllowOriginMismatch',
  InvalidAllowCredentials: 'PreflightInvalidAllowCredentials',
};

function maxAgeOf(headers: HeaderList): MaxAge {
  const header = headerValue(headers, 'access-control-max-age');
  const parsed = header !== undefined && /^-?\d+$/.test(header) ? Number(header) : DEFAULT_MAX_AGE;
  const seconds = Math.max(0, parsed);
  return {
    chrome: Math.min(seconds, CHROME_MAX_AGE),
    firefox: Math.min(seconds, FIREFOX_MAX_AGE),
    ...(header !== undefined ? { header } : {}),
  };
}

interface PreflightContext {
  readonly origin: string;
  readonly method: string;
  readonly unsafe: readonly string[];
  readonly hasAuthorization: boolean;
  readonly include: boolean;
}

/** Chromium's preflight checks in order: redirect, access, status, parse, method, headers. */
function checkPreflight(response: WireResponse, ctx: PreflightContext, warnings: string[]): Failure | null {
  if (isRedirect(response.status, response.headers)) return { error: 'PreflightDisallowedRedirect' };
  const access = checkAccess(response.headers, ctx.origin, ctx.include);
  if (access) return { ...access, error: access.error && (PREFLIGHT_ACCESS_ERRORS[access.error] ?? access.error) };
  if (response.status < 200 || response.status > 299) return { error: 'PreflightInvalidStatus' };

  const methods = listItems(headerValue(response.headers, 'access-control-allow-methods'));
  if (!methods.every(isToken)) return { error: 'InvalidAllowMethodsPreflightResponse' };
  const names = listItems(headerValue(response.headers, 'access-control-allow-headers'));
  if (!names.every(isToken)) return { error: 'InvalidAllowHeadersPreflightResponse' };
  const allowedNames = new Set(names.map((n) => n.toLowerCase()));

  const methodListed = methods.includes(ctx.method);
  if (!methodListed && !isSafelistedMethod(ctx.method) && (ctx.include || !methods.includes('*'))) {
    return { error: 'MethodDisallowedByPreflightResponse', details: { method: ctx.method } };
  }
  if (!methodListed && !ctx.include && methods.includes('*') && methods.some((m) => m.toUpperCase() === ctx.method.toUpperCase())) {
    warnings.push(`Allow-Methods lists '${methods.find((m) => m.toUpperCase() === ctx.method.toUpperCase())}', which does not match ${ctx.method} (methods compare case-sensitively); only '*' lets it through.`);
  }
  if (!ctx.include && allowedNames.has('*')) {
    if (ctx.hasAuthorization && !allowedNames.has('authorization')) {
      warnings.push("Chrome lets 'Access-Control-Allow-Headers: *' cover Authorization today, with a deprecation warning; the Fetch standard and future browsers block it. List 'Authorization' explicitly.");
    }
    return null;
  }
  for (const name of ctx.unsafe) {
    if (!allowedNames.has(name)) return { error: 'HeaderDisallowedByPreflightResponse', details: { header: name } };
  }
  return null;
}

function maxAgeWarnings(maxAge: MaxAge): string[] {
  const seconds = maxAge.header !== undefined && /^-?\d+$/.test(maxAge.header) ? Number(maxAge.header) : undefined;
  if (maxAge.header !== undefined && seconds === undefined) {
    return [`Access-Control-Max-Age '${maxAge.header}' is not a number; Chrome caches the preflight for ${DEFAULT_MAX_AGE} s.`];
  }
  if (seconds === undefined) return [];
  const out: string[] = [];
  if (seconds > FIREFOX_MAX_AGE) out.push(`Access-Control-Max-Age ${seconds} s is capped: Chrome keeps the preflight ${CHROME_MAX_AGE} s, Firefox ${FIREFOX_MAX_AGE} s.`);
  else if (seconds > CHROME_MAX_AGE) out.push(`Access-Control-Max-Age ${seconds} s is capped to ${CHROME_MAX_AGE} s (2 h) by Chrome; Firefox honours up to ${FIREFOX_MAX_AGE} s.`);
  return out;
}

/** Response headers script can read: the safelisted ones plus Expose-Headers (`*` only without credentials, never Set-Cookie). */
function exposedHeaders(response: WireResponse, include: boolean): string[] {
  const exposed = listItems(headerValue(response.headers, 'access-control-expose-headers')).map((n) => n.toLowerCase());
  const present = [...new Set(response.headers.map(([n]) => n.toLowerCase()))];
  const readable = present.filter((n) =>
    n !== 'set-cookie' && n !== 'set-cookie2' &&
    (SAFELISTED_RESPONSE_HEADERS.includes(n) || exposed.includes(n) || (!include && exposed.includes('*'))));
  return readable.sort();
}

/** The next request the browser would send, when the exchanges so far do not settle the verdict. */
export interface NextRequest {
  readonly kind: 'preflight' | 'actual';
  readonly hop: number;
  readonly url: string;
  readonly method: string;
  /** What the browser sends as Origin on this hop (`null` after a tainting redirect). */
  readonly origin: string;
  /** Page-set headers still attached on this hop. */
  readonly headers: HeaderList;
  readonly unsafeHeaderNames: readonly string[];
}

/**
 * Would Chromium let the page read the response? `request` is what the page passes to fetch();
 * `exchanges` what the server answered. Stops at the first failure, as the browser does.
 */
export function judge(request: ProbeRequest, exchanges: Exchanges): Verdict {
  return walk(request, normaliseExchanges(exchanges)).verdict;
}

/** The verdict so far and, when it is not settled, the request the browser sends next. */
export function walk(request: ProbeRequest, hops: readonly Hop[]): { verdict: Verdict; next?: NextRequest } {
  const plan = planRequest(request);
  const warnings = [...plan.warnings];
  const base = {
    warnings,
    preflightNeeded: plan.preflightNeeded,
    preflightReasons: plan.preflightReasons,
  };
  if (plan.errors.length > 0) {
    return { verdict: {
      ...base, allowed: false, complete: true, corsError: null, message: `TypeError: ${plan.errors[0]}`,
      failingStep: { kind: 'plan', hop: 0, url: request.url }, finalUrl: request.url,
    } };
  }

  const include = request.credentials === 'include';
  const initialUrl = new URL(request.url).href;
  let url = initialUrl;
  let origin = request.origin;
  let method = plan.method;
  let pageHeaders = plan.headers;
  let corsFlag = false;
  let maxAge: MaxAge | undefined;

  const fail = (kind: StepKind, hop: number, failure: Failure): { verdict: Verdict } => {
    const step: FailingStep = { kind, hop, url };
    const message = failure.error
      ? consoleMessage(url, initialUrl, request.origin, failure.error, failure.details)
      : failure.text ?? null;
    return { verdict: {
      ...base, allowed: false, complete: true, failingStep: step, corsError: failure.error, message,
      finalUrl: url, ...(maxAge ? { maxAge } : {}),
    } };
  };
  const incomplete = (kind: NextRequest['kind'], hop: number, unsafe: readonly string[]) => ({
    verdict: {
      ...base, allowed: true, complete: false, failingStep: null, corsError: null, message: null,
      finalUrl: url, ...(maxAge ? { maxAge } : {}),
    },
    next: { kind, hop, url, method, origin, headers: pageHeaders, unsafeHeaderNames: unsafe },
  });

  for (let i = 0; ; i++) {
    // The CORS flag sticks once any hop is cross-origin.
    corsFlag ||= originOf(url) !== request.origin;
    const unsafe = unsafeHeaderNames(pageHeaders);
    const hop = hops[i];
    if (corsFlag && (!isSafelistedMethod(method) || unsafe.length > 0)) {
      if (!hop?.preflight) return incomplete('preflight', i, unsafe);
      const failure = checkPreflight(hop.preflight, {
        origin, method, unsafe, include,
        hasAuthorization: pageHeaders.some(([n]) => n.toLowerCase() === 'authorization'),
      }, warnings);
      if (failure) return fail('preflight', i, failure);
      if (!maxAge) {
        maxAge = maxAgeOf(hop.preflight.headers);
        warnings.push(...maxAgeWarnings(maxAge));
      }
    }
    const response = hop?.response;
    if (!response) return incomplete('actual', i, unsafe);
    if (corsFlag) {
      const failure = checkAccess(response.headers, origin, include);
      if (failure) return fail('actual', i, failure);
    }
    if (!isRedirect(response.status, response.headers)) {
      if (corsFlag) warnings.push(...cookieWarnings(response.headers, url, request.origin, request.credentials));
      return { verdict: {
        ...base, allowed: true, complete: true, failingStep: null, corsError: null, message: null, finalUrl: url,
        ...(maxAge ? { maxAge } : {}),
        // Script never sees Set-Cookie, even same-origin.
        exposedHeaders: corsFlag ? exposedHeaders(response, include)
          : [...new Set(response.headers.map(([n]) => n.toLowerCase()))].filter(n => n !== 'set-cookie' && n !== 'set-cookie2').sort(),
      } };
    }

    // Follow the redirect as fetch() does.
    if (i + 1 > MAX_REDIRECTS) return fail('actual', i, { error: null, text: 'net::ERR_TOO_MANY_REDIRECTS: more than 20 redirects.' });
    const location = headerValue(response.headers, 'location') ?? '';
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return fail('actual', i, { error: null, text: `net::ERR_INVALID_REDIRECT: the Location '${location}' is not a valid URL.` });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return fail('actual', i, corsFlag ? { error: 'CorsDisabledScheme' } : { error: null, text: `net::ERR_UNSAFE_REDIRECT to '${next.href}'.` });
    }
    // Fetch's HTTP-redirect fetch: credentials in the URL fail once the request is CORS or the target is cross-origin.
    if ((corsFlag || next.origin !== request.origin) && (next.username || next.password)) {
      warnings.push(`The redirect goes to ${next.href}, which carries a user name and password; browsers refuse to follow it.`);
      return fail('actual', i, { error: 'RedirectContainsCredentials' });
    }
    const status = response.status;
    if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD')) {
      method = 'GET';
      pageHeaders = pageHeaders.filter(([n]) => !BODY_HEADERS.has(n.toLowerCase()));
    }
    const crossRedirect = next.origin !== originOf(url);
    if (crossRedirect) {
      pageHeaders = pageHeaders.filter(([n]) => n.toLowerCase() !== 'authorization');
      // A cross-origin hop away from an already cross-origin URL taints the origin.
      if (originOf(url) !== request.origin && origin !== 'null') {
        origin = 'null';
        warnings.push(`After the cross-origin redirect from ${url} to ${next.href} the browser sends 'Origin: null'; the server must answer 'Access-Control-Allow-Origin: null' or '*'.`);
      }
    }
    url = next.href;
  }
}
