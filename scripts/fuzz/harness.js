// The fuzz loop: makes inputs from (seed, index), runs them in batches on the bounded worker,
// collects timings and failures, saves and minimises one example of each failure class.
'use strict';

const { performance } = require('node:perf_hooks');
const path = require('node:path');
const { loadCorpus, ROOT } = require('./corpus');
const { makeInput } = require('./inputs');
const { Runner } = require('./runner');
const { minimise } = require('./minimise');
const { isFailure, signature, saveFailure } = require('./failures');
const { Stats } = require('./stats');

const DEFAULTS = {
  seed: 1,
  inputs: undefined,
  seconds: undefined,
  maxBytes: 100_000,
  boundMs: 1000,
  /**
   * What the bound measures: `cpu`, the process's CPU time while the input runs (on a shared machine
   * wall-clock time says more about the neighbours than the input), or `wall`.
   */
  clock: 'cpu',
  batchSize: 16,
  artifacts: path.join(ROOT, 'test-artifacts', 'fuzz'),
  /** Per failure class; all minimisation together stops after minimiseTotalSeconds. */
  minimiseSeconds: 10,
  minimiseTotalSeconds: 60,
  /** Examples saved per failure class (the rest are only counted). */
  keepPerClass: 3,
  /** Test-only: { [index]: ms } makes those inputs busy-loop in the worker first. */
  busyAt: {},
  /** First input index (a run resumed where another stopped). */
  from: 0,
  /** Mutator and generator names to use (all when undefined); see NAMES in inputs.js. */
  only: undefined,
  /** Inputs given directly ({ file, text }) instead of generated ones: the reproducer regression run. */
  replay: undefined,
  log: () => {},
  /** Called with (input, result) for every input run. */
  onResult: () => {},
  /** Returns true to end the run early (the CLI's Ctrl-C): the summary still covers what ran. */
  stopRequested: () => false,
  progressSeconds: 15,
};

/** Runs the fuzzer; resolves to the run's Stats (see stats.js) plus the list of failure classes. */
async function runFuzz(options) {
  const opts = { ...DEFAULTS, ...options };
  if (opts.inputs === undefined && opts.seconds === undefined && !opts.replay) opts.inputs = 5000;
  const corpus = loadCorpus();
  const runner = new Runner({ root: ROOT, files: corpus.map(c => [c.file, c.text]), boundMs: opts.boundMs, clock: opts.clock });
  const dir = path.join(opts.artifacts, opts.replay ? 'replay' : `seed-${opts.seed}`);
  const stats = new Stats();
  const classes = new Map(); // signature → { sig, outcome, count, saved: [], first: { input, result } }
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  let lastProgress = 0;

  await runner.start();
  try {
    const source = opts.replay ? replayInputs(opts.replay) : generatedInputs(opts, corpus);
    for (;;) {
      if ((opts.seconds !== undefined && elapsed() >= opts.seconds) || opts.stopRequested()) break;
      const batch = takeBatch(source, opts.batchSize);
      if (!batch.length) break;
      const results = await runner.runBatch(batch.map((input, id) => ({ id, file: input.file, text: input.text, busyMs: opts.busyAt[input.index] })));
      results.forEach((result, i) => {
        const input = batch[i];
        stats.record(input, result);
        opts.onResult(input, result);
        if (isFailure(result)) recordFailure(input, result);
      });
      if (elapsed() - lastProgress >= opts.progressSeconds) {
        lastProgress = elapsed();
        opts.log(`[${elapsed().toFixed(0)} s] ${stats.progressLine(elapsed())}`);
      }
    }
    stats.finish(elapsed(), runner.restarts, runner.abandoned);
    if (!opts.replay) await minimiseClasses();
  } finally {
    await runner.stop();
  }
  return { stats, classes: [...classes.values()].map(({ first, ...c }) => c), artifacts: dir };

  function recordFailure(input, result) {
    const sig = signature(input, result);
    let c = classes.get(sig);
    if (!c) {
      c = { sig, outcome: result.outcome, count: 0, saved: [], message: result.message, first: { input, result } };
      classes.set(sig, c);
      opts.log(`new failure class after ${stats.count} inputs: ${sig} (input ${input.index}, ${Math.round(result.ms)} ms)`);
    }
    c.count++;
    if (c.saved.length < opts.keepPerClass) c.saved.push(saveFailure(dir, opts.seed, input, result, sig));
  }

  async function minimiseClasses() {
    const deadline = performance.now() + opts.minimiseTotalSeconds * 1000;
    for (const c of classes.values()) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      const { input, result } = c.first;
      const stillFails = async text => {
        const [r] = await runner.runBatch([{ id: 0, file: input.file, text }]);
        return isFailure(r) && signature(input, r) === c.sig;
      };
      const t = performance.now();
      const small = await minimise(input.text, stillFails, Math.min(left, opts.minimiseSeconds * 1000));
      const [check] = await runner.runBatch([{ id: 0, file: input.file, text: small.text }]);
      if (small.text.length < input.text.length && isFailure(check)) {
        c.minimised = saveFailure(dir, opts.seed, { ...input, text: small.text }, check, c.sig, '.min');
        c.minimisedBytes = Buffer.byteLength(small.text);
        opts.log(`minimised ${c.sig}: ${Buffer.byteLength(input.text)} → ${c.minimisedBytes} bytes in ${small.tests} runs, ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    }
  }
}

function* generatedInputs(opts, corpus) {
  const first = opts.index ?? opts.from ?? 0;
  const last = opts.index !== undefined ? opts.index + 1 : first + (opts.inputs ?? Infinity);
  const only = opts.only && new Set(opts.only);
  for (let i = first; i < last; i++) yield makeInput(opts.seed, i, corpus, opts.maxBytes, only);
}

function* replayInputs(items) {
  let index = 0;
  for (const { file, text } of items) yield { index: index++, file, text, recipe: ['replay'] };
}

function takeBatch(source, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const next = source.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

module.exports = { runFuzz };
