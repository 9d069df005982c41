// Walks every annotated fixture: `# expect: rule-id` (or `// expect: rule-id`) above a line that must
// produce that finding, `# ok` above a line that must stay clean of the folder's rule. Adding a case
// is adding a file; `todo-expect:` / `todo-ok` record known gaps without failing.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import type { Finding } from '../../src/analysis/model/finding';
import { lineStarts, positionAt } from '../../src/analysis/model/range';
import { readSource } from '../../src/node/read-source';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules');
const SOURCE = /\.(py|js|cjs|mjs|ts|tsx)$/;

interface Expectation {
  readonly line: number; // 1-based line of the code the annotation sits above
  readonly kind: 'expect' | 'ok' | 'todo-expect' | 'todo-ok';
  readonly rules: string[];
}

export function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return fixtureFiles(full);
    return SOURCE.test(name) && !name.includes('.fixed.') ? [full] : [];
  });
}

export function expectations(text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:#|\/\/)\s*((?:todo-)?(?:expect|ok))\b(?::\s*([\w\-, ]+))?\s*$/.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && (/^\s*(#|\/\/)/.test(lines[target]) || lines[target].trim() === '')) target++;
    const rules = (m[2] ?? '').split(',').map(s => s.trim()).filter(Boolean);
    out.push({ line: target + 1, kind: m[1] as Expectation['kind'], rules });
  });
  return out;
}

/**
 * Every fixture's findings, including those other fixtures found in it: an allowlist module is
 * judged where it is written when the file that imports it is analysed.
 */
export async function findingsByFile(files: readonly string[]): Promise<Map<string, { findings: Finding[]; skipped?: string }>> {
  const out = new Map<string, { findings: Finding[]; skipped?: string }>(files.map(f => [path.normalize(f), { findings: [] }]));
  for (const file of files) {
    const { findings, skipped } = await analyze({ file, text: readFileSync(file, 'utf8') }, { readFile: readSource });
    if (skipped) out.get(path.normalize(file))!.skipped = skipped;
    for (const f of findings) {
      const entry = out.get(path.normalize(f.file ?? file));
      const seen = (g: Finding) => g.ruleId === f.ruleId && g.range.start === f.range.start && g.range.end === f.range.end;
      if (entry && !entry.findings.some(seen)) entry.findings.push(f);
    }
  }
  return out;
}

describe('rule fixtures', () => {
  const files = fixtureFiles();
  let all: Promise<Map<string, { findings: Finding[]; skipped?: string }>> | undefined;
  it('exist', () => assert.ok(files.length > 0, `no fixtures under ${FIXTURES}`));
  for (const file of files) {
    const rel = path.relative(FIXTURES, file);
    const ruleId = rel.split(path.sep)[0];
    it(rel, async () => {
      const text = readFileSync(file, 'utf8');
      all ??= findingsByFile(files);
      const { findings, skipped } = (await all).get(path.normalize(file))!;
      assert.equal(skipped, undefined);
      const starts = lineStarts(text);
      const at = (line: number, rule: string) => findings.filter(f => f.ruleId === rule && positionAt(starts, f.range.start).line === line);
      const exp = expectations(text);
      assert.ok(exp.some(e => e.kind === 'expect' || e.kind === 'ok'), 'a fixture needs at least one annotation');
      for (const e of exp) {
        if (e.kind === 'expect') {
          for (const rule of e.rules) assert.ok(at(e.line, rule).length > 0, `line ${e.line}: expected ${rule}; got ${summarize(findings, starts)}`);
        } else if (e.kind === 'ok') {
          for (const rule of e.rules.length ? e.rules : [ruleId]) assert.deepEqual(at(e.line, rule).map(f => f.message), [], `line ${e.line}: must stay clean of ${rule}`);
        }
      }
      // A known false alarm (todo-ok) may fire; a known miss (todo-expect) may stay silent.
      const expectedLines = new Set(exp.filter(e => (e.kind === 'expect' && e.rules.includes(ruleId)) || e.kind === 'todo-ok').map(e => e.line));
      const unexpected = findings.filter(f => f.ruleId === ruleId && !expectedLines.has(positionAt(starts, f.range.start).line));
      assert.deepEqual(unexpected.map(f => `line ${positionAt(starts, f.range.start).line}: ${f.message}`), [], `unannotated ${ruleId} findings`);
    });
  }
});

function summarize(findings: { ruleId: string; range: { start: number } }[], starts: number[]): string {
  return findings.map(f => `${f.ruleId}@${positionAt(starts, f.range.start).line}`).join(', ') || 'nothing';
}
