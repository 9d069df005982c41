import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { Report } from '../../../src/probe/probe';
import { waitFor } from './helpers';

const DEV_ORIGIN = 'http://localhost:3000';

interface Seen {
  method: string;
  origin?: string;
  requestMethod?: string;
}

/** A back end on loopback whose CORS answer the test chooses; it records what the probe sent. */
async function startApi(cors: (req: http.IncomingMessage) => Record<string, string>): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      origin: req.headers.origin,
      requestMethod: req.headers['access-control-request-method'] as string | undefined,
    });
    res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { 'Content-Type': 'application/json', ...cors(req) });
    res.end(req.method === 'OPTIONS' ? undefined : '{"ok":true}');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/items`,
    seen,
    close: () => new Promise(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function probe(args: Record<string, unknown>): Thenable<Report | undefined> {
  return vscode.commands.executeCommand<Report | undefined>('corsLens.probe', { timeoutMs: 3000, ...args });
}

describe('probe command', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    while (servers.length) await servers.pop()!.close();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports a GET from the dev origin as allowed when the server echoes that origin', async () => {
    const api = await startApi((req): Record<string, string> =>
      (req.headers.origin === DEV_ORIGIN ? { 'Access-Control-Allow-Origin': DEV_ORIGIN, Vary: 'Origin' } : {}));
    servers.push(api);
    const report = await probe({ url: api.url, origin: DEV_ORIGIN });
    assert.ok(report, 'the command returned no report');
    assert.equal(report.outcome, 'allowed', report.verdict.message ?? report.error);
    assert.equal(report.verdict.allowed, true);
    assert.equal(report.verdict.corsError, null);
    assert.ok(api.seen.some(s => s.method === 'GET' && s.origin === DEV_ORIGIN), JSON.stringify(api.seen));
  });

  it('reports the browser error when the server sends no Access-Control-Allow-Origin', async () => {
    const api = await startApi(() => ({}));
    servers.push(api);
    const report = await probe({ url: api.url, origin: DEV_ORIGIN });
    assert.ok(report);
    assert.equal(report.outcome, 'blocked');
    assert.equal(report.verdict.corsError, 'MissingAllowOriginHeader');
    assert.match(report.verdict.message ?? '', /has been blocked by CORS policy/);
  });

  it('sends a preflight for PUT and blames the missing method', async () => {
    const api = await startApi(() => ({ 'Access-Control-Allow-Origin': DEV_ORIGIN, 'Access-Control-Allow-Methods': 'GET, POST' }));
    servers.push(api);
    const report = await probe({ url: api.url, origin: DEV_ORIGIN, method: 'PUT' });
    assert.ok(report);
    assert.equal(report.verdict.preflightNeeded, true);
    assert.equal(report.verdict.corsError, 'MethodDisallowedByPreflightResponse');
    assert.ok(api.seen.some(s => s.method === 'OPTIONS' && s.requestMethod === 'PUT'), JSON.stringify(api.seen));
    assert.ok(!api.seen.some(s => s.method === 'PUT'), 'a PUT must not be sent without sendUnsafe');
  });

  it('prompts for the endpoint when run from the palette without arguments, and cancels cleanly', async () => {
    // The prompts start by looking for dev-server URLs in the workspace; a failure there is a
    // command that does nothing when the user picks it.
    let settled: { value?: unknown; error?: unknown } | undefined;
    vscode.commands.executeCommand('corsLens.probe').then(value => { settled = { value }; }, error => { settled = { error }; });
    const result = await waitFor(() => {
      if (!settled) void vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return settled;
    }, 'the prompt to open and be cancelled');
    assert.equal(result.error, undefined, `the command failed: ${String(result.error)}`);
    assert.equal(result.value, undefined, 'a cancelled prompt probes nothing');
  });

  it('opens the report beside the editor', async () => {
    const api = await startApi(() => ({ 'Access-Control-Allow-Origin': '*' }));
    servers.push(api);
    await probe({ url: api.url, origin: DEV_ORIGIN });
    const tabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs);
    const tab = await waitFor(() => tabs().find(t => t.input instanceof vscode.TabInputWebview), 'a webview tab')
      .catch(() => assert.fail(`no webview tab; tabs: ${tabs().map(t => t.label).join(' | ') || 'none'}`));
    assert.equal(tab.label, `CORS probe: GET ${api.url}`);
  });
});
