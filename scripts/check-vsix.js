#!/usr/bin/env node
// Installs the packaged VSIX into a fresh VS Code 1.100.3 host (as `code --install-extension`
// would), opens a Flask file and checks the extension activates from the package and reports.
// Usage: npm run package && npm run compile-tests && node scripts/check-vsix.js [path.vsix]
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const host = require('./lib/vscode-host');

const pkg = JSON.parse(fs.readFileSync(path.join(host.ROOT, 'package.json'), 'utf8'));
const vsix = path.resolve(process.argv[2] || path.join(host.ROOT, `${pkg.name}-${pkg.version}.vsix`));
const checkModule = path.join(host.ROOT, 'out/test/host/vsix/index');
const TIMEOUT_MS = 120_000;

const FLASK_APP = `from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app)
`;

async function main() {
  for (const f of [vsix, `${checkModule}.js`]) if (!fs.existsSync(f)) throw new Error(`${f} missing`);
  const runDir = host.makeRunDir();
  const { extensions } = host.dirsOf(runDir);
  console.log(`check-vsix: installing ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KB)`);
  console.log((await host.runServerCli(runDir, ['--install-extension', vsix])).trim());
  // The worker is a second entry file: a VSIX without it would analyse on the extension host's thread.
  const installed = fs.readdirSync(extensions).find((d) => d.startsWith(`${pkg.publisher}.${pkg.name}-`));
  for (const file of ['dist/extension.js', 'dist/analysis-worker.js']) {
    if (!installed || !fs.existsSync(path.join(extensions, installed, file))) throw new Error(`the installed VSIX has no ${file}`);
  }

  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(workspace, 'app.py'), FLASK_APP);
  // The tests path needs an (empty) development path beside it; the extension itself comes from the install.
  const emptyDev = path.join(runDir, 'no-dev-extension');
  fs.mkdirSync(emptyDev);
  const resultFile = path.join(runDir, 'result.json');

  const server = await host.startServer(runDir, {
    CORS_LENS_HOST_RESULT: resultFile,
    CORS_LENS_EXPECT_EXTENSIONS_DIR: extensions,
  });
  const browser = await host.launchBrowser().catch((err) => { server.stop(); throw err; });
  let code = 1;
  let timer;
  try {
    const page = await browser.newPage();
    let exited;
    const exitCode = new Promise((resolve) => { exited = resolve; });
    await page.exposeFunction('codeAutomationExit', (c) => exited(Number(c)));
    await page.exposeFunction('codeAutomationLog', host.printWorkbenchLog);
    const authority = await host.remoteAuthority(page, server.port);
    await page.goto(host.workbenchUrl(server.port, authority, workspace, [
      ['extensionDevelopmentPath', emptyDev],
      ['extensionTestsPath', checkModule],
    ]));
    code = await Promise.race([exitCode, new Promise((resolve) => { timer = setTimeout(() => resolve(1), TIMEOUT_MS); })]);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
    server.stop();
  }
  if (code !== 0 || !fs.existsSync(resultFile)) {
    for (const line of host.diagnosticLogLines(runDir)) console.error(line);
    console.error(`check-vsix: FAILED (exit ${code}); logs in ${runDir}`);
    process.exitCode = 1;
    return;
  }
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  console.log(`check-vsix: ${pkg.name} ${r.version} activated from the VSIX on ${r.activationEvent}`);
  const t = r.timing;
  console.log(`check-vsix: bundle load ${t.loadMs.toFixed(1)} ms, activate() ${t.activateMs.toFixed(1)} ms, `
    + `load→activated ${t.loadToActivatedMs.toFixed(1)} ms; first diagnostics ${r.firstDiagnosticsMs.toFixed(0)} ms after opening app.py`);
  console.log(`check-vsix: diagnostics: ${r.diagnostics.join(', ')}; analyses run in ${r.analysisMode === 'worker' ? 'a worker thread' : 'the extension host\'s thread'}`);
  fs.rmSync(runDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`check-vsix: ${err.stack || err}`);
  process.exitCode = 1;
});
