// @koa/cors 5.0.0 on koa 3.3 (node_modules/@koa/cors/index.js; koa/lib/response.js set and vary,
// koa/lib/context.js onerror).
//
// What the source does, in the order it writes headers (defaults: origin '*', allowMethods
// 'GET,HEAD,PUT,POST,DELETE,PATCH', secureContext false, keepHeadersOnError true):
// - `Vary: Origin` on every response, first, whatever the origin and even without an Origin header
//   (the comment "If the Origin header is not present terminate" has no code behind it).
// - No allow-list: `origin` is a string sent as is to every caller (`options.origin || '*'`), or a
//   function of ctx whose answer is sent as is; a falsy answer passes the request on with Vary only.
//   So `origin: false` (or '' or null) means '*', `origin: true` sends the literal `true`, an array or a
//   RegExp is written into the header as is; the model keeps no entry for the first two (unknown here).
// - credentials: `!!options.credentials`, so the string 'false' turns it on; a function is awaited per
//   request, and Allow-Credentials is sent only for an answer `=== true` while any truthy answer
//   turns '*' into the request's origin. With credentials, '*' becomes the request's Origin, which is ''
//   without one: an empty Allow-Origin header.
// - Not OPTIONS: Allow-Origin, Allow-Credentials, Expose-Headers (an array joined with ',').
// - OPTIONS without Access-Control-Request-Method: passed on with Vary only (no Allow-Origin at all).
// - Preflight: Allow-Origin, Allow-Credentials, Max-Age (only when truthy: the number 0 is not sent, the
//   string '0' is), Allow-Private-Network (privateNetworkAccess and a request asking for it, which the
//   browser requests here never do), Allow-Methods (when truthy), Allow-Headers (allowHeaders joined with
//   ',', or, when falsy or [], the request's list echoed), then 204 without calling the app.
// - koa's ctx.set keeps the name's case; ctx.vary appends to a Vary the app set (none here).
// - secureContext adds Cross-Origin-Opener-Policy / -Embedder-Policy, not CORS headers.
// - keepHeadersOnError: when the app throws, koa's onerror drops every header and @koa/cors puts its
//   own back from err.headers, Vary as a lower-case `vary`; the model does not know whether the app
//   throws, so the answers here are for an app that does not.
import type { CorsSite, OriginEntry } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown } from './origins';
import { joinedList, listUnknown, originShape, truthyCredentials } from './js-options';
import type { LibraryAnswer, WireRequest } from './index';

const DEFAULT_METHODS = 'GET,HEAD,PUT,POST,DELETE,PATCH';
const LIB = '@koa/cors';

/**
 * `ctx => ctx.get('Origin')` and its spellings: a function whose whole body reads the request's Origin.
 * The extractor quotes an answer of a function body that is one expression as that expression, and a
 * `return` inside a block as the statement, so a quote that is only the read is an unconditional answer.
 */
const ORIGIN_READ = /^`[A-Za-z_$][\w$]*\.(?:request\.)?(?:get\((['"])([^'"]*)\1\)|headers?\.origin|headers?\[(['"])origin\3\])`$/;

function reflectsUnconditionally(e: OriginEntry): boolean {
  if (e.kind !== 'reflect-any') return false;
  const m = ORIGIN_READ.exec(e.how);
  // ctx.get() looks the header up case-insensitively; a property read needs the lower-case key.
  return !!m && (m[2] === undefined || m[2].toLowerCase() === 'origin');
}

/** The origin option's answer for this request: a string, `false` for a falsy answer, or why it cannot be told. */
function originAnswer(site: CorsSite, requestOrigin: string): string | false | { unknown: string } {
  const shape = originShape(site);
  switch (shape.kind) {
    case 'default':
      return '*';
    case 'empty':
      return { unknown: `\`origin\` is written as a value the model keeps no entry for: ${LIB} sends the literal \`true\` for true and '*' for false, '' and null` };
    case 'value': {
      const e = shape.entry;
      if (e.kind === 'any') return '*';
      if (e.kind === 'exact') return e.value;
      if (e.kind === 'null') return 'null';
      return { unknown: `the \`origin\` value is one the model does not classify for ${LIB}` };
    }
    case 'list':
      if (shape.entries.length === 1 && reflectsUnconditionally(shape.entries[0])) return requestOrigin || false;
      return { unknown: `\`origin\` is a function whose answer for each request the model does not keep (${LIB} sends whatever string it returns)` };
  }
}

export function simulateKoa(site: CorsSite, req: WireRequest): LibraryAnswer {
  if (site.scope.kind !== 'app') return { unknown: `${LIB} used with a ${site.scope.kind} scope is not simulated` };
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  const credentials = truthyCredentials(site);
  if (typeof credentials !== 'boolean') return credentials;
  const isOptions = req.method === 'OPTIONS';
  // ctx.get() answers '' for a header the request lacks.
  const requestOrigin = req.headers.origin ?? '';
  const h = new HeaderBuilder();
  h.vary('Vary', 'Origin');
  // Passed on to the app: its own answer, which for OPTIONS in an app without an OPTIONS route is koa's 404.
  const passed = { status: isOptions ? 404 : 200, headers: h.toList() };
  const answer = originAnswer(site, requestOrigin);
  if (typeof answer === 'object') return answer;
  if (answer === false) return passed;
  const origin = credentials && answer === '*' ? requestOrigin : answer;
  if (!isOptions) {
    h.set('Access-Control-Allow-Origin', origin);
    if (credentials) h.set('Access-Control-Allow-Credentials', 'true');
    if (site.exposeHeaders) {
      const expose = joinedList(site.exposeHeaders, ',');
      if (expose === undefined) return { unknown: listUnknown('exposeHeaders', ',', LIB) };
      if (expose) h.set('Access-Control-Expose-Headers', expose);
    }
    return { status: 200, headers: h.toList() };
  }
  if (!req.headers['access-control-request-method']) return passed;
  h.set('Access-Control-Allow-Origin', origin);
  if (credentials) h.set('Access-Control-Allow-Credentials', 'true');
  if (site.maxAge) {
    if (site.maxAge.value === 0) return { unknown: `maxAge is 0: ${LIB} sends the string '0' but not the number 0, and the model keeps only the number` };
    h.set('Access-Control-Max-Age', String(site.maxAge.value));
  }
  const methods = site.methods ? joinedList(site.methods, ',') : DEFAULT_METHODS;
  if (methods === undefined) return { unknown: listUnknown('allowMethods', ',', LIB) };
  if (methods) h.set('Access-Control-Allow-Methods', methods);
  let allow = '';
  if (site.allowHeaders) {
    const written = joinedList(site.allowHeaders, ',');
    if (written === undefined) return { unknown: listUnknown('allowHeaders', ',', LIB) };
    allow = written;
  }
  if (!allow) allow = req.headers['access-control-request-headers'] ?? '';
  if (allow) h.set('Access-Control-Allow-Headers', allow);
  return { status: 204, headers: h.toList() };
}
