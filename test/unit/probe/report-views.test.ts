import * as assert from 'node:assert/strict';
import { escapeHtml, probeHtml } from '../../../src/extension/probe/html';
import { curlCommand, shellQuote } from '../../../src/probe/curl';
import { planRequest } from '../../../src/probe/plan';
import type { Report } from '../../../src/probe/probe';
import { reportText } from '../../../src/probe/report-text';
import { judge } from '../../../src/probe/verdict';
import type { ProbeRequest, WireResponse } from '../../../src/probe/types';

const XSS = '<img src=x onerror=alert(1)>';

function hostileReport(): Report {
  const request: ProbeRequest = { url: `http://127.0.0.1:5000/api?q="${XSS}`, origin: 'http://localhost:3000', method: 'GET', headers: [], credentials: 'omit' };
  const response: WireResponse & { statusText: string; body: string; bodyTruncated: boolean } = {
    status: 200, statusText: XSS, headers: [['Access-Control-Allow-Origin', XSS], [`X-${XSS}`, XSS]], body: `</pre>${XSS}<script>alert(2)</script>`, bodyTruncated: false,
  };
  return {
    request,
    plan: planRequest(request),
    verdict: judge(request, { actual: [response] }),
    outcome: 'blocked',
    steps: [{ kind: 'actual', hop: 0, request: { method: 'GET', url: request.url, headers: [['Origin', request.origin], ['X-Note', XSS]] }, response, elapsedMs: 3 }],
    hostile: [],
    security: [{ severity: 'high', title: XSS, detail: XSS, origins: [XSS] }],
    durationMs: 5,
  };
}

describe('probe report views', () => {
  it('escapes the five HTML specials', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every server- and user-provided value in the webview', () => {
    const html = probeHtml(hostileReport(), {
      nonce: 'abc123', cspSource: 'vscode-resource:', styleUri: 'vscode-resource:/media/probe.css', scriptUri: 'vscode-resource:/media/probe.js', sites: [{ label: XSS }],
    });
    assert.ok(!html.includes('<img'), 'raw <img> in the HTML');
    assert.ok(!html.includes('<script>alert'), 'raw inline script in the HTML');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal(html.match(/<script/g)?.length, 1, 'only our nonce script');
    assert.match(html, /<script nonce="abc123" src="vscode-resource:\/media\/probe.js"><\/script>/);
    assert.match(html, /content="default-src &#39;none&#39;; style-src vscode-resource:; script-src &#39;nonce-abc123&#39;;"/);
    assert.ok(!/\sstyle=/.test(html), 'inline styles would need unsafe-inline');
    // The verdict comes before the steps table.
    assert.ok(html.indexOf('class="verdict') < html.indexOf('<h2>Steps</h2>'));
  });

  it('quotes curl arguments for a POSIX shell', () => {
    assert.equal(shellQuote("it's"), `'it'\\''s'`);
    assert.equal(shellQuote('http://x/a'), 'http://x/a');
    assert.equal(shellQuote('$(rm -rf /)'), `'$(rm -rf /)'`);
    assert.equal(curlCommand({ method: 'OPTIONS', url: 'http://x/a b', headers: [['Origin', 'http://localhost:3000'], ['X-A', "a'b"]] }, 5000),
      `curl -i -X OPTIONS --max-time 5 -H 'Origin: http://localhost:3000' -H 'X-A: a'\\''b' 'http://x/a b'`);
    assert.equal(curlCommand({ method: 'HEAD', url: 'http://x/', headers: [] }), 'curl -i --head http://x/');
  });

  it('writes the verdict and Chrome line first in the text report', () => {
    const text = reportText(hostileReport());
    const lines = text.split('\n');
    assert.match(lines[1], /^BLOCKED at the actual: MultipleAllowOriginValues$/);
    assert.match(text, /Chrome console:\n {2}Access to fetch at/);
    assert.match(text, /\$ curl -i /);
  });

  it('shows terminal control characters a server sends as \\xNN', () => {
    const report = hostileReport();
    const step = report.steps[0];
    const evil = { ...report, steps: [{ ...step, response: { ...step.response!, statusText: 'OK\x1b]0;pwned\x07\x1b[2J' } }] };
    const text = reportText(evil);
    assert.ok(!/[\x1b\x07]/.test(text), 'no raw escape or bell reaches the terminal');
    assert.match(text, /OK\\x1b\]0;pwned\\x07\\x1b\[2J/);
  });
});
