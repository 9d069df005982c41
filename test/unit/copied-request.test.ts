import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { looksLikeCorsError } from '../../src/analysis/console-paste';
import type { ExplainWorkspace } from '../../src/analysis/explain';
import { parseCopiedRequest } from '../../src/analysis/paste/copied-request';
import { explainPaste } from '../../src/analysis/paste/explain-paste';
import { readSource } from '../../src/node/read-source';
import { ROOT, walk, workspace } from './route-workspace';

const API = 'http://localhost:5000/api/account';

// The shapes DevTools' Network panel copies (Chromium's NetworkLogView "Copy as …" writers).
const FETCH = `fetch("${API}", {
  "headers": {
    "accept": "*/*",
    "accept-language": "en-US,en;q=0.9",
    "content-type": "application/json",
    "sec-ch-ua": "\\"Chromium\\";v=\\"156\\"",
    "sec-fetch-mode": "cors",
    "x-requested-with": "XMLHttpRequest"
  },
  "referrer": "http://localhost:3000/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\\"name\\":\\"x\\"}",
  "method": "PUT",
  "mode": "cors",
  "credentials": "include"
});`;

const FETCH_NODE = `fetch("${API}", {
  "headers": {
    "accept": "*/*",
    "content-type": "application/json",
    "cookie": "session=abc",
    "Referer": "http://localhost:3000/"
  },
  "body": "{}",
  "method": "POST"
});`;

const CURL_BASH = `curl '${API}' \\
  -X 'PUT' \\
  -H 'Accept: */*' \\
  -H 'Content-Type: application/json' \\
  -b 'session=abc' \\
  -H 'Origin: http://localhost:3000' \\
  -H 'Referer: http://localhost:3000/' \\
  -H $'X-Note: it\\'s' \\
  --data-raw '{"name":"x"}'`;

const CURL_CMD = `curl ^"${API}^" ^
  -X ^"PUT^" ^
  -H ^"Accept: */*^" ^
  -H ^"Content-Type: application/json^" ^
  -H ^"Origin: http://localhost:3000^" ^
  --data-raw ^"^{^\\^"name^\\^":^\\^"x^\\^"^}^"`;

describe('requests copied from DevTools', () => {
  it('Copy as fetch: URL, method, headers, credentials mode and the origin from the referrer', () => {
    const r = parseCopiedRequest(FETCH);
    assert.ok(r);
    assert.equal(r.url, API);
    assert.equal(r.method, 'PUT');
    assert.equal(r.credentials, 'include');
    assert.equal(r.origin, 'http://localhost:3000');
    assert.equal(r.copiedAs, 'fetch');
    assert.deepEqual(r.headers.find(([n]) => n === 'x-requested-with'), ['x-requested-with', 'XMLHttpRequest']);
  });

  it('Copy as fetch (Node.js): the cookie header stands for credentials, the Referer for the origin', () => {
    const r = parseCopiedRequest(FETCH_NODE);
    assert.equal(r?.copiedAs, 'fetch (Node.js)');
    assert.equal(r?.credentials, 'include');
    assert.equal(r?.origin, 'http://localhost:3000');
    assert.equal(r?.method, 'POST');
  });

  it('Copy as cURL (bash) and (cmd), also with line breaks lost in a one-line input box', () => {
    for (const [text, as] of [[CURL_BASH, 'cURL (bash)'], [CURL_CMD, 'cURL (cmd)'], [CURL_BASH.replace(/\n/g, ' '), 'cURL (bash)'], [CURL_CMD.replace(/\n/g, ' '), 'cURL (cmd)']] as const) {
      const r = parseCopiedRequest(text);
      assert.ok(r, text);
      assert.equal(r.copiedAs, as);
      assert.equal(r.url, API);
      assert.equal(r.method, 'PUT');
      assert.equal(r.origin, 'http://localhost:3000');
      assert.ok(r.headers.some(([n, v]) => n === 'Content-Type' && v === 'application/json'), JSON.stringify(r.headers));
    }
    assert.equal(parseCopiedRequest(CURL_BASH)?.credentials, 'include', 'a cookie was sent');
    assert.equal(parseCopiedRequest(CURL_CMD)?.credentials, 'omit');
    assert.deepEqual(parseCopiedRequest(CURL_BASH)?.headers.find(([n]) => n === 'X-Note'), ['X-Note', "it's"]);
  });

  it('the clipboard check accepts a copied request and nothing that merely mentions curl or fetch', () => {
    assert.equal(looksLikeCorsError(FETCH), true);
    assert.equal(looksLikeCorsError(CURL_BASH), true);
    assert.equal(looksLikeCorsError('call fetch("x") later'), false);
    assert.equal(parseCopiedRequest('curl --version'), undefined);
  });

  describe('Explain judges the exact request against the code', () => {
    let ws: ExplainWorkspace;
    before(async () => { ws = await workspace(walk(path.join(ROOT, 'examples'))); });

    it('a credentialed JSON PUT from a dev origin the Flask allowlist lacks: blocked, the site and its fix', async () => {
      const e = await explainPaste(FETCH, ws, { readFile: readSource });
      assert.match(e.paragraph, /^From the request copied as fetch: PUT http:\/\/localhost:5000\/api\/account from http:\/\/localhost:3000, with content-type, x-requested-with, with credentials, which needs a preflight\. By the code, the browser blocks it\./);
      assert.equal(e.site?.file, 'examples/flask/app.py');
      assert.equal(e.fix?.title, 'Add http://localhost:3000 to allowed origins');
      assert.equal(e.simulated?.request.credentials, true, 'the real credentials mode, not a guess from the message');
      assert.deepEqual(e.simulated?.request.headers, ['content-type', 'x-requested-with']);
    });

    it('a request the code allows says so instead of blaming the CORS call', async () => {
      const allowed = FETCH.replace('http://localhost:3000/', 'https://shop.example.com/');
      const e = await explainPaste(allowed, ws, { readFile: readSource });
      assert.match(e.paragraph, /It is answered by flask-cors at examples\/flask\/app\.py:\d+; by the code the browser allows this request/);
      assert.equal(e.fix, undefined);
    });

    it('a same-origin copy is not a CORS question', async () => {
      const e = await explainPaste(FETCH.replace('http://localhost:3000/', 'http://localhost:5000/'), ws);
      assert.match(e.paragraph, /same-origin with the page, so CORS does not apply/);
    });
  });
});
