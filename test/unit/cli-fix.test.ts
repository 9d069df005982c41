// `cors-lens scan --fix` and `explain --fix` never lose what the user has: an edit saved during the
// analysis survives, a file that cannot be written is one line and the scan goes on, a file that
// does not parse is left alone.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(__dirname, '..', '..', 'src', 'cli', 'main.js');

// A Django middleware whose only fix is missing-vary (a warning): the scan exits 1 while it stands.
const MIDDLEWARE = `from django.conf import settings


class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.headers.get("Origin")
        if origin in settings.CORS_TRUSTED_ORIGINS:
            response["Access-Control-Allow-Origin"] = origin
        return response
`;
const FIXED_LINE = '            patch_vary_headers(response, ["Origin"])\n';

async function run(argv: string[], hook?: CliIO['beforeFixWrite']) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: s => out.push(s), err: s => err.push(s), beforeFixWrite: hook });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const rules = (json: string) => JSON.parse(json).map((f: { rule: string; file: string }) => `${path.basename(f.file)} ${f.rule}`).sort();

describe('cors-lens --fix: nothing the user has is lost', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-fix-')); });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('scan: an edit saved between the analysis and the write survives, and the other files are still fixed', async () => {
    const a = path.join(dir, 'a_middleware.py');
    const b = path.join(dir, 'b_middleware.py');
    writeFileSync(a, MIDDLEWARE);
    writeFileSync(b, MIDDLEWARE);
    const edit = MIDDLEWARE.replace('class CorsMiddleware:', 'class CorsMiddleware:  # the user typed this during the scan');
    const r = await run(['scan', dir, '--fix', '--format', 'json'], file => { if (file === a) writeFileSync(a, edit); });
    assert.equal(readFileSync(a, 'utf8'), edit, 'the user\'s edit was overwritten');
    assert.match(r.err, new RegExp(`${a.replace(/[.\\/]/g, '\\$&')} changed since it was read; not fixed — run again\\.`));
    assert.ok(readFileSync(b, 'utf8').includes(FIXED_LINE), r.err);
    assert.match(r.err, /fixed .*b_middleware\.py: Add Vary: Origin \[missing-vary\]/);
    // a's finding stays in the report and decides the exit status.
    assert.deepEqual(rules(r.out), ['a_middleware.py missing-vary']);
    assert.equal(r.code, 1);
    // Run again, as the message says: now it is fixed, the user's edit included.
    const again = await run(['scan', dir, '--fix', '--format', 'json']);
    assert.equal(again.code, 0, again.err);
    assert.ok(readFileSync(a, 'utf8').includes('# the user typed this during the scan'));
    assert.ok(readFileSync(a, 'utf8').includes(FIXED_LINE));
  });

  it('explain: an edit saved between the explanation and the write survives', async () => {
    cpSync(path.join(ROOT, 'examples', 'flask'), dir, { recursive: true });
    const app = path.join(dir, 'app.py');
    const edit = `${readFileSync(app, 'utf8')}\n# saved by the user while explain ran\n`;
    const message = "Access to fetch at 'http://localhost:5000/tenants/acme/books' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    const r = await run(['explain', message, dir, '--fix'], file => { if (file === app) writeFileSync(app, edit); });
    assert.equal(readFileSync(app, 'utf8'), edit);
    assert.match(r.err, /app\.py changed since it was read; not fixed — run again\./);
    assert.doesNotMatch(r.err, /cors-lens: fixed /);
    assert.equal(r.code, 0, 'the explanation itself stands');
  });

  it('scan: a half-typed file is left alone, with the reason', async () => {
    const file = path.join(dir, 'middleware.py');
    const half = MIDDLEWARE.replace('def __call__(self, request):', 'def __call__(self, request)');
    writeFileSync(file, half);
    const r = await run(['scan', file, '--fix', '--format', 'json']);
    assert.equal(readFileSync(file, 'utf8'), half);
    assert.match(r.err, /middleware\.py has syntax errors; not fixed — fix them and run again\./);
    assert.doesNotMatch(r.err, /cors-lens: fixed /);
  });

  it('scan: a file the user cannot write is one line, the others are fixed, the exit status follows the findings', function () {
    // A real permission failure: the CLI runs as an unprivileged user on files that user owns but
    // made read-only (as root, chmod would not stop the writes, so root runs it as `nobody`).
    const asRoot = process.getuid?.() === 0;
    if (process.platform === 'win32') this.skip();
    const owner = asRoot ? 65534 : process.getuid!();
    const group = asRoot ? 65534 : process.getgid!();
    const layout: Record<string, { dir: number; file: number }> = {
      'read-only-file': { dir: 0o755, file: 0o444 }, // the folder allows a rename: the file's mode must still be honoured
      'read-only-folder': { dir: 0o555, file: 0o644 }, // no temp file can be made next to it
      writable: { dir: 0o755, file: 0o644 },
    };
    chmodSync(dir, 0o755);
    for (const [name, mode] of Object.entries(layout)) {
      const sub = path.join(dir, name);
      mkdirSync(sub);
      writeFileSync(path.join(sub, 'middleware.py'), MIDDLEWARE);
      if (asRoot) { chownSync(sub, owner, group); chownSync(path.join(sub, 'middleware.py'), owner, group); }
      chmodSync(path.join(sub, 'middleware.py'), mode.file);
      chmodSync(sub, mode.dir);
    }
    try {
      const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--fix', '--format', 'json'], {
        encoding: 'utf8', timeout: 60_000, ...(asRoot ? { uid: owner, gid: group } : {}),
      });
      assert.equal(r.status, 1, r.stderr);
      for (const name of ['read-only-file', 'read-only-folder']) {
        const file = path.join(dir, name, 'middleware.py');
        assert.equal(readFileSync(file, 'utf8'), MIDDLEWARE);
        assert.ok(r.stderr.includes(`${file} could not be written (permission denied, EACCES); not fixed.`), r.stderr);
      }
      assert.ok(readFileSync(path.join(dir, 'writable', 'middleware.py'), 'utf8').includes(FIXED_LINE), r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 3, `one line per file:\n${r.stderr}`);
      const found = JSON.parse(r.stdout).map((f: { rule: string; file: string }) => `${path.relative(dir, f.file)} ${f.rule}`).sort();
      assert.deepEqual(found, ['read-only-file/middleware.py missing-vary', 'read-only-folder/middleware.py missing-vary']);
    } finally {
      for (const name of Object.keys(layout)) chmodSync(path.join(dir, name), 0o755);
    }
  });
});
