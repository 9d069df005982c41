// One long-lived analyzer worker with a per-input time bound: batches go in, one result per input
// comes out; an input that runs past the bound is recorded as over-bound and the worker is
// terminated and replaced, and the rest of the batch continues on the new one.
'use strict';

const { Worker } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const path = require('node:path');

class Runner {
  /**
   * @param {{ root: string, files: [string, string][], boundMs: number, clock?: 'cpu' | 'wall',
   *   stackSizeMb?: number, heapMb?: number }} opts
   */
  constructor(opts) {
    this.opts = opts;
    this.restarts = 0;
    /** Workers that did not end when terminated (see stop). */
    this.abandoned = 0;
    this.worker = undefined;
  }

  /** Starts (or restarts) the worker and resolves once it has loaded the analyzer. */
  async start() {
    const worker = new Worker(path.join(__dirname, 'worker.js'), {
      workerData: { root: this.opts.root, files: this.opts.files },
      // About the main thread's stack, so stack overflows show up where the CLI and the editor would hit them.
      resourceLimits: { stackSizeMb: this.opts.stackSizeMb ?? 1, maxOldGenerationSizeMb: this.opts.heapMb ?? 1024 },
    });
    this.worker = worker;
    await new Promise((resolve, reject) => {
      const onMessage = msg => {
        if (!msg.ready) return;
        worker.off('error', reject);
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  async replace() {
    this.restarts++;
    await this.stop();
    await this.start();
  }

  async stop() {
    const w = this.worker;
    this.worker = undefined;
    if (!w) return;
    // V8 finishes a running regular expression before it honours termination: a catastrophic
    // pattern would keep the run waiting forever. Past a few seconds the thread is left behind.
    let timer;
    const gaveUp = new Promise(resolve => { timer = setTimeout(() => resolve('gave-up'), 5000); });
    const how = await Promise.race([w.terminate().then(() => 'ended'), gaveUp]);
    clearTimeout(timer);
    if (how === 'gave-up') {
      this.abandoned++;
      w.unref();
    }
  }

  /**
   * Runs `items` ({ id, file, text, busyMs? }) in order. Each result is { id, ms, outcome, ... } with
   * outcome ok | skipped | internal-error | exception | over-bound | crash.
   */
  async runBatch(items) {
    const results = [];
    let pending = items;
    while (pending.length) {
      const done = await this.runOnWorker(pending);
      results.push(...done);
      pending = pending.slice(done.length);
    }
    return results;
  }

  /** Runs until the batch ends or the worker has to be replaced; returns the results it got. */
  runOnWorker(items) {
    const worker = this.worker;
    const { boundMs, clock = 'cpu' } = this.opts;
    const wallCapMs = Math.max(30_000, boundMs * 10);
    return new Promise(resolve => {
      const results = [];
      let started;
      let cpuStart;
      let watchdog;
      const spent = () => {
        const wall = performance.now() - started;
        const { user, system } = process.cpuUsage(cpuStart);
        return { wall, cpu: (user + system) / 1000 };
      };
      const finish = async last => {
        clearInterval(watchdog);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (last) {
          results.push(last);
          await this.replace();
        }
        resolve(results);
      };
      const current = () => items[results.length].id;
      const arm = () => {
        started = performance.now();
        cpuStart = process.cpuUsage();
      };
      // The parent is idle while the worker runs, so the process's CPU time is the input's. A hard
      // wall-clock cap (loose: a loaded machine stretches wall time many times) still stops an input
      // that waits instead of computing.
      watchdog = setInterval(() => {
        const { wall, cpu } = spent();
        if ((clock === 'cpu' ? cpu : wall) > boundMs || wall > wallCapMs) {
          finish({ id: current(), ms: clock === 'cpu' ? cpu : wall, wallMs: wall, outcome: 'over-bound' });
        }
      }, Math.max(10, Math.min(100, boundMs / 10)));
      const onMessage = msg => {
        const ms = clock === 'cpu' ? msg.cpuMs : msg.wallMs;
        // The worker's own measure decides an input that finished just past the bound before the watchdog looked.
        results.push(ms > boundMs ? { ...msg, ms, outcome: 'over-bound', finishedAs: msg.outcome } : { ...msg, ms });
        if (results.length === items.length) finish();
        else arm();
      };
      const onError = err => {
        const { wall, cpu } = spent();
        finish({ id: current(), ms: clock === 'cpu' ? cpu : wall, wallMs: wall, outcome: 'crash', message: String(err?.message ?? err), stack: String(err?.stack ?? '') });
      };
      const onExit = code => onError(new Error(`worker exited with code ${code}`));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      arm();
      worker.postMessage({ items });
    });
  }
}

module.exports = { Runner };
