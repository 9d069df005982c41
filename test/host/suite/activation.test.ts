import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorsLensApi } from '../../../src/extension/extension';
import { EXTENSION_ID, closeAllEditorsDiscarding, openUntitled, rulesOf, waitForDiagnostics } from './helpers';

describe('activation', () => {
  after(closeAllEditorsDiscarding);

  it('runs in the host the runner started, no older than engines.vscode allows', () => {
    // The offline runner names its host; @vscode/test-electron runs whatever version it downloaded.
    const expected = process.env.CORS_LENS_HOST_VERSION;
    if (expected) assert.equal(vscode.version, expected);
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 100, `VS Code ${vscode.version} is older than engines.vscode ^1.100.0`);
  });

  it('activates and reports how long loading and activate() took', async () => {
    const ext = vscode.extensions.getExtension<CorsLensApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the host`);
    const wasActive = ext.isActive;
    const started = performance.now();
    const api = await ext.activate();
    const outsideMs = performance.now() - started;
    const { loadMs, activateMs, loadToActivatedMs } = api.timing;
    assert.ok(loadToActivatedMs >= loadMs + activateMs - 0.01, JSON.stringify(api.timing));
    // Printed for the report; bounded so work creeping into activation (parsing, I/O) fails the suite.
    console.log(`activation: bundle load ${loadMs.toFixed(1)} ms, activate() ${activateMs.toFixed(1)} ms, `
      + `ext.activate() from the test ${wasActive ? '(already active)' : `${outsideMs.toFixed(1)} ms`}`);
    assert.ok(loadMs < 300, `loading the bundle took ${loadMs} ms`);
    assert.ok(activateMs < 50, `activate() took ${activateMs} ms`);
  });

  it('reports a finding in an untitled Python document, first parse included', async () => {
    const started = performance.now();
    const editor = await openUntitled('python', 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n');
    await waitForDiagnostics(editor.document.uri, d => d.length > 0, 'a first diagnostic');
    console.log(`activation: first diagnostics of a new document after ${(performance.now() - started).toFixed(1)} ms`);
    assert.deepEqual(rulesOf(editor.document.uri), ['wildcard-origin']);
  });
});
