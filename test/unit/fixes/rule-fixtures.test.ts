// Every quick-fix the rules offer on the rule fixtures (test/fixtures/rules), and every "Add origin"
// edit there, applied one at a time: the text still parses, the finding goes, nothing new appears.
// "Disable credentials" knowingly leaves the any-origin policy, now reported as a plain wildcard.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { addOriginActions } from '../../../src/analysis/fixes/add-origin';
import { applyFixes } from '../../../src/analysis/fixes/apply';
import { analyze } from '../../../src/analysis/analyze';
import type { Finding } from '../../../src/analysis/model/finding';
import { languageFromPath, withTree } from '../../../src/analysis/parse/parser';
import { readSource } from '../../../src/node/read-source';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'rules');

function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).sort().flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return fixtureFiles(full);
    return /\.(py|js|cjs|mjs|ts|tsx)$/.test(name) ? [full] : [];
  });
}

const key = (f: Finding) => `${f.file ?? ''} ${f.ruleId}: ${f.message}`;
const DOWNGRADES = new Set(['wildcard-origin', 'reflect-origin']);

describe('fixes on the rule fixtures', () => {
  for (const file of fixtureFiles()) {
    it(path.relative(FIXTURES, file), async () => {
      const text = readFileSync(file, 'utf8');
      const parses = (t: string, at: string) => withTree(t, languageFromPath(at)!, tree => !tree.rootNode.hasError);
      // A finding in a module the fixture imports is fixed in that module's text, and the fixture analysed over it.
      const run = (t: string, at = file) => {
        const read = (f: string) => (path.resolve(f) === path.resolve(at) ? t : readSource(f));
        return analyze({ file, text: at === file ? t : text }, { readFile: read });
      };
      const { model, findings } = await run(text);
      const count = (list: Finding[], f: Finding) => list.filter(x => key(x) === key(f)).length;

      for (const finding of findings) {
        const target = finding.file ?? file;
        const before = target === file ? text : readFileSync(target, 'utf8');
        const parsedBefore = await parses(before, target);
        for (const fix of finding.fixes) {
          const label = `${finding.ruleId} "${fix.title}"${target === file ? '' : ` in ${path.relative(FIXTURES, target)}`}`;
          const { text: fixed, skipped } = applyFixes(before, [fix]);
          assert.deepEqual(skipped, [], `${label}: its edits overlap`);
          if (parsedBefore) assert.ok(await parses(fixed, target), `${label}: the result does not parse:\n${fixed}`);
          const after = (await run(fixed, target)).findings;
          assert.ok(count(after, finding) < count(findings, finding), `${label}: the finding is still there`);
          const added = after.filter(f => count(after, f) > count(findings, f) && !(fix.title === 'Disable credentials' && DOWNGRADES.has(f.ruleId)));
          assert.deepEqual(added.map(key), [], `${label}: new findings`);
        }
      }
      const parsedBefore = await parses(text, file);

      // An origin added to an imported allowlist edits that module: covered by add-origin.test.ts.
      const adds = (m: typeof model, t: string) => addOriginActions(m, t, ['http://localhost:3000']).filter(a => a.fix && !a.explanation && !a.file);
      for (const action of adds(model, text)) {
        const { text: fixed } = applyFixes(text, [action.fix!]);
        if (parsedBefore) assert.ok(await parses(fixed, file), `add-origin: the result does not parse:\n${fixed}`);
        const after = await run(fixed);
        assert.ok(adds(after.model, fixed).length < adds(model, text).length, `add-origin at ${action.siteRange.start}: the origin is still not allowed`);
      }
    });
  }
});
