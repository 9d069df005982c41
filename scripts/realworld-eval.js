#!/usr/bin/env node
// Measures CORS Lens against the hand-labelled real-world set in test/realworld/manifest.json.
//
// For each case it runs the analyzer exactly as the CLI does,
//   node dist/cli.js scan test/realworld/.cache/<id> --format json --fail-on none
// from the repository root, keeps the findings that fall in the case's listed files, and matches
// them to the case's labels. A finding matches a label when both are in the same case and file,
// have the same rule, and the label's line lies within [line, endLine] of the finding. Each label
// matches at most one finding and each finding at most one label (maximum bipartite matching).
// Unmatched findings are false positives, unmatched labels false negatives.
//
// Usage: node scripts/realworld-eval.js [--manifest <path>] [--json out.json] [--case <id>]... [--cli path/to/cli.js] [--quiet]
//        node scripts/realworld-eval.js [--manifest <path>] --stats     (counts of the manifest only; runs nothing)
//   --manifest  the labelled case list (default test/realworld/manifest.json; for example
//               test/realworld/heldout.json). The cache is shared and keyed by case id.
//   --cli  evaluate another build (for example one made from a pinned commit); default dist/cli.js.
// The CLI's directory (cli.js and its wasm/ grammars) is copied to a temporary directory first, so a
// rebuild of dist/ during the run cannot mix two builds in one measurement.
// Exit code: 0 always (it is a measuring tool), 2 when the cache is missing or incomplete
// (run `node scripts/realworld-fetch.js` first) or the CLI cannot be run.
// Node >= 20, CommonJS, no dependencies. Builds dist/cli.js with `npm run build` if it is missing.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile, execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_MANIFEST = path.join(ROOT, 'test', 'realworld', 'manifest.json');
const CACHE = path.join(ROOT, 'test', 'realworld', '.cache');
const DEFAULT_CLI = path.join(ROOT, 'dist', 'cli.js');
let CLI = DEFAULT_CLI;
const CONCURRENCY = 2;

function parseArgs(argv) {
  const opts = { json: null, cases: [], quiet: false, cli: null, stats: false, manifest: DEFAULT_MANIFEST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = argv[++i];
    else if (a === '--case') opts.cases.push(argv[++i]);
    else if (a === '--manifest') opts.manifest = path.resolve(argv[++i]);
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--stats') opts.stats = true;
    else if (a === '--cli') opts.cli = path.resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node scripts/realworld-eval.js [--manifest <path>] [--json out.json] [--case <id>]... [--cli path/to/cli.js] [--quiet]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function ensureCli(custom) {
  if (custom) {
    if (!fs.existsSync(custom)) {
      console.error(`${custom} does not exist; cannot evaluate.`);
      process.exit(2);
    }
    CLI = custom;
    return;
  }
  if (fs.existsSync(CLI)) return;
  console.error('dist/cli.js is missing; running `npm run build` ...');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('`npm run build` failed; cannot evaluate.');
    process.exit(2);
  }
  if (!fs.existsSync(CLI)) {
    console.error('dist/cli.js still missing after the build; cannot evaluate.');
    process.exit(2);
  }
}

function checkCache(cases) {
  const missing = [];
  for (const c of cases) for (const f of c.files) if (!fs.existsSync(path.join(CACHE, c.id, f))) missing.push(`${c.id}/${f}`);
  if (missing.length) {
    console.error(`The real-world cache is missing ${missing.length} file(s), for example:`);
    for (const m of missing.slice(0, 10)) console.error(`  test/realworld/.cache/${m}`);
    console.error('Run `node scripts/realworld-fetch.js` first (it prints the files it cannot obtain).');
    process.exit(2);
  }
}

// Runs the CLI on one case directory; resolves to the parsed findings array.
function scan(caseDir) {
  const rel = path.relative(ROOT, caseDir);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, 'scan', rel, '--format', 'json', '--fail-on', 'none'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err && err.code !== 0 && err.code !== 1) return reject(new Error(`cors-lens scan ${rel} failed (${err.code}): ${stderr || err.message}`));
        try {
          resolve({ findings: JSON.parse(stdout || '[]'), stderr });
        } catch (e) {
          reject(new Error(`cors-lens scan ${rel}: output is not JSON: ${e.message}\n${stdout.slice(0, 500)}`));
        }
      },
    );
  });
}

async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

