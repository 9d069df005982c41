// The hostile-origin scan against real framework servers configured well and badly.
import * as assert from 'node:assert/strict';
import { probe } from '../../../src/probe/probe';
import type { SecurityFinding } from '../../../src/probe/hostile';
import { startFramework, type FrameworkName, type RunningServer } from '../../servers/launch';

const ORIGIN = 'http://localhost:3000';

describe('probe security scan (real servers)', function () {
  this.timeout(60000);
  const servers = new Map<FrameworkName, RunningServer>();

  before(async () => {
    const names: FrameworkName[] = ['flask', 'django', 'fastapi', 'express'];
    const started = await Promise.all(names.map((n) => startFramework(n, ORIGIN)));
    started.forEach((s, i) => servers.set(names[i], s));
  });
  after(() => { for (const s of servers.values()) s.stop(); });

  const scan = async (name: FrameworkName, path: string, extra: { credentials?: 'include'; origin?: string } = {}): Promise<readonly SecurityFinding[]> => {
    const report = await probe({
      url: `${servers.get(name)?.base}${path}`, origin: extra.origin ?? ORIGIN, method: 'GET', headers: [], credentials: extra.credentials ?? 'omit',
    }, { timeoutMs: 5000 });
    assert.notEqual(report.outcome, 'error', report.error);
    assert.ok(report.hostile.length >= 10);
    return report.security;
  };
  const titles = (findings: readonly SecurityFinding[]) => findings.map((f) => `${f.severity}: ${f.title}`).sort();

  it('flags flask-cors default reflection (no credentials)', async () => {
    assert.deepEqual(titles(await scan('flask', '/open/items')), ['medium: Origin reflection']);
  });

  it('flags a single-origin flask-cors policy that omits Vary: Origin, nothing else', async () => {
    assert.deepEqual(titles(await scan('flask', '/strict/items', { credentials: 'include' })), ["low: Missing 'Vary: Origin'"]);
  });

  it('flags Express origin:true with credentials as high', async () => {
    const findings = await scan('express', '/reflect/items', { credentials: 'include' });
    assert.deepEqual(titles(findings), ['high: Credentials with origin reflection']);
    assert.equal(findings[0].rule, 'reflect-origin');
    assert.ok(findings[0].origins.includes('null'), 'reflection covers the null origin too');
  });

  it("calls Express's '*' with credentials broken, not exploitable", async () => {
    assert.deepEqual(titles(await scan('express', '/cred/items')), ["info: '*' with credentials"]);
  });

  it('finds the bypasses an unanchored Express regex allows', async () => {
    const findings = await scan('express', '/list/items', { origin: 'https://app.example.org' });
    const origins = findings.filter((f) => f.title.startsWith('Bypassable allowlist')).flatMap((f) => f.origins).sort();
    assert.deepEqual(origins, ['http://app.example.org', 'https://evil.app.example.org', 'https://evil.example.org', 'https://evilapp.example.org']);
  });

  it('reports Starlette reflecting preflights for * with credentials', async () => {
    const findings = await scan('fastapi', '/star/items', { credentials: 'include' });
    assert.ok(titles(findings).includes('high: Credentials with origin reflection'), titles(findings).join('; '));
  });

  it('notes django-cors-headers sending Allow-Credentials to refused origins as noise', async () => {
    assert.deepEqual(titles(await scan('django', '/api/items', { credentials: 'include' })), ['info: Allow-Credentials sent to refused origins']);
  });

  it('finds only the Allow-Credentials noise with a Starlette allowlist', async () => {
    assert.deepEqual(titles(await scan('fastapi', '/strict/items', { credentials: 'include' })), ['info: Allow-Credentials sent to refused origins']);
  });
});
