// Reads a pasted console line back into what failed: the inverse of console-messages.ts for Chrome,
// plus Firefox's "Cross-Origin Request Blocked" family in every locale (messages/firefox.ts).
import { corsErrorText, type MessageDetails } from './console-messages';
import { parseLegacyChrome } from './messages/chrome-legacy';
import { parseFirefoxMessage, type FirefoxReason } from './messages/firefox';
import { parseSafari } from './messages/safari';
import type { CorsError } from './types';

export type { FirefoxReason } from './messages/firefox';

export interface ParsedCorsError {
  readonly browser: 'chrome' | 'firefox' | 'safari';
  /** Set when the message is in Chrome's wording from before Chrome 73 ("Failed to load …", "XMLHttpRequest cannot load …"). */
  readonly legacy?: true;
  /** The URL the failing request went to (after redirects, for Chrome). */
  readonly url: string;
  /** Chrome's `(redirected from '...')`: the URL the page asked for. */
  readonly initialUrl?: string;
  /** The page's origin; Firefox does not print it. */
  readonly origin?: string;
  readonly failure: CorsError | FirefoxReason;
  /** The quoted header value, method or request header the message names. */
  readonly details: MessageDetails;
  /** From DevTools' network line (`GET http://... net::ERR_FAILED`) when it was pasted too. */
  readonly method?: string;
  /** Firefox's `Status code: N`. */
  readonly status?: number;
  /** Firefox's `Status code: (null)`: no response arrived, so the server's CORS code never ran. */
  readonly noResponse?: boolean;
  /** The locale of a Firefox message (`en-GB` for English). */
  readonly locale?: string;
  /** `fetch` or `XMLHttpRequest` (Chrome names the API). */
  readonly api?: string;
}

// Placeholders no real message contains; each becomes a capture group.
const HOLE = { value: '\u0001V\u0001', method: '\u0001M\u0001', header: '\u0001H\u0001' };
const VALID_VALUE_HINT = ' Have the server send the header with a valid value.';

const CHROME_ERRORS: readonly CorsError[] = [
  'WildcardOriginNotAllowed', 'MissingAllowOriginHeader', 'MultipleAllowOriginValues', 'InvalidAllowOriginValue',
  'AllowOriginMismatch', 'InvalidAllowCredentials', 'CorsDisabledScheme', 'PreflightInvalidStatus',
  'PreflightDisallowedRedirect', 'PreflightWildcardOriginNotAllowed', 'PreflightMissingAllowOriginHeader',
  'PreflightMultipleAllowOriginValues', 'PreflightInvalidAllowOriginValue', 'PreflightAllowOriginMismatch',
  'PreflightInvalidAllowCredentials', 'InvalidAllowMethodsPreflightResponse', 'InvalidAllowHeadersPreflightResponse',
  'MethodDisallowedByPreflightResponse', 'HeaderDisallowedByPreflightResponse', 'RedirectContainsCredentials',
];

interface Template {
  readonly error: CorsError;
  readonly pattern: RegExp;
  /** Which detail each capture group fills, in order. */
  readonly groups: ReadonlyArray<keyof MessageDetails>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built from console-messages.ts itself, so the two cannot drift apart. */
const CHROME_TEMPLATES: readonly Template[] = CHROME_ERRORS.map(error => {
  let text = corsErrorText(error, HOLE);
  // Chrome 156 leaves the redirect location empty; other versions print it.
  if (error === 'RedirectContainsCredentials') text = text.replace("''", `'${HOLE.value}'`);
  const groups: Array<keyof MessageDetails> = [];
  let source = escapeRe(text)
    // Older Chromes end without the hint, or with the no-cors advice instead (stripped before matching).
    .replace(escapeRe(VALID_VALUE_HINT), `(?:${escapeRe(VALID_VALUE_HINT)})?`);
  source = source.replace(/\u0001([VMH])\u0001/g, (_m, k: string) => {
    groups.push(k === 'V' ? 'value' : k === 'M' ? 'method' : 'header');
    // Quoted values may hold anything but the quote that closes them; names are tokens.
    return k === 'V' ? '(.*?)' : '(\\S+)';
  });
  return { error, pattern: new RegExp(`^${source}$`), groups };
});

const CHROME_LINE = /Access to (\S+) at '([^']*)'(?: \(redirected from '([^']*)'\))? from origin '([^']*)' has been blocked by CORS policy: (.*)$/;
const NO_CORS_ADVICE = / ?If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled\.$/;
const NETWORK_LINE = /\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|[A-Z]{3,10}) (https?:\/\/\S+) net::ERR_FAILED(?: (\d{3}))?/;
/** Chrome's line for a request that got no HTTP answer at all: the server was never reached. */
const UNREACHED_LINE = /\b(?:(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|[A-Z]{3,10}) )?(https?:\/\/\S+) net::(ERR_(?:CONNECTION_(?:REFUSED|RESET|CLOSED|TIMED_OUT|FAILED)|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|EMPTY_RESPONSE|SSL_PROTOCOL_ERROR|CERT_\w+|TIMED_OUT))\b/;

