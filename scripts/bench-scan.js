#!/usr/bin/env node
// Measures scanning a generated 20,000-file monorepo: the CLI (`cors-lens scan`) against a plain
// read of the same source files (target ≤ 1.5x), both as fresh processes, median of repeated runs.
// With --host, also the extension's workspace scan inside the real VS Code host on the same tree
// (target ≤ 2x the CLI, and every finding the CLI reports).
// Run: npm run bench:scan [-- --host]   (builds first; reads dist/ and out/; BENCH_RUNS=5, BENCH_FILES=20000)
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { writeScanTree } = require('../out/test/bench/scan-tree');

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const FILES = Number(process.env.BENCH_FILES || 20_000);

/** What any scanner must at least do: list the source files (no dependency folders) and read each one. */
const RAW_READ = `
const fs = require('node:fs'), path = require('node:path');
const SOURCE = /\\.(py|[cm]?[jt]sx?)$/;
let files = 0, bytes = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') walk(full); }
    else if (SOURCE.test(e.name)) { files++; bytes += fs.readFileSync(full, 'utf8').length; }
  }
})(process.argv[1]);
console.log(JSON.stringify({ files, bytes }));
`;

const TIME = '/usr/bin/time'; // GNU time: CPU seconds, which other processes on a busy machine do not inflate

function timed(args) {
  const cpuFile = path.join(os.tmpdir(), `cors-lens-bench-time-${process.pid}`);
  const useTime = fs.existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  let cpuMs = NaN;
  if (useTime) {
    const [user, sys] = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpuMs = (user + sys) * 1000;
    fs.rmSync(cpuFile);
  }
  return { ms, cpuMs, out: r.stdout };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bench(label, args) {
  timed(args); // warm the page cache and the code cache
  const runs = Array.from({ length: RUNS }, () => timed(args));
  const ms = median(runs.map(r => r.ms));
  const cpuMs = median(runs.map(r => r.cpuMs));
  console.log(`${label.padEnd(24)} wall ${ms.toFixed(0).padStart(6)} ms, CPU ${cpuMs.toFixed(0).padStart(6)} ms  (medians of ${RUNS}; wall ${runs.map(r => r.ms.toFixed(0)).join(', ')})`);
  return { ms, cpuMs, out: runs[0].out };
}

function main() {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-bench-scan-'));
  try {
    const { configured } = writeScanTree(tree, FILES);
    console.log(`tree: ${FILES} source files (+200 in node_modules), ${configured.length} configure CORS with a finding, in ${tree}`);
    const raw = bench('raw read (node)', ['-e', RAW_READ, tree]);
    const cli = bench('cors-lens scan (CLI)', ['dist/cli.js', 'scan', tree, '--format', 'json', '--fail-on', 'none']);
    const findings = JSON.parse(cli.out).map(f => `${path.relative(tree, f.file).split(path.sep).join('/')}:${f.rule}:${f.line}`);
    const missed = configured.filter(rel => !findings.some(f => f.startsWith(`${rel}:`)));
    console.log(`CLI: ${findings.length} findings; ${JSON.parse(raw.out).files} files read raw`);
    console.log(`CLI / raw read: ${(cli.ms / raw.ms).toFixed(2)}x wall, ${(cli.cpuMs / raw.cpuMs).toFixed(2)}x CPU (target ≤ 1.5x)`);
    console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: on a busy machine the CPU ratio is the one to trust`);
    if (missed.length) console.log(`CLI missed configured files: ${missed.join(', ')}`);
    // What any run pays whatever the tree: Node, the bundle, the three grammars (a config in each language).
    const small = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-bench-small-'));
    writeScanTree(small, 3, 3);
    fs.writeFileSync(path.join(small, 'gateway.ts'), "import cors from 'cors';\napp.use(cors());\n");
    const fixed = bench('CLI on 3 files (fixed)', ['dist/cli.js', 'scan', small, '--format', 'json', '--fail-on', 'none']);
    fs.rmSync(small, { recursive: true, force: true });
    console.log(`CLI less its fixed cost / raw read: ${((cli.cpuMs - fixed.cpuMs) / raw.cpuMs).toFixed(2)}x CPU`);
    if (process.argv.includes('--host')) host(cli, findings);
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

/** The extension's scan in the real host, on the same tree written into its workspace. */
function host(cli, cliFindings) {
  const outFile = path.join(os.tmpdir(), `cors-lens-bench-host-${process.pid}.json`);
  const r = spawnSync(process.execPath, ['scripts/run-host-tests.js', '--grep', 'scan benchmark'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
    env: { ...process.env, CORS_LENS_SCAN_BENCH_OUT: outFile, CORS_LENS_SCAN_BENCH_FILES: String(FILES), HOST_TIMEOUT_MS: '900000' },
  });
  if (!fs.existsSync(outFile)) {
    console.log(`host run failed:\n${r.stdout}\n${r.stderr}`);
    process.exitCode = 1;
    return;
  }
  const result = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(outFile);
  const reported = new Set(result.findings);
  const missed = cliFindings.filter(f => !reported.has(f));
  console.log(`extension scan (host)     ${result.ms.toFixed(0).padStart(6)} ms  (one run; ${JSON.stringify(result.summary)})`);
  console.log(`extension / CLI: ${(result.ms / cli.ms).toFixed(2)}x wall (target ≤ 2x); findings ${result.findings.length} (the scan counted ${result.scanFindings}) vs CLI ${cliFindings.length}; CLI findings missing in the editor: ${missed.length ? missed.join(', ') : 'none'}`);
}

main();
