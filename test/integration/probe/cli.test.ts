// `cors-lens probe` end to end against a real scripted server: exit codes, text and JSON.
import * as assert from 'node:assert/strict';
import { runProbe } from '../../../src/cli/probe';
import { startScriptedServer, type ScriptedServer } from '../../servers/scripted-server';

const ORIGIN = 'http://localhost:3000';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runProbe(argv, { out: (s) => { out += `${s}\n`; }, err: (s) => { err += `${s}\n`; } });
  return { code, out, err };
}

describe('cors-lens probe (CLI)', function () {
  this.timeout(20000);
  let server: ScriptedServer;
  before(async () => {
    server = await startScriptedServer();
    server.define('ok', {
      preflight: { status: 204, headers: [['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'content-type, x-token'], ['Access-Control-Allow-Credentials', 'true']] },
      actual: { status: 200, headers: [['Access-Control-Allow-Origin', ORIGIN], ['Access-Control-Allow-Credentials', 'true'], ['Vary', 'Origin']] },
    });
    server.define('star', { actual: { status: 200, headers: [['Access-Control-Allow-Origin', '*']] } });
  });
  after(() => server.close());

  it('exits 0 when the browser allows the request', async () => {
    const r = await run(['probe', `${server.base}/case/ok`, '--origin', ORIGIN, '--method', 'PUT', '--header', 'Content-Type: application/json', '-H', 'X-Token:1', '--credentials', '--send', '--no-scan']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^ALLOWED: the browser lets the page read the response$/m);
  });

  it('exits 1 with the Chrome line when it blocks, and prints JSON on request', async () => {
    const r = await run(['--credentials', 'include', `${server.base}/case/star`, '--json', '--no-scan']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.allowed, false);
    assert.equal(json.corsError, 'WildcardOriginNotAllowed');
    assert.deepEqual(json.failingStep, { kind: 'actual', hop: 0, url: `${server.base}/case/star` });
    assert.match(json.message, /^Access to fetch at '.*' from origin 'http:\/\/localhost:3000' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header/);
    assert.equal(json.exchanges.length, 1);
    // Headers as received: wire order and case.
    const names = json.exchanges[0].response.headers.map(([n]: [string]) => n);
    assert.deepEqual(names.slice(0, 3), ['Access-Control-Allow-Origin', 'Date', 'Connection']);
  });

  it('does not send a PUT without --send, and says so', async () => {
    const r = await run([`${server.base}/case/ok`, '--method', 'PUT', '--json', '--no-scan']);
    const json = JSON.parse(r.out);
    assert.equal(r.code, 0);
    assert.equal(json.complete, false);
    assert.match(json.actualSkipped, /not sent/);
    assert.deepEqual(json.exchanges.map((e: { kind: string }) => e.kind), ['preflight']);
  });

  it('exits 2 on a network failure or bad arguments, with one sentence', async () => {
    const down = await run(['http://127.0.0.1:1/', '--timeout', '500', '--no-scan']);
    assert.equal(down.code, 2);
    assert.match(down.err, /Connection refused by 127\.0\.0\.1:1/);
    const bad = await run(['--method']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--method needs a value/);
    const none = await run([]);
    assert.equal(none.code, 2);
    assert.match(none.err, /Give the URL to probe/);
    assert.equal((await run(['--help'])).code, 0);
  });
});
