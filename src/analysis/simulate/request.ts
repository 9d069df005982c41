// What the browser puts on the wire for a page's fetch(), as far as the libraries look at it.

/** Names the page may set without a preflight. `content-type` is not here: a SimRequest naming it sends JSON. */
export function isSafelistedName(h: string): boolean {
  const n = h.toLowerCase();
  return n === 'accept' || n === 'accept-language' || n === 'content-language';
}

/** `method` as fetch sends it (already normalised): safelisting compares it byte for byte. */
export function needsPreflight(method: string, headers: readonly string[]): boolean {
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return true;
  return headers.some((h) => !isSafelistedName(h));
}
