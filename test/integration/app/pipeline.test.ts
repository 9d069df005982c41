// Differential test of the app model: each configuration in configs.ts is analysed from its source
// alone, and served as written by the real framework (Flask 2.2 + flask-cors, Express 4 + cors). For
// every request a page sends, each wire request is predicted by walking the app chain and sent to the
// server: the status, every access-control-* header and a redirect's Location must agree, and the
// browser's verdict judged by judge() on the real exchange (redirects followed as fetch() follows
// them) must equal the predicted one. Then real Chromium fetches each request from a page: allowed or
// blocked, and the CORS error DevTools reports, must match the prediction.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/analysis/analyze';
import type { FileModel } from '../../../src/analysis/model/policy';
import { chainOf, walkChain } from '../../../src/analysis/app/walk';
import { simulateInApp } from '../../../src/analysis/app/simulate';
import { wireRequests, type SimRequest, type WireRequest } from '../../../src/analysis/simulate';
import { judge } from '../../../src/probe/verdict';
import type { Hop, ProbeRequest } from '../../../src/probe/types';
import { SYSTEM_PYTHON, startServer, type RunningServer } from '../../servers/launch';
import { CHROMIUM_PATH, fetchFromPage, launchChromium, startPageServer } from '../probe/chromium';
import { APP_CONFIGS, type AppConfig } from './configs';

type Pair = [string, string];
interface Real { status: number; pairs: Pair[] }

const ORIGINS = ['http://localhost:3000', 'http://evil.example'];
/** What pages send: a plain GET, a token, a JSON body (POST, PUT), a DELETE, a first credentialed POST. */
const SHAPES: ReadonlyArray<Omit<SimRequest, 'origin' | 'path'>> = [
  { method: 'GET', headers: [], credentials: false },
  { method: 'GET', headers: ['Authorization'], credentials: false },
  { method: 'POST', headers: ['Content-Type'], credentials: false },
  { method: 'PUT', headers: ['Content-Type'], credentials: false },
  { method: 'DELETE', headers: [], credentials: false },
  { method: 'POST', headers: ['Content-Type'], credentials: true, cookie: false },
];

function send(base: string, prefix: string, req: WireRequest): Promise<Real> {
  return new Promise((resolve, reject) => {
    const r = http.request(`${base}${prefix}${req.path}`, { method: req.method, headers: req.headers, agent: false }, (res) => {
      const pairs: Pair[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, pairs }));
    });
    r.on('error', reject);
    r.end();
  });
}

/** The compared part of an answer: status, sorted access-control-* headers, a Location as a path inside the app. */
function compared(status: number, pairs: ReadonlyArray<readonly [string, string]>, prefix: string): string {
  const cors = pairs.filter(([n]) => n.toLowerCase().startsWith('access-control-')).map(([n, v]) => `${n.toLowerCase()}: ${v}`).sort();
  const loc = pairs.find(([n]) => n.toLowerCase() === 'location')?.[1];
  const where = loc === undefined ? '' : ` -> ${new URL(loc, 'http://x').pathname.replace(prefix, '')}`;
  return `${status}${where} ${JSON.stringify(cors)}`;
}

function probeOf(req: SimRequest): ProbeRequest {
  return {
    url: `http://127.0.0.1${req.path}`, origin: req.origin, method: req.method,
    headers: req.headers.map((h) => [h, h.toLowerCase() === 'content-type' ? 'application/json' : 'x'] as const),
    credentials: req.credentials ? 'include' : 'omit',
  };
}

interface Served { config: AppConfig; model: FileModel; prefix: string; server?: RunningServer }

