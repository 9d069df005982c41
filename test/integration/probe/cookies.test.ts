// The Cookie the user types stands for one host's cookie jar: it must never follow a redirect elsewhere.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { probe } from '../../../src/probe/probe';

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; base: string; seen: http.IncomingHttpHeaders[] }> {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    handler(req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('probe cookies (real sockets)', function () {
  this.timeout(10000);
  const servers: http.Server[] = [];
  after(() => servers.forEach(s => { s.closeAllConnections(); s.close(); }));

  it('sends the typed Cookie to the URL given, not to a host a redirect names', async () => {
    const other = await listen((_req, res) => {
      res.writeHead(200, { 'Access-Control-Allow-Origin': 'http://localhost:3000', 'Access-Control-Allow-Credentials': 'true' });
      res.end('{}');
    });
    const api = await listen((req, res) => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Origin': 'http://localhost:3000', 'Access-Control-Allow-Credentials': 'true' });
        res.end();
        return;
      }
      res.writeHead(307, { Location: `${other.base}/steal`, 'Access-Control-Allow-Origin': 'http://localhost:3000', 'Access-Control-Allow-Credentials': 'true' });
      res.end();
    });
    servers.push(other.server, api.server);
    const report = await probe(
      { url: `${api.base}/me`, origin: 'http://localhost:3000', method: 'GET', headers: [['Cookie', 'session=SECRET']], credentials: 'include' },
      { timeoutMs: 2000, securityScan: false },
    );
    assert.ok(report.steps.length >= 2, 'the redirect was followed');
    assert.equal(api.seen.find(h => h.cookie)?.cookie, 'session=SECRET', 'the API itself gets the cookie');
    assert.deepEqual(other.seen.map(h => h.cookie), [undefined], 'the redirect target gets none');
  });

  it('sends no Cookie with credentials "omit"', async () => {
    const api = await listen((_req, res) => {
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
      res.end('{}');
    });
    servers.push(api.server);
    await probe(
      { url: `${api.base}/x`, origin: 'http://localhost:3000', method: 'GET', headers: [['Cookie', 'session=SECRET']], credentials: 'omit' },
      { timeoutMs: 2000, securityScan: false },
    );
    assert.deepEqual(api.seen.map(h => h.cookie), [undefined]);
  });
});
