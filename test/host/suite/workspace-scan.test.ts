import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScanSummary } from '../../../src/extension/workspace-scan';
import { rulesOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

const WILDCARD_APP = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n';

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
});
