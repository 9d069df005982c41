import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  applyAction, closeAllEditorsDiscarding, codeActionsAt, openUntitled, rulesOf, sleep, waitForDiagnostics,
} from './helpers';

const flaskApp = (cors: string) => `from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
${cors}
`;

describe('code actions', () => {
  afterEach(closeAllEditorsDiscarding);

  it('replaces a wildcard with the dev origin from the light bulb, and the finding goes away', async () => {
    const editor = await openUntitled('python', flaskApp('CORS(app)'));
    const uri = editor.document.uri;
    const [diag] = await waitForDiagnostics(uri, d => d.length === 1, 'wildcard-origin');
    const actions = await codeActionsAt(uri, diag.range, vscode.CodeActionKind.QuickFix);
    const titles = actions.map(a => a.title).join(' | ');
    const allowOnly = actions.find(a => a.title === 'Allow only http://localhost:3000');
    assert.ok(allowOnly, `offered: ${titles}`);
    assert.equal(allowOnly.isPreferred, true);
    // "Replace the wildcard with …" makes the same edit; the light bulb shows it once.
    assert.equal(actions.filter(a => a.title.includes('http://localhost:3000')).length, 1, `offered: ${titles}`);

    await applyAction(allowOnly);
    assert.equal(editor.document.getText(), flaskApp("CORS(app, origins=['http://localhost:3000'])"));
    await waitForDiagnostics(uri, d => d.length === 0, 'no findings once only the dev origin is allowed');
  });

  it('adds the dev origin to an existing allowlist without a finding being present', async () => {
    const editor = await openUntitled('python', flaskApp('CORS(app, origins=["https://app.example.com"])'));
    const uri = editor.document.uri;
    await sleep(500);
    assert.deepEqual(rulesOf(uri), []);
    const at = new vscode.Range(4, 0, 4, 0);
    const add = (await codeActionsAt(uri, at)).find(a => a.title === 'Add http://localhost:3000 to allowed origins');
    assert.ok(add, 'no "Add http://localhost:3000 to allowed origins" action on the CORS() line');
    assert.notEqual(add.isPreferred, true, 'widening an allowlist must not be the preferred (auto-applied) fix');

    await applyAction(add);
    assert.equal(editor.document.getText(), flaskApp('CORS(app, origins=["https://app.example.com", "http://localhost:3000"])'));
    await sleep(500);
    assert.deepEqual(rulesOf(uri), []);
    // Asked again, the action now explains instead of editing.
    const again = (await codeActionsAt(uri, at)).find(a => a.title === 'Add http://localhost:3000 to allowed origins');
    assert.ok(!again?.edit, 'the origin is already allowed; no second edit should be offered');
  });

  it('offers nothing outside a CORS site', async () => {
    const editor = await openUntitled('python', flaskApp('CORS(app)'));
    await waitForDiagnostics(editor.document.uri, d => d.length === 1, 'wildcard-origin');
    const actions = await codeActionsAt(editor.document.uri, new vscode.Range(0, 0, 0, 4), vscode.CodeActionKind.QuickFix);
    assert.deepEqual(actions.map(a => a.title), []);
  });
});
