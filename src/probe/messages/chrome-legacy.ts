// Chrome's CORS console messages before Chrome 73 moved to "Access to fetch at … has been blocked by
// CORS policy": Blink's WebCORS strings (AccessControlErrorString, PreflightErrorString), wrapped in
// "XMLHttpRequest cannot load URL." / "Fetch API cannot load URL." (to Chrome 63) or "Failed to load
// URL:" (Chrome 64–72). People still paste them from old answers and old browsers.
import type { MessageDetails } from '../console-messages';
import type { CorsError } from '../types';

export interface LegacyChromeMessage {
  readonly url: string;
  readonly origin?: string;
  readonly failure: CorsError;
  readonly details: MessageDetails;
  /** "The response had HTTP status code N." or "invalid HTTP status code N". */
  readonly status?: number;
  /** `fetch` or `XMLHttpRequest`, when the wrapper names it. */
  readonly api?: string;
}

/** The API (when named), the URL and the sentence that follows. */
const WRAPPERS: readonly RegExp[] = [
  /(XMLHttpRequest|Fetch API) cannot load (\S+?)\.?\s+(.*)$/,
  /()Failed to load (\S+?):\s+(.*)$/,
  // The redirect response (from the first URL) failed the check; the second is where it pointed.
  /()Redirect from '([^']*)' to '[^']*' has been blocked by CORS policy:\s+(.*)$/,
];

const ORIGIN_DENIED = /\s*Origin '([^']*)' is therefore not allowed access\./;
const STATUS = /\s*The response had HTTP status code (\d{3})\./;
const NOISE = [
  /\s*If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled\./,
  /\s*Have the server send the header with a valid value, or, if an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled\./,
  /\s*The credentials mode of requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute\./,
];
const PREFLIGHT_CHECK = /^Response to preflight request doesn't pass access control check:\s*/;

/** Each Blink sentence, with the error it became in today's wording. */
const SENTENCES: ReadonlyArray<{ pattern: RegExp; error: CorsError; preflightError?: CorsError; detail?: keyof MessageDetails }> = [
  { pattern: /^No 'Access-Control-Allow-Origin' header is present on the requested resource\.$/, error: 'MissingAllowOriginHeader', preflightError: 'PreflightMissingAllowOriginHeader' },
  { pattern: /^The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '\*' when the request's credentials mode is 'include'\.$/, error: 'WildcardOriginNotAllowed', preflightError: 'PreflightWildcardOriginNotAllowed' },
  { pattern: /^A wildcard '\*' cannot be used in the 'Access-Control-Allow-Origin' header when the credentials flag is true\.$/, error: 'WildcardOriginNotAllowed', preflightError: 'PreflightWildcardOriginNotAllowed' },
  { pattern: /^The 'Access-Control-Allow-Origin' header contains multiple values '(.*)', but only one is allowed\.$/, error: 'MultipleAllowOriginValues', preflightError: 'PreflightMultipleAllowOriginValues', detail: 'value' },
  { pattern: /^The 'Access-Control-Allow-Origin' header contains the invalid value '(.*)'\.$/, error: 'InvalidAllowOriginValue', preflightError: 'PreflightInvalidAllowOriginValue', detail: 'value' },
  { pattern: /^The 'Access-Control-Allow-Origin' header has a value '(.*)' that is not equal to the supplied origin\.$/, error: 'AllowOriginMismatch', preflightError: 'PreflightAllowOriginMismatch', detail: 'value' },
  { pattern: /^The value of the 'Access-Control-Allow-Credentials' header in the response is '(.*)' which must be 'true' when the request's credentials mode is 'include'\.$/, error: 'InvalidAllowCredentials', preflightError: 'PreflightInvalidAllowCredentials', detail: 'value' },
  { pattern: /^Credentials flag is 'true', but the 'Access-Control-Allow-Credentials' header is '(.*)'\. It must be 'true' to allow credentials\.$/, error: 'InvalidAllowCredentials', preflightError: 'PreflightInvalidAllowCredentials', detail: 'value' },
  { pattern: /^Response for preflight has invalid HTTP status code (\d{3})\.?$/, error: 'PreflightInvalidStatus' },
  { pattern: /^Response for preflight is invalid \(redirect\)\.?$/, error: 'PreflightDisallowedRedirect' },
  { pattern: /^Method (\S+) is not allowed by Access-Control-Allow-Methods in preflight response\.$/, error: 'MethodDisallowedByPreflightResponse', detail: 'method' },
  { pattern: /^Request header field (\S+) is not allowed by Access-Control-Allow-Headers in preflight response\.$/, error: 'HeaderDisallowedByPreflightResponse', detail: 'header' },
];

/** One line in a pre-73 Chrome wording, or undefined. */
export function parseLegacyChrome(line: string): LegacyChromeMessage | undefined {
  const hit = WRAPPERS.map(w => w.exec(line)).find(m => m);
  if (!hit) return undefined;
  const [, api, url, rest] = hit;
  let origin: string | undefined;
  let status: number | undefined;
  let sentence = rest.replace(ORIGIN_DENIED, (_m, o: string) => { origin = o; return ''; })
    .replace(STATUS, (_m, s: string) => { status = Number(s); return ''; });
  for (const n of NOISE) sentence = sentence.replace(n, '');
  const preflight = PREFLIGHT_CHECK.test(sentence);
  sentence = sentence.replace(PREFLIGHT_CHECK, '').trim();
  for (const s of SENTENCES) {
    const m = s.pattern.exec(sentence);
    if (!m) continue;
    const error = preflight && s.preflightError ? s.preflightError : s.error;
    const value = m[1];
    const details: MessageDetails = s.detail && value !== undefined ? { [s.detail]: s.detail === 'header' ? value.toLowerCase() : value } : {};
    if (error === 'PreflightInvalidStatus' && value) status = Number(value);
    return {
      url, failure: error, details,
      ...(origin !== undefined ? { origin } : {}), ...(status !== undefined ? { status } : {}),
      ...(api ? { api: api === 'Fetch API' ? 'fetch' : api } : {}),
    };
  }
  return undefined;
}
