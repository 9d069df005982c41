// Loaded by scripts/check-vsix.js in a host where the packaged VSIX is installed like a user's
// extension (no development path): proves the package alone activates and analyses.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorsLensApi } from '../../../src/extension/extension';
import { EXTENSION_ID, openWorkspaceFile, waitForDiagnostics } from '../suite/helpers';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<CorsLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const installedIn = process.env.CORS_LENS_EXPECT_EXTENSIONS_DIR;
  assert.ok(installedIn && ext.extensionUri.fsPath.startsWith(installedIn + path.sep),
    `extension loaded from ${ext.extensionUri.fsPath}, not from the VSIX install in ${installedIn}`);
  assert.equal(ext.isActive, false, 'nothing should activate the extension before a Python file opens');

  const started = performance.now();
  const editor = await openWorkspaceFile('app.py');
  const diags = await waitForDiagnostics(editor.document.uri, d => d.length > 0, 'a diagnostic from the installed VSIX');
  const firstDiagnosticsMs = performance.now() - started;
  assert.ok(ext.isActive, 'opening a Python file did not activate the extension');
  // The worker entry ships in the package: analyses leave the extension host's thread.
  assert.equal(ext.exports.analysisStatus().mode, 'worker', 'the installed extension analyses on the extension host\'s thread');

  const report = {
    version: ext.packageJSON.version as string,
    activationEvent: 'onLanguage:python',
    timing: ext.exports.timing,
    firstDiagnosticsMs,
    analysisMode: ext.exports.analysisStatus().mode,
    diagnostics: diags.map(d => `${typeof d.code === 'object' ? d.code.value : d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`),
  };
  const out = process.env.CORS_LENS_HOST_RESULT;
  if (out) writeFileSync(out, JSON.stringify(report));
}
