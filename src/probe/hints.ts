// What to change on the server for each failure, in the terms of the libraries people use.
import type { CorsError, Verdict } from './types';

const HINTS: Partial<Record<CorsError, string>> = {
  MissingAllowOriginHeader:
    'The response carries no Access-Control-Allow-Origin for this origin. Add the origin to the allowlist exactly as the browser sends it (scheme, host, port, no trailing slash), check that the CORS middleware covers this path, and that error responses (500s, auth failures) go through it too.',
  PreflightMissingAllowOriginHeader:
    'The preflight (OPTIONS) got no Access-Control-Allow-Origin. Either the origin is not in the allowlist (scheme, host, port, no trailing slash), or OPTIONS never reaches the CORS middleware: Django needs CorsMiddleware above CommonMiddleware, Express needs cors() before the routes (or app.options for the path), auth middleware must let OPTIONS through.',
  WildcardOriginNotAllowed:
    "'*' cannot be used with credentials. List the allowed origins explicitly (the library then echoes the matching one), or drop credentials: 'include' if no cookies are needed.",
  PreflightWildcardOriginNotAllowed:
    "'*' cannot be used with credentials. List the allowed origins explicitly (the library then echoes the matching one), or drop credentials: 'include' if no cookies are needed.",
  MultipleAllowOriginValues:
    'Send exactly one origin. Two CORS layers (a proxy and the app, or two middlewares) each add the header, or a list was joined into one string: let one layer answer and give it a list.',
  PreflightMultipleAllowOriginValues:
    'Send exactly one origin. Two CORS layers (a proxy and the app, or two middlewares) each add the header, or a list was joined into one string: let one layer answer and give it a list.',
  AllowOriginMismatch:
    "The server answers a fixed origin that is not this one (often a trailing slash, another port, or localhost vs 127.0.0.1). Configure a list and let the library echo the matching origin.",
  PreflightAllowOriginMismatch:
    "The server answers a fixed origin that is not this one (often a trailing slash, another port, or localhost vs 127.0.0.1). Configure a list and let the library echo the matching origin.",
  InvalidAllowOriginValue: 'Access-Control-Allow-Origin must be a full origin (http://localhost:3000) or *.',
  PreflightInvalidAllowOriginValue: 'Access-Control-Allow-Origin must be a full origin (http://localhost:3000) or *.',
  InvalidAllowCredentials:
    "With credentials the response must say 'Access-Control-Allow-Credentials: true' (lower case): supports_credentials=True (flask-cors), CORS_ALLOW_CREDENTIALS = True (Django), allow_credentials=True (Starlette), credentials: true (Express, a boolean, not the string 'true').",
  PreflightInvalidAllowCredentials:
    "With credentials the preflight must say 'Access-Control-Allow-Credentials: true' (lower case): supports_credentials=True (flask-cors), CORS_ALLOW_CREDENTIALS = True (Django), allow_credentials=True (Starlette), credentials: true (Express).",
  PreflightInvalidStatus:
    'The preflight reached the app but did not get a 2xx. A 404/405 means no OPTIONS route; Starlette answers 400 when the method or a header is not allowed (its body says which); authentication middleware must not reject OPTIONS.',
  PreflightDisallowedRedirect:
    'Preflights must not redirect. Call the final URL directly: often a missing trailing slash (Django APPEND_SLASH, Flask strict_slashes) or http to https.',
  InvalidAllowMethodsPreflightResponse: 'Access-Control-Allow-Methods must be a comma-separated list of method names.',
  InvalidAllowHeadersPreflightResponse: 'Access-Control-Allow-Headers must be a comma-separated list of header names (no spaces inside a name).',
  MethodDisallowedByPreflightResponse:
    "Add the method to the allowed methods (methods= in flask-cors, CORS_ALLOW_METHODS in Django, allow_methods in Starlette, methods in Express). Methods compare case-sensitively: fetch() sends 'patch' as written.",
  HeaderDisallowedByPreflightResponse:
    'Add the header to the allowed headers (allow_headers in flask-cors and Starlette, CORS_ALLOW_HEADERS in Django, allowedHeaders in Express), or stop sending it.',
  RedirectContainsCredentials: 'Redirect to a URL without user:password@.',
};

/** One or two sentences on what to change, or undefined when nothing failed. */
export function fixHint(verdict: Verdict): string | undefined {
  return verdict.corsError ? HINTS[verdict.corsError] : undefined;
}
