import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { runExplain } from '../../src/cli/explain';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const MISSING = (url: string) => `Access to fetch at '${url}' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: s => out.push(s), err: s => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cors-lens explain', () => {
  it('prints the paragraph and the fix, exit 0', async () => {
    const r = await run('explain', MISSING('http://localhost:5000/api/account'), EXAMPLES);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /The answer came from flask-cors at .*examples\/flask\/app\.py:22/);
    assert.match(r.out, /Quick fix \(unsafe\): Add http:\/\/localhost:3000 to allowed origins in .*app\.py; run again with --fix/);
  });

  it('--format json: site, cause, fix edits, 1-based lines', async () => {
    const r = await run('explain', MISSING('http://localhost:4000/api/public/latest'), EXAMPLES, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.explained, true);
    assert.equal(j.parsed.failure, 'MissingAllowOriginHeader');
    assert.equal(j.site.line, 43);
    assert.equal(j.site.framework, 'express-cors');
    assert.equal(j.site.backend.port.port, 4000);
    assert.equal(j.fix.title, 'Add http://localhost:3000 to allowed origins');
    assert.equal(j.fix.edits.length, 1);
  });

  it('--fix edits the file, and the same message then finds the origin allowed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-explain-'));
    try {
      cpSync(path.join(EXAMPLES, 'flask'), dir, { recursive: true });
      const fixed = await run('explain', MISSING('http://localhost:5000/tenants/acme/books'), dir, '--fix');
      assert.equal(fixed.code, 0, fixed.err);
      assert.match(fixed.err, /fixed .*app\.py:24: Add http:\/\/localhost:3000 to allowed origins/);
      assert.match(readFileSync(path.join(dir, 'app.py'), 'utf8'), /r"\/tenants\/\*": \{"origins": \[r"https:\/\/\\w\+\\\.example\\\.com", "http:\/\/localhost:3000"\]\}/);
      const again = await run('explain', MISSING('http://localhost:5000/tenants/acme/books'), dir);
      assert.match(again.out, /http:\/\/localhost:3000 is already allowed here/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 1 when no site answers, 2 for a non-CORS message or bad usage; - reads standard input', async () => {
    assert.equal((await run('explain', MISSING('http://localhost:9999/x'), EXAMPLES)).code, 1);
    const junk = await run('explain', 'TypeError: Failed to fetch', EXAMPLES);
    assert.equal(junk.code, 2);
    assert.match(junk.out, /not a CORS error/);
    assert.equal((await run('explain')).code, 2);
    assert.equal((await run('explain', 'x', '--format', 'xml')).code, 2);
    assert.equal((await run('explain', MISSING('http://localhost:5000/a'), '/no/such/dir')).code, 2);
    const help = await run('explain', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Exit status: 0 explained, 1 no CORS site/);
    const out: string[] = [];
    const code = await runExplain(['-', EXAMPLES, '--json'], { out: s => out.push(s), err: () => undefined }, { stdin: () => MISSING('http://localhost:5000/api/account') + '\n' });
    assert.equal(code, 0);
    assert.equal(JSON.parse(out.join('\n')).site.line, 22);
  });
});
