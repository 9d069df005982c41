import * as assert from 'node:assert/strict';
import { LIBRARIES } from '../../../src/analysis/model/libraries';
import { globToRegex, strengthen } from '../../../src/analysis/fixes/regex';
import { regexWeaknesses } from '../../../src/analysis/rules/regex-weakness';
import { analyze } from '../../../src/analysis/analyze';

async function weakRegexFixes(origin: string) {
  const text = `const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ${origin} }));\n`;
  const { findings } = await analyze({ file: 'server.js', text });
  const weak = findings.filter(f => f.ruleId === 'weak-regex');
  assert.ok(weak.length > 0, `no weak-regex finding for ${origin}`);
  return weak.flatMap(f => f.fixes.map(x => x.edits.map(e => e.text).join('')));
}

describe('fixes/regex', () => {
  describe('strengthen', () => {
    const cases: Array<[string, keyof typeof LIBRARIES, string, string[]]> = [
      ['^https://app.example.com', 'django-cors-headers', '^https://app\\.example\\.com(:\\d+)?$', ['escape the dots', 'anchor the pattern']],
      ['^https://(app|admin).example.com$', 'flask-cors', '^https://(app|admin)\\.example\\.com$', ['escape the dots']],
      ['https://.*example\\.com', 'starlette', 'https://([a-z0-9-]+\\.)*example\\.com', ['require a dot before the domain']],
      ['example\\.com$', 'express-cors', '^https?://([a-z0-9-]+\\.)*example\\.com$', ['anchor the pattern']],
      ['\\.example\\.com$', 'express-cors', '^https?://([a-z0-9-]+\\.)+example\\.com$', ['anchor the pattern']],
      ['https://[a-z.]+\\.example\\.com', 'express-cors', '^https://[a-z.]+\\.example\\.com(:\\d+)?$', ['anchor the pattern']],
      // A pattern that names no port also took the origin with one; one that names a port did not.
      ['localhost', 'express-cors', '^https?://([a-z0-9-]+\\.)*localhost(:\\d+)?$', ['anchor the pattern']],
      ['^http://localhost:\\d+', 'flask-cors', '^http://localhost:\\d+$', ['anchor the pattern']],
    ];
    for (const [input, lib, output, changes] of cases) {
      it(`${lib}: ${input}`, () => {
        const r = strengthen(input, LIBRARIES[lib]);
        assert.equal(r.pattern, output);
        assert.deepEqual(r.changes, changes);
        assert.deepEqual(regexWeaknesses(r.pattern, LIBRARIES[lib]).map(w => w.what), []);
      });
    }
    it('leaves a sound pattern alone', () => {
      assert.deepEqual(strengthen('^https://app\\.example\\.com$', LIBRARIES['flask-cors']).changes, []);
    });
  });

  describe('globToRegex', () => {
    it('a leading *. means one or more sub-domain labels', () => {
      const re = new RegExp(globToRegex('https://*.example.com')!);
      assert.ok(re.test('https://app.example.com'));
      assert.ok(re.test('https://a.b.example.com'));
      assert.ok(!re.test('https://example.com'));
      assert.ok(!re.test('https://app.example.com.evil.example'));
      assert.ok(!re.test('https://evilexample.com'));
    });
    it('a * inside a label stays inside the label', () => {
      const re = new RegExp(globToRegex('https://pr-*.preview.example.com:8443')!);
      assert.ok(re.test('https://pr-12.preview.example.com:8443'));
      assert.ok(!re.test('https://pr-1.x.preview.example.com:8443'));
    });
    it('is undefined for anything that is not a scheme://host glob', () => {
      assert.equal(globToRegex('https://example.com'), undefined);
      assert.equal(globToRegex('*.example.com'), undefined);
    });
  });

  describe('weakRegexFix', () => {
    it('keeps the origin the pattern was written for, with its port', async () => {
      assert.deepEqual(await weakRegexFixes('/\\.example\\.com/'), ['/^https?:\\/\\/([a-z0-9-]+\\.)+example\\.com(:\\d+)?$/']);
    });
    it('offers nothing for a top-level alternation, where anchors would bind to one alternative', async () => {
      assert.deepEqual(await weakRegexFixes('/localhost|127\\.0\\.0\\.1/'), []);
    });
  });
});
