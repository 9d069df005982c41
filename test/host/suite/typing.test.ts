import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsDiscarding, describeDiagnostic, openUntitled, rulesOf, sleep, waitForDiagnostics } from './helpers';

const LISTED = `from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.example.com"])
`;

/** Types like a user: one character at a time through the editor's `type` command. */
async function typeAt(editor: vscode.TextEditor, at: vscode.Position, text: string): Promise<void> {
  editor.selection = new vscode.Selection(at, at);
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

describe('diagnostics follow typing', () => {
  afterEach(closeAllEditorsDiscarding);

  it('adds a finding when a wildcard is typed and drops it when the wildcard is deleted', async () => {
    const editor = await openUntitled('python', LISTED);
    const uri = editor.document.uri;
    await sleep(600); // one debounce and a parse: an allowlisted site must stay clean
    assert.deepEqual(rulesOf(uri), []);

    // `["https://app.example.com"` → `["https://app.example.com", "*"`
    const listEnd = editor.document.positionAt(LISTED.indexOf('"]') + 1);
    await typeAt(editor, listEnd, ', "*"');
    const diags = await waitForDiagnostics(uri, d => d.length > 0, 'wildcard-origin after typing "*"');
    assert.deepEqual(diags.map(d => describeDiagnostic(d).replace(/@.*/, '')), ['wildcard-origin']);
    assert.equal(editor.document.getText(diags[0].range), '"*"');

    const typed = new vscode.Range(listEnd, listEnd.translate(0, ', "*"'.length));
    assert.equal(editor.document.getText(typed), ', "*"');
    await editor.edit(b => b.delete(typed));
    await waitForDiagnostics(uri, d => d.length === 0, 'no diagnostics after deleting the wildcard');
    assert.equal(editor.document.getText(), LISTED);
  });

  it('moves the squiggle with the code when lines are inserted above it', async () => {
    const editor = await openUntitled('python', LISTED.replace('CORS(app, origins=["https://app.example.com"])', 'CORS(app)'));
    const uri = editor.document.uri;
    const [before] = await waitForDiagnostics(uri, d => d.length === 1, 'the wildcard-origin finding');
    assert.equal(before.range.start.line, 4);

    await typeAt(editor, new vscode.Position(0, 0), '# a comment\n\n');
    const [after] = await waitForDiagnostics(uri, d => d.length === 1 && d[0].range.start.line === 6, 'the finding two lines lower');
    assert.equal(editor.document.getText(after.range), 'CORS(app)');
  });
});
