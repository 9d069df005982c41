import * as assert from 'node:assert/strict';
import { fixFile, fixPasses } from '../../../src/analysis/fixes/fix-file';
import type { Finding } from '../../../src/analysis/model/finding';

/** A finding at `at` whose safe preferred fix inserts `text` there. */
function finding(at: number, text: string, message = 'm'): Finding {
  return {
    ruleId: 'r', severity: 'warning', message, range: { start: at, end: at + 1 }, docsUrl: '', related: [],
    fixes: [{ title: 'Insert', applicability: 'safe', preferred: true, edits: [{ range: { start: at, end: at }, text }] }],
  };
}

describe('fixes/fix-file passes', () => {
  it('never re-applies a fix that left its finding in place', async () => {
    // The finding sits on `x` and stays wherever `x` moves: its fix does not remove it.
    const r = await fixPasses('x', async text => [finding(text.indexOf('x'), '!')]);
    assert.equal(r.text, '!x');
    assert.equal(r.applied.length, 1);
    assert.equal(r.remaining.length, 1);
  });

  it('still applies the same fix to another finding on a later pass', async () => {
    // Both findings insert at 0: the second collides on the first pass and gets its turn on the next.
    const r = await fixPasses('ab', async text => {
      const out: Finding[] = [];
      for (const c of ['a', 'b']) if (!text.includes(`${c}!`)) out.push({ ...finding(text.indexOf(c), `${c}!`), fixes: [{ ...finding(0, `${c}!`).fixes[0] }] });
      return out;
    });
    assert.equal(r.applied.length, 2);
    assert.equal(r.remaining.length, 0);
  });

  it('adds Vary once to a one-line Express middleware, inside the function', async () => {
    const text = 'const express = require("express");\nconst app = express();\n'
      + 'app.use(function (req, res, next) { res.header("Access-Control-Allow-Origin", req.headers.origin); next(); });\n';
    const r = await fixFile({ file: 'server.js', text });
    assert.deepEqual(r.applied.map(a => a.ruleId), ['missing-vary']);
    assert.equal(r.text, text.replace('origin); next', 'origin); res.vary("Origin"); next'));
  });
});
