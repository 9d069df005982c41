// Words shared by the JavaScript and Python hand-written readers for request fields the caller controls.

/**
 * Headers a page sets without a preflight to `null`, its origin in a sandboxed frame: the CORS-safelisted
 * request-headers whose safelisted values may be a bare word (Fetch, "CORS-safelisted request-header").
 * No safelisted value holds an origin (`:` is a CORS-unsafe byte), and Content-Type and Range are
 * safelisted only for a form MIME type and a `bytes=` range; Chromium 156 preflights `Content-Type: null`.
 */
const SAFELISTED_NULL = new Set(['accept', 'accept-language', 'content-language']);

/**
 * Forbidden request-header names (Fetch): the browser writes these itself, so whether a page can steer
 * them is not the preflight's question. Host, Referer and Origin have their own answers.
 */
const FORBIDDEN = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'connection',
  'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer', 'referrer',
  'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);

/** `X_Client_Origin` (a FastAPI `Header()` parameter) and `X-Client-Origin` name the same header. */
function headerName(key: string): string {
  return key.toLowerCase().replace(/_/g, '-');
}

/**
 * Why a caller's page gets its own origin into a request field, as a relative clause: it writes query,
 * body and route parameters itself; the browser puts the calling page's address in Referer; other
 * headers and cookies are the client's to send.
 */
export function callerControls(bag: string, key: string): string {
  if (bag === 'headers' && (key === 'referer' || key === 'referrer')) return 'which the browser fills with the calling page\'s address';
  if (bag === 'headers' && SAFELISTED_NULL.has(headerName(key))) return 'which any page can set to `null`, the origin of its sandboxed frames, without a preflight';
  if (bag === 'headers' || bag === 'cookies') return 'which the caller controls';
  return 'which any page can set to its own origin';
}

/** How a reflection of `what` reads in a message: "`code` (copying the query parameter `origin`, which …)". */
export function copying(subject: string, what: string, why: string): string {
  return `${subject} (copying ${what}, ${why})`;
}

/**
 * Why copying a header lets no other site's page read the response, as a relative clause, or undefined.
 * Host is the API's own host (pages cannot set it), and Referer is a URL with at least a `/` path, which
 * never equals a serialized origin; `new URL(referer).origin` is another matter. Any other header a page
 * can write, save the safelisted ones above, makes the browser send a preflight first, which goes
 * without the header's value: whatever the copy would let in has passed the preflight's own policy.
 */
export function neverAnOrigin(bag: string, key: string): string | undefined {
  if (bag !== 'headers') return undefined;
  const name = headerName(key);
  if (name === 'referer' || name === 'referrer') return 'which is never an origin: Referer is a URL with a path, which never equals the Origin a browser sends';
  if (name === 'host') return 'which is never an origin: browsers always send the API\'s own Host, without a scheme';
  if (FORBIDDEN.has(name) || /^(sec|proxy)-/.test(name) || SAFELISTED_NULL.has(name)) return undefined;
  return 'which a page can send only after a preflight that goes without it: the copy lets in no page the preflight turned away';
}
