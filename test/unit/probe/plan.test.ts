import * as assert from 'node:assert/strict';
import { isSafelistedHeader, planRequest, preflightHeaders, unsafeHeaderNames } from '../../../src/probe/plan';
import type { ProbeRequest } from '../../../src/probe/types';

const base: ProbeRequest = {
  url: 'http://127.0.0.1:5000/api', origin: 'http://localhost:3000', method: 'GET', headers: [], credentials: 'omit',
};

describe('probe plan', () => {
  it('needs no preflight for a plain GET, HEAD or POST', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'get', 'post']) {
      assert.equal(planRequest({ ...base, method }).preflightNeeded, false, method);
    }
  });

  it('normalises only the standard methods', () => {
    assert.equal(planRequest({ ...base, method: 'delete' }).method, 'DELETE');
    assert.equal(planRequest({ ...base, method: 'patch' }).method, 'patch');
    assert.equal(planRequest({ ...base, method: 'patch' }).preflightNeeded, true);
  });

  it('refuses forbidden methods and invalid names like fetch() does', () => {
    assert.match(planRequest({ ...base, method: 'TRACE' }).errors[0], /unsupported/);
    assert.match(planRequest({ ...base, headers: [['bad name', 'x']] }).errors[0], /not a valid HTTP header name/);
    assert.match(planRequest({ ...base, origin: 'http://localhost:3000/' }).errors[0], /not an origin/);
    assert.match(planRequest({ ...base, url: 'http://u:p@127.0.0.1/' }).errors[0], /credentials/);
  });

  it('applies the Content-Type value rules', () => {
    assert.equal(isSafelistedHeader('Content-Type', 'text/plain;charset=UTF-8'), true);
    assert.equal(isSafelistedHeader('content-type', 'multipart/form-data; boundary=x'), true);
    assert.equal(isSafelistedHeader('Content-Type', 'application/json'), false);
    assert.equal(isSafelistedHeader('Content-Type', 'text/plain; x="y"'), false, 'unsafe byte "');
  });

  it('applies the Accept, language and Range value rules', () => {
    assert.equal(isSafelistedHeader('Accept', 'application/json, text/*'), true);
    assert.equal(isSafelistedHeader('Accept', 'a{b'), false);
    assert.equal(isSafelistedHeader('Accept-Language', 'en-GB,en;q=0.9'), true);
    assert.equal(isSafelistedHeader('Content-Language', 'en_GB'), false);
    assert.equal(isSafelistedHeader('Range', 'bytes=0-'), true);
    assert.equal(isSafelistedHeader('Range', 'bytes=5-1'), false);
    assert.equal(isSafelistedHeader('Range', 'bytes=0-1,3-4'), false);
  });

  it('applies the 128-byte value limit and the 1024-byte total', () => {
    assert.equal(isSafelistedHeader('Accept', 'a'.repeat(128)), true);
    assert.equal(isSafelistedHeader('Accept', 'a'.repeat(129)), false);
    const many: [string, string][] = [
      ['Accept', 'a'.repeat(128)], ['Accept-Language', 'b'.repeat(128)], ['Content-Language', 'c'.repeat(128)],
    ];
    assert.deepEqual(unsafeHeaderNames(many), []);
    // Fetch counts duplicate entries separately; over 1024 bytes every safelisted name turns unsafe.
    const over = [...many, ...Array.from({ length: 6 }, (_, i) => ['Accept', `${i}`.repeat(120)] as [string, string])];
    assert.deepEqual(unsafeHeaderNames(over), ['accept', 'accept-language', 'content-language']);
    // Chromium combines duplicates before the check, so there the long combined Accept alone is unsafe.
    assert.deepEqual(planRequest({ ...base, headers: over }).unsafeHeaderNames, ['accept']);
  });

  it('builds the preflight with sorted, lower-cased, comma-joined names', () => {
    const plan = planRequest({ ...base, method: 'PUT', headers: [['X-Foo', '1'], ['Content-Type', 'application/json'], ['x-foo', '2']] });
    assert.deepEqual(plan.unsafeHeaderNames, ['content-type', 'x-foo']);
    assert.deepEqual(plan.headers, [['X-Foo', '1, 2'], ['Content-Type', 'application/json']]);
    const headers = preflightHeaders('http://localhost:3000', plan.method, plan.unsafeHeaderNames);
    assert.deepEqual(headers.find(([n]) => n === 'Access-Control-Request-Headers'), ['Access-Control-Request-Headers', 'content-type,x-foo']);
    assert.ok(!headers.some(([n]) => n.toLowerCase() === 'cookie'));
  });

  it('says why a preflight is needed', () => {
    const plan = planRequest({ ...base, method: 'POST', headers: [['Content-Type', 'application/json']] });
    assert.deepEqual(plan.preflightReasons, ["header content-type: the value 'application/json' is not CORS-safelisted"]);
  });

  it('drops forbidden headers and keeps a Cookie for credentialed requests only', () => {
    const plan = planRequest({ ...base, headers: [['Host', 'x'], ['Cookie', 'a=1'], ['Sec-Foo', '1']], credentials: 'include' });
    assert.deepEqual(plan.headers, []);
    assert.equal(plan.cookie, 'a=1');
    assert.equal(plan.preflightNeeded, false);
    assert.equal(planRequest({ ...base, headers: [['Cookie', 'a=1']] }).warnings.length, 1);
  });

  it('does not apply CORS to same-origin requests', () => {
    const plan = planRequest({ ...base, url: 'http://localhost:3000/api', method: 'PUT' });
    assert.equal(plan.crossOrigin, false);
    assert.equal(plan.preflightNeeded, false);
  });
});
