import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { looksLikeCorsError, normalizeConsolePaste } from '../../src/analysis/console-paste';
import type { Explanation } from '../../src/analysis/explain';
import {
  checkSite, findingsBySite, lensTitle, pathFromPattern, policyFields, samplePath, shortConsoleMessage,
} from '../../src/analysis/policy-summary';
import { explainHtml } from '../../src/extension/explain/html';
import { escapeMarkdown, siteMarkdown } from '../../src/extension/policy/markdown';
import { parseCorsError } from '../../src/probe/cors-error-message';
import { ROOT } from './route-workspace';

const DEV = 'http://localhost:3000';

async function sitesOf(file: string, text: string) {
  return (await analyze({ file, text })).model.sites;
}

const flask = (options: string) => `from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app${options})\n`;

describe('policy summary: what a site allows for the dev origins', () => {
  it('a Flask allowlist with the dev origin: every request passes, credentials too when supported', async () => {
    const [site] = await sitesOf('app.py', flask(`, origins=["${DEV}"], supports_credentials=True`));
    const check = checkSite(site, [DEV]);
    assert.deepEqual(check.origins[0].results.map(r => r.outcome), ['allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed']);
    assert.equal(lensTitle(check), `CORS: ${DEV} ✓ GET ✓ JSON ✓ credentials`);
  });

  it('an origin missing from the list is blocked, with Chrome\'s words minus the preamble', async () => {
    const [site] = await sitesOf('app.py', flask(', origins=["https://shop.example.com"]'));
    const check = checkSite(site, [DEV, 'https://shop.example.com']);
    assert.equal(lensTitle(check), `CORS: ${DEV} ✗ blocked | https://shop.example.com ✓ GET ✓ JSON ✗ credentials`);
    const get = check.origins[0].results[0];
    assert.equal(get.message, "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    const put = check.origins[0].results[2];
    assert.match(put.message ?? '', /^Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin'/);
  });

  it('expressjs/cors with `*` and credentials: plain requests pass, credentialed ones fail on the wildcard', async () => {
    const [site] = await sitesOf('server.js', "const cors = require('cors');\nconst app = require('express')();\napp.use(cors({ origin: '*', credentials: true }));\n");
    const check = checkSite(site, [DEV]);
    assert.equal(lensTitle(check), `CORS: ${DEV} ✓ GET ✓ JSON ✗ credentials`);
    assert.match(check.origins[0].results[3].message ?? '', /must not be the wildcard '\*' when the request's credentials mode is 'include'/);
  });

  it('origins decided at run time: "cannot tell from the code" with the reason', async () => {
    const [site] = await sitesOf('server.js', "const cors = require('cors');\nconst app = require('express')();\napp.use(cors({ origin: loadOrigins() }));\n");
    const check = checkSite(site, [DEV]);
    assert.equal(lensTitle(check), `CORS: ${DEV} ? cannot tell from the code`);
    assert.ok(check.origins[0].results.every(r => r.outcome === 'unknown' && r.unknown), JSON.stringify(check.origins[0].results));
  });

  it('simulates a path inside the site\'s scope, checked against the library\'s own matcher', async () => {
    assert.equal(pathFromPattern('/api/*'), '/api/x');
    assert.equal(pathFromPattern('^/api/.*$'), '/api/x');
    assert.equal(pathFromPattern('/tenants/<name>/books'), '/tenants/x/books');
    assert.equal(pathFromPattern('/files/:name'), '/files/x');
    assert.equal(pathFromPattern(String.raw`^/v\d+/items/(?P<id>\w+)$`), '/v1/items/x');
    const [flaskSite] = await sitesOf('app.py', flask(', resources={r"/api/*": {"origins": "*"}}'));
    assert.deepEqual(samplePath(flaskSite), { path: '/api/x', covered: true });
    const check = checkSite(flaskSite, [DEV]);
    assert.equal(check.origins[0].results[0].outcome, 'allowed', 'a path outside /api/* would get no headers');
  });

  it('groups findings under the site they are about; the rest stays with the back end', async () => {
    const file = path.join(ROOT, 'examples/flask/app.py');
    const result = await analyze({ file, text: readFileSync(file, 'utf8') });
    const { bySite, rest } = findingsBySite(result.model.sites, result.findings);
    const named = result.model.sites.map((s, i) => `${s.scope.pattern ?? s.scope.kind}: ${bySite[i].map(f => f.ruleId).join(',')}`);
    assert.deepEqual(named, [
      '/api/*: malformed-origin',
      '/tenants/*: weak-regex',
      '/desktop/*: null-origin',
      '/public/*: wildcard-origin',
      '/api/export: insecure-http-origin,credentials-with-any-origin,wildcard-with-credentials-headers',
      'response: missing-vary,reflect-origin',
    ]);
    assert.deepEqual(rest, []);
    assert.equal(bySite.flat().length, result.findings.length);
  });

  it('effective policy fields: written values with where they came from, library defaults named', async () => {
    const [site] = await sitesOf('main.py', 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["https://a.example"], max_age=60)\n');
    assert.deepEqual(policyFields(site).map(f => `${f.name}: ${f.value}`), [
      'scope: whole app',
      'origins: https://a.example',
      'credentials: not allowed (library default)',
      'methods: GET (library default)',
      'headers: Accept, Accept-Language, Content-Language, Content-Type (library default)',
      'max-age: 60 s',
    ]);
  });
});

describe('site hover Markdown', () => {
  const HOSTILE = 'http://evil.example/<img src=x onerror=alert(1)>|[x](command:workbench.action.quit)*_`';

  it('escapes origins and messages from code and settings, and keeps the table intact', async () => {
    const [site] = await sitesOf('app.py', flask(', origins=["https://shop.example.com"]'));
    const md = siteMarkdown(site, checkSite(site, [DEV, HOSTILE]));
    assert.ok(!/(?<!\\)</.test(md), 'an unescaped < from an origin');
    assert.ok(!md.includes('[x](command:'), 'a live link from an origin');
    assert.ok(md.includes(escapeMarkdown(HOSTILE)));
    // Each table row keeps exactly four cell separators: no `|` from the code splits a cell.
    for (const row of md.split('\n').filter(l => l.startsWith('| '))) assert.equal(row.match(/(?<!\\)\|/g)?.length, 4, row);
    assert.match(md, /\| GET \| ✗ \| ✗ \|/);
    assert.match(md, /✗ GET\\, GET \\\+ credentials: No \\'Access\\-Control\\-Allow\\-Origin\\' header is present/);
  });

  it('escapeMarkdown leaves no unescaped punctuation and no line break', () => {
    assert.equal(escapeMarkdown('a*b\n[c](d)'), 'a\\*b \\[c\\]\\(d\\)');
  });
});

describe('pasted console messages', () => {
  const chrome = "Access to fetch at 'http://localhost:5000/api/account' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.";

  it('repairs what a one-line input box or a two-line copy does to the message', () => {
    for (const pasted of [
      chrome,
      chrome.replace('policy: ', 'policy:\n'),
      chrome.replace('policy: ', 'policy:'),
      `${chrome}GET http://localhost:5000/api/account net::ERR_FAILED 200 (OK)`,
      `${chrome}\nGET http://localhost:5000/api/account net::ERR_FAILED 200 (OK)`,
      `  ${chrome.replace(/ /g, '  ')}  `,
    ]) {
      const parsed = parseCorsError(normalizeConsolePaste(pasted));
      assert.equal(parsed?.failure, 'MissingAllowOriginHeader', JSON.stringify(pasted));
      assert.equal(parsed?.url, 'http://localhost:5000/api/account');
    }
    assert.equal(normalizeConsolePaste('  TypeError: Failed to fetch \n'), 'TypeError: Failed to fetch');
  });

  it('tells a clipboard holding a CORS message from one that does not', () => {
    assert.equal(looksLikeCorsError(chrome), true);
    assert.equal(looksLikeCorsError('const x = 1;'), false);
    assert.equal(looksLikeCorsError(''), false);
  });

  it('the short console message drops the preamble with the simulated URL', () => {
    assert.equal(shortConsoleMessage(chrome), "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
    assert.equal(shortConsoleMessage('other'), 'other');
  });
});

describe('Explain CORS error webview', () => {
  it('escapes the message and the explanation, keeps the nonce CSP, and offers the fix as a button', () => {
    const XSS = '<img src=x onerror=alert(1)>';
    const e = {
      parsed: { browser: 'chrome', url: `http://localhost:5000/${XSS}`, origin: DEV, failure: 'MissingAllowOriginHeader', details: {} },
      site: { file: `flask/app.py${XSS}`, range: { start: 0, end: 1 }, line: 22, column: 1 },
      cause: { file: 'flask/app.py', range: { start: 0, end: 1 }, line: 24, column: 1 },
      paragraph: `Chrome blocked ${XSS}`,
      fix: { title: `Add ${DEV} to allowed origins ${XSS}`, applicability: 'unsafe', preferred: true, edits: [] },
      fixFile: 'flask/app.py',
    } as unknown as Explanation;
    const html = explainHtml(e, { nonce: 'n0nce', cspSource: 'vscode-resource:', styleUri: 's.css', scriptUri: 'e.js', message: XSS });
    assert.ok(!html.includes('<img'), 'raw markup');
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /script-src &#39;nonce-n0nce&#39;/);
    assert.match(html, /<button class="link" data-open="site">Go to flask\/app\.py&lt;img/);
    assert.match(html, /data-open="cause">flask\/app\.py:24</);
    assert.match(html, /<button class="fix" data-fix="">Add http:\/\/localhost:3000 to allowed origins &lt;img/);
    const applied = explainHtml(e, { nonce: 'n', cspSource: 'c', styleUri: 's', scriptUri: 'e', message: '', applied: 'Add it' });
    assert.ok(!applied.includes('data-fix'), 'no fix button once applied');
  });
});
