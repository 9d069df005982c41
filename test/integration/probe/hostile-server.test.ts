// The probe against servers that break HTTP on purpose, 200 times each: every run ends within
// its timeout with a verdict or one error sentence, never "allowed" without a real response, and
// leaves no socket or timer behind. hostile-cli.test.ts runs the built CLI the same way.
import * as assert from 'node:assert/strict';
import * as diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { probe, type ProbeOptions, type Report } from '../../../src/probe/probe';
import type { ProbeRequest } from '../../../src/probe/types';
import { isPreflight, response, startFullBacklog, startHostileServer, type HostileServer } from './hostile-servers';

const ORIGIN = 'http://localhost:3000';
const RUNS = 200;
/**
 * Scheduling slack. The probe cannot end before its deadline timer runs, so the event loop's worst
 * delay during a batch is allowed on top (capped): on a machine shared by many jobs it reaches
 * hundreds of milliseconds. The defect this guards against was a probe that never ended.
 */
const MARGIN_MS = 150;
const MAX_LOOP_DELAY_ALLOWANCE_MS = 1000;
/** Longer than the probe's wait for a body after the headers (500 ms): the bug judged the 103 then. */
const EARLY_HINTS_DELAY_MS = 550;

const get = (url: string): ProbeRequest => ({ url, origin: ORIGIN, method: 'GET', headers: [], credentials: 'omit' });

/** Client sockets opened since the last check, seen through Node's own diagnostics channel. */
const clientSockets: Socket[] = [];
/** Sockets whose 'close' event has fired: their handle is released (`socket.closed` is set before). */
const released = new WeakSet<Socket>();
const onClientSocket = (message: unknown) => {
  const { socket } = message as { socket: Socket };
  clientSockets.push(socket);
  socket.once('close', () => released.add(socket));
};

function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Resolves with the report, or rejects well after the timeout instead of hanging the suite. */
function probeWithGuard(request: ProbeRequest, options: ProbeOptions & { timeoutMs: number }): Promise<{ report: Report; elapsed: number }> {
  const started = performance.now();
  let guard: NodeJS.Timeout | undefined;
  return Promise.race([
    probe(request, options).then((report) => ({ report, elapsed: performance.now() - started })),
    new Promise<never>((_, reject) => {
      guard = setTimeout(() => reject(new Error(`probe of ${request.url} never resolved`)), options.timeoutMs + 5000);
    }),
  ]).finally(() => clearTimeout(guard));
}

/** What every run must satisfy, whatever the server did. */
function assertVerdictOrSentence(report: Report): void {
  if (report.outcome === 'error') {
    assert.match(report.error ?? '', /^[A-Z].{20,}[.?]$/, 'an error is one sentence');
  } else if (report.outcome === 'allowed') {
    assert.ok(report.verdict.complete, 'allowed with a response missing');
    assert.ok(report.steps.at(-1)?.response, 'allowed without a real response');
  } else {
    assert.ok(report.verdict.failingStep, 'blocked without a failing step');
  }
}

interface Scenario {
  readonly timeoutMs: number;
  /** Probes run at once; the leak check follows each batch. */
  readonly concurrency: number;
  readonly request: (i: number) => ProbeRequest;
  readonly options?: ProbeOptions;
  readonly expect: (report: Report) => void;
}

/** Runs a scenario RUNS times. */
async function hammer(name: string, s: Scenario): Promise<void> {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  for (let done = 0; done < RUNS; done += s.concurrency) {
    clientSockets.length = 0;
    loopDelay.reset();
    loopDelay.enable();
    await tick();
    const before = resources();
    const batch = await Promise.all(Array.from({ length: Math.min(s.concurrency, RUNS - done) }, (_, i) =>
      probeWithGuard(s.request(done + i), { securityScan: false, ...s.options, timeoutMs: s.timeoutMs })));
    // Sockets are checked the moment the probes resolve; timers and immediates get one tick.
    const open = clientSockets.filter((socket) => !released.has(socket));
    await tick();
    const after = resources();
    loopDelay.disable();
    const allowed = s.timeoutMs + MARGIN_MS + Math.min(loopDelay.max / 1e6, MAX_LOOP_DELAY_ALLOWANCE_MS);
    assert.ok(clientSockets.length > 0, `${name}: no connection was made`);
    assert.equal(open.length, 0, `${name}: ${open.length} of ${clientSockets.length} client sockets still open when the probe resolved`);
    assert.deepEqual(after, before, `${name}: handles or timers left after runs ${done}..${done + batch.length - 1}`);
    for (const { report, elapsed } of batch) {
      assert.ok(elapsed <= allowed, `${name}: took ${Math.round(elapsed)} ms with a ${s.timeoutMs} ms timeout (event loop delayed up to ${Math.round(loopDelay.max / 1e6)} ms)`);
      assertVerdictOrSentence(report);
      s.expect(report);
    }
  }
}

