#!/usr/bin/env node
// End-to-end check through the workbench UI, as a user sees it: the packaged VSIX installed in a
// VS Code 1.100.3 host, examples/flask/app.py opened with Quick Open, the squiggle's hover, the
// light bulb's quick fix, and "CORS: Probe CORS endpoint" run from the palette against a local
// server. Screenshots go to test-artifacts/ (see --readme to refresh docs/images/).
// Usage: npm run package && node scripts/ui-check.js [--readme] [--vsix other.vsix]
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const host = require('./lib/vscode-host');

const pkg = JSON.parse(fs.readFileSync(path.join(host.ROOT, 'package.json'), 'utf8'));
const vsixArg = process.argv.indexOf('--vsix');
const VSIX = vsixArg > 0 ? path.resolve(process.argv[vsixArg + 1]) : path.join(host.ROOT, `${pkg.name}-${pkg.version}.vsix`);
const ARTIFACTS = path.join(host.ROOT, 'test-artifacts');
const README_IMAGES = path.join(host.ROOT, 'docs/images');
const DEV_ORIGIN = 'http://localhost:3000';
const STEP_TIMEOUT_MS = 20_000;
/** The public-endpoints site of examples/flask/app.py, whose `*` draws the wildcard-origin warning. */
const WILDCARD = '"origins": "*"';

let step = 0;
function log(message) {
  console.log(`ui-check: ${message}`);
}

async function shot(page, name) {
  const file = path.join(ARTIFACTS, `ui-${++step}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(host.ROOT, file)}`);
  return file;
}

