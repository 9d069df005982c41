import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { checkSite } from '../../src/analysis/policy-summary';
import { simulateBrowser, wireRequests } from '../../src/analysis/simulate';

const DEV = 'http://localhost:3000';

async function site(file: string, text: string) {
  const [s] = (await analyze({ file, text })).model.sites;
  assert.ok(s, `no site in ${file}`);
  return s;
}

describe('the simulated request is the one fetch() sends', () => {
  it('keeps `patch` as written and upper-cases only the methods Fetch normalises', () => {
    assert.equal(wireRequests({ origin: DEV, method: 'patch', headers: [], credentials: false, path: '/x' }).preflight?.headers['access-control-request-method'], 'patch');
    assert.equal(wireRequests({ origin: DEV, method: 'put', headers: [], credentials: false, path: '/x' }).preflight?.method, 'OPTIONS');
    assert.equal(wireRequests({ origin: DEV, method: 'put', headers: [], credentials: false, path: '/x' }).actual.method, 'PUT');
    assert.equal(wireRequests({ origin: DEV, method: 'post', headers: [], credentials: false, path: '/x' }).preflight, undefined, 'post is POST: no preflight');
  });

  it("a lower-case patch fails flask-cors' default methods, which list PATCH, as Chromium reports it", async () => {
    const s = await site('app.py', 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app)\n');
    const lower = simulateBrowser(s, { origin: DEV, method: 'patch', headers: [], credentials: false, path: '/x' });
    assert.equal(lower.verdict.corsError, 'MethodDisallowedByPreflightResponse');
    const upper = simulateBrowser(s, { origin: DEV, method: 'PATCH', headers: [], credentials: false, path: '/x' });
    assert.equal(upper.verdict.corsError, null);
    assert.equal(simulateBrowser(s, { origin: DEV, method: 'delete', headers: [], credentials: false, path: '/x' }).verdict.corsError, null);
  });

  it('Starlette compares the requested method case-sensitively even with allow_methods=["*"]', async () => {
    const s = await site('main.py', 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"])\n');
    const r = simulateBrowser(s, { origin: DEV, method: 'patch', headers: [], credentials: false, path: '/x' });
    assert.equal(r.simulation.preflight?.status, 400);
    assert.notEqual(r.verdict.corsError, null);
  });

  it('a credentialed request carries a Cookie only when the browser holds one: Starlette * + credentials blocks the first one', async () => {
    const s = await site('main.py', 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n');
    const req = { origin: DEV, method: 'GET', headers: [], credentials: true, path: '/x' };
    assert.equal(wireRequests({ ...req, cookie: false }).actual.headers.cookie, undefined);
    assert.equal(simulateBrowser(s, req).verdict.allowed, true, 'signed in: the origin is echoed');
    const first = simulateBrowser(s, { ...req, cookie: false });
    assert.equal(first.verdict.corsError, 'WildcardOriginNotAllowed');
    const check = checkSite(s, [DEV]);
    const creds = check.origins[0].results.filter(r => r.case.credentials);
    assert.ok(creds.every(r => r.outcome === 'blocked'), JSON.stringify(creds));
    assert.match(creds[0].message ?? '', /first request, before the browser holds a cookie/);
  });

  it("a user's catastrophic origin regex is simulated in linear time (hover and CodeLens run it on every keystroke)", async () => {
    const s = await site('server.js', "const cors = require('cors');\nconst app = require('express')();\napp.use(cors({ origin: /^http:\\/\\/(a|a)*$/ }));\n");
    const hostile = `http://${'a'.repeat(40)}!`;
    const started = process.hrtime.bigint();
    const check = checkSite(s, [hostile, `http://${'a'.repeat(12)}`]);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 1000, `${ms} ms`);
    assert.ok(check.origins[0].results.every(r => r.outcome === 'blocked'), 'the first ends in !: blocked');
    assert.equal(check.origins[1].results[0].outcome, 'allowed', 'the second is all a\'s: a GET passes');
  });
});
