// @fastify/cors 11.4.3 on fastify 5.12 (node_modules/@fastify/cors/index.js and vary.js,
// node_modules/fastify/lib/reply.js), also what Nest's FastifyAdapter.enableCors registers.
//
// What the source does, in the order it writes headers (defaults: origin '*', methods 'GET,HEAD,POST',
// credentials false, exposedHeaders/allowedHeaders/maxAge null, preflight and strictPreflight true,
// preflightContinue false, optionsSuccessStatus 204, hook 'onRequest'):
// - reply.header() lower-cases every name, so all CORS headers reach the wire lower-case.
// - `Vary: Origin` comes first, before the origin is even resolved, whenever `origin` is neither a string
//   nor false (RegExp, array, true, function): a refused origin gets it too. An array holding '*' was
//   already normalised to the string '*', so it gets none.
// - A string `origin` (a fixed origin or '*') is sent as is to every caller, with no Vary.
// - RegExp: lastIndex is reset before test(), so /g is harmless; unanchored. Array items: === for
//   strings, test() for RegExps, truthiness for the rest (`[true]` allows all).
// - A refused origin gets no Allow-Origin but everything else: Allow-Credentials, Expose-Headers and, on a
//   preflight, the preflight headers and 204 (issue fastify-cors#127 chose this).
// - credentials and every option's presence are truthiness / `!== null` tests: credentials 'false' sends
//   Allow-Credentials, maxAge 0 sends `0`, exposedHeaders [] sends an empty header.
// - methods, allowedHeaders, exposedHeaders: an array is joined with ', ', a string sent as written; the
//   model keeps items only, so two or more items are unknown (see js-options.ts).
// - A preflight is any OPTIONS: strictPreflight answers one without Origin or Access-Control-Request-Method
//   400 after the headers above; otherwise Allow-Methods, then (allowedHeaders unset) Vary gains
//   Access-Control-Request-Headers and the request's list is echoed as sent, then Max-Age; the hook ends it
//   with 204 and Content-Length 0, so no route and no later hook sees it.
// - origin false: no header at all, and the plugin's own `OPTIONS *` route calls the 404 handler.
//   '', null and undefined fail with 'Invalid CORS origin option' (500; null and undefined after Vary).
// - No Origin header: a string origin is still sent; a reflected one (true, RegExp, array) is not.
// Not in the model, so the defaults are assumed: preflightContinue (the plugin's `OPTIONS *` route answers
// 200), optionsSuccessStatus, preflight: false, strictPreflight: false (only changes requests a browser
// never sends), hideOptionsRoute (schema only), a later `hook` (a body-parsing error then carries no CORS
// headers), cacheControl, delegator, per-route `config.cors`.
import type { CorsSite, OriginEntry } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown, userRegex } from './origins';
import { isOriginTrue, joinedList, listUnknown, originShape, truthyCredentials } from './js-options';
import type { LibraryAnswer, WireRequest } from './index';

const DEFAULT_METHODS = 'GET,HEAD,POST';
const LIB = '@fastify/cors';

function matches(e: OriginEntry, origin: string): boolean {
  switch (e.kind) {
    case 'exact': return origin === e.value;
    case 'null': return origin === 'null';
    case 'regex': return userRegex(e.pattern, e.flags)?.test(origin) ?? false;
    case 'reflect-any': return isOriginTrue(e);
    default: return false;
  }
}

/** The Allow-Origin value (undefined: none) after the source's Vary handling, or why it cannot be told. */
function allowOrigin(site: CorsSite, origin: string | undefined, h: HeaderBuilder): string | undefined | { unknown: string } {
  const shape = originShape(site);
  switch (shape.kind) {
    case 'default':
      return '*';
    case 'empty':
      return { unknown: `\`origin\` is written as a value the model keeps no entry for: ${LIB} turns CORS off for false (a preflight gets 404), fails with a 500 for '' and null, and sends every header but Allow-Origin for []` };
    case 'value': {
      const e = shape.entry;
      if (e.kind === 'any') return '*';
      if (e.kind === 'exact') return e.value;
      if (e.kind === 'null') return 'null';
      if (e.kind === 'regex' || isOriginTrue(e)) {
        h.vary('vary', 'Origin');
        return origin && matches(e, origin) ? origin : undefined;
      }
      return { unknown: 'the `origin` value is one the model does not classify for @fastify/cors' };
    }
    case 'list': {
      if (shape.entries.some((e) => e.kind === 'any')) {
        return { unknown: "`origin` allows '*' among other answers: an array holding '*' sends '*' without Vary, an origin function answering '*' adds Vary: Origin, and the model does not tell the two apart" };
      }
      const answer = shape.entries.find((e) => e.kind === 'reflect-any' && !isOriginTrue(e));
      if (answer && answer.kind === 'reflect-any') return { unknown: `the origin function answers ${answer.how} under conditions the model does not keep` };
      h.vary('vary', 'Origin');
      if (origin && shape.entries.some((e) => matches(e, origin))) return origin;
      // An array refusing the origin still sends the other headers; a function answering false sends none
      // (its preflight gets 404), one failing answers 500, one answering a string sends that string.
      return { unknown: '`origin` refuses this origin, and what follows depends on whether it is an array or an origin function, which the model does not keep' };
    }
  }
}

export function simulateFastify(site: CorsSite, req: WireRequest): LibraryAnswer {
  // fastify.register(cors) covers the whole instance; the extractor reports no other scope for it.
  if (site.scope.kind !== 'app') return { unknown: `${LIB} registered with a ${site.scope.kind} scope is not simulated` };
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  const credentials = truthyCredentials(site);
  if (typeof credentials !== 'boolean') return credentials;
  const origin = req.headers.origin;
  const h = new HeaderBuilder();
  const allowed = allowOrigin(site, origin, h);
  if (typeof allowed === 'object') return allowed;
  if (allowed) h.set('access-control-allow-origin', allowed);
  if (credentials) h.set('access-control-allow-credentials', 'true');
  if (site.exposeHeaders) {
    const expose = joinedList(site.exposeHeaders, ', ');
    if (expose === undefined) return { unknown: listUnknown('exposedHeaders', ', ', LIB) };
    h.set('access-control-expose-headers', expose);
  }
  if (req.method !== 'OPTIONS') return { status: 200, headers: h.toList() };
  if (!origin || !req.headers['access-control-request-method']) return { status: 400, headers: h.toList() };
  const methods = site.methods ? joinedList(site.methods, ', ') : DEFAULT_METHODS;
  if (methods === undefined) return { unknown: listUnknown('methods', ', ', LIB) };
  h.set('access-control-allow-methods', methods);
  if (!site.allowHeaders) {
    h.vary('vary', 'Access-Control-Request-Headers');
    const requested = req.headers['access-control-request-headers'];
    if (requested !== undefined) h.set('access-control-allow-headers', requested);
  } else {
    const allow = joinedList(site.allowHeaders, ', ');
    if (allow === undefined) return { unknown: listUnknown('allowedHeaders', ', ', LIB) };
    h.set('access-control-allow-headers', allow);
  }
  if (site.maxAge) h.set('access-control-max-age', String(site.maxAge.value));
  return { status: 204, headers: h.toList() };
}
