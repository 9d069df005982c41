// Values that used to take seconds to minutes, gigabytes, or the whole stack to evaluate: each is now
// read within the analysis' budget, the rest of its file is still analysed, and what was not followed
// is named in `incomplete`.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { Budget, DEFAULT_LIMITS, withBudget } from '../../src/analysis/budget';
import { withTree } from '../../src/analysis/parse/parser';
import { JsScope } from '../../src/analysis/values/javascript';
import { BUDGET_CASES } from './budget-cases';

/**
 * Processor time, not wall time: the suite shares two cores with other work, and what these cases
 * guard against is work (seconds to minutes of it), which waiting for a core does not add to.
 */
const MAX_CPU_MS = 2000;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number; wallMs: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

describe('analysis budget', () => {
  before(async () => {
    // Load both grammars first, so the first case is not timed loading one.
    await analyze({ file: 'warm.py', text: 'CORS_ALLOW_ALL_ORIGINS = True\n' });
    await analyze({ file: 'warm.js', text: "app.use(cors({ origin: '*' }));\n" });
  });

  for (const c of BUDGET_CASES) {
    it(`${c.name}: fast, and the file's other findings survive`, async () => {
      const { result, cpuMs, wallMs } = await timed(() => analyze({ file: c.file, text: c.text }));
      console.log(`      ${c.name} (${c.text.length.toLocaleString('en')} bytes): ${cpuMs.toFixed(0)} ms of processor, ${wallMs.toFixed(0)} ms wall`);
      assert.equal(result.skipped, undefined);
      assert.ok(result.findings.some(f => f.ruleId === c.survives), `${c.survives} is reported: ${result.findings.map(f => f.ruleId)}`);
      assert.ok(cpuMs < MAX_CPU_MS, `took ${cpuMs.toFixed(0)} ms of processor`);
      if (c.cut === undefined) {
        assert.equal(result.incomplete, undefined);
      } else {
        assert.ok(result.incomplete?.length, 'incomplete says what was not followed');
        const sentence = result.incomplete.find(s => s.includes(c.cut!));
        assert.ok(sentence, `incomplete names ${c.cut}: ${result.incomplete}`);
        assert.match(sentence, new RegExp(`^${c.file.replace(/\./g, '\\.')}:\\d+: the value of \`.+\` was not followed \\(.+\\)\\.$`));
      }
    });
  }

  it('says which limit cut a value', async () => {
    const reason = async (name: string) => (await analyze({ file: 'f', text: BUDGET_CASES.find(c => c.name.startsWith(name))!.text, language: name.startsWith('JS') ? 'javascript' : 'python' })).incomplete?.join(' ');
    assert.match(await reason('JS: 14 lines') ?? '', /grows past 100,000 characters/);
    assert.match(await reason('Python: 30 x ORIGINS') ?? '', /work budget was reached/);
    assert.match(await reason('JS: origin in arrays') ?? '', new RegExp(`nested more than ${DEFAULT_LIMITS.nesting} levels deep`));
    assert.match(await reason('JS: a minified bundle') ?? '', /too many names or modules in a row/);
  });

  it('still reads a literal once the whole analysis budget is spent', async () => {
    // Each list costs about half of a value's share; thirty of them are half as much again as the analysis' steps.
    const lists = Array.from({ length: 30 }, (_, i) => `const a${i} = [${Array.from({ length: 300 }, (_, j) => `'https://${j}.test'`).join(', ')}];`).join('\n');
    const costly = Array.from({ length: 30 }, (_, i) => `const l${i} = [${Array.from({ length: 12 }, () => `...a${i}`).join(', ')}];`).join('\n');
    const uses = Array.from({ length: 30 }, (_, i) => `app.use('/r${i}', cors({ origin: l${i} }));`).join('\n');
    const text = `const cors = require('cors');\n${lists}\n${costly}\n${uses}\napp.use(cors({ origin: '*' }));\n`;
    const { result, cpuMs } = await timed(() => analyze({ file: 'app.js', text }));
    assert.ok(result.findings.some(f => f.ruleId === 'wildcard-origin'));
    const cut = result.incomplete ?? [];
    assert.ok(!cut.some(s => s.includes('`l0`')), 'the first lists are read whole');
    assert.ok(cut.some(s => /^app\.js:\d+: the value of `l29` was not followed \(the analysis's work budget was reached\)\.$/.test(s)), String(cut));
    assert.ok(cpuMs < MAX_CPU_MS, `took ${cpuMs.toFixed(0)} ms of processor`);
  });

  it('lists at most 20 values and then how many more', async () => {
    const text = "const cors = require('cors');\n" + Array.from({ length: 30 }, (_, i) => `app.use('/r${i}', cors({ origin: ${'['.repeat(300)}'*'${']'.repeat(300)} }));`).join('\n');
    const { incomplete } = await analyze({ file: 'app.js', text });
    assert.equal(incomplete?.length, 21);
    assert.equal(incomplete[20], '10 more values were not followed either.');
  });

  it('reads a value defined in terms of itself as unknown, without calling it incomplete', async () => {
    const text = "const cors = require('cors');\nlet h = 'X-A';\nfor (const x of extra) h = h + ', ' + x;\napp.use((req, res, next) => { res.setHeader('Access-Control-Allow-Headers', h); next(); });\napp.use(cors({ origin: '*' }));\n";
    const result = await analyze({ file: 'app.js', text });
    assert.equal(result.incomplete, undefined);
    assert.ok(result.findings.some(f => f.ruleId === 'wildcard-origin'));
  });

  it('ends at an import cycle instead of overflowing the stack', async () => {
    const files: Record<string, string> = {
      '/p/app.py': 'from flask import Flask\nfrom flask_cors import CORS\nfrom config import Config\napp = Flask(__name__)\napp.config.from_object(Config)\nCORS(app, origins="*")\n',
      '/p/config.py': 'from settings import Config\n',
      '/p/settings.py': 'from config import Config\n',
    };
    const result = await analyze({ file: '/p/app.py', text: files['/p/app.py'] }, { readFile: f => files[f] });
    assert.equal(result.skipped, undefined);
    assert.ok(result.findings.some(f => f.ruleId === 'wildcard-origin'));
    assert.match(result.incomplete?.join(' ') ?? '', /^\/p\/app\.py:5: the value of `Config` was not followed/);
  });

  it('memoises: a value read by many extractors is computed once per analysis', async () => {
    const budget = new Budget('app.js');
    await withTree("const a = 'x';\nconst b = a + a;\nconst c = b + b;\n", 'javascript', tree => withBudget(budget, () => {
      const scope = JsScope.of(tree.rootNode);
      const c = scope.binding('c')!;
      const first = scope.eval(c);
      assert.equal(first.kind === 'str' && first.value, 'xxxx');
      assert.equal(scope.eval(c), first);
    }));
    assert.deepEqual(budget.incomplete(), []);
  });
});

describe('cors-lens scan says what the budget cut short', () => {
  it('prints each value not followed on stderr and still reports the file\'s findings', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { main } = await import('../../src/cli/main');
    const c = BUDGET_CASES.find(x => x.cut !== undefined && x.file.endsWith('.js'))!;
    const dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-budget-'));
    try {
      writeFileSync(path.join(dir, c.file), c.text);
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['scan', dir, '--format', 'json'], { out: s => out.push(s), err: s => err.push(s) });
      assert.equal(code, 1);
      assert.ok(JSON.parse(out.join('\n')).some((f: { rule: string }) => f.rule === c.survives), out.join('\n'));
      assert.ok(err.some(l => l.startsWith('cors-lens: ') && l.includes(c.cut!) && /not followed/.test(l)), err.join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
