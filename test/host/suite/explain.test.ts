// "CORS: Explain CORS error" in the real extension host: a Chrome console line about the Flask
// example's API → the site that answered, the panel's "Go to" and its fix applied through a WorkspaceEdit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Explanation } from '../../../src/analysis/explain';
import { closeAllEditorsDiscarding, waitFor, workspaceUri } from './helpers';

const FLASK_MESSAGE = "Access to fetch at 'http://localhost:5000/api/account' from origin 'http://localhost:3000' has been blocked by "
  + "CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.";
const FIXED_LIST = 'FRONTEND_ORIGINS + ["https://partners.example.com/", "http://localhost:3000"]';

const explainError = (message?: string) => vscode.commands.executeCommand<Explanation | undefined>('corsLens.explainError', message);

describe('Explain CORS error', () => {
  afterEach(closeAllEditorsDiscarding);

  it('finds the Flask site that answered port 5000, opens it, and applies "Add http://localhost:3000 to allowed origins"', async () => {
    const e = await explainError(FLASK_MESSAGE);
    // Workspace-relative with the folder's name, as the probe report names files.
    assert.match(e?.site?.file ?? '', /(^|\/)flask\/app\.py$/);
    assert.equal(e?.site?.line, 22);
    assert.match(e?.paragraph ?? '', /^Chrome blocked the request to http:\/\/localhost:5000\/api\/account from http:\/\/localhost:3000/);
    assert.equal(e?.fix?.title, 'Add http://localhost:3000 to allowed origins');
    const tabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs);
    await waitFor(() => tabs().find(t => t.input instanceof vscode.TabInputWebview && t.label === 'CORS error explained'), 'the explanation panel');

    const opened = await vscode.commands.executeCommand<{ file: string; line: number } | undefined>('corsLens.explain.openSite');
    assert.equal(opened?.file, e?.site?.file);
    assert.equal(opened?.line, 22);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), workspaceUri('flask/app.py').toString());
    assert.equal(editor?.document.getText(editor.selection), 'r"/api/*": {"origins": FRONTEND_ORIGINS + ["https://partners.example.com/"]}');

    const fixed = await vscode.commands.executeCommand<{ fix: string } | undefined>('corsLens.explain.applyFix');
    assert.equal(fixed?.fix, 'Add http://localhost:3000 to allowed origins');
    const doc = await vscode.workspace.openTextDocument(workspaceUri('flask/app.py'));
    assert.ok(doc.getText().includes(FIXED_LIST), doc.getText().split('\n')[21]);
    assert.equal(doc.isDirty, true, 'the fix is an edit the user can undo or save, not a write behind the editor');
  });

  it('refuses the fix when the file changed after the explanation', async () => {
    const e = await explainError(FLASK_MESSAGE);
    assert.ok(e?.fix);
    const doc = await vscode.workspace.openTextDocument(workspaceUri('flask/app.py'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.insert(new vscode.Position(0, 0), '# edited\n'));
    const fixed = await vscode.commands.executeCommand<unknown>('corsLens.explain.applyFix');
    assert.equal(fixed, undefined);
    assert.ok(!doc.getText().includes('"http://localhost:3000"]'), 'the stale fix was applied');
  });

  it('explains the message on the clipboard as copied, line breaks and all', async () => {
    // Firefox's wording, split over two lines the way a console copy can arrive.
    const firefox = 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:4000/api/public/latest.\n'
      + '(Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.';
    await vscode.env.clipboard.writeText(firefox);
    const e = await vscode.commands.executeCommand<Explanation | undefined>('corsLens.explainClipboard');
    assert.equal(e?.parsed?.browser, 'firefox');
    assert.match(e?.site?.file ?? '', /(^|\/)express\/server\.js$/);
    assert.equal(e?.site?.line, 43);
    await vscode.env.clipboard.writeText('const x = 1;');
    assert.equal(await vscode.commands.executeCommand('corsLens.explainClipboard'), undefined, 'text that is no CORS message is not explained');
  });

  it('says when the text is no CORS error, without a panel', async () => {
    const e = await explainError('TypeError: Failed to fetch');
    assert.equal(e?.parsed, undefined);
    assert.equal(e?.site, undefined);
    assert.match(e?.paragraph ?? '', /not a CORS error CORS Lens recognises/);
  });
});
