#!/usr/bin/env node
// Materialises the files of every case in test/realworld/manifest.json into
// test/realworld/.cache/<case id>/<path>, at the commit the manifest names.
//
// Sources, tried in order for each file:
//   1. the cache itself (a file already there is kept; --force fetches again);
//   2. a local bare mirror of the repository: a directory under REALWORLD_MIRROR
//      (default /work/.mirror) whose name starts with "owner+name", holding a git
//      directory at any depth up to 3; read with `git --git-dir <dir> show <commit>:<path>`;
//   3. https://raw.githubusercontent.com/<owner>/<name>/<commit>/<path> with Node's fetch.
//
// Usage: node scripts/realworld-fetch.js [--manifest <path>] [--force] [--case <id>]... [--offline] [--quiet]
//   --manifest  the case list to materialise (default test/realworld/manifest.json; for example
//               test/realworld/heldout.json). The cache is shared and keyed by case id.
// Exit code: 0 when every file was obtained, 1 when some could not be (they are listed).
// Node >= 20, CommonJS, no dependencies.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_MANIFEST = path.join(ROOT, 'test', 'realworld', 'manifest.json');
const CACHE = path.join(ROOT, 'test', 'realworld', '.cache');
const MIRROR = process.env.REALWORLD_MIRROR || '/work/.mirror';
const TIMEOUT_MS = 20000;

function parseArgs(argv) {
  const opts = { force: false, offline: false, quiet: false, cases: [], manifest: DEFAULT_MANIFEST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') opts.force = true;
    else if (a === '--offline') opts.offline = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--case') opts.cases.push(argv[++i]);
    else if (a === '--manifest') opts.manifest = path.resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node scripts/realworld-fetch.js [--manifest <path>] [--force] [--case <id>]... [--offline] [--quiet]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

// Cache file path for a case file; refuses paths that would escape the case directory.
function cachePath(caseId, file) {
  const dir = path.join(CACHE, caseId);
  const target = path.resolve(dir, file);
  if (!target.startsWith(dir + path.sep)) throw new Error(`path escapes the case directory: ${file}`);
  return target;
}

function isGitDir(dir) {
  try {
    return fs.statSync(path.join(dir, 'HEAD')).isFile() && fs.statSync(path.join(dir, 'objects')).isDirectory();
  } catch {
    return false;
  }
}

function findGitDir(dir, depth) {
  if (isGitDir(dir)) return dir;
  if (depth === 0) return null;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  // Prefer the usual layouts first: <dir>/repo, <dir>/repo/.git, <dir>/.git.
  entries.sort((a, b) => rank(a.name) - rank(b.name));
  for (const e of entries) {
    if (!e.isDirectory() || e.name === 'objects' || e.name === 'refs') continue;
    const found = findGitDir(path.join(dir, e.name), depth - 1);
    if (found) return found;
  }
  return null;
}

function rank(name) {
  if (name === 'repo') return 0;
  if (name === '.git') return 1;
  return 2;
}

const mirrorCache = new Map();
// All git directories of local mirrors of `repo` ("owner/name"); exact-name directories first.
function mirrorsFor(repo) {
  if (mirrorCache.has(repo)) return mirrorCache.get(repo);
  const prefix = repo.replace('/', '+');
  let names = [];
  try {
    names = fs.readdirSync(MIRROR).filter(n => n === prefix || n.startsWith(prefix));
  } catch {
    names = [];
  }
  names.sort((a, b) => (a === prefix ? -1 : b === prefix ? 1 : a.localeCompare(b)));
  // A directory named "owner+name-other" belongs to another repository; keep exact names and
  // names followed by a separator that GitHub does not allow in repository names (+, @, space).
  names = names.filter(n => n === prefix || /^[+@ ]/.test(n.slice(prefix.length)));
  const dirs = [];
  for (const n of names) {
    const gd = findGitDir(path.join(MIRROR, n), 3);
    if (gd) dirs.push(gd);
  }
  mirrorCache.set(repo, dirs);
  return dirs;
}

function fromMirror(repo, commit, file) {
  for (const gd of mirrorsFor(repo)) {
    try {
      return execFileSync('git', ['--git-dir', gd, 'show', `${commit}:${file}`], {
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      // this mirror lacks the commit or the path; try the next source
    }
  }
  return null;
}

async function fromRaw(repo, commit, file) {
  const url = `https://raw.githubusercontent.com/${repo}/${commit}/${file.split('/').map(encodeURIComponent).join('/')}`;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: ctl.signal });
    if (!res.ok) return { error: `HTTP ${res.status} from ${url}` };
    return { data: Buffer.from(await res.arrayBuffer()) };
  } catch (err) {
    return { error: `${err.name === 'AbortError' ? 'timeout' : err.message} fetching ${url}` };
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifest = JSON.parse(fs.readFileSync(opts.manifest, 'utf8'));
  const wanted = opts.cases.length ? manifest.filter(c => opts.cases.includes(c.id)) : manifest;
  for (const id of opts.cases) if (!manifest.some(c => c.id === id)) console.error(`no case with id ${id}`);

  const counts = { cache: 0, mirror: 0, raw: 0 };
  const missing = [];
  for (const c of wanted) {
    for (const file of c.files) {
      const target = cachePath(c.id, file);
      if (!opts.force && fs.existsSync(target)) {
        counts.cache++;
        continue;
      }
      let data = fromMirror(c.repo, c.commit, file);
      let source = 'mirror';
      let error = data ? null : `not in a local mirror under ${MIRROR}`;
      if (!data && !opts.offline) {
        const r = await fromRaw(c.repo, c.commit, file);
        if (r.data) {
          data = r.data;
          source = 'raw';
        } else error += `; ${r.error}`;
      }
      if (!data) {
        missing.push({ id: c.id, repo: c.repo, commit: c.commit, file, error });
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, data);
      counts[source]++;
      if (!opts.quiet) console.log(`${source.padEnd(6)} ${c.id}/${file}`);
    }
  }

  const total = wanted.reduce((n, c) => n + c.files.length, 0);
  console.log(
    `\n${wanted.length} cases, ${total} files: ${counts.cache} already cached, ${counts.mirror} from local mirrors, ` +
      `${counts.raw} from raw.githubusercontent.com, ${missing.length} missing.`,
  );
  console.log(`Cache: ${path.relative(process.cwd(), CACHE) || CACHE}`);
  if (missing.length) {
    console.log('\nFILES THAT COULD NOT BE OBTAINED:');
    for (const m of missing) console.log(`  ${m.id}: ${m.repo}@${m.commit.slice(0, 12)} ${m.file}\n      ${m.error}`);
    process.exitCode = 1;
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
