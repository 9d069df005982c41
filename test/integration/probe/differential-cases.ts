// The differential corpus: requests a page makes and what the server answers. Chromium is the
// oracle, so no case states an expected verdict; `why` says what the case pins down.
import type { FrameworkName } from '../../servers/launch';
import type { Reply, ScriptedCase } from '../../servers/scripted-server';
import type { CredentialsMode } from '../../../src/probe/types';

export interface DiffCase {
  readonly id: string;
  readonly why: string;
  readonly method: string;
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  readonly credentials?: CredentialsMode;
  /** Scripted answers, keyed by case id (the first is this case's URL; more for redirect chains). */
  readonly scripted?: Readonly<Record<string, ScriptedCase>>;
  /** Or a path on a real framework server. */
  readonly framework?: { readonly name: FrameworkName; readonly path: string };
  /** Or one of the scripted server's misbehaving endpoints (/edge/NAME). */
  readonly edge?: string;
}

type H = ReadonlyArray<readonly [string, string]>;
const reply = (status: number, headers: H = []): Reply => ({ status, headers, body: 'ok' });

/** The cases for a page served at `origin`. */
export function differentialCases(origin: string): DiffCase[] {
  const ACAO = (v: string): [string, string] => ['Access-Control-Allow-Origin', v];
  const ACAC = (v: string): [string, string] => ['Access-Control-Allow-Credentials', v];
  const ACAM = (v: string): [string, string] => ['Access-Control-Allow-Methods', v];
  const ACAH = (v: string): [string, string] => ['Access-Control-Allow-Headers', v];
  const O = ACAO(origin);

  const simple = (id: string, why: string, actual: H, extra: Partial<DiffCase> = {}): DiffCase =>
    ({ id, why, method: 'GET', ...extra, scripted: { [id]: { actual: reply(200, actual) } } });
  const preflighted = (id: string, why: string, method: string, preflight: Reply, actual: H, extra: Partial<DiffCase> = {}): DiffCase =>
    ({ id, why, method, ...extra, scripted: { [id]: { preflight, actual: reply(200, actual) } } });
  const include = { credentials: 'include' as const };

  const cases: DiffCase[] = [
    // Simple requests: the Allow-Origin check.
    simple('get-exact', 'exact origin', [O]),
    simple('get-star', 'wildcard', [ACAO('*')]),
    simple('get-none', 'no Allow-Origin', []),
    simple('get-mismatch-port', 'other port', [ACAO('http://localhost:3999')]),
    simple('get-trailing-slash', 'trailing slash', [ACAO(`${origin}/`)]),
    simple('get-two-lines', 'two Allow-Origin lines', [O, O]),
    simple('get-comma-list', 'comma-separated list', [ACAO(`${origin}, http://example.com`)]),
    simple('get-null', "'null' for a real origin", [ACAO('null')]),
    simple('get-uppercase', 'upper-case host', [ACAO(origin.toUpperCase())]),
    simple('get-whitespace', 'surrounding whitespace is trimmed', [ACAO(`  ${origin}  `)]),
    simple('get-invalid', 'not a URL', [ACAO('localhost')]),
    simple('get-empty', 'empty value', [ACAO('')]),
    simple('get-star-twice', '* on two lines', [ACAO('*'), ACAO('*')]),
    simple('get-lowercase-name', 'header name case does not matter', [['access-control-allow-origin', origin]]),
    // Credentials.
    simple('cred-star', '* with credentials', [ACAO('*'), ACAC('true')], include),
    simple('cred-exact-true', 'exact origin and true', [O, ACAC('true')], include),
    simple('cred-no-acac', 'no Allow-Credentials', [O], include),
    simple('cred-acac-True', 'True is not true', [O, ACAC('True')], include),
    simple('cred-acac-twice', 'true on two lines', [O, ACAC('true'), ACAC('true')], include),
    simple('cred-acac-spaces', 'true with whitespace', [O, ACAC(' true ')], include),
    simple('omit-acac-garbage', 'Allow-Credentials ignored without credentials', [O, ACAC('nope')]),
    simple('same-origin-star', 'same-origin credentials act as omit cross-origin', [ACAO('*')], { credentials: 'same-origin' }),
    // Status of the actual response does not matter; its headers do.
    { id: 'get-500-acao', why: '500 with CORS headers', method: 'GET', scripted: { 'get-500-acao': { actual: reply(500, [O]) } } },
    { id: 'get-404-none', why: '404 without CORS headers', method: 'GET', scripted: { 'get-404-none': { actual: reply(404) } } },
    simple('post-text-plain', 'text/plain POST is simple', [ACAO('*')], { method: 'POST', headers: [['Content-Type', 'text/plain;charset=UTF-8']] }),
    simple('post-form-none', 'form POST without Allow-Origin', [], { method: 'POST', headers: [['Content-Type', 'application/x-www-form-urlencoded']] }),
    simple('head-star', 'HEAD is simple', [ACAO('*')], { method: 'HEAD' }),
    simple('range-simple', 'Range bytes=0-10 is safelisted', [ACAO('*')], { headers: [['Range', 'bytes=0-10']] }),
    simple('accept-lang-simple', 'ordinary Accept-Language is safelisted', [ACAO('*')], { headers: [['Accept-Language', 'en-GB,en;q=0.9']] }),

    // Preflights: order of checks.
    preflighted('put-ok', 'PUT allowed', 'PUT', reply(200, [O, ACAM('PUT')]), [O]),
    preflighted('put-204', '204 is ok', 'PUT', reply(204, [O, ACAM('PUT')]), [O]),
    preflighted('put-206', '206 is ok', 'PUT', reply(206, [O, ACAM('PUT')]), [O]),
    preflighted('put-no-acao', 'preflight without Allow-Origin', 'PUT', reply(200, [ACAM('PUT')]), [O]),
    preflighted('put-404-acao', '404 preflight with Allow-Origin', 'PUT', reply(404, [O, ACAM('PUT')]), [O]),
    preflighted('put-400-none', '400 preflight without Allow-Origin', 'PUT', reply(400), [O]),
    preflighted('put-300', '300 without Location is a status failure', 'PUT', reply(300, [O, ACAM('PUT')]), [O]),
    preflighted('put-redirect', 'redirected preflight', 'PUT', reply(301, [['Location', '/case/put-ok'], O, ACAM('PUT')]), [O]),
    preflighted('put-no-acam', 'method not listed', 'PUT', reply(200, [O]), [O]),
    preflighted('put-acam-lower', "'put' does not match PUT", 'PUT', reply(200, [O, ACAM('put')]), [O]),
    preflighted('patch-lower', 'patch is not normalised', 'patch', reply(200, [O, ACAM('PATCH')]), [O]),
    preflighted('patch-upper', 'PATCH listed', 'PATCH', reply(200, [O, ACAM('GET, PATCH')]), [O]),
    preflighted('delete-star', '* methods without credentials', 'DELETE', reply(200, [O, ACAM('*')]), [O]),
    preflighted('delete-star-cred', '* methods with credentials', 'DELETE', reply(200, [O, ACAC('true'), ACAM('*')]), [O, ACAC('true')], include),
    preflighted('put-literal-cred', 'PUT listed beside * with credentials', 'PUT', reply(200, [O, ACAC('true'), ACAM('PUT, *')]), [O, ACAC('true')], include),
    preflighted('custom-method', 'non-standard method listed', 'PROPFIND', reply(200, [O, ACAM('PROPFIND')]), [O]),
    preflighted('custom-method-unlisted', 'non-standard method not listed', 'PROPFIND', reply(200, [O, ACAM('GET, POST')]), [O]),
    preflighted('acam-two-lines', 'Allow-Methods on two lines', 'PUT', reply(200, [O, ACAM('GET'), ACAM('PUT')]), [O]),
    preflighted('acam-invalid', 'Allow-Methods not a token list', 'PUT', reply(200, [O, ACAM('GET, PU T')]), [O]),
    preflighted('acam-empty-items', 'empty list items are skipped', 'PUT', reply(200, [O, ACAM(',PUT,,')]), [O]),
    preflighted('hdr-missing', 'custom header not listed', 'GET', reply(200, [O]), [O], { headers: [['X-Foo', '1']] }),
    preflighted('hdr-upper', 'header names compare case-insensitively', 'GET', reply(200, [O, ACAH('X-FOO')]), [O], { headers: [['X-Foo', '1']] }),
    preflighted('hdr-star', '* headers without credentials', 'GET', reply(200, [O, ACAH('*')]), [O], { headers: [['X-Foo', '1']] }),
    preflighted('hdr-star-cred', '* headers with credentials', 'GET', reply(200, [O, ACAC('true'), ACAH('*')]), [O, ACAC('true')], { headers: [['X-Foo', '1']], ...include }),
    preflighted('auth-star', 'Authorization under * (Chrome deviation)', 'GET', reply(200, [ACAO('*'), ACAH('*')]), [ACAO('*')], { headers: [['Authorization', 'Bearer t']] }),
    preflighted('auth-listed-cred', 'Authorization listed, with credentials', 'GET', reply(200, [O, ACAC('true'), ACAH('authorization')]), [O, ACAC('true')], { headers: [['Authorization', 'Bearer t']], ...include }),
    preflighted('json-listed', 'JSON POST with content-type listed', 'POST', reply(200, [O, ACAH('content-type')]), [O], { headers: [['Content-Type', 'application/json']] }),
    preflighted('json-unlisted', 'JSON POST without Allow-Headers', 'POST', reply(200, [O]), [O], { headers: [['Content-Type', 'application/json']] }),
    preflighted('acah-invalid', 'Allow-Headers not a token list', 'GET', reply(200, [O, ACAH('x-foo;')]), [O], { headers: [['X-Foo', '1']] }),
    preflighted('acah-two-lines', 'Allow-Headers on two lines', 'GET', reply(200, [O, ACAH('x-a'), ACAH('x-b')]), [O], { headers: [['X-A', '1'], ['X-B', '2']] }),
    preflighted('actual-no-acao', 'preflight passes, actual lacks Allow-Origin', 'PUT', reply(200, [O, ACAM('PUT')]), []),
    preflighted('pf-star-cred', 'preflight * with credentials', 'PUT', reply(200, [ACAO('*'), ACAC('true'), ACAM('PUT')]), [O, ACAC('true')], include),
    preflighted('pf-no-acac-cred', 'preflight without Allow-Credentials', 'PUT', reply(200, [O, ACAM('PUT')]), [O, ACAC('true')], include),
    preflighted('pf-max-age', 'long max-age', 'PUT', reply(200, [O, ACAM('PUT'), ['Access-Control-Max-Age', '86400']]), [O]),
    preflighted('lang-underscore', "Accept-Language 'en_US' forces a preflight", 'GET', reply(200, [O]), [O], { headers: [['Accept-Language', 'en_US']] }),
    preflighted('accept-long', 'Accept longer than 128 bytes forces a preflight', 'GET', reply(200, [O]), [O], { headers: [['Accept', `text/${'a'.repeat(200)}`]] }),
    preflighted('range-multi', 'multi-range Range forces a preflight', 'GET', reply(200, [O]), [O], { headers: [['Range', 'bytes=0-1,3-4']] }),

    // Header and method rules at the edges.
    simple('forbidden-dropped', 'forbidden headers are dropped, so no preflight', [ACAO('*')], { headers: [['Sec-Foo', '1'], ['Cookie', 'a=1'], ['Accept-Encoding', 'identity']] }),
    simple('content-language-ok', 'ordinary Content-Language is safelisted', [ACAO('*')], { headers: [['Content-Language', 'en-US']] }),
    simple('lower-get', "'get' is normalised and simple", [ACAO('*')], { method: 'get' }),
    simple('multipart-post', 'multipart/form-data POST is simple', [ACAO('*')], { method: 'POST', headers: [['Content-Type', 'multipart/form-data; boundary=x']] }),
    preflighted('content-type-quote', 'a quote in Content-Type forces a preflight', 'POST', reply(200, [O]), [O], { headers: [['Content-Type', 'text/plain; charset="utf-8"']] }),
    preflighted('accept-paren', "'(' in Accept forces a preflight", 'GET', reply(200, [O]), [O], { headers: [['Accept', 'a(b']] }),
    preflighted('dup-accept', 'duplicate Accept lines are combined before the 128-byte limit', 'GET', reply(200, [O]), [O], { headers: [['Accept', 'a'.repeat(100)], ['Accept', 'b'.repeat(100)]] }),
    preflighted('lower-delete', "'delete' is normalised to DELETE", 'delete', reply(200, [O, ACAM('DELETE')]), [O]),
    preflighted('options-method', 'an OPTIONS fetch is preflighted too', 'OPTIONS', reply(200, [O, ACAM('OPTIONS')]), [O]),
    preflighted('auth-star-cred', 'Authorization with * and credentials', 'GET', reply(200, [O, ACAC('true'), ACAH('*')]), [O, ACAC('true')], { headers: [['Authorization', 'Bearer t']], ...include }),
    preflighted('acah-authorization-upper', 'AUTHORIZATION listed in capitals', 'GET', reply(200, [O, ACAH('AUTHORIZATION')]), [O], { headers: [['Authorization', 'Bearer t']] }),

    // Redirects of the actual request.
    { id: 'redir-ok', why: 'same-server redirect with CORS on both hops', method: 'GET', scripted: {
      'redir-ok': { actual: reply(302, [['Location', '/case/redir-ok-2'], ACAO('*')]) },
      'redir-ok-2': { actual: reply(200, [ACAO('*')]) } } },
    { id: 'redir-bare', why: 'redirect response without CORS headers', method: 'GET', scripted: {
      'redir-bare': { actual: reply(302, [['Location', '/case/redir-bare-2']]) },
      'redir-bare-2': { actual: reply(200, [ACAO('*')]) } } },
    { id: 'redir-taint-origin', why: 'cross-origin hop: origin becomes null', method: 'GET', scripted: {
      'redir-taint-origin': { actual: reply(302, [['Location', '{other}/case/redir-taint-origin-2'], O]) },
      'redir-taint-origin-2': { actual: reply(200, [O]) } } },
    { id: 'redir-taint-null', why: "cross-origin hop answered with 'null'", method: 'GET', scripted: {
      'redir-taint-null': { actual: reply(302, [['Location', '{other}/case/redir-taint-null-2'], O]) },
      'redir-taint-null-2': { actual: reply(200, [ACAO('null')]) } } },
    { id: 'redir-userinfo', why: 'redirect to a URL with credentials', method: 'GET', scripted: {
      'redir-userinfo': { actual: reply(307, [['Location', 'http://u:p@127.0.0.1:1/case/x'], ACAO('*')]) } } },
    { id: 'redir-307-put', why: 'PUT preflighted again after a 307', method: 'PUT', scripted: {
      'redir-307-put': { preflight: reply(200, [O, ACAM('PUT')]), actual: reply(307, [['Location', '/case/redir-307-put-2'], O]) },
      'redir-307-put-2': { preflight: reply(200, [O, ACAM('PUT')]), actual: reply(200, [O]) } } },
    { id: 'redir-307-put-nopf', why: 'no preflight answer on the second hop', method: 'PUT', scripted: {
      'redir-307-put-nopf': { preflight: reply(200, [O, ACAM('PUT')]), actual: reply(307, [['Location', '/case/redir-307-put-nopf-2'], O]) },
      'redir-307-put-nopf-2': { actual: reply(200, [O]) } } },
    { id: 'redir-303-json', why: '303 turns a JSON POST into a simple GET', method: 'POST', headers: [['Content-Type', 'application/json']], scripted: {
      'redir-303-json': { preflight: reply(200, [O, ACAH('content-type')]), actual: reply(303, [['Location', '/case/redir-303-json-2'], O]) },
      'redir-303-json-2': { actual: reply(200, [O]) } } },

    // Broken servers: a network error blocks like a CORS failure; a broken body does not.
    { id: 'edge-reset', why: 'connection reset before a response', method: 'GET', edge: 'reset' },
    // Not here: a status line without a number. Chromium repairs it to 200 and allows; the probe
    // deliberately reports the malformed response instead (failures.test.ts).
    { id: 'edge-lying-length', why: 'body shorter than Content-Length, headers fine', method: 'GET', edge: 'lying-length' },
    { id: 'edge-slow-body', why: 'body never finishes, headers fine', method: 'GET', edge: 'slow-body' },
    // Interim responses are skipped: the final answer, 600 ms after a 103, is the one judged.
    { id: 'edge-early-hints', why: '103 Early Hints, then a 200 that allows', method: 'GET', edge: 'early-hints' },
    { id: 'edge-early-hints-deny', why: 'only the 103 carries Allow-Origin', method: 'GET', edge: 'early-hints-deny' },

    // Real framework servers.
    { id: 'flask-open-get', why: 'flask-cors default reflects', method: 'GET', framework: { name: 'flask', path: '/open/items' } },
    { id: 'flask-open-put-json', why: 'flask-cors default, JSON PUT', method: 'PUT', headers: [['Content-Type', 'application/json']], framework: { name: 'flask', path: '/open/items' } },
    { id: 'flask-strict-cred', why: 'allowlisted origin with credentials', method: 'PUT', headers: [['X-Token', '1']], credentials: 'include', framework: { name: 'flask', path: '/strict/items' } },
    { id: 'flask-strict-delete', why: 'method outside flask-cors methods', method: 'DELETE', framework: { name: 'flask', path: '/strict/items' } },
    { id: 'flask-strict-hdr', why: 'header outside allow_headers', method: 'GET', headers: [['X-Other', '1']], framework: { name: 'flask', path: '/strict/items' } },
    { id: 'flask-other', why: 'origin not in the list', method: 'GET', framework: { name: 'flask', path: '/other/items' } },
    { id: 'django-get-cred', why: 'django allowlist with credentials', method: 'GET', credentials: 'include', framework: { name: 'django', path: '/api/items' } },
    { id: 'django-put-json', why: 'django static lists allow JSON PUT', method: 'PUT', headers: [['Content-Type', 'application/json']], credentials: 'include', framework: { name: 'django', path: '/api/items' } },
    { id: 'django-custom-hdr', why: 'header outside CORS_ALLOW_HEADERS', method: 'GET', headers: [['X-Foo', '1']], framework: { name: 'django', path: '/api/items' } },
    { id: 'django-noncors', why: 'path outside CORS_URLS_REGEX', method: 'GET', framework: { name: 'django', path: '/noncors/items' } },
    { id: 'fastapi-strict-get', why: 'starlette allowlist', method: 'GET', credentials: 'include', framework: { name: 'fastapi', path: '/strict/items' } },
    { id: 'fastapi-strict-put', why: 'starlette answers 400 for a method it refuses', method: 'PUT', framework: { name: 'fastapi', path: '/strict/items' } },
    { id: 'fastapi-strict-hdr', why: 'starlette 400 for a header it refuses', method: 'GET', headers: [['X-Other', '1']], framework: { name: 'fastapi', path: '/strict/items' } },
    { id: 'fastapi-star-omit', why: "'*' without credentials", method: 'GET', framework: { name: 'fastapi', path: '/star/items' } },
    { id: 'fastapi-star-cred', why: "'*' + credentials and no Cookie: actual answers '*'", method: 'GET', credentials: 'include', framework: { name: 'fastapi', path: '/star/items' } },
    { id: 'fastapi-star-json-cred', why: 'preflight reflects, actual answers *', method: 'POST', headers: [['Content-Type', 'application/json']], credentials: 'include', framework: { name: 'fastapi', path: '/star/items' } },
    { id: 'express-open-delete', why: 'cors() defaults', method: 'DELETE', framework: { name: 'express', path: '/open/items' } },
    { id: 'express-cred-get', why: "cors({credentials: true}) sends '*'", method: 'GET', credentials: 'include', framework: { name: 'express', path: '/cred/items' } },
    { id: 'express-reflect-put', why: 'origin: true reflects', method: 'PUT', headers: [['X-Token', '1']], credentials: 'include', framework: { name: 'express', path: '/reflect/items' } },
    { id: 'express-list', why: 'origin not in the list', method: 'GET', framework: { name: 'express', path: '/list/items' } },
    { id: 'express-fixed-hdr', why: 'allowedHeaders without the requested header', method: 'GET', headers: [['X-Token', '1']], framework: { name: 'express', path: '/fixed/items' } },
    { id: 'express-fixed-get', why: 'fixed string origin', method: 'GET', framework: { name: 'express', path: '/fixed/items' } },
  ];
  return cases;
}
