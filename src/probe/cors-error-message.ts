// Reads a pasted console line back into what failed: the inverse of console-messages.ts for Chrome,
// plus Firefox's "Cross-Origin Request Blocked" family (MDN's CORS error pages name one reason each).
import { corsErrorText, type MessageDetails } from './console-messages';
import type { CorsError } from './types';

/** Firefox's reason ids, as MDN's CORS error pages are named. */
export type FirefoxReason =
  | 'CORSDisabled'
  | 'CORSDidNotSucceed'
  | 'CORSOriginHeaderNotAdded'
  | 'CORSExternalRedirectNotAllowed'
  | 'CORSRequestNotHttp'
  | 'CORSMissingAllowOrigin'
  | 'CORSAllowOriginNotMatchingOrigin'
  | 'CORSNotSupportingCredentials'
  | 'CORSMethodNotFound'
  | 'CORSMissingAllowCredentials'
  | 'CORSPreflightDidNotSucceed'
  | 'CORSInvalidAllowMethod'
  | 'CORSInvalidAllowHeader'
  | 'CORSMissingAllowHeaderFromPreflight'
  | 'CORSMultipleAllowOriginNotAllowed';

export interface ParsedCorsError {
  readonly browser: 'chrome' | 'firefox';
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
const NETWORK_LINE = /\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|[A-Z]{3,10}) (https?:\/\/\S+) net::ERR_FAILED/;

interface FirefoxTemplate {
  readonly reason: FirefoxReason;
  readonly pattern: RegExp;
  readonly detail?: keyof MessageDetails;
}

// The text inside "(Reason: ...)", quotes normalised to ASCII (Firefox prints ‘’).
const FIREFOX_TEMPLATES: readonly FirefoxTemplate[] = [
  { reason: 'CORSDisabled', pattern: /^CORS disabled$/i },
  { reason: 'CORSDidNotSucceed', pattern: /^CORS request did not succeed$/i },
  { reason: 'CORSOriginHeaderNotAdded', pattern: /^CORS header 'Origin' cannot be added$/i },
  { reason: 'CORSExternalRedirectNotAllowed', pattern: /^CORS request external redirect not allowed$/i },
  { reason: 'CORSRequestNotHttp', pattern: /^CORS request not HTTP$/i },
  { reason: 'CORSMissingAllowOrigin', pattern: /^CORS header 'Access-Control-Allow-Origin' missing$/i },
  { reason: 'CORSAllowOriginNotMatchingOrigin', pattern: /^CORS header 'Access-Control-Allow-Origin' does not match '(.*)'$/i, detail: 'value' },
  { reason: 'CORSNotSupportingCredentials', pattern: /^Credential is not supported if the CORS header 'Access-Control-Allow-Origin' is '\*'$/i },
  { reason: 'CORSMethodNotFound', pattern: /^Did not find method in CORS header 'Access-Control-Allow-Methods'$/i },
  { reason: 'CORSMissingAllowCredentials', pattern: /^expected 'true' in CORS header 'Access-Control-Allow-Credentials'$/i },
  { reason: 'CORSPreflightDidNotSucceed', pattern: /^CORS preflight (?:channel|response) did not succeed$/i },
  { reason: 'CORSInvalidAllowMethod', pattern: /^invalid token '(.*)' in CORS header 'Access-Control-Allow-Methods'$/i, detail: 'method' },
  { reason: 'CORSInvalidAllowHeader', pattern: /^invalid token '(.*)' in CORS header 'Access-Control-Allow-Headers'$/i, detail: 'header' },
  { reason: 'CORSMissingAllowHeaderFromPreflight', pattern: /^missing token '(.*)' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel$/i, detail: 'header' },
  { reason: 'CORSMultipleAllowOriginNotAllowed', pattern: /^Multiple CORS header 'Access-Control-Allow-Origin' not allowed$/i },
];

const FIREFOX_LINE = /Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (\S+?)\.? \(Reason: (.*?)\)\.?(?: Status code: (\d{3})\.?)?\s*$/i;

/** Parses one pasted console message (extra DevTools lines around it are tolerated); undefined when it is no CORS error. */
export function parseCorsError(text: string): ParsedCorsError | undefined {
  const flat = text.replace(/[\u2018\u2019]/g, "'").replace(/\r/g, '');
  const method = NETWORK_LINE.exec(flat)?.[1];
  for (const line of flat.split('\n')) {
    const parsed = parseChrome(line.trim()) ?? parseFirefox(line.trim());
    if (parsed) return method && !parsed.method ? { ...parsed, method } : parsed;
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
  const m = FIREFOX_LINE.exec(line);
  if (!m) return undefined;
  const [, url, reasonText, status] = m;
  for (const t of FIREFOX_TEMPLATES) {
    const hit = t.pattern.exec(reasonText.trim());
    if (!hit) continue;
    const details: MessageDetails = t.detail ? { [t.detail]: t.detail === 'header' ? hit[1].toLowerCase() : hit[1] } : {};
    return { browser: 'firefox', url, failure: t.reason, details, ...(status ? { status: Number(status) } : {}) };
  }
  return undefined;
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
