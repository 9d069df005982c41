// "CORS Policies" in the Explorer: the four examples' back ends, their sites with the effective
// policy and findings, a click that reveals the range, and a refresh when the code changes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorsLensApi } from '../../../src/extension/extension';
import type { OverviewNode } from '../../../src/extension/policy/overview-model';
import { EXTENSION_ID, closeAllEditorsDiscarding, openWorkspaceFile, waitFor, workspaceUri } from './helpers';

describe('policy overview', () => {
  let api: CorsLensApi;
  const tree = () => api.policyOverview;
  const children = async (node?: OverviewNode) => (await tree().getChildren(node)) ?? [];
  const item = (node: OverviewNode) => tree().getTreeItem(node) as vscode.TreeItem;
  const label = (node: OverviewNode) => String(item(node).label);
  const byLabel = async (parent: OverviewNode | undefined, text: string) => {
    const all = await children(parent);
    const found = all.find(n => label(n) === text);
    assert.ok(found, `no "${text}" among ${all.map(label).join(' | ')}`);
    return found;
  };

  before(async () => {
    api = await vscode.extensions.getExtension<CorsLensApi>(EXTENSION_ID)!.activate();
  });
  after(closeAllEditorsDiscarding);

  it('is not computed while the view is hidden, and is once it is shown', async () => {
    // The view starts collapsed in the Explorer; nothing so far has asked for its items.
    assert.equal(tree().loads, 0);
    await vscode.commands.executeCommand('corsLens.policyOverview.focus');
    await waitFor(() => tree().loads > 0, 'the view to load its items once visible');
  });

  it('lists the four examples\' back ends with framework and port', async () => {
    tree().refresh();
    const started = performance.now();
    const roots = await children();
    console.log(`policy overview: ${(performance.now() - started).toFixed(1)} ms to list the examples' back ends after a refresh (closed files cached by mtime)`);
    assert.deepEqual(roots.map(n => `${label(n)} — ${item(n).description}`).sort(), [
      'Django · django — port 8000 (default)',
      'Express · express — port 4000',
      'FastAPI / Starlette · fastapi — port 8000',
      'Flask · flask — port 5000',
    ]);
  });

  it('shows each site\'s effective policy and its findings, icons by severity', async () => {
    const flask = await byLabel(undefined, 'Flask · flask');
    assert.deepEqual((await children(flask)).map(label), [
      'flask-cors /api/*', 'flask-cors /tenants/*', 'flask-cors /desktop/*', 'flask-cors /public/*', 'flask-cors /api/export', 'hand-written headers',
    ]);
    const pub = await byLabel(flask, 'flask-cors /public/*');
    assert.equal(item(pub).description, 'app.py:27 · every origin (*)');
    const rows = (await children(pub)).map(n => `${label(n)}: ${item(n).description}`);
    assert.deepEqual(rows.slice(0, 6), [
      'scope: path /public/*',
      'origins: every origin (*)',
      'credentials: not allowed',
      'methods: DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT (library default)',
      'headers: whatever the request asks for (*) (library default)',
      'max-age: not sent (library default)',
    ]);
    assert.match(rows[6], /^wildcard-origin: Any website can read this API's responses/);
    assert.equal(rows.length, 7);
    const finding = (await children(pub)).find(n => n.kind === 'finding')!;
    assert.equal((item(finding).iconPath as vscode.ThemeIcon).id, 'warning');
    // The site's tooltip is the hover: the simulated requests for the dev origin.
    const tooltip = item(pub).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /\| GET \| ✓ \| ✗ \|/);
    assert.equal(tooltip.isTrusted, false);

    const express = await byLabel(undefined, 'Express · express');
    // middleware-order is about the registration order, not one policy: it stays with the back end.
    assert.ok((await children(express)).some(n => n.kind === 'finding' && n.finding.ruleId === 'middleware-order'));
  });

  it('a click reveals the range in the editor', async () => {
    const flask = await byLabel(undefined, 'Flask · flask');
    const pub = await byLabel(flask, 'flask-cors /public/*');
    const finding = (await children(pub)).find(n => n.kind === 'finding')!;
    const command = item(finding).command!;
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), true);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), workspaceUri('flask/app.py').toString());
    assert.equal(editor.selection.start.line, 26);
    assert.equal(editor.document.getText(editor.selection), '"*"');
  });

  it('refreshes when the live analysis sees a new site', async () => {
    const editor = await openWorkspaceFile('flask/app.py');
    const loads = tree().loads;
    await editor.edit(b => b.insert(new vscode.Position(28, 0), 'CORS(app, origins=["https://extra.example.com"])\n'));
    await waitFor(() => tree().loads > loads, 'a reload after the edit (the view is visible)');
    const flask = await byLabel(undefined, 'Flask · flask');
    const sites = (await children(flask)).map(label);
    assert.equal(sites.length, 7, sites.join(' | '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
