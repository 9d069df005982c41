import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorsLensApi } from '../../../src/extension/extension';
import { EXTENSION_ID, openUntitled, rulesOf, waitForDiagnostics } from './helpers';

describe('activation', () => {
  it('runs in the VS Code version engines.vscode promises', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('activates and reports how long loading and activate() took', async () => {
    const ext = vscode.extensions.getExtension<CorsLensApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the host`);
    const wasActive = ext.isActive;
    const started = performance.now();
    const api = await ext.activate();
    const outsideMs = performance.now() - started;
    assert.ok(api.timing.activateMs >= 0 && api.timing.loadAndActivateMs >= api.timing.activateMs);
    // Printed for the report; bounded so a slow activation (parsing at startup) fails the suite.
    console.log(`activation: load+activate ${api.timing.loadAndActivateMs.toFixed(1)} ms, activate() ${api.timing.activateMs.toFixed(1)} ms, ext.activate() seen from the test ${wasActive ? '(already active)' : `${outsideMs.toFixed(1)} ms`}`);
    assert.ok(api.timing.loadAndActivateMs < 500, `activation took ${api.timing.loadAndActivateMs} ms`);
  });

  it('reports a finding in an untitled Python document, first parse included', async () => {
    const started = performance.now();
    const editor = await openUntitled('python', 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n');
    await waitForDiagnostics(editor.document.uri, d => d.length > 0, 'a first diagnostic');
    console.log(`activation: first diagnostics of a new document after ${(performance.now() - started).toFixed(1)} ms`);
    assert.deepEqual(rulesOf(editor.document.uri), ['wildcard-origin']);
  });
});
