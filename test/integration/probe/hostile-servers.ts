// Raw TCP servers that break HTTP on purpose, for the probe's robustness tests. They write bytes
// by hand so each failure is exact, and unref everything they own (listener, accepted sockets,
// timers): `process.getActiveResourcesInfo()` then shows only what the probe left behind.
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import { SYSTEM_PYTHON } from '../../servers/launch';

export interface HostileServer {
  /** http://127.0.0.1:port */
  readonly base: string;
  close(): Promise<void>;
}

export interface Connection {
  readonly socket: net.Socket;
  /** Runs `fn` after `ms` unless the connection has closed by then. */
  later(ms: number, fn: () => void): void;
}

/** Called once per request head (the probe sends no request bodies). */
export type Behaviour = (head: string, conn: Connection) => void;

/** A server that calls `onAccept` for each connection, or `behaviour` for each request head on it. */
export async function startHostileServer(behaviour: Behaviour | { onAccept(socket: net.Socket): void }): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    socket.unref();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (typeof behaviour !== 'function') return behaviour.onAccept(socket);
    const timers = new Set<NodeJS.Timeout>();
    socket.on('close', () => timers.forEach(clearTimeout));
    const conn: Connection = {
      socket,
      later(ms, fn) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!socket.destroyed) fn();
        }, ms);
        timer.unref();
        timers.add(timer);
      },
    };
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (let end = buffered.indexOf('\r\n\r\n'); end >= 0; end = buffered.indexOf('\r\n\r\n')) {
        const head = buffered.slice(0, end);
        buffered = buffered.slice(end + 4);
        behaviour(head, conn);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    base: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** `OPTIONS` with Access-Control-Request-Method: a preflight. */
export function isPreflight(head: string): boolean {
  return head.startsWith('OPTIONS ') && /\r\naccess-control-request-method:/i.test(head);
}

/** One response as it goes on the wire; the connection stays open unless the headers say close. */
export function response(statusLine: string, headers: ReadonlyArray<readonly [string, string]>, body = ''): string {
  const lines = [`HTTP/1.1 ${statusLine}`, ...headers.map(([n, v]) => `${n}: ${v}`), `Content-Length: ${Buffer.byteLength(body)}`];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * A port whose connections never complete: a listener with a backlog of 0 that never accepts, its
 * queue taken by one connection of ours, so the kernel drops every later SYN. Node always
 * accepts, hence Python.
 */
export async function startFullBacklog(): Promise<HostileServer> {
  const script = 'import socket, sys\ns = socket.socket()\ns.bind(("127.0.0.1", 0))\ns.listen(0)\nprint(s.getsockname()[1], flush=True)\nsys.stdin.read()';
  const child = spawn(SYSTEM_PYTHON, ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
  });
  const filler = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => filler.once('connect', resolve).once('error', reject));
  filler.unref();
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      filler.destroy();
      child.stdin.end();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
