// Starts the real framework servers as child processes in their own process groups, waits until
// they accept connections, and kills the whole group afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

/** Debian's interpreter: the python3 on PATH may be one that cannot import Debian's packages. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
/** test/servers in the source tree (this file runs from out/test/servers). */
export const SERVERS_DIR = path.resolve(__dirname, '../../../test/servers');

export interface RunningServer {
  readonly name: string;
  readonly base: string;
  readonly port: number;
  stop(): void;
  /** Everything the process printed, for failure messages. */
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Spawns `command args` with PORT (and `env`) set, resolving once the port accepts connections. */
export async function startServer(name: string, command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 30000): Promise<RunningServer> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port) };
  delete childEnv.PYTHONPATH;
  delete childEnv.PYTHONHOME;
  const child = spawn(command, args, { cwd: SERVERS_DIR, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const stopOnExit = () => killGroup(child);
  process.once('exit', stopOnExit);
  const server: RunningServer = {
    name, port, base: `http://127.0.0.1:${port}`,
    stop: () => { process.removeListener('exit', stopOnExit); killGroup(child); },
    output: () => output,
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await canConnect(port)) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.stop();
  throw new Error(`${name} did not start on port ${port}:\n${output}`);
}

export type FrameworkName = 'flask' | 'django' | 'fastapi' | 'express';

export function startFramework(name: FrameworkName, pageOrigin: string): Promise<RunningServer> {
  const env = { PAGE_ORIGIN: pageOrigin };
  switch (name) {
    case 'flask': return startServer(name, SYSTEM_PYTHON, ['flask_app.py'], env);
    case 'django': return startServer(name, SYSTEM_PYTHON, ['django_project/run.py'], env);
    case 'fastapi': return startServer(name, SYSTEM_PYTHON, ['fastapi_app.py'], env);
    case 'express': return startServer(name, process.execPath, ['express_app.js'], env);
  }
}
