#!/usr/bin/env node
// Measures analysis time as a ratio to a floor measured side by side in the same run: tree-sitter's
// parse of the same text, which every analysis pays and nothing in CORS Lens can make cheaper. A ratio
// does not move with the machine's load the way milliseconds do. Parse and analysis alternate, and
// each figure is a median. Also: 20k-line cost over 2k-line cost (linear is 10x), the cases that used
// to be super-linear (800 CORS sites, 200 header writes in one handler, hostile origin regexes), files
// read across modules, the one-off grammar load and the bundle sizes.
// Run: npm run bench  (compiles first; reads out/ and dist/). BENCH_RUNS sets the runs (default 15).
'use strict';
const { statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { analyze } = require('../out/src/analysis/analyze');
const { languageFromPath, withTree } = require('../out/src/analysis/parse/parser');

const RUNS = Number(process.env.BENCH_RUNS || 15);
/** 20k-line files take about a second per run: fewer runs, still a median. */
const LARGE_RUNS = Math.max(3, Math.round(RUNS / 3));

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

/** Settings for django-cors-headers, then views; every 50th writes its own CORS headers. */
function djangoProject(lines) {
  const out = [
    'import os',
    'from django.http import JsonResponse',
    '',
    'INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders", "api"]',
    'MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]',
    'CORS_ALLOWED_ORIGINS = os.environ.get("CORS_ORIGINS", "https://app.example.com").split(",")',
    'CORS_ALLOW_CREDENTIALS = True',
    '',
  ];
  for (let i = 0; out.length < lines - 6; i++) {
    out.push(`def item_${i}(request):`, `    response = JsonResponse({"id": ${i}, "q": request.GET.get("q")})`);
    if (i % 50 === 0) out.push('    response["Access-Control-Allow-Origin"] = "https://partner.example.com"');
    out.push('    return response', '');
  }
  return out.join('\n');
}

/** The shapes that used to cost seconds: each run is compared with its own parse. */
function manySites(n) {
  const out = ["const express = require('express');", "const cors = require('cors');", 'const app = express();'];
  for (let i = 0; i < n; i++) out.push(`app.use('/p${i}', cors({ origin: '*' }));`);
  return out.join('\n');
}

function manyViews(n) {
  const out = ['from flask import Flask', 'from flask_cors import cross_origin', '', 'app = Flask(__name__)', ''];
  for (let i = 0; i < n; i++) out.push(`@app.route("/p${i}")`, '@cross_origin()', `def view_${i}():`, '    return "ok"', '');
  return out.join('\n');
}

function manyHeaderWrites(n) {
  const out = ["const express = require('express');", 'const app = express();', "app.get('/x', (req, res) => {"];
  for (let i = 0; i < n; i++) out.push(`  res.setHeader('Access-Control-Allow-Origin', 'https://o${i}.example.com');`);
  out.push("  res.send('ok');", '});');
  return out.join('\n');
}

function hostileRegexes() {
  const a = `${'a?'.repeat(25)}${'a'.repeat(25)}`;
  return [
    "const express = require('express');",
    "const cors = require('cors');",
    'const app = express();',
    `app.use(cors({ origin: [/^(a?){25}a{25}$/, /^${a}.example.com$/, /^https:\\/\\/${a}/, new RegExp("^(a|a)*${'a'.repeat(30)}$")] }));`,
  ].join('\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeAnalysis(input, options) {
  const t = performance.now();
  const r = await analyze(input, options);
  return { ms: performance.now() - t, findings: r.findings.length };
}

async function timeParse(input) {
  const t = performance.now();
  await withTree(input.text, languageFromPath(input.file), () => undefined);
  return performance.now() - t;
}

/** Parse and analysis alternately, `runs` times each: medians and the median of the per-run ratios. */
async function againstParse(input, runs) {
  await timeAnalysis(input); // loads the grammar
  const parse = [];
  const analysis = [];
  const ratios = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const p = await timeParse(input);
    const a = await timeAnalysis(input);
    parse.push(p);
    analysis.push(a.ms);
    ratios.push(a.ms / p);
    findings = a.findings;
  }
  return { parse: median(parse), analysis: median(analysis), ratio: median(ratios), findings };
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

const ms = x => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

(async () => {
  // First analyses: the WASM runtime and each grammar load once.
  for (const file of ['bench/app.py', 'bench/server.js']) {
    const first = await timeAnalysis({ file, text: file.endsWith('.py') ? flaskApp(200) : expressApp(200) });
    console.log(`first analysis of ${file} (200 lines, loads the grammar): ${ms(first.ms)}`);
  }

  console.log(`\nanalysis / parse (median of per-run ratios; medians of ${RUNS} runs at 2k lines, ${LARGE_RUNS} at 20k):`);
  const generators = [['Flask', 'bench/app.py', flaskApp], ['Express', 'bench/server.js', expressApp], ['Django', 'bench/settings.py', djangoProject]];
  for (const [label, file, make] of generators) {
    const small = { file, text: make(2000) };
    const large = { file, text: make(20000) };
    const s = await againstParse(small, RUNS);
    const l = await againstParse(large, LARGE_RUNS);
    console.log(`  ${label.padEnd(8)} 2k lines: ${s.ratio.toFixed(2)}x parse (${ms(s.analysis)} vs ${ms(s.parse)}, ${s.findings} findings); ` +
      `20k lines: ${l.ratio.toFixed(2)}x parse (${ms(l.analysis)} vs ${ms(l.parse)}, ${l.findings} findings); ` +
      `20k/2k: analysis ${(l.analysis / s.analysis).toFixed(1)}x, parse ${(l.parse / s.parse).toFixed(1)}x, text ${(large.text.length / small.text.length).toFixed(1)}x`);
  }

  console.log('\nshapes that used to be super-linear, analysis / parse:');
  const shapes = [
    ['800 cors() mounts', { file: 'bench/sites.js', text: manySites(800) }],
    ['800 @cross_origin() views', { file: 'bench/views.py', text: manyViews(800) }],
    ['200 setHeader writes in one handler', { file: 'bench/headers.js', text: manyHeaderWrites(200) }],
    ['hostile origin regexes ((a?){25}a{25}, (a|a)*)', { file: 'bench/regex.js', text: hostileRegexes() }],
  ];
  for (const [label, input] of shapes) {
    const r = await againstParse(input, RUNS);
    console.log(`  ${label}: ${r.ratio.toFixed(2)}x parse (${ms(r.analysis)} vs ${ms(r.parse)}; ${input.text.length} chars, ${r.findings} findings)`);
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
    const r = await timeAnalysis(crossFile, { readFile });
    cross.push(r.ms);
    crossFindings = r.findings;
  }
  console.log(`\nbench/server.js + 2 required modules: ${crossFindings} findings (in the allowlist module), median ${ms(median(cross))}`);
  // Every import looked up (none exists): the cost of following modules when the project has none to follow.
  const lookups = [];
  let misses = 0;
  const missing = () => { misses++; return undefined; };
  const flask = { file: 'bench/app.py', text: flaskApp(2000) };
  for (let i = 0; i < RUNS; i++) lookups.push((await timeAnalysis(flask, { readFile: missing })).ms);
  console.log(`bench/app.py with a reader: ${misses / RUNS} file look-ups per analysis (none found), median ${ms(median(lookups))}`);
  const noCors = { file: 'bench/util.py', text: 'def f(x):\n    return x\n'.repeat(1000) };
  const skip = [];
  for (let i = 0; i < RUNS; i++) skip.push((await timeAnalysis(noCors)).ms);
  console.log(`bench/util.py: 2000 lines that never mention CORS, median ${median(skip).toFixed(3)} ms (no parse)`);
  const kb = p => `${(size(p) / 1024).toFixed(0)} KiB`;
  console.log(`bundle: dist/extension.js ${kb('dist/extension.js')}, dist/cli.js ${kb('dist/cli.js')}, ` +
    `dist/core.js ${kb('dist/core.js')}, dist/wasm ${kb('dist/wasm')}`);
})().catch(err => {
  console.error(err);
  process.exit(1);
});
