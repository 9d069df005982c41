// Hovering a CORS site shows what its policy allows for the dev origins, simulated from the code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsDiscarding, openWorkspaceFile, waitForDiagnostics, updateSetting } from './helpers';

/** The hover's Markdown as a reader sees it (CORS Lens escapes every punctuation character from code). */
function readable(md: vscode.MarkdownString | vscode.MarkedString): string {
  const value = typeof md === 'string' ? md : md.value;
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

async function corsHovers(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap(h => h.contents.map(readable)).filter(text => text.startsWith('**CORS policy**'));
}

describe('hover on a CORS site', () => {
  after(async () => {
    await updateSetting('devOrigins', undefined);
    await closeAllEditorsDiscarding();
  });

  it('shows the simulated requests from the dev origin, and the browser\'s message for what fails', async () => {
    const editor = await openWorkspaceFile('flask/app.py');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, d => d.length > 0, 'the Flask findings');

    // Line 22: r"/api/*": {"origins": FRONTEND_ORIGINS + [...]}, which does not list http://localhost:3000.
    const [api] = await corsHovers(uri, new vscode.Position(21, 8));
    assert.ok(api, 'no CORS hover on the /api/* resource');
    assert.match(api, /^\*\*CORS policy\*\* · flask-cors/);
    // The sample path is a route the app serves inside the resource's scope.
    assert.match(api, /Simulated from http:\/\/localhost:3000 to \/api\/account:/);
    assert.match(api, /\| GET \| ✗ \| ✗ \|/);
    assert.match(api, /\| PUT JSON \| ✗ \| ✗ \|/);
    assert.match(api, /- ✗ GET, GET \+ credentials: No 'Access-Control-Allow-Origin' header is present on the requested resource\./);
    assert.match(api, /- ✗ POST JSON, PUT JSON, POST JSON \+ credentials, PUT JSON \+ credentials: Response to preflight request doesn't pass access control check/);
    assert.match(api, /origins: https:\/\/shop\.example\.com, http:\/\/admin\.example\.com, https:\/\/partners\.example\.com\//);

    // Line 27: r"/public/*": {"origins": "*", "supports_credentials": False}.
    const [pub] = await corsHovers(uri, new vscode.Position(26, 20));
    assert.match(pub, /\| GET \| ✓ \| ✗ \|/);
    assert.match(pub, /\| POST JSON \| ✓ \| ✗ \|/);
    // "supports_credentials": False: the library sends no Access-Control-Allow-Credentials.
    assert.match(pub, /- ✗ GET \+ credentials: The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true'/);

    assert.deepEqual(await corsHovers(uri, new vscode.Position(0, 3)), [], 'a hover outside any site');
  });

  it('follows corsLens.devOrigins and says when the code cannot tell', async () => {
    await updateSetting('devOrigins', ['http://localhost:5173', 'https://shop.example.com']);
    const editor = await openWorkspaceFile('flask/app.py');
    const [api] = await corsHovers(editor.document.uri, new vscode.Position(21, 8));
    assert.match(api, /Simulated from http:\/\/localhost:5173 to \/api\/account:/);
    assert.match(api, /Simulated from https:\/\/shop\.example\.com to \/api\/account:\n\n\| request \| without credentials \| with credentials \|\n\| --- \| :---: \| :---: \|\n\| GET \| ✓ \| ✓ \|/);

    const js = await vscode.workspace.openTextDocument({
      language: 'javascript',
      content: "const cors = require('cors');\nconst app = require('express')();\napp.use(cors({ origin: loadAllowedOrigins() }));\n",
    });
    await vscode.window.showTextDocument(js);
    const [dynamic] = await corsHovers(js.uri, new vscode.Position(2, 10));
    assert.match(dynamic, /\| GET \| \? \| \? \|/);
    assert.match(dynamic, /\? GET, POST JSON, PUT JSON, GET \+ credentials, POST JSON \+ credentials, PUT JSON \+ credentials: cannot tell from the code \(/);
  });

  it('answers from the cached analysis: measured per hover', async () => {
    const editor = await openWorkspaceFile('express/server.js');
    const uri = editor.document.uri;
    await corsHovers(uri, new vscode.Position(42, 20));
    const runs = 20;
    const started = performance.now();
    for (let i = 0; i < runs; i++) assert.equal((await corsHovers(uri, new vscode.Position(42, 20))).length, 1);
    console.log(`hover: ${((performance.now() - started) / runs).toFixed(1)} ms per executeHoverProvider on express/server.js (round trip through the workbench)`);
  });
});
