// Walks test/fixtures/fixes: each case is a file whose first line names what to apply and a
// `<case>.fixed.<ext>` golden file with the expected result.
//   # fix: weak-regex                                 every weak-regex finding's preferred fix
//   # fix: wildcard-origin Disable credentials        the fix with that title instead
//   # fix: add-origin http://localhost:3000           "Add … to allowed origins" on every site
//   # fix: replace-wildcard http://localhost:3000     the separate action offered on wildcard sites
// Other files in a folder are modules a case imports. A case without a golden file expects no edit; `# explain: text` lines must appear in the explanations;
// `# then: rule-id` names a finding the fix knowingly leaves (credentials off leaves a plain wildcard).
// Each applied fix must leave text that parses, drop the finding it fixes, and add no other finding.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { addOriginActions } from '../../../src/analysis/fixes/add-origin';
import { applyFixes } from '../../../src/analysis/fixes/apply';
import { analyze } from '../../../src/analysis/analyze';
import type { Finding, Fix } from '../../../src/analysis/model/finding';
import { languageFromPath, withTree } from '../../../src/analysis/parse/parser';
import { readSource } from '../../../src/node/read-source';

const ROOT = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'fixes');
const SOURCE = /\.(py|js|ts|tsx)$/;

function cases(dir = ROOT): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cases(full);
    // Files without a `fix:` first line are modules a case imports (split Django settings).
    return SOURCE.test(name) && !name.includes('.fixed.') && /^\s*(#|\/\/)\s*fix:/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

interface Directive {
  readonly what: string;
  readonly arg: string;
  readonly explains: string[];
  readonly then: string[];
}

function directive(text: string): Directive {
  const lines = text.split('\n');
  const m = /^\s*(?:#|\/\/)\s*fix:\s*([\w-]+)\s*(.*?)\s*$/.exec(lines[0]);
  assert.ok(m, 'the first line must be `# fix: <rule-id | add-origin | replace-wildcard> [argument]`');
  const explains = lines.flatMap(l => /^\s*(?:#|\/\/)\s*explain:\s*(.+?)\s*$/.exec(l)?.[1] ?? []);
  const then = lines.flatMap(l => /^\s*(?:#|\/\/)\s*then:\s*([\w-]+)\s*$/.exec(l)?.[1] ?? []);
  return { what: m[1], arg: m[2], explains, then };
}

const key = (f: Finding) => `${f.ruleId}: ${f.message}`;

async function parsesCleanly(file: string, text: string): Promise<boolean> {
  return withTree(text, languageFromPath(file)!, tree => !tree.rootNode.hasError);
}

/** The fixes a case applies, and the rule whose findings must disappear (none for add-origin). */
async function chosenFixes(file: string, text: string, d: Directive): Promise<{ fixes: Fix[]; explanations: string[]; rule?: string }> {
  const { model, findings } = await analyze({ file, text }, { readFile: readSource });
  if (d.what === 'add-origin' || d.what === 'replace-wildcard') {
    const actions = addOriginActions(model, text, [d.arg]);
    assert.ok(actions.length > 0, 'no CORS site found');
    const wanted = actions.filter(a => a.fix && (d.what === 'add-origin' ? !a.explanation : a.explanation));
    return { fixes: wanted.map(a => a.fix!), explanations: actions.flatMap(a => a.explanation ?? []) };
  }
  const targets = findings.filter(f => f.ruleId === d.what);
  assert.ok(targets.length > 0, `no ${d.what} finding in the fixture; got ${findings.map(key).join(' | ') || 'nothing'}`);
  const fixes = targets.flatMap(f => f.fixes.filter(x => (d.arg ? x.title.startsWith(d.arg) : x.preferred)).slice(0, 1));
  return { fixes, explanations: [], rule: d.what };
}

describe('fix golden files', () => {
  for (const file of cases()) {
    const rel = path.relative(ROOT, file);
    it(rel, async () => {
      const text = readFileSync(file, 'utf8');
      const d = directive(text);
      const golden = file.replace(/\.(\w+)$/, '.fixed.$1');
      const { fixes, explanations, rule } = await chosenFixes(file, text, d);
      for (const e of d.explains) assert.ok(explanations.some(x => x.includes(e)), `no explanation contains "${e}"; got ${JSON.stringify(explanations)}`);

      if (!existsSync(golden) && (!process.env.UPDATE_GOLDEN || fixes.length === 0)) {
        assert.deepEqual(fixes.map(f => f.title), [], 'a case without a .fixed file expects no edit');
        return;
      }
      assert.ok(fixes.length > 0, 'no fix to apply');
      const result = applyFixes(text, fixes);
      assert.deepEqual(result.skipped.map(f => f.title), [], 'fixes collided');
      if (process.env.UPDATE_GOLDEN && !existsSync(golden)) writeFileSync(golden, result.text);

      assert.ok(await parsesCleanly(file, result.text), `the fixed text does not parse:\n${result.text}`);
      const before = (await analyze({ file, text }, { readFile: readSource })).findings;
      const after = (await analyze({ file, text: result.text }, { readFile: readSource })).findings;
      if (rule) assert.deepEqual(after.filter(f => f.ruleId === rule).map(key), [], 'the finding is still there');
      const old = new Set(before.map(key));
      assert.deepEqual(after.filter(f => !old.has(key(f)) && !d.then.includes(f.ruleId)).map(key), [], 'the fix introduced findings');
      for (const r of d.then) assert.ok(after.some(f => f.ruleId === r), `expected ${r} to remain after the fix`);
      if (d.what === 'add-origin') {
        const again = addOriginActions((await analyze({ file, text: result.text }, { readFile: readSource })).model, result.text, [d.arg]);
        assert.deepEqual(again.filter(a => a.fix && !a.explanation).map(a => a.title), [], 'the origin is still not allowed');
      }
      assert.equal(result.text, readFileSync(golden, 'utf8'));
    });
  }
});
