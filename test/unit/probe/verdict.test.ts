import * as assert from 'node:assert/strict';
import { judge, walk } from '../../../src/probe/verdict';
import type { HeaderList, ProbeRequest } from '../../../src/probe/types';

const ORIGIN = 'http://localhost:3000';
const URL_ = 'http://127.0.0.1:5000/api';
const get: ProbeRequest = { url: URL_, origin: ORIGIN, method: 'GET', headers: [], credentials: 'omit' };
const put: ProbeRequest = { ...get, method: 'PUT', headers: [['X-Token', '1']] };
const ok = (headers: HeaderList, status = 200) => ({ status, headers });

describe('probe verdict', () => {
  it('allows a simple GET with a matching origin or *', () => {
    assert.equal(judge(get, { actual: [ok([['Access-Control-Allow-Origin', ORIGIN]])] }).allowed, true);
    assert.equal(judge(get, { actual: [ok([['access-control-allow-origin', ' * ']])] }).allowed, true);
  });

  it('reports a missing Allow-Origin with Chrome\'s exact line', () => {
    const v = judge(get, { actual: [ok([])] });
    assert.equal(v.allowed, false);
    assert.equal(v.corsError, 'MissingAllowOriginHeader');
    assert.equal(v.message,
      "Access to fetch at 'http://127.0.0.1:5000/api' from origin 'http://localhost:3000' has been blocked by CORS policy: " +
      "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    assert.deepEqual(v.failingStep, { kind: 'actual', hop: 0, url: URL_ });
  });

  it('tells multiple values, mismatch, invalid value and null apart', () => {
    const err = (headers: HeaderList) => judge(get, { actual: [ok(headers)] }).corsError;
    assert.equal(err([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Origin', ORIGIN]]), 'MultipleAllowOriginValues');
    assert.equal(err([['Access-Control-Allow-Origin', `${ORIGIN}/`]]), 'AllowOriginMismatch');
    assert.equal(err([['Access-Control-Allow-Origin', 'null']]), 'AllowOriginMismatch');
    assert.equal(err([['Access-Control-Allow-Origin', 'localhost']]), 'InvalidAllowOriginValue');
    assert.equal(err([['Access-Control-Allow-Origin', 'http://LOCALHOST:3000']]), 'AllowOriginMismatch');
  });

  it('requires exactly true for credentials and no wildcard', () => {
    const inc = { ...get, credentials: 'include' as const };
    assert.equal(judge(inc, { actual: [ok([['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Credentials', 'true']])] }).corsError, 'WildcardOriginNotAllowed');
    const v = judge(inc, { actual: [ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'True']])] });
    assert.equal(v.corsError, 'InvalidAllowCredentials');
    assert.match(v.message ?? '', /is 'True' which must be 'true'/);
    assert.equal(judge(inc, { actual: [ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true']])] }).allowed, true);
  });

  it('checks Allow-Origin before the preflight status', () => {
    assert.equal(judge(put, { preflight: ok([], 404) }).corsError, 'PreflightMissingAllowOriginHeader');
    const v = judge(put, { preflight: ok([['Access-Control-Allow-Origin', ORIGIN]], 400) });
    assert.equal(v.corsError, 'PreflightInvalidStatus');
    assert.match(v.message ?? '', /Response to preflight request doesn't pass access control check: It does not have HTTP ok status\.$/);
  });

  it('rejects a redirected preflight first', () => {
    const v = judge(put, { preflight: ok([['Location', '/x'], ['Access-Control-Allow-Origin', ORIGIN]], 301) });
    assert.equal(v.corsError, 'PreflightDisallowedRedirect');
  });

  it('checks methods case-sensitively and * only without credentials', () => {
    const pre = (methods: string, credentials: ProbeRequest['credentials'] = 'omit') => judge({ ...put, headers: [], method: 'patch', credentials }, {
      preflight: ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true'], ['Access-Control-Allow-Methods', methods]]),
    });
    assert.equal(pre('PATCH').corsError, 'MethodDisallowedByPreflightResponse');
    assert.match(pre('PATCH').message ?? '', /Method patch is not allowed by Access-Control-Allow-Methods in preflight response\.$/);
    assert.equal(pre('patch').corsError, null);
    assert.equal(pre('*').corsError, null);
    assert.equal(pre('*', 'include').corsError, 'MethodDisallowedByPreflightResponse');
    assert.equal(pre('GET, bad method').corsError, 'InvalidAllowMethodsPreflightResponse');
  });

  it('checks headers case-insensitively, * only without credentials', () => {
    const pre = (allow: string, credentials: ProbeRequest['credentials'] = 'omit') => judge({ ...put, credentials }, {
      preflight: ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true'],
        ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', allow]]),
    });
    assert.equal(pre('X-TOKEN').corsError, null);
    assert.equal(pre('*').corsError, null);
    const v = pre('*', 'include');
    assert.equal(v.corsError, 'HeaderDisallowedByPreflightResponse');
    assert.match(v.message ?? '', /Request header field x-token is not allowed/);
    assert.equal(pre('x-token;').corsError, 'InvalidAllowHeadersPreflightResponse');
  });

  it('gives Chromium\'s verdict for Authorization under * with a warning', () => {
    const v = judge({ ...get, headers: [['Authorization', 'Bearer x']] }, {
      preflight: ok([['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Headers', '*']]),
      actual: [ok([['Access-Control-Allow-Origin', '*']])],
    });
    assert.equal(v.allowed, true);
    assert.equal(v.complete, true);
    assert.ok(v.warnings.some((w) => /standard and future browsers block it/.test(w)));
  });

  it('reports max-age caps', () => {
    const v = judge(put, { preflight: ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Methods', 'PUT'],
      ['Access-Control-Allow-Headers', 'x-token'], ['Access-Control-Max-Age', '86400']]) });
    assert.deepEqual(v.maxAge, { chrome: 7200, firefox: 86400, header: '86400' });
    assert.ok(v.warnings.some((w) => /capped to 7200/.test(w)));
    assert.equal(v.complete, false, 'no actual response given');
  });

  it('refuses a redirect to a URL with credentials when the target is cross-origin', () => {
    const sameOrigin: ProbeRequest = { ...get, url: `${ORIGIN}/a` };
    const v = judge(sameOrigin, { actual: [ok([['Location', 'http://u:p@127.0.0.1:5000/']], 302)] });
    assert.equal(v.corsError, 'RedirectContainsCredentials');
  });

  it('never lists Set-Cookie as readable, even same-origin', () => {
    const sameOrigin: ProbeRequest = { ...get, url: `${ORIGIN}/a` };
    const v = judge(sameOrigin, { actual: [ok([['Set-Cookie', 'a=1'], ['X-Total', '3']])] });
    assert.deepEqual(v.exposedHeaders, ['x-total']);
  });

  it('follows redirects, checks every hop and taints the origin', () => {
    const v = judge(get, { actual: [
      ok([['Location', 'http://other.localhost:5000/b'], ['Access-Control-Allow-Origin', ORIGIN]], 302),
      ok([['Access-Control-Allow-Origin', ORIGIN]]),
    ] });
    assert.equal(v.corsError, 'AllowOriginMismatch', 'the second hop sees Origin: null');
    assert.match(v.message ?? '', /^Access to fetch at 'http:\/\/other.localhost:5000\/b' \(redirected from 'http:\/\/127.0.0.1:5000\/api'\)/);
    const ok2 = judge(get, { actual: [
      ok([['Location', 'http://other.localhost:5000/b'], ['Access-Control-Allow-Origin', '*']], 302),
      ok([['Access-Control-Allow-Origin', 'null']]),
    ] });
    assert.equal(ok2.allowed, true);
    assert.equal(ok2.finalUrl, 'http://other.localhost:5000/b');
  });

  it('requires CORS on the redirect response itself and rejects userinfo', () => {
    assert.equal(judge(get, { actual: [ok([['Location', '/b']], 302)] }).corsError, 'MissingAllowOriginHeader');
    assert.equal(judge(get, { actual: [ok([['Location', 'http://u:p@127.0.0.1:5000/b'], ['Access-Control-Allow-Origin', '*']], 307)] }).corsError,
      'RedirectContainsCredentials');
  });

  it('lists exposed headers, never Set-Cookie', () => {
    const v = judge(get, { actual: [ok([['Access-Control-Allow-Origin', '*'], ['Access-Control-Expose-Headers', '*'],
      ['X-Total', '3'], ['Set-Cookie', 'a=1'], ['Content-Type', 'text/plain']])] });
    assert.deepEqual(v.exposedHeaders, ['access-control-allow-origin', 'access-control-expose-headers', 'content-type', 'x-total']);
  });

  it('takes the hop form and wants a preflight before each preflighted hop', () => {
    const pf = ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'x-token']]);
    const hop0 = ok([['Access-Control-Allow-Origin', ORIGIN], ['Location', '/v2']], 307);
    const partial = walk(put, [{ preflight: pf, response: hop0 }]);
    assert.equal(partial.verdict.complete, false);
    assert.deepEqual(partial.next && { kind: partial.next.kind, hop: partial.next.hop, url: partial.next.url, method: partial.next.method },
      { kind: 'preflight', hop: 1, url: 'http://127.0.0.1:5000/v2', method: 'PUT' });
    const v = judge(put, { hops: [{ preflight: pf, response: hop0 }, { preflight: pf, response: ok([['Access-Control-Allow-Origin', ORIGIN]]) }] });
    assert.equal(v.allowed, true);
    assert.equal(v.complete, true);
  });

  it('turns a POST into a simple GET after a 303', () => {
    const json: ProbeRequest = { ...get, method: 'POST', headers: [['Content-Type', 'application/json']] };
    const pf = ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Headers', 'content-type']]);
    const { next } = walk(json, [{ preflight: pf, response: ok([['Access-Control-Allow-Origin', ORIGIN], ['Location', '/done']], 303) }]);
    assert.equal(next?.kind, 'actual');
    assert.equal(next?.method, 'GET');
    assert.deepEqual(next?.headers, []);
  });

  it('applies no CORS checks to same-origin requests', () => {
    assert.equal(judge({ ...put, url: 'http://localhost:3000/api' }, { actual: [ok([])] }).allowed, true);
  });

  it('explains plan errors as the TypeError fetch() throws', () => {
    const v = judge({ ...get, method: 'CONNECT' }, { actual: [] });
    assert.equal(v.allowed, false);
    assert.equal(v.failingStep?.kind, 'plan');
  });
});

describe('probe cookie audit', () => {
  const withCookie = (cookie: string, credentials: ProbeRequest['credentials'] = 'include', url = URL_) => judge({ ...get, url, credentials }, {
    actual: [ok([['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true'], ['Set-Cookie', cookie]])],
  }).warnings;

  it('warns that SameSite=None needs Secure', () => {
    assert.match(withCookie('sid=1; SameSite=None').join('\n'), /SameSite=None without Secure; Chrome rejects it/);
  });
  it('warns that a Lax cookie does not come back cross-site', () => {
    assert.match(withCookie('sid=1; Path=/').join('\n'), /SameSite=Lax \(the default\); http:\/\/localhost:3000 is another site/);
    assert.deepEqual(withCookie('sid=1; Path=/', 'include', 'http://localhost:5000/api'), [], 'localhost:3000 and localhost:5000 are the same site');
    assert.deepEqual(withCookie('sid=1; SameSite=None; Secure'), []);
  });
  it('warns that cookies are ignored without credentials', () => {
    assert.match(withCookie('sid=1', 'omit').join('\n'), /ignores Set-Cookie/);
  });
});
