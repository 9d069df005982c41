// End to end: the examples' Flask and Express back ends run for real, Debian's Chromium fetches from a
// page, and each console line it prints is parsed and explained back to the line of the example that
// answered; the probe of the same request names the same site in its report.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { answerFor, explain, type ExplainWorkspace } from '../../../src/analysis/explain';
import type { SourceFile } from '../../../src/analysis/routes';
import { parseCorsError } from '../../../src/probe/cors-error-message';
import { probe } from '../../../src/probe/probe';
import { reportText } from '../../../src/probe/report-text';
import type { ProbeRequest } from '../../../src/probe/types';
import { CHROMIUM_PATH, fetchFromPage, launchChromium, startPageServer, type Chromium, type PageServer } from '../probe/chromium';
import { startServer, SYSTEM_PYTHON, type RunningServer } from '../../servers/launch';
import { workspace } from '../../unit/route-workspace';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (rel: string): SourceFile => ({ file: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') });

interface Case {
  readonly server: 'flask' | 'express';
  readonly path: string;
  readonly method: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly credentials: 'omit' | 'include';
  readonly error: string;
  readonly file: string;
  readonly line: number;
  readonly fix?: RegExp;
}

const CASES: readonly Case[] = [
  { server: 'flask', path: '/api/account', method: 'GET', headers: [], credentials: 'include', error: 'MissingAllowOriginHeader', file: 'examples/flask/app.py', line: 22, fix: /^Add http:\/\/localhost:\d+ to allowed origins$/ },
  { server: 'flask', path: '/api/account', method: 'PUT', headers: [['Content-Type', 'application/json']], credentials: 'include', error: 'PreflightMissingAllowOriginHeader', file: 'examples/flask/app.py', line: 22, fix: /^Add http:\/\/localhost:\d+ to allowed origins$/ },
  { server: 'flask', path: '/public/books', method: 'GET', headers: [], credentials: 'include', error: 'InvalidAllowCredentials', file: 'examples/flask/app.py', line: 27 },
  { server: 'flask', path: '/health', method: 'GET', headers: [], credentials: 'omit', error: 'MissingAllowOriginHeader', file: 'examples/flask/app.py', line: 24 },
  { server: 'express', path: '/api/public/latest', method: 'GET', headers: [], credentials: 'omit', error: 'MissingAllowOriginHeader', file: 'examples/express/server.js', line: 43, fix: /^Add http:\/\/localhost:\d+ to allowed origins$/ },
  { server: 'express', path: '/files/notes.txt', method: 'GET', headers: [], credentials: 'include', error: 'InvalidAllowCredentials', file: 'examples/express/server.js', line: 36 },
];

describe('explain on real Chromium messages from the examples', function () {
  this.timeout(120000);
  let page: PageServer;
  let chrome: Chromium;
  const servers = new Map<string, RunningServer>();
  let ws: ExplainWorkspace;
  let messages: Array<string | undefined>;
  let issues: Array<string | undefined>;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM_PATH), `Chromium is required: ${CHROMIUM_PATH} is missing.`);
    page = await startPageServer();
    servers.set('flask', await startServer('flask example', SYSTEM_PYTHON, [path.join(ROOT, 'examples/flask/app.py')]));
    servers.set('express', await startServer('express example', process.execPath, [path.join(ROOT, 'examples/express/server.js')]));
    // The developer's .env files name the ports the servers run on here.
    ws = await workspace([
      read('examples/flask/app.py'), read('examples/express/server.js'),
      { file: 'examples/flask/.env', text: `PORT=${servers.get('flask')!.port}\n` },
      { file: 'examples/express/.env', text: `PORT=${servers.get('express')!.port}\n` },
    ]);
    chrome = await launchChromium(page.origin);
    // A query per case keeps the console lines and DevTools issues of one path apart.
    const urls = CASES.map((c, i) => `http://localhost:${servers.get(c.server)!.port}${c.path}?case=${i}`);
    await fetchFromPage(chrome.page, CASES.map((c, i) => ({ url: urls[i], method: c.method, headers: c.headers, credentials: c.credentials })));
    const { consoleErrors, corsIssues } = chrome.diagnostics;
    for (let seen = -1, i = 0; seen !== consoleErrors.length + corsIssues.length && i < 40; i++) {
      seen = consoleErrors.length + corsIssues.length;
      await new Promise(r => setTimeout(r, 150));
    }
    messages = urls.map(u => consoleErrors.find(t => t.startsWith(`Access to fetch at '${u}'`)));
    issues = urls.map(u => corsIssues.find(x => x.url === u)?.corsError);
  });

  after(async () => {
    await chrome?.close();
    for (const s of servers.values()) s.stop();
    await page?.close();
  });

  CASES.forEach((c, i) => {
    it(`${c.method} ${c.server} ${c.path} (${c.error}) → ${c.file}:${c.line}`, async () => {
      const message = messages[i];
      assert.ok(message, `Chromium printed no console line for case ${i}: ${chrome.diagnostics.consoleErrors.join('\n')}`);
      const parsed = parseCorsError(message);
      assert.equal(parsed?.failure, c.error, message);
      assert.equal(parsed?.failure, issues[i], "DevTools' CORS issue names the same error");
      assert.equal(parsed?.origin, page.origin);
      const e = await explain(message, ws);
      assert.equal(e.site?.file, c.file, e.paragraph);
      assert.equal(e.site?.line, c.line, e.paragraph);
      assert.match(e.paragraph, new RegExp(`listens on port ${servers.get(c.server)!.port} \\(\\.env PORT=\\)`));
      if (c.fix) assert.match(e.fix?.title ?? '', c.fix, e.paragraph);

      const request: ProbeRequest = { url: parsed!.url, origin: page.origin, method: c.method, headers: c.headers, credentials: c.credentials };
      const report = await probe(request, { securityScan: false, timeoutMs: 5000 });
      assert.equal(report.verdict.corsError, c.error);
      const answer = await answerFor(report.request, report.verdict, ws);
      assert.equal(answer?.site.line, c.line);
      const text = reportText(report, 5000, { where: `${answer!.site.file}:${answer!.site.line}`, label: answer!.label, why: answer!.why, fixTitle: answer!.fix?.title });
      assert.match(text, new RegExp(`This answer came from ${c.file.replace(/\./g, '\\.')}:${c.line} `));
      if (c.fix) assert.match(text, /\nQuick fix: Add http:\/\/localhost:\d+ to allowed origins/);
    });
  });
});
