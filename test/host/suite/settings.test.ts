import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsDiscarding, codeActionsAt, openUntitled, ruleOf, waitForDiagnostics, workspaceUri, updateSetting } from './helpers';

const WILDCARD_APP = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n';

describe('settings', () => {
  afterEach(async () => {
    await updateSetting('rules', undefined);
    await updateSetting('devOrigins', undefined);
    await closeAllEditorsDiscarding();
  });

  it('applies corsLens.rules severity overrides, including off, to open documents', async () => {
    const editor = await openUntitled('python', WILDCARD_APP);
    const uri = editor.document.uri;
    const sev = (d: vscode.Diagnostic[]) => d.map(x => x.severity);
    await waitForDiagnostics(uri, d => sev(d).join() === String(vscode.DiagnosticSeverity.Warning), 'the default warning');

    await updateSetting('rules', { 'wildcard-origin': 'error' });
    await waitForDiagnostics(uri, d => sev(d).join() === String(vscode.DiagnosticSeverity.Error), 'an error after the override');

    await updateSetting('rules', { 'wildcard-origin': 'off' });
    await waitForDiagnostics(uri, d => d.length === 0, 'nothing with the rule off');

    await updateSetting('rules', undefined);
    await waitForDiagnostics(uri, d => sev(d).join() === String(vscode.DiagnosticSeverity.Warning), 'the warning back after reset');
  });

  it('rescans closed files when a rule is turned off', async () => {
    const prod = workspaceUri('django/shop/settings/prod.py');
    await waitForDiagnostics(prod, d => d.map(ruleOf).includes('deprecated-setting'), 'deprecated-setting from the startup scan', 20_000);
    await updateSetting('rules', { 'deprecated-setting': 'off' });
    await waitForDiagnostics(prod, d => d.length > 0 && !d.map(ruleOf).includes('deprecated-setting'), 'the rescan without the rule');
  });

  it('offers the origins from corsLens.devOrigins', async () => {
    await updateSetting('devOrigins', ['http://localhost:5173']);
    const editor = await openUntitled('python', WILDCARD_APP);
    const [diag] = await waitForDiagnostics(editor.document.uri, d => d.length === 1, 'wildcard-origin');
    const titles = (await codeActionsAt(editor.document.uri, diag.range)).map(a => a.title);
    assert.ok(titles.includes('Allow only http://localhost:5173'), titles.join(' | '));
    assert.ok(!titles.some(t => t.includes('localhost:3000')), titles.join(' | '));
  });
});
