#!/usr/bin/env node
// Fuzzes the analyzer with mutated fixtures and examples and generated stress files, each input
// bounded in time on a worker thread; saves every failure class to test-artifacts/fuzz/ and exits 1
// if there was any (a thrown exception, an input over the bound, an internal-error skip, a crash).
//
// Run: npm run fuzz -- [--seed N] [--inputs N] [--seconds S] [--max-bytes B] [--bound-ms MS]
//        [--index I]            regenerate and run input I of the seed only
//        [--from I]             start at input I (resume a run)
//        [--replay PATH...]     run files as they are (e.g. test/fuzz-repro) instead of generated inputs
//        [--minimise-seconds S] total minimisation time (default 60, at most a quarter of --seconds)
//        [--clock cpu|wall]     what the bound measures (default cpu: the CPU time the input took)
//        [--only a,b,...]       only these mutations/generators (e.g. truncate,delete,duplicate,swap,encoding)
// Analyses with out/src/analysis/analyze.js (npm run fuzz compiles first).
'use strict';

const { readFileSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');
const { runFuzz } = require('./fuzz/harness');
const { NAMES } = require('./fuzz/inputs');

const USAGE = 'usage: node scripts/fuzz.js [--seed N] [--inputs N] [--seconds S] [--max-bytes B] [--bound-ms MS] [--index I] [--from I] [--replay PATH...] [--minimise-seconds S] [--clock cpu|wall] [--only a,b,...]';

function parseArgs(argv) {
  const opts = {};
  const number = (flag, v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a non-negative number, got ${JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--seed': opts.seed = number(flag, value()); break;
      case '--inputs': opts.inputs = number(flag, value()); break;
      case '--seconds': opts.seconds = number(flag, value()); break;
      case '--max-bytes': opts.maxBytes = number(flag, value()); break;
      case '--bound-ms': opts.boundMs = number(flag, value()); break;
      case '--index': opts.index = number(flag, value()); break;
      case '--from': opts.from = number(flag, value()); break;
      case '--only': {
        opts.only = value().split(',');
        const unknown = opts.only.filter(n => !NAMES.includes(n));
        if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')}; known: ${NAMES.join(', ')}`);
        break;
      }
      case '--clock': {
        opts.clock = value();
        if (!['cpu', 'wall'].includes(opts.clock)) throw new Error('--clock is cpu or wall');
        break;
      }
      case '--minimise-seconds': opts.minimiseTotalSeconds = number(flag, value()); break;
      case '--replay': {
        opts.replay = [];
        while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opts.replay.push(...readReplay(argv[++i]));
        if (!opts.replay.length) throw new Error('--replay needs a file or folder with .py/.js/.ts files');
        break;
      }
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (opts.seconds !== undefined && opts.minimiseTotalSeconds === undefined) opts.minimiseTotalSeconds = Math.min(60, opts.seconds / 4);
  return opts;
}

function readReplay(p) {
  if (statSync(p).isDirectory()) {
    return readdirSync(p).sort().flatMap(name => {
      const full = path.join(p, name);
      return statSync(full).isDirectory() || /\.(py|js|cjs|mjs|ts|tsx)$/.test(name) ? readReplay(full) : [];
    });
  }
  return [{ file: path.resolve(p), text: readFileSync(p, 'utf8') }];
}

(async () => {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  // Ctrl-C (or SIGTERM) ends the run after the current batch, with the summary of what ran; twice quits.
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
    console.error('stopping after the current batch (again to quit now)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const { stats, classes, artifacts } = await runFuzz({ ...opts, log: line => console.error(line), stopRequested: () => stop });
  const boundMs = opts.boundMs ?? 1000;
  console.log(`seed ${opts.seed ?? 1}, bound ${boundMs} ms of ${opts.clock ?? 'cpu'} time per input`);
  for (const line of stats.summary(boundMs)) console.log(line);
  if (classes.length) {
    console.log(`failure classes (${classes.length}), saved under ${path.relative(process.cwd(), artifacts)}:`);
    for (const c of classes.sort((a, b) => b.count - a.count)) {
      console.log(`  ${c.count} × ${c.sig}`);
      console.log(`      e.g. ${path.relative(process.cwd(), c.minimised ?? c.saved[0])}${c.minimised ? ` (minimised to ${c.minimisedBytes} bytes)` : ''}`);
    }
  }
  process.exitCode = stats.failures ? 1 : 0;
})().catch(err => {
  console.error(err.stack ?? err);
  process.exit(2);
});
