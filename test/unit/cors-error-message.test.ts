import * as assert from 'node:assert/strict';
import { consoleMessage } from '../../src/probe/console-messages';
import { parseCorsError } from '../../src/probe/cors-error-message';
import type { CorsError } from '../../src/probe/types';

const ALL: Array<[CorsError, { value?: string; method?: string; header?: string }]> = [
  ['WildcardOriginNotAllowed', {}], ['MissingAllowOriginHeader', {}],
  ['MultipleAllowOriginValues', { value: 'http://a.example, http://b.example' }],
  ['InvalidAllowOriginValue', { value: 'localhost:3000' }],
  ['AllowOriginMismatch', { value: 'https://shop.example.com' }],
  ['InvalidAllowCredentials', { value: 'True' }], ['CorsDisabledScheme', {}],
  ['PreflightInvalidStatus', {}], ['PreflightDisallowedRedirect', {}], ['PreflightWildcardOriginNotAllowed', {}],
  ['PreflightMissingAllowOriginHeader', {}], ['PreflightMultipleAllowOriginValues', { value: '*, *' }],
  ['PreflightInvalidAllowOriginValue', { value: 'null null' }], ['PreflightAllowOriginMismatch', { value: 'http://localhost:5173' }],
  ['PreflightInvalidAllowCredentials', { value: '' }], ['InvalidAllowMethodsPreflightResponse', {}],
  ['InvalidAllowHeadersPreflightResponse', {}], ['MethodDisallowedByPreflightResponse', { method: 'PATCH' }],
  ['HeaderDisallowedByPreflightResponse', { header: 'x-requested-with' }], ['RedirectContainsCredentials', {}],
];

describe('parseCorsError', () => {
  it('reads back every Chrome message console-messages.ts produces, with its details', () => {
    for (const [error, details] of ALL) {
      const text = consoleMessage('http://localhost:5000/api/x', 'http://localhost:5000/api/x', 'http://localhost:3000', error, details);
      const p = parseCorsError(text);
      assert.ok(p, text);
      assert.equal(p.failure, error, text);
      assert.equal(p.browser, 'chrome');
      assert.equal(p.url, 'http://localhost:5000/api/x');
      assert.equal(p.origin, 'http://localhost:3000');
      assert.equal(p.initialUrl, undefined);
      assert.deepEqual(p.details, details, text);
    }
  });

  it('keeps the redirect source and the method of a disallowed-method error', () => {
    const text = consoleMessage('http://localhost:5000/api/x/', 'http://localhost:5000/api/x', 'http://localhost:3000', 'MethodDisallowedByPreflightResponse', { method: 'DELETE' });
    const p = parseCorsError(text);
    assert.equal(p?.url, 'http://localhost:5000/api/x/');
    assert.equal(p?.initialUrl, 'http://localhost:5000/api/x');
    assert.equal(p?.method, 'DELETE');
  });

  it('reads older Chrome wording (no-cors advice, no "valid value" hint, XMLHttpRequest) and the DevTools network line', () => {
    const pasted = [
      "localhost/:1 Access to XMLHttpRequest at 'https://panel.example.com/api/system' from origin 'https://10.0.0.5' has been blocked by CORS policy: "
        + "No 'Access-Control-Allow-Origin' header is present on the requested resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.",
      'POST https://panel.example.com/api/system net::ERR_FAILED 500 (Internal Server Error)',
    ].join('\n');
    const p = parseCorsError(pasted);
    assert.equal(p?.failure, 'MissingAllowOriginHeader');
    assert.equal(p?.api, 'XMLHttpRequest');
    assert.equal(p?.method, 'POST');
    assert.equal(p?.origin, 'https://10.0.0.5');
    const old = parseCorsError("Access to fetch at 'http://127.0.0.1:8000/api/cart/' from origin 'http://localhost:3000' has been blocked by CORS policy: "
      + "The 'Access-Control-Allow-Origin' header has a value 'https://shop.example.com' that is not equal to the supplied origin.");
    assert.equal(old?.failure, 'AllowOriginMismatch');
    assert.equal(old?.details.value, 'https://shop.example.com');
    const header = parseCorsError("Access to XMLHttpRequest at 'http://xxxx/api' from origin 'http://yyyy' has been blocked by CORS policy: Request header field Token is not allowed by Access-Control-Allow-Headers in preflight response.");
    assert.equal(header?.failure, 'HeaderDisallowedByPreflightResponse');
    assert.equal(header?.details.header, 'token');
  });

  it('reads Firefox reasons, with curly quotes and the status code', () => {
    const cases: Array<[string, string, Record<string, string>]> = [
      ["CORS header ‘Access-Control-Allow-Origin’ missing", 'CORSMissingAllowOrigin', {}],
      ["CORS header 'Access-Control-Allow-Origin' does not match 'https://shop.example.com'", 'CORSAllowOriginNotMatchingOrigin', { value: 'https://shop.example.com' }],
      ["Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’", 'CORSNotSupportingCredentials', {}],
      ["Did not find method in CORS header ‘Access-Control-Allow-Methods’", 'CORSMethodNotFound', {}],
      ["expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’", 'CORSMissingAllowCredentials', {}],
      ['CORS preflight channel did not succeed', 'CORSPreflightDidNotSucceed', {}],
      ['CORS request did not succeed', 'CORSDidNotSucceed', {}],
      ["invalid token ‘x y’ in CORS header ‘Access-Control-Allow-Headers’", 'CORSInvalidAllowHeader', { header: 'x y' }],
      ["invalid token ‘GET;’ in CORS header ‘Access-Control-Allow-Methods’", 'CORSInvalidAllowMethod', { method: 'GET;' }],
      ["missing token ‘Authorization’ in CORS header ‘Access-Control-Allow-Headers’ from CORS preflight channel", 'CORSMissingAllowHeaderFromPreflight', { header: 'authorization' }],
      ["Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed", 'CORSMultipleAllowOriginNotAllowed', {}],
      ['CORS request not HTTP', 'CORSRequestNotHttp', {}],
      ['CORS request external redirect not allowed', 'CORSExternalRedirectNotAllowed', {}],
      ["CORS header ‘Origin’ cannot be added", 'CORSOriginHeaderNotAdded', {}],
      ['CORS disabled', 'CORSDisabled', {}],
    ];
    for (const [reason, id, details] of cases) {
      const text = `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:5000/api/account. (Reason: ${reason}). Status code: 200.`;
      const p = parseCorsError(text);
      assert.equal(p?.failure, id, text);
      assert.equal(p?.browser, 'firefox');
      assert.equal(p?.url, 'http://localhost:5000/api/account');
      assert.equal(p?.origin, undefined);
      assert.equal(p?.status, 200);
      assert.deepEqual(p?.details, details);
    }
    const noStatus = parseCorsError('Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://example.com/flask/hello. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing).');
    assert.equal(noStatus?.url, 'https://example.com/flask/hello');
    assert.equal(noStatus?.status, undefined);
  });

  it('answers undefined for text that is no CORS error', () => {
    for (const t of ['', 'Uncaught TypeError: Failed to fetch', "Access to fetch at 'x' from origin 'y' has been blocked by CORS policy: something new.", 'Cross-Origin Request Blocked: (Reason: ???)']) {
      assert.equal(parseCorsError(t), undefined, t);
    }
  });
});
