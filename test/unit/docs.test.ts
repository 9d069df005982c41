// Keeps docs/rules in step with the rules: every rule has a page with the standard sections, the
// index lists each rule with its metadata, and every tagged example behaves as the page claims
// (```python example``` must produce the page's rule, ```python use-instead``` must not), and the
// "Fix safety" section names the applicability of every quick-fix those findings carry.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import type { Rule } from '../../src/analysis/rules/define-rule';
import { RULES } from '../../src/analysis/rules';

const DOCS = path.join(__dirname, '..', '..', '..', 'docs', 'rules');
const INDEX = 'README.md';

/** The file name the analyzer sees when the info string has no `file=NAME`. */
const DEFAULT_FILE: Record<string, string> = {
  python: 'app.py', py: 'app.py',
  js: 'server.js', javascript: 'server.js',
  ts: 'server.ts', typescript: 'server.ts',
};

interface CodeBlock {
  readonly lang: string;
  readonly kind?: 'example' | 'use-instead';
  readonly file?: string;
  readonly code: string;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
}

interface RulePage {
  readonly lines: string[];
  readonly h2: string[];
  /** The prose under each H2 (code blocks excluded). */
  readonly sections: Record<string, string>;
  readonly blocks: CodeBlock[];
}

/** Headings and fenced code blocks; a `##` inside a code block is code, not a heading. */
function parsePage(text: string): RulePage {
  const lines = text.split('\n');
  const h2: string[] = [];
  const sections: Record<string, string> = {};
  const blocks: CodeBlock[] = [];
  let open: { fence: string; info: string[]; line: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (open) {
      if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, '') === '') {
        const [lang = '', ...rest] = open.info;
        const kind = rest.find(t => t === 'example' || t === 'use-instead') as CodeBlock['kind'];
        const file = rest.find(t => t.startsWith('file='))?.slice('file='.length);
        blocks.push({ lang, kind, file, code: open.body.join('\n') + '\n', line: open.line });
        open = undefined;
      } else {
        open.body.push(line);
      }
      return;
    }
    const fence = /^(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (fence) {
      open = { fence: fence[1], info: fence[2].trim().split(/\s+/).filter(Boolean), line: i + 1, body: [] };
      return;
    }
    const heading = /^## (.+?)\s*$/.exec(line);
    if (heading) h2.push(heading[1]);
    else if (h2.length) sections[h2[h2.length - 1]] = (sections[h2[h2.length - 1]] ?? '') + line + '\n';
  });
  assert.equal(open, undefined, `unclosed code block opened at line ${open?.line}`);
  return { lines, h2, sections, blocks };
}

function readPage(id: string): RulePage {
  return parsePage(readFileSync(path.join(DOCS, `${id}.md`), 'utf8'));
}

/** `**Default severity:** error · **Category:** security · **Frameworks:** … · **Fixable:** yes` */
const HEADER = /^\*\*Default severity:\*\* (\S+) · \*\*Category:\*\* (\S+) · \*\*Frameworks:\*\* (.+) · \*\*Fixable:\*\* (yes|no)$/;

function pageHeader(page: RulePage) {
  const [, summary, header] = page.lines.filter(l => l.trim() !== '');
  const m = HEADER.exec(header ?? '');
  assert.ok(m, `third non-empty line must be the header line; got ${JSON.stringify(header)}`);
  return { summary, severity: m[1], category: m[2], frameworks: m[3], fixable: m[4] === 'yes' };
}

function expectedSections(rule: Rule): string[] {
  return ['What it does', 'Why it matters', 'Example', 'Fix', ...(rule.meta.fixable ? ['Fix safety'] : []), 'References'];
}

interface IndexRow {
  readonly id: string;
  readonly link: string;
  readonly description: string;
  readonly severity: string;
  readonly category: string;
  readonly frameworks: string;
  readonly fixable: string;
}

