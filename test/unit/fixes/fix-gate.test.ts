// fixFile / fixPasses only hand the CLI text that parses: a file with syntax errors is not fixed at
// all, and a fix whose result would not parse is dropped (and reported) while the others apply.
import * as assert from 'node:assert/strict';
import { fixFile, fixPasses } from '../../../src/analysis/fixes/fix-file';
import { parsesCleanly } from '../../../src/analysis/fixes/parses';
import type { Finding } from '../../../src/analysis/model/finding';

function finding(ruleId: string, at: number, insert: string): Finding {
  return {
    ruleId, severity: 'warning', message: ruleId, range: { start: at, end: at + 1 }, docsUrl: '', related: [],
    fixes: [{ title: `Insert ${insert.trim()}`, applicability: 'safe', preferred: true, edits: [{ range: { start: at, end: at }, text: insert }] }],
  };
}

describe('fixes: the syntax gate', () => {
  it('drops the fix that would break the syntax, applies the other, and never tries the broken one again', async () => {
    const text = 'a = 1\nb = 2\n';
    let analyses = 0;
    const r = await fixPasses(text, async now => {
      analyses++;
      const found = [finding('breaks', now.indexOf('1'), '(')];
      if (!now.includes('# ok')) found.push(finding('fine', now.indexOf('b'), '# ok\n'));
      return found;
    }, now => parsesCleanly(now, 'python'));
    assert.equal(r.text, 'a = 1\n# ok\nb = 2\n');
    assert.deepEqual(r.applied.map(a => a.ruleId), ['fine']);
    assert.deepEqual(r.rejected.map(a => a.ruleId), ['breaks']);
    assert.equal(r.unparsable, false);
    assert.ok(analyses <= 3, `re-analysed ${analyses} times`);
  });

  it('leaves a half-typed middleware alone instead of fixing it at module level', async () => {
    const text = 'from django.conf import settings\n\n\nclass CorsMiddleware:\n    def __call__(self, request)\n'
      + '        response = self.get_response(request)\n        origin = request.headers.get("Origin")\n'
      + '        if origin in settings.CORS_TRUSTED_ORIGINS:\n            response["Access-Control-Allow-Origin"] = origin\n        return response\n';
    const r = await fixFile({ file: 'middleware.py', text });
    assert.equal(r.unparsable, true);
    assert.equal(r.text, text);
    assert.deepEqual(r.applied, []);
    // The finding is still reported: only the edit is withheld.
    assert.ok(r.remaining.some(f => f.ruleId === 'missing-vary'));
  });
});
