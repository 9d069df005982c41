#!/usr/bin/env node
// Runs the compiled Mocha host suite inside a real VS Code 1.100.3 extension host, offline.
// Usage: node scripts/run-host-tests.js [--grep PATTERN]
// Env: HOST_TESTS_PATH (suite index, default out/test/host/suite/index.js), HOST_TIMEOUT_MS (180000),
//      HOST_KEEP_LOGS=1 (keep the run directory), VSCODE_HOST=latest (VS Code 1.139 on Node 24),
//      CODE_SERVER_DIR / CODE_SERVER_NODE (any other host).
// The last line is always `host-tests: N passed, N failed`.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const host = require('./lib/vscode-host');

const testsPath = path.resolve(host.ROOT, process.env.HOST_TESTS_PATH || 'out/test/host/suite/index.js');
const timeoutMs = Number(process.env.HOST_TIMEOUT_MS || 180_000);
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;

/** The examples are copied so tests may edit and save files without touching the repository. */
function prepareWorkspace(runDir) {
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(host.ROOT, 'examples'), workspace, { recursive: true });
  return workspace;
}

async function main() {
  if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} missing; run \`npm run build && npm run compile-tests\``);
  if (!fs.existsSync(path.join(host.ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js missing; run `npm run build`');
  const runDir = host.makeRunDir();
  const resultFile = path.join(runDir, 'result.json');
  const workspace = prepareWorkspace(runDir);
  let server;
  let browser;
  let code = 1;
  let finished = false;
  const started = Date.now();
  try {
    // These variables reach the extension host, where the suite reads them.
    server = await host.startServer(runDir, {
      CORS_LENS_HOST_RESULT: resultFile,
      CORS_LENS_HOST_GREP: grep || '',
      CORS_LENS_HOST_VERSION: host.hostVersion(),
    });
    browser = await host.launchBrowser();
    const page = await browser.newPage();
    let exited;
    const exitCode = new Promise((resolve) => { exited = resolve; });
    let done = false; // after the result, the closing workbench only logs its own teardown errors
    await page.exposeFunction('codeAutomationExit', (c) => { done = true; exited(Number(c)); });
    await page.exposeFunction('codeAutomationLog', (type, args) => { if (!done) host.printWorkbenchLog(type, args); });
    page.on('console', (msg) => { if (!done && msg.type() === 'error') host.printWorkbenchLog('browser', [msg.text()]); });
    const authority = await host.remoteAuthority(page, server.port);
    await page.goto(host.workbenchUrl(server.port, authority, workspace, [
      ['extensionDevelopmentPath', host.ROOT],
      ['extensionTestsPath', testsPath.replace(/\.js$/, '')],
    ]));
    let timer;
    code = await Promise.race([
      exitCode,
      server.exitPromise.then((e) => {
        if (!finished) console.error(`host-tests: server exited (${JSON.stringify(e)})`);
        return 1;
      }),
      new Promise((resolve) => {
        timer = setTimeout(() => { console.error(`host-tests: timed out after ${timeoutMs} ms`); resolve(1); }, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  } catch (err) {
    console.error(`host-tests: ${err.stack || err}`);
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    finished = true; // the server's exit is expected from here on
    if (server) server.stop();
  }
  const result = readResult(resultFile);
  if (code !== 0) {
    for (const line of host.diagnosticLogLines(runDir)) console.error(line);
    console.error(`host-tests: logs in ${runDir}`);
  } else if (!process.env.HOST_KEEP_LOGS) {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  console.log(`host-tests: took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // A suite that never reported (crashed at load) counts as one failure.
  const failed = result ? result.failed : (code === 0 ? 0 : 1);
  console.log(`host-tests: ${result ? result.passed : 0} passed, ${failed} failed`);
  process.exitCode = code === 0 && failed === 0 ? 0 : 1;
}

function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

main();
