import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explain, type BrowserSimulator, type ExplainWorkspace } from '../../src/analysis/explain';
import { analyze } from '../../src/analysis/analyze';
import { applyEdits } from '../../src/analysis/fixes/apply';
import { consoleMessage } from '../../src/probe/console-messages';
import { judge } from '../../src/probe/verdict';
import { readSource } from '../../src/node/read-source';
import { ROOT, walk, workspace } from './route-workspace';

const chrome = (url: string, error: Parameters<typeof consoleMessage>[3], details = {}, origin = 'http://localhost:3000') => consoleMessage(url, url, origin, error, details);

describe('explain', () => {
  let ws: ExplainWorkspace;
  before(async () => { ws = await workspace(walk(path.join(ROOT, 'examples'))); });
  const run = (message: string, options = {}) => explain(message, ws, { readFile: readSource, ...options });

  it('Flask: a missing Allow-Origin on /api/* names the resource, its origins line and the add-origin fix', async () => {
    const e = await run(chrome('http://localhost:5000/api/account', 'MissingAllowOriginHeader'));
    assert.equal(e.site?.file, 'examples/flask/app.py');
    assert.equal(e.site?.line, 22);
    assert.equal(e.cause?.line, 22);
    assert.match(e.paragraph, /^Chrome blocked the request to http:\/\/localhost:5000\/api\/account from http:\/\/localhost:3000 because the response must carry Access-Control-Allow-Origin/);
    assert.match(e.paragraph, /resource pattern \/api\/\* is the first flask-cors tries/);
    assert.equal(e.fix?.title, 'Add http://localhost:3000 to allowed origins');
    const text = ws.files.find(f => f.file === 'examples/flask/app.py')!.text;
    assert.match(applyEdits(text, e.fix!.edits), /FRONTEND_ORIGINS \+ \["https:\/\/partners\.example\.com\/", "http:\/\/localhost:3000"\]/);
  });

  it('FastAPI: wildcard with credentials on the mounted feed app offers the allowlist fix of credentials-with-any-origin', async () => {
    const e = await run(chrome('http://127.0.0.1:8000/feed/events', 'WildcardOriginNotAllowed'));
    assert.equal(e.site?.file, 'examples/fastapi/main.py');
    assert.equal(e.site?.line, 35);
    assert.match(e.paragraph, /sub-application feed mounted at \/feed/);
    assert.equal(e.fix?.title, 'Allow only http://localhost:3000');
  });

  it('Django: a path outside CORS_URLS_REGEX says so and offers no origin fix', async () => {
    const django = await workspace(walk(path.join(ROOT, 'examples', 'django')));
    const e = await explain(chrome('http://localhost:8000/admin/login/', 'MissingAllowOriginHeader'), django);
    assert.equal(e.match?.applies, false);
    assert.match(e.paragraph, /CORS_URLS_REGEX \^\/api\/\.\*\$ does not match \/admin\/login\//);
    assert.equal(e.fix, undefined);
  });

  it('Express: an origin already allowed by a reflecting callback says adding it changes nothing', async () => {
    const e = await run(chrome('http://localhost:4000/api/notes', 'PreflightMissingAllowOriginHeader', {}, 'http://localhost:5173'));
    assert.equal(e.site?.line, 47);
    assert.match(e.paragraph, /first middleware to see the preflight/);
    assert.match(e.paragraph, /Every origin is already allowed here/);
  });

  it('Firefox: the origin is assumed (or given) and the answering site found by port and path', async () => {
    const msg = 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:4000/api/public/latest. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.';
    const e = await run(msg, { origin: 'http://localhost:8080' });
    assert.match(e.paragraph, /^Firefox blocked .* from http:\/\/localhost:8080 \(Firefox does not print the page's origin; this assumes the one given\)/);
    assert.equal(e.site?.line, 43);
    assert.equal(e.fix?.title, 'Add http://localhost:8080 to allowed origins');
  });

  it('uses the simulator when given: the paragraph quotes the headers it would send', async () => {
    const seen: unknown[] = [];
    const sim: BrowserSimulator = (_site, req) => {
      seen.push(req);
      const actual = { status: 200, headers: [['Access-Control-Allow-Origin', 'https://shop.example.com'], ['Vary', 'Origin']] as Array<[string, string]> };
      return { simulation: { actual }, verdict: judge({ url: 'http://localhost:5000/api/account', origin: req.origin, method: req.method, headers: [], credentials: 'omit' }, { actual: [actual] }) };
    };
    const e = await run(chrome('http://localhost:5000/api/account', 'AllowOriginMismatch', { value: 'https://shop.example.com' }), { simulateBrowser: sim });
    assert.deepEqual(seen, [{ origin: 'http://localhost:3000', method: 'GET', headers: [], credentials: false, path: '/api/account' }]);
    assert.match(e.paragraph, /it sends Access-Control-Allow-Origin: https:\/\/shop\.example\.com, Vary: Origin\./);
    assert.equal(e.simulated?.verdict.corsError, 'AllowOriginMismatch');
  });

  it('a header the preflight does not allow, and messages it cannot place', async () => {
    const e = await run(chrome('http://localhost:4000/api/notes', 'HeaderDisallowedByPreflightResponse', { header: 'x-trace' }));
    assert.match(e.paragraph, /must list the request header x-trace/);
    const nowhere = await run(chrome('http://localhost:9999/x', 'MissingAllowOriginHeader'));
    assert.equal(nowhere.site, undefined);
    assert.match(nowhere.paragraph, /None of the 4 back ends CORS Lens found declares the port/);
    const junk = await run('TypeError: Failed to fetch');
    assert.equal(junk.parsed, undefined);
    assert.match(junk.paragraph, /not a CORS error CORS Lens recognises/);
    const empty = await explain(chrome('http://localhost:5000/x', 'MissingAllowOriginHeader'), { models: [], files: [] });
    assert.match(empty.paragraph, /found no CORS configuration in the workspace/);
  });
});

describe('probe report: the answering site', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  it('the text report and the webview say where the answer came from; the webview escapes it and keeps the nonce CSP', async () => {
    const { probeHtml } = await import('../../src/extension/probe/html');
    const { answerLines } = await import('../../src/probe/report-text');
    const { planRequest } = await import('../../src/probe/plan');
    const request = { url: 'http://localhost:5000/api/account', origin: 'http://localhost:3000', method: 'GET', headers: [], credentials: 'omit' as const };
    const response = { status: 200, statusText: 'OK', headers: [] as Array<[string, string]>, body: '', bodyTruncated: false };
    const verdict = judge(request, { actual: [response] });
    const ws = await workspace(walk(path.join(ROOT, 'examples', 'flask')));
    const { answerFor } = await import('../../src/analysis/explain');
    const answer = await answerFor(request, verdict, ws);
    assert.equal(answer?.site.line, 22);
    const summary = { where: `${answer!.site.file}:${answer!.site.line}`, label: answer!.label, why: [...answer!.why, XSS], fixTitle: `${answer!.fix!.title} ${XSS}` };
    assert.deepEqual(answerLines(summary).map(l => l.replace(XSS, 'X')), [
      `This answer came from examples/flask/app.py:22 (flask-cors): ${answer!.why.join('; ')}; X.`,
      'Quick fix: Add http://localhost:3000 to allowed origins X',
    ]);
    const report = { request, plan: planRequest(request), verdict, outcome: 'blocked' as const, steps: [], hostile: [], security: [], durationMs: 1 };
    const html = probeHtml(report, { nonce: 'n0nce', cspSource: 'vscode-resource:', styleUri: 's.css', scriptUri: 'p.js', sites: [], answer: summary });
    assert.ok(!html.includes('<img'), 'raw markup from the answer');
    assert.match(html, /This answer came from <button class="link" data-answer="">examples\/flask\/app\.py:22<\/button> \(flask-cors\)/);
    assert.match(html, /<button class="fix" data-fix="">Add http:\/\/localhost:3000 to allowed origins &lt;img/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /script-src &#39;nonce-n0nce&#39;/);
    const none = probeHtml(report, { nonce: 'n', cspSource: 'c', styleUri: 's', scriptUri: 'p', sites: [] });
    assert.ok(!none.includes('data-fix'), 'no fix button without an answer');
  });
});

describe('explain with an allowlist in another module', () => {
  it('names the line of the module that decides it, and adds the origin in that module', async () => {
    const files = [
      { file: 'api/server.js', text: "const express = require('express');\nconst cors = require('cors');\nconst allowed = require('./allowed');\nconst app = express();\napp.use(cors({ origin: allowed }));\napp.listen(4100);\n" },
      { file: 'api/allowed.js', text: "// Front ends that may call the API.\nmodule.exports = ['https://app.example.com'];\n" },
    ];
    const readFile = (f: string) => files.find(x => path.normalize(x.file) === path.normalize(f))?.text;
    const models = [];
    for (const f of files) models.push((await analyze(f, { readFile })).model);
    const e = await explain(chrome('http://localhost:4100/items', 'MissingAllowOriginHeader'), { models, files }, { readFile });
    assert.equal(e.site?.file, 'api/server.js');
    assert.equal(e.site?.line, 5);
    assert.equal(e.cause?.file, 'api/allowed.js');
    assert.equal(e.cause?.line, 2);
    assert.match(e.paragraph, /The line that decides it is api\/allowed\.js:2 \('https:\/\/app\.example\.com'\)/);
    assert.equal(e.fixFile, 'api/allowed.js');
    assert.equal(applyEdits(files[1].text, e.fix!.edits), "// Front ends that may call the API.\nmodule.exports = ['https://app.example.com', 'http://localhost:3000'];\n");
  });
});

describe('explain on half-typed input', () => {
  it('never throws on truncated messages or half-written back ends', async () => {
    const message = chrome('http://localhost:5000/api/x', 'AllowOriginMismatch', { value: 'https://a.example' });
    const ws = await workspace([
      { file: 'half/app.py', text: 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, resources={r"/api/*": {"origins": ["https://a.example"' },
      { file: 'half/server.js', text: "const cors = require('cors');\nconst app = express();\napp.use('/api', cors({ origin: ['https://a.example'\napp.listen(process.env.PORT ||" },
      { file: 'half/.env', text: 'PORT=' },
      { file: 'half/package.json', text: '{"scripts": {"dev": "uvicorn main:app --port' },
    ]);
    for (let cut = 0; cut <= message.length; cut += 7) {
      const e = await explain(message.slice(0, cut), ws);
      assert.equal(typeof e.paragraph, 'string');
    }
    const whole = await explain(message, ws);
    assert.ok(whole.parsed);
  });
});
