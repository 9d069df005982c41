import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../../src/analysis/analyze';
import { languageFromPath } from '../../src/analysis/parse/parser';
import { readSource } from '../../src/node/read-source';
import { minifiedBundle } from './budget-cases';
import { AnalysisWorkerPool, type AnalysisRequest, type Outcome, type UnsavedText, type WorkerPoolOptions } from '../../src/extension/worker/analysis-workers';

const ROOT = path.resolve(__dirname, '../../..');
/** The bundled worker the extension ships (`npm run build`, run by `pretest`). */
const WORKER = path.join(ROOT, 'dist/analysis-worker.js');

const WILDCARD_APP = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n';

function request(file: string, text: string, followImports = false): AnalysisRequest {
  return { file, text, language: languageFromPath(file)!, devOrigins: ['http://localhost:3000'], rules: {}, followImports };
}

/** The analysis on this thread, reading the disk, with the texts it read: what the worker must reproduce. */
async function here(req: AnalysisRequest, unsaved: ReadonlyMap<string, string> = new Map()) {
  const read = new Map<string, string>();
  const result = await analyze({ file: req.file, text: req.text, language: req.language }, {
    devOrigins: req.devOrigins,
    rules: req.rules,
    readFile: req.followImports ? file => {
      const t = unsaved.get(file) ?? readSource(file);
      if (t !== undefined) read.set(file, t);
      return t;
    } : undefined,
  });
  return { result, read };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return languageFromPath(p) ? [p] : [];
  });
}

function done(o: Outcome): { result: AnalysisResult; read: ReadonlyMap<string, string> } {
  assert.equal(o.kind, 'done', JSON.stringify(o));
  const { result, read } = o as Extract<Outcome, { kind: 'done' }>;
  return { result, read };
}

