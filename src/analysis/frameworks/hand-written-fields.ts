// Words shared by the JavaScript and Python hand-written readers for request fields the caller controls.

/**
 * Why a caller's page gets its own origin into a request field, as a relative clause: it writes query,
 * body and route parameters itself; the browser puts the calling page's address in Referer; other
 * headers and cookies are the client's to send.
 */
export function callerControls(bag: string, key: string): string {
  if (bag === 'headers' && (key === 'referer' || key === 'referrer')) return 'which the browser fills with the calling page\'s address';
  if (bag === 'headers' || bag === 'cookies') return 'which the caller controls';
  return 'which any page can set to its own origin';
}

/** How a reflection of `what` reads in a message: "`code` (copying the query parameter `origin`, which …)". */
export function copying(subject: string, what: string, why: string): string {
  return `${subject} (copying ${what}, ${why})`;
}

/**
 * Why a header the browser writes itself can never hold another site's origin, or undefined: Host is
 * the API's own host (pages cannot set it), and Referer is a URL with at least a `/` path, which never
 * equals a serialized origin. `new URL(referer).origin` is another matter.
 */
export function neverAnOrigin(bag: string, key: string): string | undefined {
  if (bag !== 'headers') return undefined;
  if (key === 'referer' || key === 'referrer') return 'Referer is a URL with a path, which never equals the Origin a browser sends';
  if (key === 'host') return 'browsers always send the API\'s own Host, without a scheme';
  return undefined;
}
