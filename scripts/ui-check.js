#!/usr/bin/env node
// End-to-end check through the workbench UI, as a user sees it: the packaged VSIX installed in a
// VS Code 1.100.3 host, examples/flask/app.py opened with Quick Open, the squiggle's hover, the
// light bulb's quick fix, the CodeLens and hover of a CORS site, "CORS: Probe CORS endpoint" run
// from the palette against a local server, "CORS: Explain CORS error" on a pasted console line,
// and the "CORS Policies" view in the Explorer. Screenshots go to test-artifacts/ (see --readme to
// refresh docs/images/).
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
/** The /api/* resource of examples/flask/app.py: its allowlist does not name the dev origin. */
const API_SITE = 'r"/api/*"';
/** What Chrome prints when that resource answers a page on the dev origin. */
const CONSOLE_LINE = `Access to fetch at 'http://localhost:5000/api/account' from origin '${DEV_ORIGIN}' has been blocked by CORS policy: `
  + "No 'Access-Control-Allow-Origin' header is present on the requested resource.";

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

  await openFlaskApp(page);
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
  // The site's own hover (the simulated requests) joins the diagnostic's once computed.
  await page.locator('.monaco-hover', { hasText: 'CORS policy' }).waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
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

  // The CodeLens above each site, and the hover of the /api/* resource: the simulated requests.
  await page.locator('.codelens-decoration', { hasText: `CORS: ${DEV_ORIGIN}` }).first().waitFor();
  const api = sourcePosition(API_SITE);
  await goToLine(page, api.line, api.column + 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const siteHover = page.locator('.monaco-hover', { hasText: 'CORS policy' });
  await siteHover.waitFor({ state: 'visible' });
  await siteHover.locator('table').first().waitFor();
  await page.waitForTimeout(500); // the hover fades in
  const siteHoverShot = await shot(page, 'site-hover');
  await page.keyboard.press('Escape');
  log('the hover of a CORS site shows the simulated requests');

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

  // "CORS: Explain CORS error" with Chrome's console line pasted into the input box, run beside the
  // Flask app. In a browser the command does not read the clipboard unasked (that raises the
  // browser's permission error), so the input box comes first.
  await page.keyboard.press('Control+1'); // the first editor group, where app.py is
  await openFlaskApp(page);
  await goToLine(page, api.line, 1);
  await palette(page, '>CORS: Explain CORS error');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Explain CORS error' })
    .filter({ hasNotText: 'clipboard' }).first().click();
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-title', { hasText: 'CORS: Explain CORS error' }).waitFor();
  await input.fill(CONSOLE_LINE);
  await input.press('Enter');
  await page.locator('.tab', { hasText: 'CORS error explained' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const explanation = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  await explanation.locator('button.fix', { hasText: `Add ${DEV_ORIGIN} to allowed origins` }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await runCommand(page, 'Notifications: Clear All Notifications');
  const explainShot = await shot(page, 'explain');
  log('the explanation names the answering site and offers its fix');

  // The "CORS Policies" view in the Explorer (collapsed by default), one site expanded.
  await runCommand(page, 'View: Show Explorer');
  const folders = page.locator('.pane-header', { hasText: 'workspace' }).first();
  if (await folders.getAttribute('aria-expanded') === 'true') await folders.click();
  const header = page.locator('.pane-header', { hasText: 'CORS Policies' });
  await header.waitFor();
  if (await header.getAttribute('aria-expanded') !== 'true') await header.click();
  const tree = page.locator('.pane', { has: header });
  await tree.locator('.monaco-list-row', { hasText: 'Flask · flask' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const site = tree.locator('.monaco-list-row', { hasText: 'flask-cors /api/*' }).first();
  await site.locator('.monaco-tl-twistie').click();
  await tree.locator('.monaco-list-row', { hasText: 'malformed-origin' }).first().waitFor();
  await widenSideBar(page);
  await page.mouse.move(5, 5); // no hover tooltip over the tree
  const overviewShot = await shot(page, 'policy-overview');
  log('the CORS Policies view lists the back ends, a site\'s policy and its findings');
  return { hoverShot, reportShot, siteHoverShot, explainShot, overviewShot };
}

/** Quick Open the Flask example, as a user would (F1, then a file name instead of a command). */
async function openFlaskApp(page) {
  await palette(page, 'flask/app.py');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'app.py' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'app.py' }).first().waitFor();
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor();
}

/** Ctrl+G-style "go to line:column" through the palette. */
async function goToLine(page, line, column) {
  await palette(page, ':');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Drags the side bar's edge so the tree's descriptions (file:line, origins) fit. */
async function widenSideBar(page) {
  const box = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 260, y, { steps: 8 });
  await page.mouse.up();
}

/** 1-based line and 0-based column of `needle`'s `*` in the Flask example. */
function wildcardPosition(needle) {
  const { line, column } = sourcePosition(needle);
  return { line, column: column + needle.indexOf('*') };
}

/** 1-based line and 0-based column where `needle` starts in the Flask example. */
function sourcePosition(needle) {
  const source = fs.readFileSync(path.join(host.ROOT, 'examples/flask/app.py'), 'utf8').split('\n');
  const index = source.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`examples/flask/app.py has no line with ${needle}`);
  return { line: index + 1, column: source[index].indexOf(needle) };
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
    const shots = await run(page, apiUrl);
    if (process.argv.includes('--readme')) {
      fs.mkdirSync(README_IMAGES, { recursive: true });
      fs.copyFileSync(shots.hoverShot, path.join(README_IMAGES, 'squiggle-hover.png'));
      fs.copyFileSync(shots.reportShot, path.join(README_IMAGES, 'probe-report.png'));
      fs.copyFileSync(shots.siteHoverShot, path.join(README_IMAGES, 'site-hover.png'));
      fs.copyFileSync(shots.explainShot, path.join(README_IMAGES, 'explain-error.png'));
      fs.copyFileSync(shots.overviewShot, path.join(README_IMAGES, 'policy-overview.png'));
      log('copied the screenshots to docs/images/');
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