/** Rows of the index table whose first cell links a rule page: | [`id`](id.md) | … | */
function indexRows(): IndexRow[] {
  const text = readFileSync(path.join(DOCS, INDEX), 'utf8');
  return text.split('\n').flatMap(line => {
    const m = /^\|\s*\[`([^`]+)`\]\(([^)]+)\)\s*\|(.*)\|\s*$/.exec(line);
    if (!m) return [];
    const [description, severity, category, frameworks, fixable] = m[3].split(' | ').map(c => c.trim());
    return [{ id: m[1], link: m[2], description, severity, category, frameworks, fixable }];
  });
}

function summarize(findings: { ruleId: string }[]): string {
  return findings.map(f => f.ruleId).join(', ') || 'no findings';
}

describe('rule docs', () => {
  it('every page belongs to a rule', () => {
    const ids = new Set(RULES.map(r => r.meta.id));
    const orphans = readdirSync(DOCS).filter(f => f.endsWith('.md') && f !== INDEX && !ids.has(f.slice(0, -3)));
    assert.deepEqual(orphans, []);
  });

  describe(`docs/rules/${INDEX}`, () => {
    it('lists every rule once and nothing else', () => {
      const listed = indexRows().map(r => r.id);
      assert.deepEqual([...listed].sort(), RULES.map(r => r.meta.id).sort());
    });
    for (const rule of RULES) {
      it(`row for ${rule.meta.id} matches its metadata and page`, () => {
        const row = indexRows().find(r => r.id === rule.meta.id);
        assert.ok(row, `${rule.meta.id} is missing from the index`);
        assert.equal(row.link, `${rule.meta.id}.md`);
        assert.equal(row.description, rule.meta.description);
        assert.equal(row.severity, rule.meta.defaultSeverity);
        assert.equal(row.category, rule.meta.category);
        assert.equal(row.fixable, rule.meta.fixable ? 'yes' : 'no');
        assert.equal(row.frameworks, pageHeader(readPage(rule.meta.id)).frameworks);
      });
    }
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(`docs/rules/${id}.md`, () => {
      it('exists and is the page meta.docsUrl points to', () => {
        assert.ok(existsSync(path.join(DOCS, `${id}.md`)), `docs/rules/${id}.md is missing`);
        assert.ok(rule.meta.docsUrl.endsWith(`docs/rules/${id}.md`), rule.meta.docsUrl);
      });

      if (!existsSync(path.join(DOCS, `${id}.md`))) return;
      let page: RulePage;
      try {
        page = readPage(id);
      } catch (err) {
        it('parses', () => { throw err; });
        return;
      }

      it('title is the rule id, then the description and the metadata line', () => {
        assert.equal(page.lines[0], `# ${id}`);
        const header = pageHeader(page);
        assert.equal(header.summary.replace(/\.$/, ''), rule.meta.description);
        assert.equal(header.severity, rule.meta.defaultSeverity);
        assert.equal(header.category, rule.meta.category);
        assert.equal(header.fixable, rule.meta.fixable);
      });

      it('has the standard sections in order ("Fix safety" exactly when the rule can fix)', () => {
        assert.deepEqual(page.h2, expectedSections(rule));
      });

      it('has at least one example and one use-instead block', () => {
        assert.ok(page.blocks.some(b => b.kind === 'example'), 'no ```<lang> example``` block');
        assert.ok(page.blocks.some(b => b.kind === 'use-instead'), 'no ```<lang> use-instead``` block');
      });

      for (const block of page.blocks) {
        if (!block.kind) continue;
        const file = block.file ?? DEFAULT_FILE[block.lang];
        const claim = block.kind === 'example' ? `reports ${id}` : `does not report ${id}`;
        it(`${block.lang} ${block.kind} at line ${block.line} (${file}) ${claim}`, async () => {
          assert.ok(file, `unknown language "${block.lang}": add file=NAME to the info string`);
          const { findings, skipped } = await analyze({ file, text: block.code });
          assert.equal(skipped, undefined);
          const hits = findings.filter(f => f.ruleId === id);
          if (block.kind === 'example') {
            assert.ok(hits.length > 0, `expected ${id}; got ${summarize(findings)}`);
            // Whatever the quick-fixes are, "Fix safety" must name their applicability.
            const safety = page.sections['Fix safety'] ?? '';
            for (const applicability of new Set(hits.flatMap(f => f.fixes.map(x => x.applicability)))) {
              assert.ok(safety.includes(`**${applicability}**`), `a ${applicability} fix is offered but "Fix safety" never says **${applicability}**`);
            }
          } else {
            assert.deepEqual(hits.map(f => f.message), [], `must not report ${id}`);
          }
        });
      }
    });
  }
});
