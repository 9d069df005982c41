// The probe report names the site that answered (found by port and path in the workspace) and its
// buttons open it and apply its fix, in the real extension host.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { Report } from '../../../src/probe/probe';

describe('probe report: the answering site', () => {
  let server: http.Server | undefined;
  let file: vscode.Uri | undefined;
  after(async () => {
    await new Promise<void>(resolve => { if (!server) return resolve(); server.closeAllConnections(); server.close(() => resolve()); });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (file) await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
  });

  it('opens the Flask site that listens on the probed port and applies "Add http://localhost:3000 to allowed origins"', async () => {
    // Stands in for the Flask app: answers without CORS headers, as flask-cors does for an origin it does not allow.
    server = http.createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{}'); });
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const folder = vscode.workspace.workspaceFolders![0].uri;
    file = vscode.Uri.joinPath(folder, 'probe-answer', 'app.py');
    const source = `from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=["https://shop.example.com"])\n\nif __name__ == "__main__":\n    app.run(port=${port})\n`;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(source));

    const report = await vscode.commands.executeCommand<Report | undefined>('corsLens.probe', { url: `http://127.0.0.1:${port}/api/items`, origin: 'http://localhost:3000', timeoutMs: 3000 });
    assert.equal(report?.verdict.corsError, 'MissingAllowOriginHeader');

    const opened = await vscode.commands.executeCommand<{ file: string; line: number } | undefined>('corsLens.probe.openAnswer');
    // Workspace-relative, with the folder's name (multi-root workspaces would be ambiguous otherwise).
    assert.match(opened?.file ?? '', /(^|\/)probe-answer\/app\.py$/);
    assert.equal(opened?.line, 4);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), file.toString());
    assert.equal(editor?.selection.start.line, 3);

    const fixed = await vscode.commands.executeCommand<{ fix?: string } | undefined>('corsLens.probe.applyAnswerFix');
    assert.equal(fixed?.fix, 'Add http://localhost:3000 to allowed origins');
    const doc = await vscode.workspace.openTextDocument(file);
    assert.match(doc.getText(), /CORS\(app, origins=\["https:\/\/shop\.example\.com", "http:\/\/localhost:3000"\]\)/);
    await doc.save();
  });
});