// Kuhn's augmenting-path maximum bipartite matching between labels and findings.
function match(labels, findings) {
  const ok = (l, f) => l.file === f.file && l.rule === f.rule && l.line >= f.line && l.line <= (f.endLine ?? f.line);
  const adj = labels.map(l =>
    findings
      .map((f, j) => (ok(l, f) ? j : -1))
      .filter(j => j >= 0)
      // try the tightest finding first so that ties resolve to the most specific range
      .sort((a, b) => span(findings[a]) - span(findings[b]) || Math.abs(findings[a].line - l.line) - Math.abs(findings[b].line - l.line)),
  );
  const owner = new Array(findings.length).fill(-1);
  function augment(i, seen) {
    for (const j of adj[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || augment(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  }
  for (let i = 0; i < labels.length; i++) augment(i, new Array(findings.length).fill(false));
  const labelTo = new Array(labels.length).fill(-1);
  owner.forEach((i, j) => {
    if (i >= 0) labelTo[i] = j;
  });
  return labelTo;
}

function span(f) {
  return (f.endLine ?? f.line) - f.line;
}

// Counts for the README table: cases, files, repositories, labels per rule, clean files, frameworks.
function printStats(cases) {
  const files = cases.reduce((n, c) => n + c.files.length, 0);
  const labels = cases.reduce((n, c) => n + c.labels.length, 0);
  const unlabelledFiles = cases.reduce((n, c) => n + c.files.filter(f => !c.labels.some(l => l.file === f)).length, 0);
  const cleanCases = cases.filter(c => !c.labels.length);
  const tally = (xs, key) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) || 0) + 1), new Map());
  const byRule = tally(cases.flatMap(c => c.labels), l => l.rule);
  const byFw = new Map();
  for (const c of cases) {
    const e = byFw.get(c.framework) || { cases: 0, files: 0, clean: 0, labels: 0 };
    e.cases++;
    e.files += c.files.length;
    e.labels += c.labels.length;
    if (!c.labels.length) e.clean++;
    byFw.set(c.framework, e);
  }
  console.log(`cases ${cases.length}, files ${files}, repositories ${new Set(cases.map(c => c.repo)).size}, labels ${labels}`);
  console.log(`clean cases ${cleanCases.length} (${cleanCases.reduce((n, c) => n + c.files.length, 0)} files); files with no expected finding ${unlabelledFiles} of ${files} (${((100 * unlabelledFiles) / files).toFixed(1)}%)`);
  console.log('\nlabels per rule:');
  for (const [r, n] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${r.padEnd(34)} ${n}`);
  console.log('\nframework          cases  files  clean cases  labels');
  for (const [f, e] of [...byFw].sort((a, b) => b[1].cases - a[1].cases)) console.log(`  ${f.padEnd(16)} ${String(e.cases).padStart(5)}  ${String(e.files).padStart(5)}  ${String(e.clean).padStart(11)}  ${String(e.labels).padStart(6)}`);
}

const pct = (num, den) => (den === 0 ? null : num / den);
const fmt = v => (v === null ? '  n/a' : (100 * v).toFixed(1).padStart(5) + '%');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifest = JSON.parse(fs.readFileSync(opts.manifest, 'utf8'));
  const cases = opts.cases.length ? manifest.filter(c => opts.cases.includes(c.id)) : manifest;
  if (!cases.length) {
    console.error('no cases selected');
    process.exit(2);
  }
  if (opts.stats) return printStats(cases);
  ensureCli(opts.cli);
  checkCache(cases);
  const cliSource = CLI;
  const cliStat = fs.statSync(CLI);
  // Snapshot the build: copy the CLI's directory so that a concurrent `npm run build` cannot swap it mid-run.
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-realworld-'));
  fs.cpSync(path.dirname(CLI), snapshot, { recursive: true, filter: src => !src.endsWith('.map') });
  CLI = path.join(snapshot, path.basename(CLI));
  process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }));

  let done = 0;
  const results = await pool(cases, CONCURRENCY, async c => {
    const dir = path.join(CACHE, c.id);
    const prefix = path.relative(ROOT, dir).split(path.sep).join('/') + '/';
    let out;
    try {
      out = await scan(dir);
    } catch (err) {
      console.error(err.message);
      process.exit(2);
    }
    done++;
    if (!opts.quiet && process.stderr.isTTY) process.stderr.write(`\rscanned ${done}/${cases.length}`);
    const listed = new Set(c.files);
    const findings = out.findings
      .map(f => ({ ...f, file: String(f.file).split(path.sep).join('/') }))
      .map(f => ({ ...f, file: f.file.startsWith(prefix) ? f.file.slice(prefix.length) : f.file }))
      .filter(f => listed.has(f.file));
    const labelTo = match(c.labels, findings);
    const matchedFindings = new Set(labelTo.filter(j => j >= 0));
    return {
      id: c.id,
      repo: c.repo,
      framework: c.framework,
      tp: c.labels.map((l, i) => ({ label: l, finding: labelTo[i] >= 0 ? findings[labelTo[i]] : null })).filter(x => x.finding),
      fn: c.labels.filter((l, i) => labelTo[i] < 0),
      fp: findings.filter((f, j) => !matchedFindings.has(j)),
    };
  });
  if (!opts.quiet && process.stderr.isTTY) process.stderr.write('\n');

  const rules = new Map();
  const get = r => {
    if (!rules.has(r)) rules.set(r, { rule: r, tp: 0, fp: 0, fn: 0 });
    return rules.get(r);
  };
  for (const r of results) {
    for (const x of r.tp) get(x.label.rule).tp++;
    for (const l of r.fn) get(l.rule).fn++;
    for (const f of r.fp) get(f.rule).fp++;
  }
  const perRule = [...rules.values()]
    .sort((a, b) => a.rule.localeCompare(b.rule))
    .map(r => ({ ...r, precision: pct(r.tp, r.tp + r.fp), recall: pct(r.tp, r.tp + r.fn) }));
  const tot = perRule.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  const overall = { ...tot, precision: pct(tot.tp, tot.tp + tot.fp), recall: pct(tot.tp, tot.tp + tot.fn) };
  overall.f1 = overall.precision && overall.recall ? (2 * overall.precision * overall.recall) / (overall.precision + overall.recall) : null;

  const fps = results.flatMap(r => r.fp.map(f => ({ case: r.id, file: f.file, line: f.line, endLine: f.endLine, rule: f.rule, severity: f.severity, message: f.message })));
  const fns = results.flatMap(r => r.fn.map(l => ({ case: r.id, file: l.file, line: l.line, rule: l.rule, why: l.why })));
  const sortKey = x => `${x.rule}\0${x.case}\0${x.file}\0${String(x.line).padStart(6, '0')}`;
  fps.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  fns.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

  const nFiles = cases.reduce((n, c) => n + c.files.length, 0);
  console.log(`CORS Lens real-world evaluation: ${cases.length} cases, ${nFiles} files, ${new Set(cases.map(c => c.repo)).size} repositories, ${tot.tp + tot.fn} labels`);
  console.log(`CLI: ${path.relative(process.cwd(), cliSource) || cliSource} (built ${cliStat.mtime.toISOString()})\n`);
  const w = Math.max(...perRule.map(r => r.rule.length), 'overall (micro)'.length);
  console.log(`${'rule'.padEnd(w)}   TP   FP   FN  precision  recall`);
  for (const r of perRule) console.log(`${r.rule.padEnd(w)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}     ${fmt(r.precision)}  ${fmt(r.recall)}`);
  console.log(`${'-'.repeat(w + 38)}`);
  console.log(`${'overall (micro)'.padEnd(w)} ${String(tot.tp).padStart(4)} ${String(tot.fp).padStart(4)} ${String(tot.fn).padStart(4)}     ${fmt(overall.precision)}  ${fmt(overall.recall)}`);

  console.log(`\nFALSE POSITIVES (${fps.length}): finding with no matching label`);
  for (const f of fps) console.log(`  ${f.case}  ${f.file}:${f.line}${f.endLine && f.endLine !== f.line ? '-' + f.endLine : ''}  ${f.rule}  ${f.message}`);
  console.log(`\nFALSE NEGATIVES (${fns.length}): label with no matching finding`);
  for (const l of fns) console.log(`  ${l.case}  ${l.file}:${l.line}  ${l.rule}  ${l.why}`);

  if (opts.json) {
    const data = {
      generatedAt: new Date().toISOString(),
      cli: { path: cliSource, builtAt: cliStat.mtime.toISOString() },
      cases: cases.length,
      files: nFiles,
      repositories: new Set(cases.map(c => c.repo)).size,
      perRule,
      overall,
      falsePositives: fps,
      falseNegatives: fns,
      perCase: results.map(r => ({ id: r.id, tp: r.tp.length, fp: r.fp.length, fn: r.fn.length })),
    };
    fs.writeFileSync(path.resolve(process.cwd(), opts.json), JSON.stringify(data, null, 2) + '\n');
    console.log(`\nWrote ${opts.json}`);
  }
}

main().catch(err => {
  console.error(err);
  process.exit(2);
});
