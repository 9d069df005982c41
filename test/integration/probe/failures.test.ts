// Bad servers and bad input: every one ends within the timeout with one clear sentence, and
// nothing rejects unhandled.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { probe } from '../../../src/probe/probe';
import { freePort } from '../../servers/launch';
import { startScriptedServer, type ScriptedServer } from '../../servers/scripted-server';

const ORIGIN = 'http://localhost:3000';
const TIMEOUT = 800;

describe('probe failure handling (real sockets)', function () {
  this.timeout(20000);
  let server: ScriptedServer;
  let tls: https.Server;
  let tlsBase: string;
  let tmp: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startScriptedServer();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', path.join(tmp, 'key.pem'), '-out', path.join(tmp, 'cert.pem')], { stdio: 'ignore' });
    tls = https.createServer({ key: fs.readFileSync(path.join(tmp, 'key.pem')), cert: fs.readFileSync(path.join(tmp, 'cert.pem')) }, (_req, res) => {
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
      res.end('ok');
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    tlsBase = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
  });

  after(async () => {
    process.removeListener('unhandledRejection', onUnhandled);
    await server?.close();
    tls?.closeAllConnections();
    await new Promise((resolve) => tls?.close(resolve));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  afterEach(() => assert.deepEqual(unhandled, [], 'unhandled rejections'));

  const run = (url: string, extra: { method?: string; allowSelfSigned?: boolean } = {}) => probe(
    { url, origin: ORIGIN, method: extra.method ?? 'GET', headers: [], credentials: 'omit' },
    { timeoutMs: TIMEOUT, securityScan: false, ...(extra.allowSelfSigned ? { allowSelfSigned: true } : {}) },
  );

  const expectError = async (url: string, pattern: RegExp, kind: string) => {
    const started = Date.now();
    const report = await run(url);
    const elapsed = Date.now() - started;
    assert.equal(report.outcome, 'error');
    assert.match(report.error ?? '', pattern);
    assert.equal(report.steps.at(-1)?.failure?.kind, kind);
    assert.ok(elapsed < TIMEOUT + 400, `took ${elapsed} ms`);
  };

  it('times out a server that never answers', () => expectError(`${server.base}/edge/hang`, /No response from 127\.0\.0\.1:\d+ within 800 ms/, 'timeout'));
  it('reports a reset connection', () => expectError(`${server.base}/edge/reset`, /closed the connection before sending a complete response/, 'reset'));
  it('refuses oversized headers', () => expectError(`${server.base}/edge/oversized-headers`, /headers larger than 64 KiB/, 'oversized'));
  // Chromium would repair this status line to 200; a developer needs to hear that it is broken.
  it('reports a malformed status line', () => expectError(`${server.base}/edge/malformed`, /malformed HTTP response/, 'malformed'));
  it('reports bytes that are not HTTP', () => expectError(`${server.base}/edge/garbage`, /malformed HTTP response/, 'malformed'));
  it('reports connection refused', async () => expectError(`http://127.0.0.1:${await freePort()}/`, /Connection refused by 127\.0\.0\.1:\d+: is the server running/, 'refused'));
  it('reports a name that does not resolve', () => expectError('http://does-not-exist.invalid/', /could not be resolved \(DNS lookup failed\)/, 'dns'));
  it('rejects a self-signed certificate unless allowed', async () => {
    await expectError(`${tlsBase}/`, /TLS certificate of 127\.0\.0\.1:\d+ is not trusted .*allow self-signed certificates explicitly/, 'tls');
    const report = await run(`${tlsBase}/`, { allowSelfSigned: true });
    assert.equal(report.outcome, 'allowed');
  });

  it('judges on the headers when the body is huge, slow or cut short, as the browser does', async () => {
    for (const edge of ['oversized-body', 'slow-body', 'lying-length']) {
      const started = Date.now();
      const report = await run(`${server.base}/edge/${edge}`);
      assert.equal(report.outcome, 'allowed', edge);
      assert.equal(report.steps[0].response?.bodyTruncated, true, edge);
      assert.ok(Date.now() - started < TIMEOUT + 400, edge);
    }
  });

  it('says when an https URL points at a plain http server', async () => {
    await expectError(`${server.base.replace('http:', 'https:')}/case/x`, /does not speak TLS on that port .*is it an http:\/\/ server\?/, 'tls');
  });

  it('explains invalid input without sending anything', async () => {
    const bad = await probe({ url: 'ftp://x/', origin: ORIGIN, method: 'GET', headers: [], credentials: 'omit' });
    assert.equal(bad.outcome, 'error');
    assert.match(bad.error ?? '', /only supported for protocol schemes: http, https/);
    assert.equal(bad.steps.length, 0);
    const origin = await probe({ url: `${server.base}/x`, origin: 'localhost:3000', method: 'GET', headers: [], credentials: 'omit' });
    assert.match(origin.error ?? '', /is not an origin/);
  });

  it('keeps the whole probe, scan included, within the timeout', async () => {
    const started = Date.now();
    const report = await probe({ url: `${server.base}/edge/hang`, origin: ORIGIN, method: 'PUT', headers: [], credentials: 'omit' }, { timeoutMs: TIMEOUT });
    assert.equal(report.outcome, 'error');
    assert.ok(report.hostile.every((h) => h.error !== undefined));
    assert.ok(Date.now() - started < TIMEOUT + 400, `took ${Date.now() - started} ms`);
  });

  it('never sends cookies unless credentials are included', async () => {
    server.define('cookie-check', { actual: { status: 200, headers: [['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true']] } });
    const url = `${server.base}/case/cookie-check`;
    const request = { url, origin: ORIGIN, method: 'GET', headers: [['Cookie', 'session=1']] as [string, string][] };
    await probe({ ...request, credentials: 'omit' }, { timeoutMs: TIMEOUT });
    await probe({ ...request, credentials: 'same-origin' }, { timeoutMs: TIMEOUT });
    const sent = server.log.filter((e) => e.id === 'cookie-check');
    assert.ok(sent.length > 0);
    assert.ok(sent.every((e) => e.headers.cookie === undefined), 'a cookie went out without credentials "include"');
    server.log.length = 0;
    await probe({ ...request, credentials: 'include' }, { timeoutMs: TIMEOUT, securityScan: false });
    const withCookie = server.log.filter((e) => e.id === 'cookie-check');
    assert.deepEqual(withCookie.map((e) => [e.preflight, e.headers.cookie]), [[false, 'session=1']]);
  });
});
