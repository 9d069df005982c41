import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { normalizeConsolePaste } from '../../src/analysis/console-paste';
import { explain, type ExplainWorkspace } from '../../src/analysis/explain';
import { parseCorsError } from '../../src/probe/cors-error-message';
import { readSource } from '../../src/node/read-source';
import { ROOT, walk, workspace } from './route-workspace';

const API = 'http://localhost:5000/api/account';
const DEV = 'http://localhost:3000';

/** Wordings from Blink's WebCORS strings (Chrome ≤ 72) and WebKit's CrossOriginAccessControl (Safari), as consoles print them. */
const CASES: ReadonlyArray<[string, string, string, Record<string, unknown>]> = [
  ['Chrome ≤ 63 XHR', `XMLHttpRequest cannot load ${API}. No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access.`, 'MissingAllowOriginHeader', { origin: DEV, api: 'XMLHttpRequest' }],
  ['Chrome ≤ 63 status', `XMLHttpRequest cannot load ${API}. No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access. The response had HTTP status code 500.`, 'MissingAllowOriginHeader', { status: 500 }],
  ['Chrome ≤ 63 fetch', `Fetch API cannot load ${API}. No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.`, 'MissingAllowOriginHeader', { api: 'fetch' }],
  ['Chrome 64–72', `Failed to load ${API}: No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access.`, 'MissingAllowOriginHeader', { origin: DEV }],
  ['preflight status', `Failed to load ${API}: Response for preflight has invalid HTTP status code 401.`, 'PreflightInvalidStatus', { status: 401 }],
  ['preflight status, XHR', `XMLHttpRequest cannot load ${API}. Response for preflight has invalid HTTP status code 405`, 'PreflightInvalidStatus', { status: 405 }],
  ['preflight redirect', `Failed to load ${API}: Response for preflight is invalid (redirect)`, 'PreflightDisallowedRedirect', {}],
  ['preflight access', `Failed to load ${API}: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access. The response had HTTP status code 403.`, 'PreflightMissingAllowOriginHeader', { status: 403, origin: DEV }],
  ['wildcard + credentials', `Failed to load ${API}: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'. Origin '${DEV}' is therefore not allowed access. The credentials mode of requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute.`, 'WildcardOriginNotAllowed', {}],
  ['credentials flag', `XMLHttpRequest cannot load ${API}. Credentials flag is 'true', but the 'Access-Control-Allow-Credentials' header is ''. It must be 'true' to allow credentials. Origin '${DEV}' is therefore not allowed access.`, 'InvalidAllowCredentials', { details: { value: '' } }],
  ['multiple values', `Failed to load ${API}: The 'Access-Control-Allow-Origin' header contains multiple values '*, *', but only one is allowed. Origin '${DEV}' is therefore not allowed access.`, 'MultipleAllowOriginValues', { details: { value: '*, *' } }],
  ['mismatch', `Failed to load ${API}: The 'Access-Control-Allow-Origin' header has a value 'http://localhost:8080' that is not equal to the supplied origin. Origin '${DEV}' is therefore not allowed access.`, 'AllowOriginMismatch', { details: { value: 'http://localhost:8080' } }],
  ['method', `Failed to load ${API}: Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.`, 'MethodDisallowedByPreflightResponse', { method: 'PATCH' }],
  ['header', `Failed to load ${API}: Request header field Authorization is not allowed by Access-Control-Allow-Headers in preflight response.`, 'HeaderDisallowedByPreflightResponse', { details: { header: 'authorization' } }],
  ['redirect', `Redirect from '${API}' to '${API}/' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource. Origin '${DEV}' is therefore not allowed access.`, 'MissingAllowOriginHeader', { origin: DEV }],
  ['Safari', `[Error] Origin ${DEV} is not allowed by Access-Control-Allow-Origin. Status code: 200\n[Error] Fetch API cannot load ${API} due to access control checks.\n[Error] Failed to load resource: Origin ${DEV} is not allowed by Access-Control-Allow-Origin. Status code: 200 (account, line 0)`, 'AllowOriginMismatch', { browser: 'safari', origin: DEV, status: 200, api: 'fetch' }],
  ['Safari preflight', `[Error] Preflight response is not successful. Status code: 401\n[Error] Fetch API cannot load ${API} due to access control checks.`, 'PreflightInvalidStatus', { browser: 'safari', status: 401 }],
  ['Safari wildcard', `Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.\nXMLHttpRequest cannot load ${API} due to access control checks.`, 'WildcardOriginNotAllowed', { browser: 'safari', api: 'XMLHttpRequest' }],
  ['Safari header', `Request header field Content-Type is not allowed by Access-Control-Allow-Headers.\nFetch API cannot load ${API} due to access control checks.`, 'HeaderDisallowedByPreflightResponse', { browser: 'safari', details: { header: 'content-type' } }],
  ['Safari, one line', `Origin ${DEV} is not allowed by Access-Control-Allow-Origin. Status code: 204 Fetch API cannot load ${API} due to access control checks.`, 'AllowOriginMismatch', { browser: 'safari', status: 204 }],
];

describe('pasted wordings: Chrome before 73 and Safari', () => {
  for (const [name, message, failure, expected] of CASES) {
    it(`${name}: ${failure}`, () => {
      const p = parseCorsError(normalizeConsolePaste(message));
      assert.ok(p, `not recognised: ${message}`);
      assert.equal(p.failure, failure);
      assert.equal(p.url, API);
      assert.equal(p.browser, expected.browser ?? 'chrome');
      for (const [k, v] of Object.entries(expected)) if (k !== 'browser') assert.deepEqual((p as unknown as Record<string, unknown>)[k], v, k);
    });
  }

  it('a Safari reason without the line that names the URL is not guessed', () => {
    assert.equal(parseCorsError(`Origin ${DEV} is not allowed by Access-Control-Allow-Origin. Status code: 200`), undefined);
  });

  describe('explained like today\'s wording', () => {
    let ws: ExplainWorkspace;
    before(async () => { ws = await workspace(walk(path.join(ROOT, 'examples'))); });

    it('an old Chrome message finds the same Flask site and fix as the current one', async () => {
      const e = await explain(CASES[3][1], ws, { readFile: readSource });
      assert.equal(e.site?.file, 'examples/flask/app.py');
      assert.equal(e.fix?.title, `Add ${DEV} to allowed origins`);
      assert.match(e.paragraph, /^Chrome blocked the request to/);
    });

    it('Safari names its origin-not-allowed failure without claiming which of missing or different it was', async () => {
      const e = await explain(CASES[15][1], ws, { readFile: readSource });
      assert.match(e.paragraph, /^Safari blocked the request to http:\/\/localhost:5000\/api\/account from http:\/\/localhost:3000 because Access-Control-Allow-Origin must be \* or equal http:\/\/localhost:3000 character for character, and it was missing or different \(Safari does not say which\)/);
      assert.equal(e.site?.file, 'examples/flask/app.py');
    });
  });
});
