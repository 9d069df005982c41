// Where the missing-vary fix puts `from django.utils.cache import patch_vary_headers` when the module
// has no top-level import to follow (test/fixtures/fixes/import-placement: `<case>.py` and its
// `<case>.fixed.py`). Python itself is the oracle: the fixed bytes compile, the coding line is
// still read, a shebang is still line 1 and the BOM still the first bytes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixFile } from '../../../src/analysis/fixes/fix-file';

const DIR = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'fixes', 'import-placement');
const IMPORT = 'from django.utils.cache import patch_vary_headers';

/** What CPython makes of the bytes: the encoding it reads them in, and whether they compile. */
function python(text: string): { encoding: string; compiles: boolean } | undefined {
  const script = 'import sys, io, tokenize\nb = sys.stdin.buffer.read()\nenc = tokenize.detect_encoding(io.BytesIO(b).readline)[0]\n'
    + 'try:\n    compile(b, "case.py", "exec"); ok = True\nexcept SyntaxError:\n    ok = False\nprint(enc, ok)';
  const r = spawnSync('python3', ['-c', script], { input: Buffer.from(text, 'utf8'), encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const [encoding, ok] = r.stdout.trim().split(' ');
  return { encoding, compiles: ok === 'True' };
}

async function fixed(file: string, text: string): Promise<string> {
  const r = await fixFile({ file, text });
  assert.deepEqual(r.applied.map(a => a.ruleId), ['missing-vary']);
  return r.text;
}

function assertPythonReadsItAlike(before: string, after: string) {
  const was = python(before);
  const now = python(after);
  if (!was || !now) return; // no python3 on this machine: the golden file still pins the placement
  assert.equal(was.compiles, true, 'the fixture itself must compile');
  assert.equal(now.compiles, true, `Python rejects the fixed text:\n${after}`);
  assert.equal(now.encoding, was.encoding, 'the coding line is no longer where Python reads it');
}

describe('fixes: where an added Python import goes', () => {
  const cases = readdirSync(DIR).filter(n => n.endsWith('.py') && !n.includes('.fixed.')).sort();
  it('has cases', () => assert.ok(cases.length >= 5));

  for (const name of cases) {
    it(name, async () => {
      const file = path.join(DIR, name);
      const text = readFileSync(file, 'utf8');
      const after = await fixed(file, text);
      const golden = file.replace(/\.py$/, '.fixed.py');
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, after);
      assert.equal(after, readFileSync(golden, 'utf8'));
      assert.equal(after.split(IMPORT).length, 2, 'the import is added once');
      if (text.startsWith('\uFEFF')) assert.ok(after.startsWith('\uFEFF') && !after.slice(1).includes('\uFEFF'), 'the BOM moved');
      if (text.startsWith('#!')) assert.equal(after.split('\n')[0], text.split('\n')[0], 'the shebang is no longer line 1');
      assertPythonReadsItAlike(text, after);
    });
  }

  it('writes the import with the file\'s CRLF line breaks', async () => {
    const file = path.join(DIR, 'shebang-coding.py');
    const text = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    const after = await fixed(file, text);
    assert.ok(!/(?<!\r)\n/.test(after), 'a bare \\n was inserted');
    assert.equal(after, readFileSync(file.replace(/\.py$/, '.fixed.py'), 'utf8').replace(/\n/g, '\r\n'));
    assertPythonReadsItAlike(text, after);
  });
});
