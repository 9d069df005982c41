import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
// The module object itself (not a namespace copy), so counting a call sees the CLI's calls too.
import fs = require('node:fs');
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXTRACTORS } from '../../src/analysis/frameworks';
import { languageFromPath } from '../../src/analysis/parse/parser';
import { main } from '../../src/cli/main';
import { filesMentioningCors, findRipgrep, type SearchSettings } from '../../src/node/ripgrep';
import { ScanFilter } from '../../src/node/scan-filter';
import { mayConfigureCors, readBounded, walkSourceFiles } from '../../src/node/source-files';

const WILDCARD_APP = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, supports_credentials=True)\n';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

/** Counts calls of a real `fs` function by first argument while `body` runs (the CLI calls through the module object). */
async function counting<T>(name: 'openSync' | 'realpathSync', body: () => Promise<T>): Promise<{ result: T; calls: Map<string, number> }> {
  const original = fs[name] as (...args: unknown[]) => unknown;
  const calls = new Map<string, number>();
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const key = path.resolve(String(args[0]));
    calls.set(key, (calls.get(key) ?? 0) + 1);
    return original.apply(fs, args);
  };
  try {
    return { result: await body(), calls };
  } finally {
    (fs as unknown as Record<string, unknown>)[name] = original;
  }
}

describe('CLI file collection and reading', () => {
  let tree: string;
  before(() => {
    tree = fs.mkdtempSync(path.join(tmpdir(), 'cors-lens-reads-'));
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`pkg${i % 6}/mod${i}.py`] = `def handler_${i}():\n    return ${i}\n`;
    files['pkg2/app.py'] = WILDCARD_APP;
    files['pkg5/server.js'] = "const cors = require('cors');\napp.use(cors({ origin: '*', credentials: true }));\n";
    files['pkg3/mentions.py'] = '# CORS is configured elsewhere\n';
    writeTree(tree, files);
    fs.symlinkSync('..', path.join(tree, 'pkg1', 'up'), 'dir');
  });
  after(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('opens each source file once, findings or not, and resolves only folders and links', async () => {
    let out = '';
    const { result: code, calls: opens } = await counting('openSync', () =>
      main(['scan', tree, '--format', 'json'], { out: s => (out += s), err: () => undefined }));
    assert.equal(code, 1, out);
    const found = JSON.parse(out).map((f: { file: string; rule: string }) => `${path.relative(tree, f.file)}:${f.rule}`);
    assert.ok(found.includes('pkg2/app.py:credentials-with-any-origin'), out);
    assert.ok(found.some((f: string) => f.startsWith('pkg5/server.js:')), out);

    const sources = walkSourceFiles([tree]).files.map(f => path.resolve(f));
    assert.equal(sources.length, 63, 'the link back to the tree adds no file twice');
    for (const file of sources) assert.equal(opens.get(file), 1, `${path.relative(tree, file)} opened ${opens.get(file) ?? 0} times`);

    const { calls: resolved } = await counting('realpathSync', async () => walkSourceFiles([tree]));
    // The root and the one symlink; never a plain file or folder reached by its own name.
    assert.deepEqual([...resolved.keys()].sort(), [tree, path.join(tree, 'pkg1', 'up')].sort());
  });

  it('reads a file whole, and nothing of one over the bound', () => {
    const file = path.join(tree, 'pkg2', 'app.py');
    assert.equal(readBounded(file, 1_000), WILDCARD_APP);
    assert.equal(readBounded(file, WILDCARD_APP.length - 1), undefined);
    assert.equal(readBounded(path.join(tree, 'pkg2'), 1_000), undefined, 'a folder is not read');
    assert.equal(readBounded(path.join(tree, 'missing.py'), 1_000), undefined);
  });
});

