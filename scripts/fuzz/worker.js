// The worker thread that runs the analyzer: it takes batches of inputs and answers one message per
// input, so the parent can time each one and terminate this thread when one hangs (analysis is
// synchronous and cannot be interrupted from inside). Grammars load on first use, so a replaced
// worker is ready in tens of milliseconds.
'use strict';

const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const path = require('node:path');

const { analyze } = require(path.join(workerData.root, 'out/src/analysis/analyze.js'));
const { languageFromPath, parserFor } = require(path.join(workerData.root, 'out/src/analysis/parse/parser.js'));
const INTERNAL = /^CORS Lens could not analyse /;

// The real neighbours of each seed, so imported allowlists and split settings are followed as in the editor.
const files = new Map(workerData.files);
const readFile = file => files.get(file);

async function runOne(item) {
  // Test-only: makes this input hang for busyMs, to prove the parent notices and replaces the worker.
  if (item.busyMs) for (const end = performance.now() + item.busyMs; performance.now() < end;);
  // A grammar loads once per worker; its start-up is not the input's time.
  const language = languageFromPath(item.file);
  if (language) await parserFor(language);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const spent = () => {
    const { user, system } = process.cpuUsage(cpu);
    return { id: item.id, wallMs: performance.now() - start, cpuMs: (user + system) / 1000 };
  };
  try {
    const result = await analyze({ file: item.file, text: item.text }, { readFile });
    if (result.skipped && INTERNAL.test(result.skipped)) return { ...spent(), outcome: 'internal-error', message: result.skipped };
    return { ...spent(), outcome: result.skipped ? 'skipped' : 'ok' };
  } catch (err) {
    return { ...spent(), outcome: 'exception', message: String(err?.message ?? err), stack: String(err?.stack ?? '') };
  }
}

parentPort.on('message', async msg => {
  for (const item of msg.items) parentPort.postMessage(await runOne(item));
});

parentPort.postMessage({ ready: true });
