// Differential test of simulate(): every configuration is written as source, analysed by analyze() to
// get its CorsSite, and executed by the real library in a real server; each browser request shape is
// then both simulated and sent, and every access-control-* and Vary header must agree byte for byte.
// @fastify/cors and @koa/cors are not simulated yet, so they are not in this test; Nest runs on the Express simulator.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/analysis/analyze';
import type { CorsSite } from '../../../src/analysis/model/policy';
import { simulate, wireRequests, type SimRequest, type WireRequest } from '../../../src/analysis/simulate';
import { SYSTEM_PYTHON, startServer, type RunningServer } from '../../servers/launch';
import { CONFIGS, FILE_NAMES, ORIGINS, SHAPES, sourceOf, type SimConfig } from './configs';

type Pair = [string, string];

function send(base: string, prefix: string, req: WireRequest): Promise<Pair[]> {
  return new Promise((resolve, reject) => {
    const r = http.request(`${base}${prefix}${req.path}`, { method: req.method, headers: req.headers, agent: false }, (res) => {
      const pairs: Pair[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
      res.resume();
      res.on('end', () => resolve(pairs));
    });
    r.on('error', reject);
    r.end();
  });
}

/** The headers under comparison, as a sorted multiset: names keep their case, values are exact. */
function corsHeaders(pairs: readonly (readonly [string, string])[]): string[] {
  return pairs
    .filter(([n]) => n.toLowerCase().startsWith('access-control-') || n.toLowerCase() === 'vary')
    .map(([n, v]) => `${n}: ${v}`)
    .sort();
}

interface Served { config: SimConfig; index: number; site: CorsSite; prefix: string; server?: RunningServer }

async function siteOf(c: SimConfig): Promise<CorsSite> {
  const { model } = await analyze({ file: FILE_NAMES[c.framework], text: sourceOf(c) });
  assert.equal(model.sites.length, 1, `${sourceOf(c)}\nshould hold one CORS site, found ${model.sites.length}`);
  return model.sites[0];
}

/** Runs `jobs` with at most `n` at a time. */
async function pool<T>(items: readonly T[], n: number, job: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await job(items[next++]);
  }));
}

describe('simulate() against the real libraries', function () {
  this.timeout(180000);
  const servers: RunningServer[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-sim-'));
  after(() => {
    for (const s of servers) s.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('agrees byte for byte on every access-control-* and Vary header', async () => {
    const served: Served[] = [];
    for (const [index, config] of CONFIGS.entries()) {
      served.push({ config, index, site: await siteOf(config), prefix: config.framework === 'django' ? '' : `/c${index}` });
    }
    const starts: Promise<void>[] = [];
    const repo = path.resolve(__dirname, '../../../..');
    for (const fw of ['flask', 'fastapi', 'express'] as const) {
      const mine = served.filter((s) => s.config.framework === fw);
      const file = path.join(tmp, `${fw}.json`);
      fs.writeFileSync(file, JSON.stringify(mine.map((s) => ({ prefix: s.prefix, source: sourceOf(s.config) }))));
      const env = { SIM_CONFIGS: file, NODE_PATH: path.join(repo, 'node_modules') };
      const start = fw === 'express'
        ? startServer(fw, process.execPath, ['sim_express.js'], env)
        : startServer(fw, SYSTEM_PYTHON, [`sim_${fw}.py`], env);
      starts.push(start.then((s) => { servers.push(s); for (const m of mine) m.server = s; }));
    }
    for (const s of served.filter((x) => x.config.framework === 'django')) {
      const file = path.join(tmp, `django-${s.index}.py`);
      fs.writeFileSync(file, sourceOf(s.config));
      starts.push(startServer(`django-${s.index}`, SYSTEM_PYTHON, ['sim_django.py'], { SIM_SETTINGS: file }).then((srv) => { servers.push(srv); s.server = srv; }));
    }
    await Promise.all(starts);

    const cases: Array<{ s: Served; req: SimRequest }> = [];
    for (const s of served) {
      for (const p of s.config.paths ?? ['/x']) {
        for (const origin of ORIGINS) for (const shape of SHAPES) cases.push({ s, req: { origin, path: p, ...shape } });
      }
    }
    let agreed = 0;
    let total = 0;
    let unknown = 0;
    let withCors = 0;
    const failures: string[] = [];
    await pool(cases, 8, async ({ s, req }) => {
      const sim = simulate(s.site, req);
      const wire = wireRequests(req);
      const steps: Array<[string, WireRequest, readonly (readonly [string, string])[] | undefined]> = [];
      if (wire.preflight) steps.push(['preflight', wire.preflight, sim.preflight?.headers]);
      steps.push(['actual', wire.actual, sim.unknown ? undefined : sim.actual.headers]);
      for (const [kind, w, predicted] of steps) {
        const real = corsHeaders(await send(s.server!.base, s.prefix, w));
        total++;
        if (real.length) withCors++;
        if (predicted === undefined && sim.unknown) { unknown++; continue; }
        const expected = corsHeaders(predicted ?? []);
        if (JSON.stringify(real) === JSON.stringify(expected)) agreed++;
        else failures.push(`${s.config.framework} #${s.index} ${kind} ${w.method} ${w.path} ${JSON.stringify(w.headers)}\n  source: ${s.config.options}\n  real:      ${JSON.stringify(real)}\n  simulated: ${JSON.stringify(expected)}`);
      }
    });
    console.log(`      simulation agreement: ${agreed}/${total} requests (${CONFIGS.length} configurations, ${withCors} answered with CORS headers, ${unknown} documented unknown)`);
    assert.ok(CONFIGS.length >= 40 && total >= 400);
    // Most answers must carry CORS headers, or agreement would say little.
    assert.ok(withCors > total / 2, `only ${withCors}/${total} answers carried CORS headers`);
    assert.equal(failures.length, 0, `${failures.length} disagreements:\n${failures.slice(0, 25).join('\n')}`);
  });
});
