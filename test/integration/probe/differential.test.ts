// The probe's allowed/blocked verdict must equal Chromium's on every case: Chromium fetch()es from
// a page on localhost:3000 while the probe sends the same request to the same real servers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { probe, type Report } from '../../../src/probe/probe';
import { startFramework, type FrameworkName, type RunningServer } from '../../servers/launch';
import { startScriptedServer, type ScriptedServer } from '../../servers/scripted-server';
import { CHROMIUM_PATH, fetchFromPage, launchChromium, startPageServer, type Chromium, type PageServer } from './chromium';
import { differentialCases, type DiffCase } from './differential-cases';

const BATCH = 12;
const FRAMEWORKS: FrameworkName[] = ['flask', 'django', 'fastapi', 'express'];

interface Outcome {
  readonly chromium: 'allowed' | 'blocked' | 'timeout';
  readonly probe: Report;
  /** Chromium's console line for this request, if it printed one. */
  readonly chromiumMessage?: string;
  /** The DevTools CORS issue's error name for the failing URL. */
  readonly chromiumCorsError?: string;
  /** Whether Chromium sent a preflight to the case's first URL (scripted cases only). */
  readonly chromiumPreflight?: boolean;
}

async function inBatches<T, R>(items: readonly T[], fn: (batch: readonly T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...await fn(items.slice(i, i + BATCH)));
  return out;
}

describe('probe vs Chromium (differential)', function () {
  this.timeout(180000);
  const ids = differentialCases('http://localhost:3000').map((c) => c.id);
  const outcomes = new Map<string, Outcome>();
  let pageServer: PageServer | undefined;
  let scripted: ScriptedServer | undefined;
  let chrome: Chromium | undefined;
  const frameworks = new Map<FrameworkName, RunningServer>();

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM_PATH), `Chromium is required for the differential test: install Debian's chromium (${CHROMIUM_PATH} is missing).`);
    pageServer = await startPageServer();
    const origin = pageServer.origin;
    const started = await Promise.all([startScriptedServer(), ...FRAMEWORKS.map((n) => startFramework(n, origin))]);
    scripted = started[0] as ScriptedServer;
    (started.slice(1) as RunningServer[]).forEach((s, i) => frameworks.set(FRAMEWORKS[i], s));
    chrome = await launchChromium(origin);

    const cases = differentialCases(origin);
    const urlOf = (c: DiffCase) => c.framework
      ? `${frameworks.get(c.framework.name)?.base}${c.framework.path}?case=${c.id}`
      : c.edge ? `${scripted?.base}/edge/${c.edge}?case=${c.id}` : `${scripted?.base}/case/${c.id}`;
    for (const c of cases) for (const [id, spec] of Object.entries(c.scripted ?? {})) scripted.define(id, spec);
    const requests = cases.map((c) => ({ url: urlOf(c), method: c.method, headers: c.headers ?? [], credentials: c.credentials ?? 'omit' }));

    const page = chrome.page;
    const browserVerdicts = await inBatches(requests, (batch) => fetchFromPage(page, batch));
    const reports = await inBatches(requests, (batch) => Promise.all(batch.map((r) =>
      probe({ ...r, origin }, { sendUnsafe: true, securityScan: false, timeoutMs: 5000 }))));
    const log = scripted.log;
    const { consoleErrors, corsIssues } = chrome.diagnostics;
    // Console and DevTools issue events trail the fetch() rejections: wait until they stop coming.
    for (let seen = -1, i = 0; seen !== consoleErrors.length + corsIssues.length && i < 40; i++) {
      seen = consoleErrors.length + corsIssues.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    cases.forEach((c, i) => {
      const url = requests[i].url;
      const message = consoleErrors.find((t) => t.startsWith(`Access to fetch at '${url}'`) || t.includes(`(redirected from '${url}')`));
      const failingUrl = reports[i].verdict.failingStep?.url;
      const issue = corsIssues.find((x) => x.url === failingUrl);
      outcomes.set(c.id, {
      chromium: browserVerdicts[i],
      probe: reports[i],
      ...(message ? { chromiumMessage: message } : {}),
      ...(issue ? { chromiumCorsError: issue.corsError } : {}),
      ...(c.scripted ? {
        chromiumPreflight: log.some((e) => e.id === c.id && e.preflight && /Chrome/.test(String(e.headers['user-agent']))),
      } : {}),
      });
    });
  });

  after(async () => {
    await chrome?.close();
    for (const s of frameworks.values()) s.stop();
    await scripted?.close();
    await pageServer?.close();
  });

  it('has at least 60 cases with both verdicts represented', () => {
    assert.ok(ids.length >= 60, `only ${ids.length} cases`);
    const verdicts = new Set([...outcomes.values()].map((o) => o.chromium));
    assert.deepEqual([...verdicts].sort(), ['allowed', 'blocked']);
  });

  for (const id of ids) {
    it(id, () => {
      const o = outcomes.get(id);
      assert.ok(o, 'case did not run');
      const { probe: report } = o;
      const probeVerdict = report.outcome === 'allowed' && report.verdict.complete ? 'allowed' : 'blocked';
      assert.equal(probeVerdict, o.chromium,
        `Chromium says ${o.chromium}; the probe says ${report.outcome} (${report.verdict.corsError ?? report.error ?? 'no error'}): ${report.verdict.message ?? ''}`);
      if (o.chromium === 'blocked' && report.outcome !== 'error') {
        assert.equal(report.verdict.message, o.chromiumMessage, "Chromium's console line");
        assert.equal(report.verdict.corsError, o.chromiumCorsError, "DevTools' CorsError");
      }
      if (o.chromiumPreflight !== undefined) {
        assert.equal(report.plan.preflightNeeded, o.chromiumPreflight, 'preflight sent by Chromium vs planned by the probe');
      }
    });
  }
});
