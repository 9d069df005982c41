// `cors-lens explain "<console message>" [paths...]`: the site that answered, in one paragraph, and
// its quick-fix. Exit 0 explained (a site was found), 1 no site in the paths answers that URL,
// 2 usage error or a message that is no CORS error.
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../analysis/analyze';
import type { Explanation } from '../analysis/explain';
import { explainPaste } from '../analysis/paste/explain-paste';
import { applyEdits } from '../analysis/fixes/apply';
import type { FileModel } from '../analysis/model/policy';
import { lineStarts, positionAt } from '../analysis/model/range';
import type { SourceFile } from '../analysis/routes';
import { readSource } from '../node/read-source';
import { saveFix } from '../node/write-fixed';
import { collectFiles } from './collect-files';
import { UsageError, type CliIO, type ExitCode } from './io';

export const EXPLAIN_USAGE = `Usage: cors-lens explain MESSAGE [paths...] [options]
  MESSAGE              the browser's console message (Chrome "Access to fetch at ..." or an older
                       "Failed to load ...", Firefox "Cross-Origin Request Blocked: ..." in any
                       language, Safari's "... due to access control checks" lines); "-" reads
                       it from standard input
  paths                the back ends' folders or files (default: the current folder)
  --origin O           the page's origin when the message does not name it (Firefox)
  --format text|json   output (default text)
  --fix                apply the quick-fix to the file, unless the file changed since it was read,
                       does not parse, or cannot be written (the reason is printed; the exit status
                       stays that of the explanation)
Exit status: 0 explained, 1 no CORS site in the paths answers that URL, 2 usage error or not a CORS message.`;

// Files that declare ports without being source code.
const PORT_FILES = /^(package\.json|\.env(\..+)?|Procfile|Makefile|docker-compose\.ya?ml|compose\.ya?ml)$/;
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', 'out', 'site-packages', 'coverage']);

function portFiles(paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try { names = readdirSync(dir).sort(); } catch { return; }
    for (const name of names) {
      const full = path.join(dir, name);
      let st;
      try { st = statSync(full); } catch { continue; }
      if (st.isDirectory()) { if (depth < 8 && !SKIP.has(name) && !(name.startsWith('.') && name !== '.')) walk(full, depth + 1); }
      else if (PORT_FILES.test(name)) found.push(full);
    }
  };
  for (const p of paths) {
    try { if (statSync(p).isDirectory()) walk(p, 0); } catch { /* reported by collectFiles */ }
  }
  return found;
}

interface Args { message: string; paths: string[]; format: 'text' | 'json'; origin?: string; fix: boolean }

function parseArgs(argv: readonly string[], stdin: () => string): Args | 'help' {
  const positional: string[] = [];
  let format: 'text' | 'json' = 'text';
  let origin: string | undefined;
  let fix = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => { const v = inline ?? argv[++i]; if (v === undefined) throw new UsageError(`${key} needs a value.`); return v; };
    if (key === '--help' || key === '-h') return 'help';
    else if (key === '--format') { const f = value(); if (f !== 'text' && f !== 'json') throw new UsageError(`--format takes text or json, not '${f}'.`); format = f; }
    else if (key === '--json') format = 'json';
    else if (key === '--origin') origin = value();
    else if (key === '--fix') fix = true;
    else if (a.startsWith('--')) throw new UsageError(`Unknown option '${a}'.`);
    else positional.push(a);
  }
  const [first, ...paths] = positional;
  if (first === undefined) throw new UsageError('Give the console message to explain (in quotes, or - to read it from standard input).');
  return { message: first === '-' ? stdin() : first, paths: paths.length ? paths : ['.'], format, origin, fix };
}

/** The JSON the CLI prints (1-based lines). */
export function explanationJson(e: Explanation): object {
  return {
    explained: e.site !== undefined,
    parsed: e.parsed ?? null,
    site: e.site && e.match ? {
      file: e.site.file, line: e.site.line, column: e.site.column,
      framework: e.match.site.framework, scope: e.match.site.scope, applies: e.match.applies, why: e.match.why,
      backend: { root: e.match.backend.root, framework: e.match.backend.framework, port: e.match.port ? { port: e.match.port.port, how: e.match.port.how, file: e.match.port.file } : null },
    } : null,
    cause: e.cause ? { file: e.cause.file, line: e.cause.line, column: e.cause.column } : null,
    paragraph: e.paragraph,
    fix: e.fix && e.fixFile ? { file: e.fixFile, title: e.fix.title, applicability: e.fix.applicability, edits: e.fix.edits } : null,
    verdict: e.simulated?.verdict ?? null,
  };
}

export async function runExplain(argv: readonly string[], io: CliIO, options: { stdin?: () => string } = {}): Promise<ExitCode> {
  const args = parseArgs(argv, options.stdin ?? (() => require('node:fs').readFileSync(0, 'utf8') as string));
  if (args === 'help') { io.out(EXPLAIN_USAGE); return 0; }
  const { files: sources, missing } = collectFiles(args.paths);
  for (const m of missing) io.err(`cors-lens: cannot read ${m}: no such file or directory.`);
  if (missing.length === args.paths.length) return 2;
  // Each file read once: the explanation, and the fix's edits, come from one snapshot of the tree.
  const snapshot = new Map<string, string | undefined>();
  const read = (file: string) => {
    const key = path.resolve(file);
    if (!snapshot.has(key)) snapshot.set(key, readSource(file));
    return snapshot.get(key);
  };
  const files: SourceFile[] = [];
  const models: FileModel[] = [];
  // Every file is kept, sites or not: __init__.py marks packages, manage.py names the settings, package.json the port.
  for (const file of [...sources, ...portFiles(args.paths)]) {
    const text = read(file);
    if (text === undefined) continue;
    files.push({ file, text });
    if (!sources.includes(file)) continue;
    const result = await analyze({ file, text }, { readFile: read });
    if (result.model.sites.length) models.push(result.model);
  }
  const e = await explainPaste(args.message, { models, files }, { origin: args.origin, readFile: read });
  const text = e.fixFile === undefined ? undefined : read(e.fixFile);
  if (args.fix && e.fix && e.fixFile && text !== undefined) {
    io.beforeFixWrite?.(e.fixFile);
    const outcome = await saveFix(e.fixFile, text, applyEdits(text, e.fix.edits));
    if (outcome.written) {
      const at = positionAt(lineStarts(text), e.fix.edits[0]?.range.start ?? 0);
      io.err(`cors-lens: fixed ${e.fixFile}:${at.line}: ${e.fix.title}`);
    } else io.err(`cors-lens: ${outcome.message}`);
  }
  if (args.format === 'json') io.out(JSON.stringify(explanationJson(e), null, 2));
  else {
    io.out(e.paragraph);
    if (e.fix && e.fixFile && !args.fix) io.out(`\nQuick fix (${e.fix.applicability}): ${e.fix.title} in ${e.fixFile}; run again with --fix to apply it.`);
  }
  if (!e.parsed) return 2;
  return e.site ? 0 : 1;
}