/** A back end that allows only the dev origin, for the probe to call. */
function startApi() {
  const server = http.createServer((req, res) => {
    const allowed = req.headers.origin === DEV_ORIGIN ? { 'Access-Control-Allow-Origin': DEV_ORIGIN, Vary: 'Origin' } : {};
    res.writeHead(200, { 'Content-Type': 'application/json', ...allowed });
    res.end('{"items":[]}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens the palette with F1 and types. Retried: keybindings arrive after the first paint, and a
 * late editor (the welcome walkthrough) can take the focus and close the palette.
 */
async function palette(page, text) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 2000 });
      await input.fill(text, { timeout: 2000 });
      return;
    } catch (err) {
      if (attempt === 5) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

async function runCommand(page, label) {
  await palette(page, `>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Answers one quick input: picks the row with `pick`, or types `type` into an input box. */
async function answer(page, { title, pick, type }) {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible' });
  if (pick !== undefined) {
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().click();
  } else {
    const input = widget.locator('input');
    await input.fill(type);
    await input.press('Enter');
  }
  // The next prompt reuses the widget; wait until this one's title is gone.
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'hidden' }).catch(() => {});
}

async function run(page, apiUrl) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the workspace once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'flask' }).waitFor({ timeout: 60_000 });

  // A fresh profile opens the welcome walkthrough a moment after startup, taking the focus; wait
  // for it and close it so the pictures show only the code.
  await page.locator('.tab', { hasText: /Walkthrough|Welcome/ }).first().waitFor({ timeout: 15_000 }).catch(() => {});
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.tab', { hasText: /Walkthrough|Welcome/ }).first().waitFor({ state: 'detached' });

  // Quick Open the Flask example, as a user would (F1, then a file name instead of a command).
  await palette(page, 'flask/app.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'app.py' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'app.py' }).waitFor();
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor();
  log('app.py is open with CORS Lens squiggles');

  // Cursor into the wildcard and show its hover (Ctrl+K Ctrl+I), where the mouse would.
  const wildcardLine = wildcardPosition(WILDCARD);
  await palette(page, ':');
  await page.keyboard.type(`${wildcardLine.line}:${wildcardLine.column + 1}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover', { hasText: "Any website can read this API's responses" });
  await hover.waitFor({ state: 'visible' });
  const hoverShot = await shot(page, 'squiggle-hover');
  await page.keyboard.press('Escape');

  // The light bulb's quick fix.
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: `Allow only ${DEV_ORIGIN}` });
  await fix.waitFor({ state: 'visible' });
  await shot(page, 'quick-fix');
  // The menu focuses the preferred fix; Enter applies it (a click would hit the menu's pointer guard).
  await page.keyboard.press('Enter');
  await page.locator('.view-lines', { hasText: `["${DEV_ORIGIN}"]` }).waitFor();
  log('quick fix applied: the wildcard is now the dev origin');

  // "CORS: Probe CORS endpoint" from the palette, answering its prompts.
  await palette(page, '>CORS: Probe CORS endpoint');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Probe CORS endpoint' }).first().waitFor();
  await shot(page, 'palette');
  await page.keyboard.press('Enter');
  const urlTitle = 'CORS probe: endpoint URL';
  await page.locator('.quick-input-title', { hasText: urlTitle }).waitFor();
  if (await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Another URL' }).isVisible()) {
    await answer(page, { title: urlTitle, pick: 'Another URL' });
  }
  await answer(page, { title: urlTitle, type: apiUrl });
  await answer(page, { title: "CORS probe: the page's origin", pick: DEV_ORIGIN });
  await answer(page, { title: 'CORS probe: method', pick: 'GET' });
  await answer(page, { title: 'CORS probe: request header 1', type: '' });
  await answer(page, { title: 'CORS probe: credentials mode', pick: 'omit' });
  await page.locator('.tab', { hasText: 'CORS probe:' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  // The report renders inside the webview's nested frames.
  const report = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  await report.locator('body', { hasText: /allowed/i }).waitFor({ timeout: STEP_TIMEOUT_MS });
  // Toasts (e.g. VS Code noticing a port) would cover the report.
  await runCommand(page, 'Notifications: Clear All Notifications');
  const reportShot = await shot(page, 'probe-report');
  log('the probe report opened beside the editor');
  return { hoverShot, reportShot };
}

/** 1-based line and 0-based column of `needle`'s `*` in the Flask example. */
function wildcardPosition(needle) {
  const source = fs.readFileSync(path.join(host.ROOT, 'examples/flask/app.py'), 'utf8').split('\n');
  const index = source.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`examples/flask/app.py has no line with ${needle}`);
  return { line: index + 1, column: source[index].indexOf(needle) + needle.indexOf('*') };
}

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`${path.basename(VSIX)} missing; run \`npm run package\` first`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const runDir = host.makeRunDir();
  log((await host.runServerCli(runDir, ['--install-extension', VSIX])).trim().split('\n').pop());
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(host.ROOT, 'examples'), workspace, { recursive: true });

  const api = await startApi();
  const apiUrl = `http://127.0.0.1:${api.address().port}/api/items`;
  const server = await host.startServer(runDir, {}).catch((err) => { api.close(); throw err; });
  const browser = await host.launchBrowser().catch((err) => { server.stop(); api.close(); throw err; });
  let ok = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const authority = await host.remoteAuthority(page, server.port);
    await page.goto(host.workbenchUrl(server.port, authority, workspace));
    const { hoverShot, reportShot } = await run(page, apiUrl);
    if (process.argv.includes('--readme')) {
      fs.mkdirSync(README_IMAGES, { recursive: true });
      fs.copyFileSync(hoverShot, path.join(README_IMAGES, 'squiggle-hover.png'));
      fs.copyFileSync(reportShot, path.join(README_IMAGES, 'probe-report.png'));
      log('copied the hover and report screenshots to docs/images/');
    }
    ok = true;
  } catch (err) {
    console.error(`ui-check: ${err.stack || err}`);
    for (const line of host.diagnosticLogLines(runDir)) console.error(line);
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(ARTIFACTS, 'ui-failure.png') }).catch(() => {});
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    api.close();
  }
  log(ok ? 'passed' : `FAILED; logs in ${runDir}, last screen in test-artifacts/ui-failure.png`);
  if (ok) fs.rmSync(runDir, { recursive: true, force: true });
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(`ui-check: ${err.stack || err}`);
  process.exitCode = 1;
});
