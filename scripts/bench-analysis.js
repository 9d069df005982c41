#!/usr/bin/env node
// Measures analysis time on 2,000-line Python and JavaScript files (median of repeated runs),
// the one-off cost of loading the WASM grammars, and the size of the bundles.
// Run: npm run bench  (compiles first; reads out/ and dist/)
'use strict';
const { statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { analyze } = require('../out/src/analysis/analyze');

const RUNS = Number(process.env.BENCH_RUNS || 30);

function flaskApp(lines) {
  const out = [
    'import os',
    'from flask import Flask, jsonify, request',
    'from flask_cors import CORS, cross_origin',
    '',
    'app = Flask(__name__)',
    'ORIGINS = os.environ.get("CORS_ORIGINS", "https://app.example.com,http://localhost:3000").split(",")',
    'CORS(app, resources={r"/api/*": {"origins": ORIGINS}}, supports_credentials=True)',
    '',
  ];
  for (let i = 0; out.length < lines - 6; i++) {
    out.push(`@app.route("/api/items/${i}", methods=["GET", "POST"])`);
    if (i % 50 === 0) out.push('@cross_origin(origins=r"https://.*\\.example\\.com")');
    out.push(`def item_${i}():`, `    data = {"id": ${i}, "name": request.args.get("name", "item")}`, '    return jsonify(data)', '');
  }
  return out.join('\n');
}

function expressApp(lines) {
  const out = [
    "const express = require('express');",
    "const cors = require('cors');",
    'const app = express();',
    "const allowed = (process.env.ORIGINS || 'https://app.example.com').split(',');",
    'app.use(cors({ origin: allowed, credentials: true }));',
    '',
  ];
  for (let i = 0; out.length < lines - 2; i++) {
    out.push(`app.get('/api/items/${i}', (req, res) => {`, `  res.json({ id: ${i}, q: req.query.q });`, '});', '');
  }
  out.push('app.listen(4000);');
  return out.join('\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(input) {
  const t = performance.now();
  const r = await analyze(input);
  return { ms: performance.now() - t, findings: r.findings.length };
}

function size(path) {
  try {
    const st = statSync(path);
    if (!st.isDirectory()) return st.size;
    return readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0);
  } catch {
    return NaN;
  }
}

(async () => {
  const cases = [
    { file: 'bench/app.py', text: flaskApp(2000) },
    { file: 'bench/server.js', text: expressApp(2000) },
  ];
  for (const c of cases) {
    const first = await time(c); // includes WASM runtime and grammar load for this language
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push((await time(c)).ms);
    console.log(`${c.file}: ${c.text.split('\n').length} lines, ${first.findings} findings; ` +
      `first run ${first.ms.toFixed(1)} ms (loads the grammar), median of ${RUNS} ${median(runs).toFixed(2)} ms, ` +
      `min ${Math.min(...runs).toFixed(2)} ms, max ${Math.max(...runs).toFixed(2)} ms`);
  }
  // The same server with its options and allowlist in two modules it requires: three files parsed per analysis.
  const modules = new Map([
    ['bench/config/allowedOrigins.js', "module.exports = ['https://app.example.com', 'http://localhost:3000', '*'];\n"],
    ['bench/config/corsOptions.js', [
      "const allowedOrigins = require('./allowedOrigins');",
      'module.exports = {',
      '  origin: (origin, cb) => (!origin || allowedOrigins.includes(origin) ? cb(null, true) : cb(new Error("CORS"))),',
      '  credentials: true,',
      '};',
    ].join('\n')],
  ]);
  const crossFile = {
    file: 'bench/server.js',
    text: expressApp(2000).replace(/const allowed = .*\n.*\n/, "const corsOptions = require('./config/corsOptions');\napp.use(cors(corsOptions));\n"),
  };
  const readFile = f => modules.get(f);
  const cross = [];
  let crossFindings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    crossFindings = (await analyze(crossFile, { readFile })).findings.length;
    cross.push(performance.now() - t);
  }
  console.log(`bench/server.js + 2 required modules: ${crossFindings} findings (in the allowlist module), median of ${RUNS} ${median(cross).toFixed(2)} ms`);
  // Every import looked up (none exists): the cost of following modules when the project has none to follow.
  const lookups = [];
  let misses = 0;
  const missing = () => { misses++; return undefined; };
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await analyze(cases[0], { readFile: missing });
    lookups.push(performance.now() - t);
  }
  console.log(`bench/app.py with a reader: ${misses / RUNS} file look-ups per analysis (none found), median of ${RUNS} ${median(lookups).toFixed(2)} ms`);
  const noCors = { file: 'bench/util.py', text: 'def f(x):\n    return x\n'.repeat(1000) };
  const skip = [];
  for (let i = 0; i < RUNS; i++) skip.push((await time(noCors)).ms);
  console.log(`bench/util.py: 2000 lines that never mention CORS, median ${median(skip).toFixed(3)} ms (no parse)`);
  const kb = p => `${(size(p) / 1024).toFixed(0)} KiB`;
  console.log(`bundle: dist/extension.js ${kb('dist/extension.js')}, dist/cli.js ${kb('dist/cli.js')}, ` +
    `dist/core.js ${kb('dist/core.js')}, dist/wasm ${kb('dist/wasm')}`);
})().catch(err => {
  console.error(err);
  process.exit(1);
});