describe('analysis worker pool', () => {
  const pools: AnalysisWorkerPool[] = [];
  const logged: string[] = [];
  let unsaved: UnsavedText[] = [];
  function pool(options: Partial<WorkerPoolOptions> = {}): AnalysisWorkerPool {
    const p = new AnalysisWorkerPool({
      workerFile: WORKER,
      log: { info: m => logged.push(`info ${m}`), warn: m => logged.push(`warn ${m}`) },
      unsaved: () => unsaved,
      inProcess: req => here(req),
      ...options,
    });
    pools.push(p);
    return p;
  }
  let dir: string;
  beforeEach(() => {
    logged.length = 0;
    unsaved = [];
    dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-workers-'));
  });
  afterEach(() => {
    for (const p of pools.splice(0)) p.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives, for every example and fixture, exactly the result and read texts of an analysis on this thread', async function () {
    this.timeout(120_000);
    const p = pool();
    const files = [...sourceFiles(path.join(ROOT, 'examples')), ...sourceFiles(path.join(ROOT, 'test/fixtures'))];
    assert.ok(files.length > 100, `only ${files.length} files`);
    let findings = 0;
    for (const file of files) {
      const req = request(file, readFileSync(file, 'utf8'), true);
      const [fromWorker, expected] = await Promise.all([p.analyze({ key: file, urgent: true, request: req }), here(req)]);
      // deepStrictEqual compares prototypes too: a class instance in a result would not survive the copy.
      assert.deepStrictEqual(done(fromWorker), expected, file);
      findings += expected.result.findings.length;
    }
    assert.ok(findings > 100, `the corpus produced only ${findings} findings`);
    assert.equal(p.status().mode, 'worker');
  });

  it('reads unsaved editor texts instead of the disk, and the disk again once they are saved', async () => {
    const app = path.join(dir, 'app.py');
    const config = path.join(dir, 'config.py');
    const appText = 'from flask import Flask\nfrom flask_cors import CORS\nfrom config import ORIGINS\n\napp = Flask(__name__)\nCORS(app, origins=ORIGINS)\n';
    writeFileSync(app, appText);
    writeFileSync(config, 'ORIGINS = ["https://a.example.com"]\n');
    const p = pool();
    const analyzeApp = () => p.analyze({ key: app, urgent: true, request: request(app, appText, true) });

    const onDisk = done(await analyzeApp());
    assert.deepEqual(onDisk.result.findings, []);
    assert.deepEqual(onDisk.result.dependencies, [config]);

    const editor = {};
    unsaved = [{ file: config, owner: editor, version: 2, text: () => 'ORIGINS = "*"\n' }];
    const edited = done(await analyzeApp());
    assert.deepEqual(edited.result.findings.map(f => `${f.ruleId} ${f.file}`), [`wildcard-origin ${config}`]);
    assert.equal(edited.read.get(config), 'ORIGINS = "*"\n');

    unsaved = []; // reverted without saving
    const reverted = done(await analyzeApp());
    assert.deepEqual(reverted.result.findings, []);
    assert.equal(reverted.read.get(config), 'ORIGINS = ["https://a.example.com"]\n');
  });

  it('drops a queued job when a newer one with the same key arrives, and runs urgent jobs first', async () => {
    const p = pool();
    const order: string[] = [];
    const job = (key: string, urgent: boolean, text = WILDCARD_APP) =>
      p.analyze({ key, urgent, request: request(path.join(dir, `${key}.py`), text) }).then(o => { order.push(`${key}:${o.kind}`); return o; });
    const first = job('scan-1', false);
    const old = job('edited', true, 'from flask_cors import CORS\nCORS(app, origins=["https://a.example.com"])\n');
    const background = job('scan-2', false);
    const newer = job('edited', true);
    await Promise.all([first, old, background, newer]);
    assert.deepEqual(order, ['edited:superseded', 'scan-1:done', 'edited:done', 'scan-2:done']);
    assert.deepEqual(done(await newer).result.findings.map(f => f.ruleId), ['wildcard-origin']);
  });

  it('abandons a running analysis replaced by a newer version, restarting a worker that keeps it waiting', async function () {
    this.timeout(60_000);
    const p = pool({ supersededGraceMs: 100 });
    const file = path.join(dir, 'bundle.js');
    // 180 KB, so in the same lane as the newer version (under 200,000 characters): about 0.8 s here.
    const stuck = p.analyze({ key: file, urgent: true, request: request(file, minifiedBundle(450)) });
    while (p.status().running.length === 0) await new Promise(r => setTimeout(r, 10));
    const started = Date.now();
    const newer = p.analyze({ key: file, urgent: true, request: request(file, "const cors = require('cors');\napp.use(cors());\n") });
    assert.deepEqual(await stuck, { kind: 'superseded' });
    assert.deepEqual(done(await newer).result.findings.map(f => f.ruleId), ['wildcard-origin']);
    assert.ok(Date.now() - started < 10_000, `the newer version waited ${Date.now() - started} ms`);
    assert.equal(p.status().restarts, 1);
    assert.ok(logged.some(l => l.includes(`older version of ${file}`)), logged.join('\n'));
  });

  it('stops an analysis at the time limit, names the file, and keeps analysing other files', async function () {
    this.timeout(60_000);
    const p = pool({ timeLimitMs: 4_000, largeChars: 50_000 });
    const hostile = path.join(dir, 'vendor.min.js');
    const small = path.join(dir, 'app.py');
    // 1.9 MB of minified code, just under the analyzer's size limit: about 9 s here, well past the 4 s limit.
    const stopped = p.analyze({ key: hostile, urgent: true, request: request(hostile, minifiedBundle(4_800)) });
    // The small file has its own worker: it is analysed while the large one is still running.
    const quick = done(await p.analyze({ key: small, urgent: true, request: request(small, WILDCARD_APP) }));
    assert.deepEqual(quick.result.findings.map(f => f.ruleId), ['wildcard-origin']);
    assert.deepEqual(p.status().running, [hostile]);

    const outcome = await stopped;
    assert.equal(outcome.kind, 'stopped');
    assert.match((outcome as { reason: string }).reason, /stopped analysing .*vendor\.min\.js: it took longer than 4 s/);
    assert.deepEqual(p.status().stopped, [hostile]);
    assert.ok(logged.some(l => l.startsWith('warn') && l.includes(hostile)), logged.join('\n'));
    // A new worker takes the next job of the same lane.
    const large = `${WILDCARD_APP}# ${'x'.repeat(60_000)}\n`;
    const after = done(await p.analyze({ key: 'next', urgent: true, request: request(path.join(dir, 'next.py'), large) }));
    assert.deepEqual(after.result.findings.map(f => f.ruleId), ['wildcard-origin']);
    assert.equal(p.status().restarts, 1);
  });

  it('analyses on this thread, logged once, when the worker cannot start', async () => {
    const p = pool({ workerFile: path.join(dir, 'no-such-worker.js') });
    const req = request(path.join(dir, 'app.py'), WILDCARD_APP);
    for (let i = 0; i < 2; i++) {
      assert.deepStrictEqual(done(await p.analyze({ key: `k${i}`, urgent: true, request: req })), await here(req));
    }
    assert.equal(p.status().mode, 'in-process');
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0], /on the extension host's thread: .*no-such-worker\.js is missing/);
  });
});
