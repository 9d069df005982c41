import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lineEndAt, lineStarts, positionAt } from '../../src/analysis/model/range';
import { main } from '../../src/cli/main';
import { escapeHtml, probeHtml } from '../../src/extension/probe/html';
import { escapeMarkdown } from '../../src/extension/policy/markdown';
import { planRequest } from '../../src/probe/plan';
import type { ProbeRequest } from '../../src/probe/types';
import { judge } from '../../src/probe/verdict';

const FLASK = ['from flask import Flask', 'from flask_cors import CORS', '', 'app = Flask(__name__)', 'CORS(app, supports_credentials=True)', ''];

async function scanJson(file: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-pos-'));
  try {
    writeFileSync(path.join(dir, file), text);
    const out: string[] = [];
    await main(['scan', dir, '--format', 'json'], { out: s => out.push(s), err: () => undefined });
    return JSON.parse(out.join('\n')) as Array<{ rule: string; line: number; column: number; endLine: number }>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('positions as editors count them', () => {
  it('\\n, \\r\\n and a lone \\r each end one line', () => {
    const starts = lineStarts('a\nb\r\nc\rd');
    assert.deepEqual(starts, [0, 2, 5, 7]);
    assert.deepEqual(positionAt(starts, 7), { line: 4, column: 1 });
    assert.equal(lineEndAt('ab\r\ncd', 0), 2);
    assert.equal(lineEndAt('ab\rcd', 3), 5);
  });

  it('a byte-order mark is not a column', () => {
    const starts = lineStarts('\ufeffCORS(app)\nx');
    assert.deepEqual(positionAt(starts, 1), { line: 1, column: 1 }, 'the first character after the BOM');
    assert.deepEqual(positionAt(starts, 0), { line: 1, column: 1 }, 'the BOM itself');
    assert.deepEqual(positionAt(starts, 11), { line: 2, column: 1 });
  });

  for (const [name, eol, bom] of [['LF', '\n', ''], ['CRLF', '\r\n', ''], ['lone CR', '\r', ''], ['BOM + CRLF', '\r\n', '\ufeff']] as const) {
    it(`the CLI puts a finding on its line and column with ${name} line endings`, async () => {
      const findings = await scanJson('app.py', bom + FLASK.join(eol));
      const f = findings.find(x => x.rule === 'credentials-with-any-origin');
      assert.ok(f, JSON.stringify(findings));
      assert.equal(f.line, 5);
      assert.equal(f.column, 1);
      assert.equal(f.endLine, 5);
    });
  }
});

describe('bidi controls are shown, never obeyed', () => {
  const RLO = '\u202e';

  it('webview HTML and hover Markdown write each control as its code point', () => {
    assert.equal(escapeHtml(`a${RLO}b\u2066c\u200f`), 'a&lt;U+202E&gt;b&lt;U+2066&gt;c&lt;U+200F&gt;');
    assert.equal(escapeMarkdown(`x${RLO}y`), 'x\\<U\\+202E\\>y');
    assert.equal(escapeHtml('plain, no control'), 'plain, no control');
  });

  it('a server header value carrying an override cannot reorder the probe report', () => {
    const request: ProbeRequest = { url: 'http://127.0.0.1:5000/api', origin: 'http://localhost:3000', method: 'GET', headers: [], credentials: 'omit' };
    const response = { status: 200, statusText: `OK${RLO}dewolla`, headers: [['Access-Control-Allow-Origin', `${RLO}*`]] as [string, string][], body: RLO, bodyTruncated: false };
    const html = probeHtml({
      request, plan: planRequest(request), verdict: judge(request, { actual: [response] }), outcome: 'blocked',
      steps: [{ kind: 'actual', hop: 0, request: { method: 'GET', url: request.url, headers: [] }, response, elapsedMs: 1 }],
      hostile: [], security: [], durationMs: 1,
    }, { nonce: 'n', cspSource: 'c', styleUri: 's', scriptUri: 'j', sites: [] });
    assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(html), 'no raw bidi control reaches the webview');
    assert.ok(html.includes('&lt;U+202E&gt;*'));
  });
});
