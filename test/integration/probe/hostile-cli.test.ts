// `cors-lens probe`, the built CLI as CI runs it, in fresh processes against a server that resets
// every connection: it must never exit 0, and never print nothing. A fresh process is where undici
// compiles its parser during the first connection, the window in which a reset went unnoticed.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHostileServer, type HostileServer } from './hostile-servers';

const CLI = path.resolve(__dirname, '../../../../dist/cli.js');

describe('cors-lens probe (the built CLI) against a server that resets every connection', function () {
  this.timeout(120000);
  const RUNS_CLI = 40;
  let server: HostileServer;
  before(async () => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
    server = await startHostileServer({ onAccept: (socket) => socket.resetAndDestroy() });
  });
  after(() => server?.close());

  it(`never exits 0 or prints nothing, in ${RUNS_CLI} fresh processes`, async () => {
    const runOnce = () => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      // A timeout no run needs: a reset that went unnoticed would show as one.
      execFile(process.execPath, [CLI, 'probe', `${server.base}/api`, '--timeout', '2000'], { timeout: 30000 }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
      });
    });
    const results: { code: number | null; out: string; err: string }[] = [];
    for (let i = 0; i < RUNS_CLI; i += 8) results.push(...await Promise.all(Array.from({ length: 8 }, runOnce)));
    for (const r of results) {
      assert.equal(r.code, 2, `exit ${r.code}, stdout ${JSON.stringify(r.out)}, stderr ${JSON.stringify(r.err)}`);
      assert.match(r.out, /^ERROR: Request to .* failed: 127\.0\.0\.1:\d+ closed the connection before sending a complete response\.$/m);
      assert.match(r.err, /^cors-lens probe: Request to .* closed the connection/m);
    }
  });
});