describe('the scan\'s pre-filter', () => {
  it('keeps every file a framework extractor would look at', () => {
    const texts: Array<[string, string]> = [
      'CORS_ALLOWED_ORIGINS = ["*"]', 'INSTALLED_APPS = ["corsheaders"]', 'MIDDLEWARE += ["x.Y"]', '@cross_origin()',
      'app.add_middleware(CORSMiddleware)', "res.set('Access-Control-Expose-Headers', 'X')", 'h["access-control-allow-origin"] = "*"',
    ].flatMap(t => [['a.py', t], ['a.js', t]] as Array<[string, string]>);
    const walkAll = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap(e => (e.isDirectory() ? walkAll(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of [...walkAll('test/fixtures'), ...walkAll('examples')]) {
      if (languageFromPath(file)) texts.push([file, fs.readFileSync(file, 'utf8')]);
    }
    let looked = 0;
    for (const [file, text] of texts) {
      const language = languageFromPath(file)!;
      if (!EXTRACTORS.some(e => e.languages.includes(language) && e.mentions(text))) continue;
      looked++;
      assert.ok(mayConfigureCors(text), `${file}: ${text.slice(0, 200)}`);
    }
    assert.ok(looked > 100, `only ${looked} texts exercised the extractors`);
  });
});

describe('workspace scan without ripgrep leaves out what ripgrep leaves out', () => {
  const rg = findRipgrep(path.resolve('.vscode-test/host/node_modules/code-server/lib/vscode')) ?? systemRipgrep();
  let root: string;
  const cors = "app.use(require('cors')());\n";
  before(() => {
    root = fs.mkdtempSync(path.join(tmpdir(), 'cors-lens-filter-'));
    writeTree(root, {
      '.gitignore': 'generated/\n/top-only.py\n*.tmp.js\n!keep.tmp.js\nlogs\n',
      'api/.gitignore': 'secret/\n/local.py\n',
      'api/app.py': cors,
      'api/local.py': cors,
      'api/secret/x.py': cors,
      'api/deep/local.py': cors,
      'api/generated/y.js': cors,
      'generated/z.js': cors,
      'top-only.py': cors,
      'sub/top-only.py': cors,
      'sub/a.tmp.js': cors,
      'sub/keep.tmp.js': cors,
      'logs/l.py': cors,
      'vendor/lib/v.js': cors,
      'vendor/keep.js': cors,
      'legacy/old.js': cors,
      'docs/build.py': cors,
      'src/build/out.js': cors,
      'src/node_modules/m/index.js': cors,
      'src/types.d.ts': 'declare const cors: unknown;\n',
      'src/bundle.min.js': cors,
      'src/widget.ts': cors,
      'src/widget.js': cors,
      'src/plain.js': cors,
      'src/quiet.py': 'print("no mention")\n',
      '.github/ci.py': cors,
      'Access.ts': 'res.setHeader("Access-Control-Allow-Origin", "*");\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const settings = (useIgnoreFiles: boolean): SearchSettings => ({
    excludes: ['vendor/lib', '**/legacy/**', 'docs/*.py'],
    siblingExcludes: [{ glob: '**/*.js', sibling: '$(basename).ts' }],
    useIgnoreFiles,
    useParentIgnoreFiles: false,
    useGlobalIgnoreFiles: false,
    followSymlinks: true,
  });

  function walked(s: SearchSettings): string[] {
    const filter = new ScanFilter(root, s);
    const out: string[] = [];
    const { files } = walkSourceFiles([root], { skipDirectory: rel => filter.skipsEntry(rel, true), skipFile: rel => filter.skipsEntry(rel, false) });
    for (const file of files) if (mayConfigureCors(readBounded(file, 1e6) ?? '')) out.push(path.relative(root, file));
    return out.sort();
  }

  async function listed(s: SearchSettings): Promise<string[]> {
    const filter = new ScanFilter(root, s);
    return (await filesMentioningCors(rg!, root, s, 1e6))
      .map(f => path.relative(root, f))
      .filter(rel => !filter.hasExcludingSibling(rel))
      .sort();
  }

  for (const useIgnoreFiles of [true, false]) {
    it(`agrees with ripgrep ${useIgnoreFiles ? 'with' : 'without'} ignore files`, async function () {
      if (!rg) this.skip();
      const expected = await listed(settings(useIgnoreFiles));
      assert.deepEqual(walked(settings(useIgnoreFiles)), expected);
      assert.ok(expected.includes('api/app.py') && expected.includes('Access.ts') && expected.includes('src/plain.js'), expected.join());
      for (const excluded of ['vendor/lib/v.js', 'legacy/old.js', 'docs/build.py', 'src/widget.js', 'src/build/out.js', 'src/types.d.ts', 'src/bundle.min.js', 'src/quiet.py']) {
        assert.ok(!expected.includes(excluded), `${excluded} in ${expected.join()}`);
      }
      const ignored = ['api/secret/x.py', 'api/local.py', 'api/generated/y.js', 'generated/z.js', 'top-only.py', 'sub/a.tmp.js', 'logs/l.py'];
      for (const file of ignored) assert.equal(expected.includes(file), !useIgnoreFiles, file);
      for (const kept of ['api/deep/local.py', 'sub/top-only.py', 'sub/keep.tmp.js']) assert.ok(expected.includes(kept), kept);
    });
  }

  it('judges a single changed file the same way, folders above it included', () => {
    const filter = new ScanFilter(root, settings(true));
    assert.equal(filter.skipsFile('api/secret/x.py'), true);
    assert.equal(filter.skipsFile('generated/z.js'), true);
    assert.equal(filter.skipsFile('vendor/lib/v.js'), true);
    assert.equal(filter.skipsFile('src/node_modules/m/index.js'), true);
    assert.equal(filter.skipsFile('src/widget.js'), true);
    assert.equal(filter.skipsFile('api/deep/local.py'), false);
    assert.equal(filter.skipsFile('sub/keep.tmp.js'), false);
    assert.equal(filter.skipsFile('src/plain.js'), false);
  });
});

function systemRipgrep(): string | undefined {
  try {
    execFileSync('rg', ['--version'], { stdio: 'ignore' });
    return 'rg';
  } catch {
    return undefined;
  }
}
