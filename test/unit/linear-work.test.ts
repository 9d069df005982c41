// Shapes that used to cost seconds because some step was quadratic, cubic or exponential: each runs at
// a size that used to take seconds (2.6 s to 40 s) and must finish fast with the same findings. The
// bound is 1.5 s, or 20 times tree-sitter's parse of the same text when a loaded machine makes even
// the parse slow; the times are logged so a creeping cost shows before it fails.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyze, type AnalysisResult } from '../../src/analysis/analyze';
import { languageFromPath, withTree } from '../../src/analysis/parse/parser';
import { fewQuantifiers, linearMatcher } from '../../src/analysis/parse/linear-regex';
import { Budget, DEFAULT_LIMITS, withBudget } from '../../src/analysis/budget';

const BOUND_MS = 1500;
const PARSES = 20;

async function timed(label: string, file: string, text: string): Promise<AnalysisResult> {
  await analyze({ file, text: text.slice(0, 200) }); // the grammar loads once, outside the bound
  let t = performance.now();
  await withTree(text, languageFromPath(file)!, () => undefined);
  const parse = performance.now() - t;
  t = performance.now();
  const result = await analyze({ file, text });
  const ms = performance.now() - t;
  const bound = Math.max(BOUND_MS, PARSES * parse);
  console.log(`      ${label}: ${ms.toFixed(0)} ms (parse ${parse.toFixed(0)} ms, bound ${bound.toFixed(0)} ms)`);
  assert.equal(result.skipped, undefined);
  assert.ok(ms < bound, `${label} took ${ms.toFixed(0)} ms`);
  return result;
}

/** The exact origins of the hand-written sites, in order. */
function writtenOrigins(result: AnalysisResult): string[][] {
  return result.model.sites
    .filter(s => s.framework === 'hand-written')
    .map(s => s.origins.entries.map(e => (e.kind === 'exact' ? e.value : e.kind)));
}

