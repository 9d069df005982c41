// A real node:http server whose answers each test case scripts: per-case preflight and actual
// responses (headers in order, duplicates kept), plus misbehaving endpoints for failure handling.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  readonly status: number;
  /** Sent in this order; `{self}` / `{other}` in a value become this server's 127.0.0.1 / other.localhost base. */
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  readonly body?: string;
}

export interface ScriptedCase {
  /** The answer to an OPTIONS request carrying Access-Control-Request-Method (default 404, no headers). */
  readonly preflight?: Reply;
  /** The answer to everything else (default 200 with no CORS headers). */
  readonly actual?: Reply;
}

export interface LoggedRequest {
  readonly id: string;
  readonly method: string;
  readonly preflight: boolean;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface ScriptedServer {
  readonly port: number;
  /** http://127.0.0.1:port */
  readonly base: string;
  define(id: string, c: ScriptedCase): void;
  readonly log: LoggedRequest[];
  close(): Promise<void>;
}

/** Endpoints that break HTTP in the ways the probe must survive. */
function edge(name: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const cors = ['Access-Control-Allow-Origin', '*'];
  switch (name) {
    case 'hang':
      return; // never answers
    case 'reset':
      req.socket.destroy();
      return;
    case 'oversized-headers':
      res.writeHead(200, [...cors, 'X-Big', 'a'.repeat(100 * 1024)]);
      res.end();
      return;
    case 'oversized-body': {
      res.writeHead(200, [...cors, 'Content-Type', 'text/plain']);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
      return;
    }
    case 'malformed':
      req.socket.end('HTTP/1.1 ??? Not a status\r\nAccess-Control-Allow-Origin: *\r\n\r\n');
      return;
    case 'lying-length':
      // Promises 1000 bytes, sends 5, hangs up.
      req.socket.end('HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: 1000\r\n\r\nhello');
      return;
    case 'slow-body':
      res.writeHead(200, cors);
      res.write('first bytes');
      return; // the rest never comes
    case 'early-hints':
    case 'early-hints-deny': {
      // Interim 103, then the real answer later than the probe waits for a body (500 ms). In the
      // -deny variant only the 103 carries Allow-Origin: the final answer must be the one judged.
      const deny = name === 'early-hints-deny';
      res.writeEarlyHints({ link: '</app.css>; rel=preload; as=style', ...(deny ? { 'access-control-allow-origin': '*' } : {}) });
      setTimeout(() => {
        res.writeHead(200, deny ? [] : cors);
        res.end('final');
      }, 600);
      return;
    }
    case 'garbage':
      req.socket.end('\x00\x01\x02 not http at all\r\n\r\n');
      return;
    default:
      res.writeHead(404);
      res.end();
  }
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const cases = new Map<string, ScriptedCase>();
  const log: LoggedRequest[] = [];
  let port = 0;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const edgeMatch = /^\/edge\/([\w-]+)$/.exec(path);
    if (edgeMatch) return edge(edgeMatch[1], req, res);
    const caseMatch = /^\/case\/([\w.-]+)$/.exec(path);
    const id = caseMatch?.[1] ?? '';
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    log.push({ id, method: req.method ?? '', preflight, headers: { ...req.headers } });
    const c = cases.get(id);
    const reply: Reply = (preflight ? c?.preflight : c?.actual) ?? (preflight || !c ? { status: 404 } : { status: 200, body: 'ok' });
    const flat = (reply.headers ?? []).flatMap(([n, v]) => [n, v
      .replace('{self}', `http://127.0.0.1:${port}`)
      .replace('{other}', `http://other.localhost:${port}`)]);
    req.resume();
    res.writeHead(reply.status, flat);
    res.end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    define: (id, c) => void cases.set(id, c),
    log,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
