import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: s => out.push(s), err: s => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cors-lens scan', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-cli-'));
    writeFileSync(path.join(dir, 'app.py'), 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, supports_credentials=True)\n');
    mkdirSync(path.join(dir, 'clean'));
    writeFileSync(path.join(dir, 'clean', 'server.js'), "const cors = require('cors');\napp.use(cors({ origin: ['https://app.example.com'] }));\n");
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'node_modules', 'x.js'), "app.use(require('cors')());\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON array with 1-based positions and exits 1 on findings', async () => {
    const r = await run('scan', dir, '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const findings = JSON.parse(r.out);
    const f = findings.find((x: { rule: string }) => x.rule === 'credentials-with-any-origin');
    assert.ok(f, r.out);
    assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    assert.equal(f.file, path.join(dir, 'app.py'));
    assert.equal(f.line, 5);
    assert.equal(f.severity, 'error');
    assert.ok(!findings.some((x: { file: string }) => x.file.includes('node_modules')), 'node_modules is skipped');
  });

  it('exits 0 on a clean tree and says so in text', async () => {
    const r = await run('scan', path.join(dir, 'clean'));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /No CORS issues found in 1 file/);
  });

  it('honours --fail-on', async () => {
    const r = await run('scan', path.join(dir, 'app.py'), '--fail-on', 'error');
    assert.equal(r.code, 1);
  });

  it('writes SARIF 2.1.0 with rules and relative artifact URIs', async () => {
    const r = await run('scan', dir, '--format', 'sarif');
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'credentials-with-any-origin');
    assert.ok(result);
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.level, 'error');
    const loc = result.locations[0].physicalLocation;
    assert.ok(!path.isAbsolute(loc.artifactLocation.uri) && !loc.artifactLocation.uri.includes('\\'));
    assert.equal(loc.region.startLine, 5);
    assert.match(run0.tool.driver.rules[0].helpUri, /docs\/rules\/.+\.md$/);
  });

  it('exits 2 with a clear message on usage and I/O errors', async () => {
    assert.equal((await run('scan', '--format', 'xml')).code, 2);
    const missing = await run('scan', path.join(dir, 'nope'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*nope/);
    assert.equal((await run('frobnicate')).code, 2);
  });

  it('skips binary files with a message instead of failing', async () => {
    const bin = path.join(dir, 'blob.js');
    writeFileSync(bin, Buffer.from([0x63, 0x6f, 0x72, 0x73, 0, 1, 2, 3]));
    const r = await run('scan', bin, '--format', 'json');
    assert.equal(r.code, 0);
    assert.match(r.err, /binary/);
    assert.deepEqual(JSON.parse(r.out), []);
    rmSync(bin);
  });

  it('--fix applies safe fixes in place and reports them', async () => {
    const file = path.join(dir, 'settings.py');
    writeFileSync(file, "CORS_ORIGIN_WHITELIST = ['https://app.example.com']\n");
    const r = await run('scan', file, '--fix', '--format', 'json');
    assert.match(r.err, /fixed .*settings\.py/);
    assert.match(readFileSync(file, 'utf8'), /^CORS_ALLOWED_ORIGINS = /);
    assert.deepEqual(JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'deprecated-setting'), []);
    rmSync(file);
  });

  it('reads each file once through a symlink loop and a file linked twice', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'cors-lens-loop-'));
    try {
      mkdirSync(path.join(tree, 'api'));
      writeFileSync(path.join(tree, 'api', 'app.py'), 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, supports_credentials=True)\n');
      symlinkSync('..', path.join(tree, 'api', 'parent'), 'dir');
      symlinkSync('app.py', path.join(tree, 'api', 'same.py'), 'file');
      const r = await run('scan', tree, path.join(tree, 'api'), '--format', 'json');
      assert.equal(r.code, 1, r.err);
      const rules = JSON.parse(r.out).map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`);
      assert.deepEqual(rules, [...new Set(rules)], r.out);
      assert.ok(rules.includes('credentials-with-any-origin:5'), r.out);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
