#!/usr/bin/env node
// Measures a full probe report (preflight, actual request, hostile-origin scan) against real local
// servers: Express + cors and FastAPI/uvicorn, each in its own process. Prints the median of
// repeated runs; the target is under 300 ms.
// Run: npm run compile-tests && node scripts/bench-probe.js   (reads out/; BENCH_RUNS=30)
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const { probe } = require('../out/src/probe/probe');

const RUNS = Number(process.env.BENCH_RUNS || 30);
const WARMUP = 3;
const TARGET_MS = 300;
const ORIGIN = 'http://localhost:3000';
const SERVERS = path.join(__dirname, '..', 'test', 'servers');

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function start(command, args) {
  const port = await freePort();
  const child = spawn(command, args, { cwd: SERVERS, env: { ...process.env, PORT: String(port), PAGE_ORIGIN: ORIGIN }, detached: true, stdio: 'ignore' });
  const stop = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', stop);
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1').once('connect', () => { s.destroy(); resolve(true); }).once('error', () => resolve(false));
    });
    if (up) return { base: `http://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not start`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function bench(name, url) {
  const request = { url, origin: ORIGIN, method: 'PUT', headers: [['Content-Type', 'application/json'], ['X-Token', '1']], credentials: 'include' };
  const times = [];
  let last;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now();
    last = await probe(request, { sendUnsafe: true, timeoutMs: 5000 });
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  if (last.outcome === 'error') throw new Error(`${name}: ${last.error}`);
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const requests = last.steps.length + last.hostile.length * 2;
  console.log(`${name.padEnd(26)} median ${median.toFixed(1)} ms  p90 ${percentile(times, 0.9).toFixed(1)} ms  min ${times[0].toFixed(1)} ms  (${requests} requests, ${last.outcome}, ${RUNS} runs)`);
  return median;
}

async function main() {
  const servers = [];
  try {
    const express = await start(process.execPath, ['express_app.js']);
    servers.push(express);
    const medians = [await bench('express + cors', `${express.base}/reflect/items`)];
    try {
      const fastapi = await start('/usr/bin/python3', ['fastapi_app.py']);
      servers.push(fastapi);
      medians.push(await bench('fastapi + uvicorn', `${fastapi.base}/star/items`));
    } catch (error) {
      console.log(`fastapi + uvicorn          skipped: ${error.message}`);
    }
    const worst = Math.max(...medians);
    console.log(`full report median: ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms) ${worst < TARGET_MS ? 'OK' : 'TOO SLOW'}`);
    process.exitCode = worst < TARGET_MS ? 0 : 1;
  } finally {
    for (const s of servers) s.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
