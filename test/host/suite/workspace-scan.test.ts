import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ScanSummary } from '../../../src/extension/workspace-scan';
import { writeScanTree } from '../../bench/scan-tree';
import { corsDiagnostics, ruleOf, rulesOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

const WILDCARD_APP = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n';
const ECHO_SERVER = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: true, credentials: true }));\n";

/** A scan to its end: a settings change may start one that supersedes (cancels) ours. */
async function completeScan(): Promise<ScanSummary> {
  for (let attempt = 0; ; attempt++) {
    const summary = await vscode.commands.executeCommand<ScanSummary>('corsLens.scanWorkspace');
    if (!summary.cancelled || attempt === 3) return summary;
  }
}

describe('workspace scan', () => {
  const written: vscode.Uri[] = [];
  after(async () => {
    for (const uri of written) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  });

  it('reports files that are not open, skipping installed packages and files that never mention CORS', async () => {
    const app = await writeWorkspaceFile('scan-fixture/app.py', WILDCARD_APP);
    const vendored = await writeWorkspaceFile('scan-fixture/node_modules/pkg/app.py', WILDCARD_APP);
    const unrelated = await writeWorkspaceFile('scan-fixture/util.py', 'def origin():\n    return "*"\n');
    written.push(workspaceUri('scan-fixture'));

    const summary = await vscode.commands.executeCommand<ScanSummary>('corsLens.scanWorkspace');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 2 && summary.analyzed >= 1, JSON.stringify(summary));
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === app.toString()), 'the scan must not open documents');
    await waitForDiagnostics(app, d => d.length > 0, 'the scan result');
    assert.deepEqual(rulesOf(app), ['wildcard-origin']);
    assert.deepEqual(rulesOf(vendored), []);
    assert.deepEqual(rulesOf(unrelated), []);
  });

  it('follows closed files that change or disappear on disk', async () => {
    const app = workspaceUri('scan-fixture/app.py');
    await waitForDiagnostics(app, d => d.length > 0, 'the scan result from the previous test');
    await writeWorkspaceFile('scan-fixture/app.py', WILDCARD_APP.replace('CORS(app)', 'CORS(app, origins=["https://shop.example.com"])'));
    await waitForDiagnostics(app, d => d.length === 0, 'no findings once the file lists its origins');

    const later = await writeWorkspaceFile('scan-fixture/later.py', WILDCARD_APP);
    await waitForDiagnostics(later, d => d.length > 0, 'findings for a file created after the scan');
    await vscode.workspace.fs.delete(later);
    await waitForDiagnostics(later, d => d.length === 0, 'no findings for a deleted file');
  });

  describe('in a workspace of more than 5,000 files', () => {
    const files = () => vscode.workspace.getConfiguration('files');
    let excludeBefore: unknown;
    after(async () => {
      await files().update('exclude', excludeBefore, vscode.ConfigurationTarget.Global);
    });

    it('reports every finding, at the end of the listing too, and nothing .gitignored or in files.exclude', async function () {
      this.timeout(240_000);
      const baseline = await completeScan();
      assert.equal(baseline.cancelled, false);

      excludeBefore = files().inspect('exclude')?.globalValue;
      await files().update('exclude', { ...(excludeBefore as object), '**/scan-big/excluded-by-setting': true }, vscode.ConfigurationTarget.Global);
      // Written straight to disk, as a checkout would; 6,000 files that never mention CORS come first.
      const root = workspaceUri('scan-big').fsPath;
      written.push(workspaceUri('scan-big'));
      for (let p = 0; p < 60; p++) {
        const dir = path.join(root, `pkg-${String(p).padStart(2, '0')}`);
        mkdirSync(dir, { recursive: true });
        for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `mod_${f}.py`), `def handler_${f}():\n    return ${p * 100 + f}\n`);
      }
      const expected: Record<string, string[]> = {
        'pkg-59/zz_app.py': ['wildcard-origin'],
        'zz-api/app.py': ['wildcard-origin'],
        'zz-api/server.js': ['credentials-with-any-origin'],
        'zz-web/deep/er/settings_app.py': ['wildcard-origin'],
        'zzz.js': ['credentials-with-any-origin'],
      };
      const leftOut = ['generated/app.py', 'excluded-by-setting/app.py'];
      writeFileSync(path.join(root, '.gitignore'), 'generated/\n');
      for (const rel of [...Object.keys(expected), ...leftOut]) {
        mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        writeFileSync(path.join(root, rel), rel.endsWith('.js') ? ECHO_SERVER : WILDCARD_APP);
      }

      const started = Date.now();
      const summary = await completeScan();
      const ms = Date.now() - started;
      assert.equal(summary.cancelled, false);
      // The scan itself (not the file watcher) read exactly the five new files that configure CORS.
      assert.equal(summary.analyzed - baseline.analyzed, Object.keys(expected).length, `${JSON.stringify(baseline)} → ${JSON.stringify(summary)}`);
      for (const [rel, rules] of Object.entries(expected)) {
        const uri = workspaceUri(`scan-big/${rel}`);
        await waitForDiagnostics(uri, d => d.length > 0, `the scan result for ${rel}`);
        assert.deepEqual(rulesOf(uri), rules, rel);
      }
      for (const rel of leftOut) assert.deepEqual(rulesOf(workspaceUri(`scan-big/${rel}`)), [], `${rel} is left out`);
      console.log(`      scanned 6,000+ files in ${ms} ms: ${JSON.stringify(summary)}`);
    });

    it('a new scan cancels the one in flight, which reports itself cancelled', async () => {
      const first = vscode.commands.executeCommand<ScanSummary>('corsLens.scanWorkspace');
      const second = vscode.commands.executeCommand<ScanSummary>('corsLens.scanWorkspace');
      assert.equal((await first).cancelled, true);
      const last = await second;
      assert.equal(last.cancelled, false);
      assert.ok(last.analyzed >= 5, JSON.stringify(last));
      assert.deepEqual(rulesOf(workspaceUri('scan-big/zzz.js')), ['credentials-with-any-origin'], 'the cancelled scan withdrew nothing');
    });
  });

  // `node scripts/bench-scan.js --host` sets this: the scan of a generated monorepo, timed, with every finding written out.
  const benchOut = process.env.CORS_LENS_SCAN_BENCH_OUT;
  if (benchOut) {
    it('scan benchmark', async function () {
      this.timeout(600_000);
      const baseline = await completeScan();
      const root = workspaceUri('scan-bench').fsPath;
      const tree = writeScanTree(root, Number(process.env.CORS_LENS_SCAN_BENCH_FILES || 20_000));
      try {
        // Let the file watcher's events for the new files pass before timing.
        await new Promise(resolve => setTimeout(resolve, 10_000));
        const started = performance.now();
        const summary = await completeScan();
        const ms = performance.now() - started;
        const findings = vscode.languages.getDiagnostics()
          .filter(([uri]) => uri.fsPath.startsWith(root + path.sep))
          .flatMap(([uri]) => corsDiagnostics(uri).map(d => `${path.relative(root, uri.fsPath).split(path.sep).join('/')}:${ruleOf(d)}:${d.range.start.line + 1}`));
        writeFileSync(benchOut, JSON.stringify({ ms, files: tree.files, scanFindings: summary.findings - baseline.findings, summary, findings }));
        assert.equal(summary.cancelled, false);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

