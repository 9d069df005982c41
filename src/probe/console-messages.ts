// Chrome's console wording for each CORS error (Blink's cors_error_string.cc), so the report shows
// the exact line the developer sees in DevTools.
import type { CorsError } from './types';

export interface MessageDetails {
  /** The header value the error quotes (Allow-Origin or Allow-Credentials). */
  readonly value?: string;
  readonly method?: string;
  /** A request header name, lower-cased. */
  readonly header?: string;
}

// Chrome 156 no longer appends the "set the request's mode to 'no-cors'" advice that older
// versions (and Blink's string table in most write-ups) show; verified by the differential test.
const VALID_VALUE_HINT = ' Have the server send the header with a valid value.';
const PREFLIGHT_PREFIX = "Response to preflight request doesn't pass access control check: ";

/** Strips Chromium's `Preflight` prefix: the access-check texts are shared. */
function accessCheckText(error: string, d: MessageDetails): string | undefined {
  switch (error.replace(/^Preflight/, '')) {
    case 'MissingAllowOriginHeader':
      return "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    case 'WildcardOriginNotAllowed':
      return "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";
    case 'MultipleAllowOriginValues':
      return `The 'Access-Control-Allow-Origin' header contains multiple values '${d.value ?? ''}', but only one is allowed.` + VALID_VALUE_HINT;
    case 'InvalidAllowOriginValue':
      return `The 'Access-Control-Allow-Origin' header contains the invalid value '${d.value ?? ''}'.` + VALID_VALUE_HINT;
    case 'AllowOriginMismatch':
      return `The 'Access-Control-Allow-Origin' header has a value '${d.value ?? ''}' that is not equal to the supplied origin.` + VALID_VALUE_HINT;
    case 'InvalidAllowCredentials':
      return `The value of the 'Access-Control-Allow-Credentials' header in the response is '${d.value ?? ''}' which must be 'true' when the request's credentials mode is 'include'.`;
    default:
      return undefined;
  }
}

/** The sentence after "has been blocked by CORS policy: ". */
export function corsErrorText(error: CorsError, d: MessageDetails = {}): string {
  const access = accessCheckText(error, d);
  if (access !== undefined) return error.startsWith('Preflight') ? PREFLIGHT_PREFIX + access : access;
  switch (error) {
    case 'PreflightInvalidStatus':
      return PREFLIGHT_PREFIX + 'It does not have HTTP ok status.';
    case 'PreflightDisallowedRedirect':
      return PREFLIGHT_PREFIX + 'Redirect is not allowed for a preflight request.';
    case 'InvalidAllowMethodsPreflightResponse':
      return 'Cannot parse Access-Control-Allow-Methods response header field in preflight response.';
    case 'InvalidAllowHeadersPreflightResponse':
      return 'Cannot parse Access-Control-Allow-Headers response header field in preflight response.';
    case 'MethodDisallowedByPreflightResponse':
      return `Method ${d.method ?? ''} is not allowed by Access-Control-Allow-Methods in preflight response.`;
    case 'HeaderDisallowedByPreflightResponse':
      return `Request header field ${d.header ?? ''} is not allowed by Access-Control-Allow-Headers in preflight response.`;
    case 'RedirectContainsCredentials':
      // Chrome 156 prints the location as '' here; the report names it in a warning instead.
      return "Redirect location '' contains a username and password, which is disallowed for cross-origin requests.";
    case 'CorsDisabledScheme':
      return 'Cross origin requests are only supported for protocol schemes: http, https.';
    default:
      // Unreachable: the access-check errors were answered above.
      return error;
  }
}

/** The full console line: `Access to fetch at '...' from origin '...' has been blocked by CORS policy: ...`. */
export function consoleMessage(
  url: string,
  initialUrl: string,
  origin: string,
  error: CorsError,
  details: MessageDetails = {},
): string {
  const redirected = url !== initialUrl ? ` (redirected from '${initialUrl}')` : '';
  return `Access to fetch at '${url}'${redirected} from origin '${origin}' has been blocked by CORS policy: ${corsErrorText(error, details)}`;
}