/** Parses one pasted console message (extra DevTools lines around it are tolerated); undefined when it is no CORS error. */
export function parseCorsError(text: string): ParsedCorsError | undefined {
  const flat = text.replace(/[\u2018\u2019]/g, "'").replace(/\r/g, '');
  const network = NETWORK_LINE.exec(flat);
  const method = network?.[1];
  // "net::ERR_FAILED 503 (Service Unavailable)": the status of the response the CORS check refused.
  const status = network?.[3] ? { status: Number(network[3]) } : {};
  const lines = flat.split('\n').map(l => l.trim());
  for (const line of lines) {
    const parsed = parseChrome(line) ?? parseFirefox(line);
    if (parsed) return { ...status, ...parsed, ...(method && !parsed.method ? { method } : {}) };
  }
  for (const line of lines) {
    const old = parseLegacyChrome(line);
    if (old) {
      return {
        browser: 'chrome', legacy: true, ...status, ...old,
        ...(old.failure === 'MethodDisallowedByPreflightResponse' ? { method: old.details.method } : method ? { method } : {}),
      };
    }
  }
  const safari = parseSafari(flat);
  if (safari) return { browser: 'safari', ...safari, ...(safari.failure === 'MethodDisallowedByPreflightResponse' ? { method: safari.details.method } : {}) };
  const unreached = UNREACHED_LINE.exec(flat);
  if (unreached) {
    const [, verb, url, code] = unreached;
    return { browser: 'chrome', url, failure: 'CORSDidNotSucceed', details: { value: code }, noResponse: true, ...(verb ? { method: verb } : {}) };
  }
  return undefined;
}

function parseChrome(line: string): ParsedCorsError | undefined {
  const m = CHROME_LINE.exec(line);
  if (!m) return undefined;
  const [, api, url, initialUrl, origin, rest] = m;
  const sentence = rest.replace(NO_CORS_ADVICE, '').trim();
  for (const t of CHROME_TEMPLATES) {
    const hit = t.pattern.exec(sentence);
    if (!hit) continue;
    const details: Record<string, string> = {};
    t.groups.forEach((g, i) => { details[g] = g === 'header' ? hit[i + 1].toLowerCase() : hit[i + 1]; });
    // The empty location Chrome 156 prints says nothing.
    if (t.error === 'RedirectContainsCredentials' && !details.value) delete details.value;
    return {
      browser: 'chrome', url, origin, failure: t.error, details, api,
      ...(initialUrl ? { initialUrl } : {}),
      ...(t.error === 'MethodDisallowedByPreflightResponse' ? { method: details.method } : {}),
    };
  }
  return undefined;
}

function parseFirefox(line: string): ParsedCorsError | undefined {
  const m = parseFirefoxMessage(line);
  if (!m) return undefined;
  return {
    browser: 'firefox', url: m.url, failure: m.reason, details: m.details, locale: m.locale,
    ...(m.status !== undefined ? { status: m.status } : {}), ...(m.noResponse ? { noResponse: true } : {}),
  };
}

/** The browser as a person names it. */
export function browserLabel(p: Pick<ParsedCorsError, 'browser'>): string {
  return p.browser === 'chrome' ? 'Chrome' : p.browser === 'firefox' ? 'Firefox' : 'Safari';
}

/** What a Firefox reason means in Chrome's terms, when one error matches it (the explanation reuses Chrome's wording). */
export const FIREFOX_AS_CHROME: Partial<Record<FirefoxReason, CorsError>> = {
  CORSMissingAllowOrigin: 'MissingAllowOriginHeader',
  CORSAllowOriginNotMatchingOrigin: 'AllowOriginMismatch',
  CORSNotSupportingCredentials: 'WildcardOriginNotAllowed',
  CORSMethodNotFound: 'MethodDisallowedByPreflightResponse',
  CORSMissingAllowCredentials: 'InvalidAllowCredentials',
  CORSPreflightDidNotSucceed: 'PreflightInvalidStatus',
  CORSInvalidAllowMethod: 'InvalidAllowMethodsPreflightResponse',
  CORSInvalidAllowHeader: 'InvalidAllowHeadersPreflightResponse',
  CORSMissingAllowHeaderFromPreflight: 'HeaderDisallowedByPreflightResponse',
  CORSMultipleAllowOriginNotAllowed: 'MultipleAllowOriginValues',
  CORSRequestNotHttp: 'CorsDisabledScheme',
};
