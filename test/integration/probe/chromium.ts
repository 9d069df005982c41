// Debian's Chromium driven by playwright-core with only the flags the issue names (Playwright's
// defaults switch off network features that change CORS), and a page server for the origin.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CORS_LENS_CHROMIUM ?? '/usr/bin/chromium';

export interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves a blank page on localhost:3000, or on another free port when 3000 is taken. */
export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>CORS Lens differential page</title>');
  });
  const listen = (port: number) => new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!(await listen(3000))) await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** What DevTools shows for a blocked fetch: the console line and the CORS issue's error name. */
export interface ChromiumDiagnostics {
  readonly consoleErrors: string[];
  readonly corsIssues: Array<{ readonly url: string; readonly corsError: string }>;
}

export interface Chromium {
  readonly browser: Browser;
  readonly page: Page;
  readonly diagnostics: ChromiumDiagnostics;
  close(): Promise<void>;
}

export async function launchChromium(pageOrigin: string): Promise<Chromium> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cors-lens-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    ignoreDefaultArgs: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', `--user-data-dir=${userDataDir}`,
      // Playwright's transport to the browser; with ignoreDefaultArgs it must be passed by hand.
      '--remote-debugging-pipe', 'about:blank',
    ],
    timeout: 30000,
  });
  const context = browser.contexts()[0] ?? await browser.newContext();
  const page = await context.newPage();
  const diagnostics: ChromiumDiagnostics = { consoleErrors: [], corsIssues: [] };
  page.on('console', (m) => { if (m.type() === 'error') diagnostics.consoleErrors.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    const cors = issue.details.corsIssueDetails;
    if (cors) diagnostics.corsIssues.push({ url: cors.request.url ?? '', corsError: cors.corsErrorStatus.corsError });
  });
  await cdp.send('Audits.enable');
  await page.goto(`${pageOrigin}/`);
  return {
    browser, page, diagnostics,
    close: async () => {
      await browser.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserFetch {
  readonly url: string;
  readonly method: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly credentials: string;
}

/**
 * fetch() each request from the page, all at once: 'allowed' when it resolves (CORS is decided on
 * the headers), 'blocked' on TypeError, 'timeout' if Chromium has not decided within 10 s.
 */
export async function fetchFromPage(page: Page, requests: readonly BrowserFetch[]): Promise<Array<'allowed' | 'blocked' | 'timeout'>> {
  return page.evaluate(async (batch) => Promise.all(batch.map(async (r) => {
    try {
      // Runs in the browser; Node's RequestInit type lacks `cache`.
      const init = { method: r.method, headers: r.headers, credentials: r.credentials, mode: 'cors', cache: 'no-store', signal: AbortSignal.timeout(10000) };
      await fetch(r.url, init as unknown as RequestInit);
      return 'allowed' as const;
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timeout' as const : 'blocked' as const;
    }
  })), requests.map((r) => ({ ...r, headers: r.headers.map(([n, v]) => [n, v]) })));
}