const failureKind = (report: Report) => report.steps.at(-1)?.failure?.kind;

describe('probe against hostile servers (200 runs each, real sockets)', function () {
  this.timeout(60000);
  const servers: HostileServer[] = [];
  const start = async (behaviour: Parameters<typeof startHostileServer>[0]) => {
    const server = await startHostileServer(behaviour);
    servers.push(server);
    return server;
  };

  before(() => diagnostics.subscribe('net.client.socket', onClientSocket));
  after(async () => {
    diagnostics.unsubscribe('net.client.socket', onClientSocket);
    await Promise.all(servers.map((s) => s.close()));
  });

  it('a server that resets every connection on accept: a reset sentence at once, scan included', async () => {
    const server = await start({ onAccept: (socket) => socket.resetAndDestroy() });
    // A generous timeout that no run should need: a reset that went unnoticed shows as a timeout.
    await hammer('reset on accept', {
      timeoutMs: 2000, concurrency: 4, request: () => get(`${server.base}/api`), options: { securityScan: true },
      expect: (report) => {
        assert.equal(failureKind(report), 'reset', report.error);
        assert.match(report.error ?? '', /^Request to .* failed: 127\.0\.0\.1:\d+ closed the connection before sending a complete response\.$/);
        assert.ok(report.hostile.length > 0 && report.hostile.every((h) => h.error !== undefined), 'hostile requests got an answer from a resetting server');
        // A reset is known at once; a timeout would mean a request never heard of it.
        assert.ok(report.hostile.every((h) => !/No response from/.test(h.error ?? '')), 'a hostile request waited for the deadline');
      },
    });
  });

  it('a server that accepts and never answers: the timeout sentence', async () => {
    const server = await start({ onAccept: () => undefined });
    await hammer('silent', {
      timeoutMs: 150, concurrency: 10, request: () => get(`${server.base}/api`),
      expect: (report) => {
        assert.equal(failureKind(report), 'timeout');
        assert.match(report.error ?? '', /No response from 127\.0\.0\.1:\d+ within 150 ms\.$/);
      },
    });
  });

  it('a port whose connections never complete: the timeout sentence, and no socket left connecting', async () => {
    const server = await startFullBacklog();
    servers.push(server);
    await hammer('never connects', {
      timeoutMs: 150, concurrency: 10, request: () => get(`${server.base}/api`),
      expect: (report) => {
        assert.equal(failureKind(report), 'timeout');
        assert.match(report.error ?? '', /No response from 127\.0\.0\.1:\d+ within 150 ms\.$/);
      },
    });
  });

  it('headers that allow, then a body that stalls: judged on the headers, as the browser does', async () => {
    const server = await start((_head, { socket }) => {
      socket.write('HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: 100000\r\n\r\nthe first bytes');
    });
    // The probe stops reading a body 500 ms after the headers; the timeout leaves room for load.
    await hammer('stalled body', {
      timeoutMs: 1000, concurrency: 25, request: () => get(`${server.base}/api`),
      expect: (report) => {
        assert.equal(report.outcome, 'allowed');
        assert.equal(report.steps[0].response?.bodyTruncated, true);
        assert.equal(report.steps[0].response?.body, 'the first bytes');
      },
    });
  });

  it('103 Early Hints, then the real answer 550 ms later: the final answer is judged', async () => {
    // /allow: the final 200 allows. /deny: only the 103 carries Allow-Origin; the final 200 does not.
    // /put: a preflight answered 103 then 204, and the PUT answered 103 then 200.
    const finalFor = (head: string): string => {
      if (head.startsWith('GET /deny')) return response('200 OK', [], 'secret');
      if (isPreflight(head)) return response('204 No Content', [['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Methods', 'PUT']]);
      return response('200 OK', [['Access-Control-Allow-Origin', '*']], 'ok');
    };
    const server = await start((head, conn) => {
      const hintsAllow = head.startsWith('GET /deny') ? 'Access-Control-Allow-Origin: *\r\n' : '';
      conn.socket.write(`HTTP/1.1 103 Early Hints\r\nLink: </app.css>; rel=preload; as=style\r\n${hintsAllow}\r\n`);
      conn.later(EARLY_HINTS_DELAY_MS, () => conn.socket.write(finalFor(head)));
    });
    const paths = ['/allow', '/deny', '/put'];
    await hammer('early hints', {
      timeoutMs: 2500, concurrency: 40, options: { sendUnsafe: true },
      request: (i) => ({ ...get(`${server.base}${paths[i % 3]}`), ...(paths[i % 3] === '/put' ? { method: 'PUT' } : {}) }),
      expect: (report) => {
        const { pathname } = new URL(report.request.url);
        assert.ok(report.steps.every((step) => step.response?.interim?.[0]?.status === 103), `${pathname}: the 103 was not skipped`);
        if (pathname === '/deny') {
          assert.equal(report.outcome, 'blocked');
          assert.equal(report.verdict.corsError, 'MissingAllowOriginHeader');
        } else {
          assert.equal(report.outcome, 'allowed', `${pathname}: ${report.error ?? report.verdict.message}`);
          assert.deepEqual(report.steps.map((step) => step.response?.status), pathname === '/put' ? [204, 200] : [200]);
        }
      },
    });
  });

  it('a slowloris server that trickles a header line forever: the timeout sentence', async () => {
    const server = await start((_head, conn) => {
      conn.socket.write('HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nX-Trickle: ');
      const drip = () => {
        conn.socket.write('a');
        conn.later(10, drip);
      };
      drip();
    });
    await hammer('slowloris', {
      timeoutMs: 200, concurrency: 10, request: () => get(`${server.base}/api`),
      expect: (report) => assert.equal(failureKind(report), 'timeout', report.error),
    });
  });

  it('a server that hangs up in the middle of the headers: an error, never the half-sent headers', async () => {
    const server = await start((_head, { socket }) => socket.end('HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nX-Cut: par'));
    await hammer('closes mid-headers', {
      timeoutMs: 1000, concurrency: 5, request: () => get(`${server.base}/api`),
      expect: (report) => {
        assert.equal(report.outcome, 'error');
        assert.ok(['malformed', 'reset'].includes(failureKind(report) ?? ''), `${failureKind(report)}: ${report.error}`);
      },
    });
  });

  it('a redirect loop: blocked after 20 redirects, as Chrome stops', async () => {
    const server = await start((head, { socket }) => {
      const n = Number(/^GET \/loop\/(\d+)/.exec(head)?.[1] ?? 0);
      socket.write(response('302 Found', [['Location', `/loop/${n + 1}`], ['Access-Control-Allow-Origin', '*']]));
    });
    await hammer('redirect loop', {
      timeoutMs: 1000, concurrency: 5, request: () => get(`${server.base}/loop/0`),
      expect: (report) => {
        assert.equal(report.outcome, 'blocked', report.error);
        assert.match(report.verdict.message ?? '', /ERR_TOO_MANY_REDIRECTS/);
        assert.equal(report.steps.length, 21);
      },
    });
  });

  it('a header block of 120 KiB: refused as oversized', async () => {
    // Few long lines: undici builds an error object for every header past its limit, and thousands
    // of short ones make each run a CPU-bound 100 ms on a loaded machine.
    const filler = Array.from({ length: 40 }, (_, i) => `X-Filler-${i}: ${'v'.repeat(3000)}\r\n`).join('');
    const server = await start((_head, { socket }) => socket.write(`HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\n${filler}Content-Length: 0\r\n\r\n`));
    await hammer('huge headers', {
      timeoutMs: 1000, concurrency: 5, request: () => get(`${server.base}/api`),
      expect: (report) => {
        assert.equal(failureKind(report), 'oversized', report.error);
        assert.match(report.error ?? '', /sent response headers larger than 64 KiB/);
      },
    });
  });

  it('names a 101 or an unrequested 100 Continue instead of calling it a reset', async () => {
    const server = await start((head, { socket }) => socket.write(head.startsWith('GET /101')
      ? 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'
      : `HTTP/1.1 100 Continue\r\n\r\n${response('200 OK', [['Access-Control-Allow-Origin', '*']])}`));
    const upgrade = (await probeWithGuard(get(`${server.base}/101`), { timeoutMs: 500, securityScan: false })).report;
    assert.equal(failureKind(upgrade), 'malformed');
    assert.match(upgrade.error ?? '', /answered 101 Switching Protocols to a request that asked for no protocol switch\.$/);
    const cont = (await probeWithGuard(get(`${server.base}/100`), { timeoutMs: 500, securityScan: false })).report;
    assert.equal(failureKind(cont), 'malformed');
    assert.match(cont.error ?? '', /an unrequested 100 Continue \(browsers skip it\)/);
  });
});