describe('linear work on large inputs', function () {
  this.timeout(60_000);

  it('keeps the last of 200 setHeader writes in one Express handler, and the one an early return sends', async () => {
    const writes = (from: number, to: number) => Array.from({ length: to - from }, (_, k) =>
      `  res.setHeader('Access-Control-Allow-Origin', 'https://o${from + k}.example.com');`);
    const text = [
      "const express = require('express');",
      'const app = express();',
      "app.get('/x', (req, res) => {",
      ...writes(0, 100),
      "  if (req.query.early) { res.send('early'); return; }",
      ...writes(100, 200),
      "  res.send('ok');",
      '});',
    ].join('\n');
    const result = await timed('200 setHeader writes', 'server.js', text);
    assert.deepEqual(writtenOrigins(result), [['https://o99.example.com', 'https://o199.example.com']]);
  });

  it('keeps the last of 140 Django response[...] writes in one view', async () => {
    const text = [
      'from django.http import HttpResponse',
      '',
      'def view(request):',
      '    response = HttpResponse("ok")',
      ...Array.from({ length: 140 }, (_, i) => `    response["Access-Control-Allow-Origin"] = "https://o${i}.example.com"`),
      '    return response',
    ].join('\n');
    const result = await timed('140 Django header writes', 'views.py', text);
    assert.deepEqual(writtenOrigins(result), [['https://o139.example.com']]);
  });

  it('reports each of 800 @cross_origin() views once, with its fix', async () => {
    const views = Array.from({ length: 800 }, (_, i) => `@app.route("/p${i}")\n@cross_origin()\ndef view_${i}():\n    return "ok"\n`);
    const text = `from flask import Flask\nfrom flask_cors import cross_origin\n\napp = Flask(__name__)\n\n${views.join('\n')}`;
    const result = await timed('800 @cross_origin views', 'app.py', text);
    const wildcard = result.findings.filter(f => f.ruleId === 'wildcard-origin');
    assert.equal(wildcard.length, 800);
    assert.ok(wildcard.every(f => f.fixes.length > 0));
  });

  it('reports each of 800 cors() mounts once', async () => {
    const mounts = Array.from({ length: 800 }, (_, i) => `app.use('/p${i}', cors({ origin: '*' }));`);
    const text = `const express = require('express');\nconst cors = require('cors');\nconst app = express();\n${mounts.join('\n')}\n`;
    const result = await timed('800 cors mounts', 'server.js', text);
    assert.equal(result.findings.filter(f => f.ruleId === 'wildcard-origin').length, 800);
  });

  it('orders 400 cors mounts after 400 routes against the route each one covers, with a move fix each', async () => {
    const routes = Array.from({ length: 400 }, (_, i) => `app.get('/r${i}', (req, res) => res.send('ok'));`);
    const mounts = Array.from({ length: 400 }, (_, i) => `app.use('/r${i}', cors({ origin: 'https://app.example.com' }));`);
    const text = `const express = require('express');\nconst cors = require('cors');\nconst app = express();\n${[...routes, ...mounts].join('\n')}\n`;
    const result = await timed('400 mounts after 400 routes', 'server.js', text);
    const order = result.findings.filter(f => f.ruleId === 'middleware-order');
    assert.equal(order.length, 400);
    // Each mount's related route is the route at its own path, not merely the first route of the app.
    const at = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    assert.match(at(order[7].related[0].range), /^app\.get\('\/r7'/);
    assert.ok(order.every(f => f.fixes.length === 1));
  });

  it('follows the Origin through 2,000 chained .trim() calls and 12,000 `||` terms, and a header value in 500 nested arrows', async () => {
    const handler = (value: string, before = '') => [
      "const express = require('express');",
      'const app = express();',
      'app.use((req, res, next) => {',
      before,
      `  res.setHeader('Access-Control-Allow-Origin', ${value});`,
      '  next();',
      '});',
    ].join('\n');
    // Each reflects the request's Origin without Vary: found through the whole chain.
    const trim = await timed('2,000 .trim() calls', 'trim.js', handler(`req.headers.origin${'.trim()'.repeat(2000)}`));
    assert.deepEqual(trim.findings.map(f => f.ruleId).filter(r => r === 'missing-vary'), ['missing-vary']);
    const or = await timed('12,000 || terms', 'or.js', handler(`req.headers.origin${' || "a"'.repeat(12_000)}`));
    assert.deepEqual(or.findings.map(f => f.ruleId).filter(r => r === 'missing-vary'), ['missing-vary']);
    const arrows = await timed('500 nested arrows', 'arrows.js', handler(`${'((a) => [a, '.repeat(500)}origin${'])(req.query.a)'.repeat(500)}`, '  const origin = req.headers.origin;'));
    assert.equal(arrows.skipped, undefined);
  });

  it("follows an allowlist through a user's hostile .replace() pattern without running it on V8", async () => {
    const host = `${'a'.repeat(39)}.example.com`;
    const text = [
      "const express = require('express');",
      "const cors = require('cors');",
      'const app = express();',
      `const partners = ['https://${host}/'];`,
      `const known = partners.map((o) => o.replace(/^https:\\/\\/${'a?'.repeat(40)}${'a'.repeat(40)}$/, '').replace(/\\/$/, ''));`,
      'app.use(cors({ origin: known }));',
    ].join('\n');
    const result = await timed('hostile .replace pattern', 'server.js', text);
    // The hostile pattern cannot match (the linear engine says so), and the plain one still runs.
    assert.deepEqual(result.model.sites[0].origins.entries.map(e => (e.kind === 'exact' ? e.value : e.kind)), [`https://${host}`]);
  });

  it('tests hostile origin regexes without backtracking, with the verdicts a backtracking run gives', async () => {
    const a = `${'a?'.repeat(25)}${'a'.repeat(25)}`;
    const text = [
      "const express = require('express');",
      "const cors = require('cors');",
      'const app = express();',
      "app.use('/a', cors({ origin: /^(a?){25}a{25}$/ }));",
      `app.use('/b', cors({ origin: /^${a}.example.com$/ }));`,
      `app.use('/c', cors({ origin: /^https:\\/\\/${a}/ }));`,
      `app.use('/d', cors({ origin: new RegExp("^(a|a)*${'a'.repeat(30)}$") }));`,
    ].join('\n');
    const result = await timed('hostile origin regexes', 'server.js', text);
    const weak = result.findings.filter(f => f.ruleId === 'weak-regex').map(f => f.message);
    // The anchored patterns admit nothing unintended; the other two do, with an example that matches.
    assert.equal(weak.length, 2);
    assert.match(weak[0], /unescaped `\.`.*For example a{50}-example\.com is allowed/);
    assert.match(weak[1], /nothing anchors the end.*For example https:\/\/a{50}\.evil\.example is allowed/);
  });
});

describe('linearMatcher', () => {
  const PATTERNS = [
    '^https://.*\\.example\\.com$', '^https?://(www\\.)?example\\.com(:\\d+)?$', '[^a-c]+x', 'a{2,3}b', '\\bfoo\\b',
    '(?:ab|a)(?:bc|c)', '(?<n>ab)+$', '[\\d-z]+', 'x{', '\\x41\\u0042', '^$', 'a??b', '[]', '[^]', '[B-d]',
  ];
  const INPUTS = ['', 'a', 'ab', 'abc', 'aab', 'abx', 'AB', 'x{', 'a-b', 'foo bar', 'xfoo', 'Ab', 'bc', 'abbc',
    'https://example.com', 'https://www.example.com:8080', 'https://app.example.com', 'https://evil-example.com'];

  it('answers as RegExp.prototype.test does, with and without `i`', () => {
    for (const pattern of PATTERNS) {
      for (const ignoreCase of [false, true]) {
        const re = new RegExp(pattern, ignoreCase ? 'i' : '');
        const m = linearMatcher(pattern, ignoreCase);
        assert.ok(m, pattern);
        for (const input of INPUTS) assert.equal(m.test(input), re.test(input), `/${pattern}/${ignoreCase ? 'i' : ''} on ${JSON.stringify(input)}`);
      }
    }
  });

  it('runs patterns that make a backtracking engine take exponential time in milliseconds', () => {
    const t = performance.now();
    assert.equal(linearMatcher('^(a|a)*$', true)!.test(`${'a'.repeat(60)}!`), false);
    assert.equal(linearMatcher('^(a+)+$', false)!.test(`${'a'.repeat(2000)}!`), false);
    assert.equal(linearMatcher(`^${'a?'.repeat(40)}${'a'.repeat(40)}$`, false)!.test('a'.repeat(40)), true);
    assert.ok(performance.now() - t < 500);
  });

  it('answers undefined, not false, once the analysis budget for matching is spent, and says so in `incomplete`', () => {
    const b = new Budget('settings.py', { ...DEFAULT_LIMITS, matchSteps: 50_000 });
    const long = linearMatcher(`.*${'a'.repeat(2000)}x`, false)!;
    const input = 'a'.repeat(2000);
    withBudget(b, () => {
      assert.equal(linearMatcher('^https://a\\.test$', false)!.test('https://a.test'), true);
      assert.equal(long.test(input), undefined);
      // Spent for the rest of the analysis: even a small match is no longer run.
      assert.equal(linearMatcher('^https://a\\.test$', false)!.test('https://a.test'), undefined);
    });
    assert.match(b.incomplete().join('\n'), /settings\.py: some origin patterns were not tried on every origin/);
    // Outside an analysis each match has a fresh budget of its own (2,000 states × 500 characters fit in it).
    assert.equal(long.test('a'.repeat(500)), false);
  });

  it('lets V8 run only patterns with at most three quantifiers, none on a group', () => {
    for (const p of ['\\/$', '^https?:\\/\\/', '[a-z*+?]+\\.example', '\\d{1,3}']) assert.equal(fewQuantifiers(p), true, p);
    for (const p of ['(a|a)*', '(?:www\\.)?x', `${'a?'.repeat(4)}`, 'a+b+c+d+']) assert.equal(fewQuantifiers(p), false, p);
  });

  it('has no matcher for backreferences, lookaround or a pattern too large to expand', () => {
    for (const p of ['(a)\\1', '(?=a)b', '(?<!a)b', 'a{1000}{1000}']) assert.equal(linearMatcher(p, false), undefined, p);
  });
});