describe('the app model against real Flask and Express apps', function () {
  this.timeout(120000);
  const servers: RunningServer[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-app-'));
  after(() => {
    for (const s of servers) s.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const served: Served[] = [];
  before(async () => {
    for (const [i, config] of APP_CONFIGS.entries()) {
      const file = config.framework === 'flask' ? 'app.py' : 'server.js';
      const { model } = await analyze({ file, text: config.source });
      assert.ok(model.sites.length > 0 && model.sites.every((s) => chainOf(model.apps, s)), `${config.name}: every site sits in an app chain`);
      served.push({ config, model, prefix: `/c${i}` });
    }
    const repo = path.resolve(__dirname, '../../../..');
    await Promise.all((['flask', 'express'] as const).map(async (fw) => {
      const mine = served.filter((s) => s.config.framework === fw);
      const file = path.join(tmp, `${fw}.json`);
      fs.writeFileSync(file, JSON.stringify(mine.map((s) => ({ prefix: s.prefix, source: s.config.source }))));
      const env = { APP_CONFIGS: file, NODE_PATH: path.join(repo, 'node_modules') };
      const server = fw === 'flask'
        ? await startServer('app-flask', SYSTEM_PYTHON, ['app_flask.py'], env)
        : await startServer('app-express', process.execPath, ['app_express.js'], env);
      servers.push(server);
      for (const s of mine) s.server = server;
    }));
  });

  it('predicts every status, access-control-* header, redirect and verdict', async () => {
    let wire = 0;
    let wireAgree = 0;
    let headersOnly = 0;
    let verdicts = 0;
    let verdictAgree = 0;
    let blocked = 0;
    const unknown: string[] = [];
    const failures: string[] = [];
    for (const s of served) {
      for (const p of s.config.paths) {
        for (const origin of ORIGINS) {
          for (const shape of SHAPES) {
            const req: SimRequest = { origin, path: p, ...shape };
            const predicted = simulateInApp(s.model, s.model.sites[0], req);
            const where = `${s.config.name}: ${req.method} ${p} ${JSON.stringify(req.headers)} from ${origin}${req.credentials ? ' with credentials' : ''}`;
            if (predicted.simulation.unknown) { unknown.push(`${where}: ${predicted.simulation.unknown}`); continue; }
            // The real exchange, as fetch() makes it: a preflight, the request, a same-origin redirect followed.
            const hops: Hop[] = [];
            let at = p;
            for (let i = 0; i < 5; i++) {
              const w = wireRequests({ ...req, path: at });
              const chain = chainOf(s.model.apps, s.model.sites[0])!;
              const steps: Array<[WireRequest, 'preflight' | 'actual']> = w.preflight ? [[w.preflight, 'preflight'], [w.actual, 'actual']] : [[w.actual, 'actual']];
              const hop: { preflight?: Real; response?: Real } = {};
              for (const [wr, kind] of steps) {
                const real = await send(s.server!.base, s.prefix, wr);
                const model = walkChain(chain, s.model.sites, wr);
                wire++;
                const got = compared(real.status, real.pairs, s.prefix);
                // A router's or an unread view's own status is not modelled (statusUnread): such answers are compared on their headers.
                const status = 'unknown' in model ? 0 : model.statusUnread ? real.status : model.status;
                if (!('unknown' in model) && model.statusUnread) headersOnly++;
                const want = 'unknown' in model ? `unknown: ${model.unknown}` : compared(status, model.headers, '');
                if (got === want) wireAgree++;
                else failures.push(`${where}\n  ${kind} ${wr.method} ${wr.path}\n  real:      ${got}\n  predicted: ${want}`);
                hop[kind === 'preflight' ? 'preflight' : 'response'] = real;
              }
              // The server builds Location from the Host it was sent (the test's port and mount prefix): as a path it is the page's API origin.
              const asSeen = (r: Real) => ({ status: r.status, headers: r.pairs.map(([n, v]): Pair => (n.toLowerCase() === 'location' ? [n, new URL(v, 'http://x').pathname.replace(s.prefix, '')] : [n, v])) });
              hops.push({ ...(hop.preflight ? { preflight: asSeen(hop.preflight) } : {}), response: asSeen(hop.response!) });
              const loc = hop.response!.pairs.find(([n]) => n.toLowerCase() === 'location')?.[1];
              const redirected = (r?: Real) => !!r && r.status >= 300 && r.status < 400;
              if (!loc || !redirected(hop.response) || redirected(hop.preflight)) break;
              at = new URL(loc, 'http://x').pathname.replace(s.prefix, '');
            }
            const real = judge(probeOf(req), { hops });
            verdicts++;
            if (!real.allowed) blocked++;
            const same = real.allowed === predicted.verdict.allowed && real.corsError === predicted.verdict.corsError;
            if (same) verdictAgree++;
            else failures.push(`${where}\n  verdict real: ${real.allowed} ${real.corsError}, predicted: ${predicted.verdict.allowed} ${predicted.verdict.corsError}`);
          }
        }
      }
    }
    console.log(`      app-model agreement: ${wireAgree}/${wire} wire requests (status, access-control-* headers, Location; ${headersOnly} answered by a router or a view the model does not read, compared on headers only), ${verdictAgree}/${verdicts} verdicts (${blocked} blocked), ${unknown.length} unknown; ${APP_CONFIGS.length} apps (${APP_CONFIGS.filter((c) => c.framework === 'flask').length} Flask, ${APP_CONFIGS.filter((c) => c.framework === 'express').length} Express)`);
    for (const u of unknown) console.log(`        unknown: ${u}`);
    assert.ok(APP_CONFIGS.length >= 12);
    // Blocked and allowed verdicts must both be common, or agreement would say little.
    assert.ok(blocked > verdicts / 5 && blocked < verdicts * 4 / 5, `${blocked}/${verdicts} blocked`);
    assert.equal(failures.length, 0, `${failures.length} disagreements:\n${failures.slice(0, 20).join('\n')}`);
    assert.ok(unknown.length < verdicts / 10, `${unknown.length} unknown`);
  });
  it('agrees with real Chromium on every verdict and CORS error', async function () {
    if (!fs.existsSync(CHROMIUM_PATH)) this.skip();
    const pageServer = await startPageServer();
    const browser = await launchChromium(pageServer.origin).catch(async (err) => { await pageServer.close(); throw err; });
    try {
      let agree = 0;
      let total = 0;
      const failures: string[] = [];
      for (const s of served) {
        for (const p of s.config.paths) {
          for (const shape of SHAPES) {
            const req: SimRequest = { origin: pageServer.origin, path: p, ...shape };
            const predicted = simulateInApp(s.model, s.model.sites[0], req);
            if (predicted.simulation.unknown) continue;
            total++;
            // A query string tells this request's DevTools issue from the others'; no app reads it.
            const url = `${s.server!.base}${s.prefix}${p}?n=${total}`;
            browser.diagnostics.corsIssues.length = 0;
            const [outcome] = await fetchFromPage(browser.page, [{ url, method: req.method, headers: probeOf(req).headers, credentials: req.credentials ? 'include' : 'omit' }]);
            const issueOf = () => browser.diagnostics.corsIssues.find((i) => i.url.includes(`n=${total}`));
            // DevTools may report the issue a moment after fetch() rejected.
            for (let wait = 0; outcome === 'blocked' && !issueOf() && wait < 20; wait++) await new Promise((r) => setTimeout(r, 50));
            const issue = issueOf();
            const real = `${outcome} ${outcome === 'blocked' ? issue?.corsError ?? '(no issue)' : ''}`.trim();
            const want = `${predicted.verdict.allowed ? 'allowed' : 'blocked'} ${predicted.verdict.allowed ? '' : predicted.verdict.corsError ?? ''}`.trim();
            if (real === want) agree++;
            else failures.push(`${s.config.name}: ${req.method} ${p} ${JSON.stringify(req.headers)}${req.credentials ? ' with credentials' : ''}\n  Chromium: ${real}\n  predicted: ${want}`);
          }
        }
      }
      console.log(`      app-model vs Chromium: ${agree}/${total} verdicts and CORS error names agree (page ${pageServer.origin})`);
      assert.ok(total >= 100);
      assert.equal(failures.length, 0, failures.slice(0, 20).join('\n'));
    } finally {
      await browser.close();
      await pageServer.close();
    }
  });
});
