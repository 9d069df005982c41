import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
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
});
