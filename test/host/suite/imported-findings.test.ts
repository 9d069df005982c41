import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScanSummary } from '../../../src/extension/workspace-scan';
import {
  applyAction, closeAllEditorsDiscarding, codeActionsAt, corsDiagnostics, describeDiagnostic, rulesOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile,
} from './helpers';

// A server that keeps its allowlist in a module of its own, as tutorials and real projects do.
const SERVER = [
  "const express = require('express');",
  "const cors = require('cors');",
  "const allowedOrigins = require('./config/allowedOrigins');",
  '',
  'const app = express();',
  'app.use(cors({ origin: allowedOrigins, credentials: true }));',
  'app.listen(5050);',
  '',
].join('\n');
const ALLOWLIST = "module.exports = [\n  'https://notes.example.com',\n  'null',\n];\n";

describe('findings in imported modules', () => {
  let allowlist: vscode.Uri;
  let server: vscode.Uri;
  before(async () => {
    allowlist = await writeWorkspaceFile('imports-fixture/config/allowedOrigins.js', ALLOWLIST);
    server = await writeWorkspaceFile('imports-fixture/server.js', SERVER);
  });
  after(async () => {
    await closeAllEditorsDiscarding();
    await vscode.workspace.fs.delete(workspaceUri('imports-fixture'), { recursive: true, useTrash: false });
  });

  it('judges an allowlist module where it is written, though neither file is open, pointing back to the cors() call', async () => {
    const summary = await vscode.commands.executeCommand<ScanSummary>('corsLens.scanWorkspace');
    assert.equal(summary.cancelled, false);
    const [finding] = await waitForDiagnostics(allowlist, d => d.length > 0, 'null-origin in the allowlist module');
    assert.equal(describeDiagnostic(finding), 'null-origin@3:3-3:9');
    const related = finding.relatedInformation?.find(r => r.location.uri.toString() === server.toString());
    assert.ok(related, `no related location in server.js: ${JSON.stringify(finding.relatedInformation)}`);
    assert.equal(related.location.range.start.line, 5, 'the related location is the app.use(cors(...)) line');
    assert.deepEqual(rulesOf(server), [], 'server.js itself is clean');
  });

  it('fixes the finding in the module with its quick-fix', async () => {
    const doc = await vscode.workspace.openTextDocument(allowlist);
    await vscode.window.showTextDocument(doc);
    const [finding] = await waitForDiagnostics(allowlist, d => d.length > 0, 'the finding while the module is open');
    const actions = await codeActionsAt(allowlist, finding.range, vscode.CodeActionKind.QuickFix);
    const remove = actions.find(a => a.title === 'Remove the null origin');
    assert.ok(remove, `offered: ${actions.map(a => a.title).join(', ')}`);
    await applyAction(remove);
    assert.doesNotMatch(doc.getText(), /'null'/);
    // Typing in the module re-analyses the closed server.js, which finds nothing left to report.
    await waitForDiagnostics(allowlist, d => d.length === 0, 'no finding once the null origin is gone');
  });

  it('re-analyses the importer when the module is edited, without saving', async () => {
    const doc = await vscode.workspace.openTextDocument(allowlist);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(allowlist, new vscode.Position(1, 0), "  'http://partner.example.com',\n");
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(doc.isDirty, true);
    const diags = await waitForDiagnostics(allowlist, d => d.some(x => x.message.includes('partner.example.com')), 'insecure-http-origin on the typed origin');
    assert.deepEqual(diags.map(describeDiagnostic), ['insecure-http-origin@2:3-2:31']);
    assert.equal(corsDiagnostics(server).length, 0);
  });

  it('adds a dev origin from the cors() call into the imported allowlist', async () => {
    const doc = await vscode.workspace.openTextDocument(server);
    await vscode.window.showTextDocument(doc);
    const actions = await codeActionsAt(server, new vscode.Range(5, 10, 5, 10), vscode.CodeActionKind.QuickFix);
    const add = actions.find(a => a.title === 'Add http://localhost:3000 to allowed origins (in allowedOrigins.js)');
    assert.ok(add, `offered: ${actions.map(a => a.title).join(', ')}`);
    await applyAction(add);
    const module = await vscode.workspace.openTextDocument(allowlist);
    assert.match(module.getText(), /'https:\/\/notes\.example\.com',\n\s+'http:\/\/localhost:3000',\n\];/);
    assert.equal(doc.isDirty, false, 'server.js itself is not edited');
  });
});
