// The only importer of the tree-sitter WASM package: languageId → grammar → tree.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Language, Parser, type Tree } from '@vscode/tree-sitter-wasm';
import type { LanguageId } from '../model/policy';

const GRAMMAR_FILE: Record<LanguageId, string> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
};

/** The bundle ships grammars in dist/wasm; tests and ts-compiled code load them from the package. */
function grammarDir(): string {
  const bundled = join(__dirname, 'wasm');
  if (existsSync(join(bundled, 'tree-sitter.wasm'))) return bundled;
  return join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
}

let runtime: Promise<void> | undefined;
const parsers = new Map<LanguageId, Promise<Parser>>();
const loaded = new Map<LanguageId, Parser>();

/** Loads the runtime and the one grammar asked for, once; nothing is loaded until first use. */
export function parserFor(language: LanguageId): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    const dir = grammarDir();
    runtime ??= Parser.init({ locateFile: (file: string) => join(dir, file) });
    parser = runtime.then(async () => {
      const p = new Parser();
      p.setLanguage(await Language.load(join(dir, GRAMMAR_FILE[language])));
      loaded.set(language, p);
      return p;
    });
    parsers.set(language, parser);
    parser.catch(() => parsers.delete(language));
  }
  return parser;
}

/**
 * The text as the grammar should see it, every offset kept, so ranges still index the original text.
 * - Python reads a lone `\r` as a line break, tree-sitter's Python grammar does not (a file saved
 *   with classic Mac line endings would parse as one broken line): `\r` → `\n`.
 * - After an indented block, the Python grammar's scanner reads ahead over every following comment
 *   line for each one, quadratic in a long run (2,000 comment lines took 3.9 s): the inside of a run
 *   longer than COMMENT_RUN lines becomes blank lines, which the analysis never reads anyway.
 */
function grammarText(text: string, language: LanguageId): string {
  if (language !== 'python') return text;
  const lines = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return lines.includes('#') ? lines.replace(LONG_COMMENT_RUN, blankInside) : lines;
}

const COMMENT_RUN = 32;
const LONG_COMMENT_RUN = new RegExp(`(?:^[ \\t]*#[^\\n]*\\n){${COMMENT_RUN + 1},}`, 'gm');

/** A run of comment lines with all but its first and last line blanked. */
function blankInside(run: string): string {
  const first = run.indexOf('\n') + 1;
  const last = run.lastIndexOf('\n', run.length - 2) + 1;
  return run.slice(0, first) + run.slice(first, last).replace(/[^\r\n]/g, ' ') + run.slice(last);
}

/**
 * Where a parse was cut short: tree-sitter's error recovery can take seconds on a few kilobytes of
 * broken code (a truncated or half-pasted file), so a parse that runs past its time gets the text
 * from `line` (0-based) on blanked out, and the analysis says the rest of the file was not read.
 */
export interface ParseCut {
  readonly line: number;
  readonly ms: number;
}

/**
 * Time a parse may take (wall and CPU): a floor, and a rate three times slower than tree-sitter's
 * slowest real parse we measured (a 1.9 MB minified bundle on one line, 1.2 s).
 */
export function parseBudgetMs(chars: number): number {
  return 200 + chars / 500;
}

/** After this many cuts the text is blank: parsing nothing always ends. */
const MAX_CUTS = 3;

/**
 * Parses `text` within its time budget. Past the budget, the text is parsed again with everything
 * from the line the parser had reached blanked out (same length, same line breaks, so every offset
 * and position still indexes the original text), within half the time: what made the first parse
 * slow may lie before that line too (an unclosed `/*` on every line is lexed to the end of the file
 * each time), and the whole parse stays within one and a half budgets.
 */
function boundedParse(parser: Parser, text: string, budgetMs = parseBudgetMs(text.length)): { tree: Tree | null; cut?: ParseCut } {
  let input = text;
  let cut: ParseCut | undefined;
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const budget = budgetMs / 2 ** attempt;
    let reached = 0;
    const tree = parser.parse(input, null, {
      progressCallback: state => {
        reached = state.currentOffset;
        // Both clocks past the budget: wall time alone would cut a parse on a machine busy with
        // other work, and the process's CPU time alone counts other threads (the extension host's).
        const over = performance.now() - started > budget && cpuMs(process.cpuUsage(cpu)) > budget;
        // Returning true cancels; the typings say void, the runtime reads the result.
        return over as unknown as void;
      },
    });
    if (tree) return { tree, cut };
    // A cancelled parse resumes on the next call unless the parser is reset.
    parser.reset();
    // The offset counts UTF-16 bytes; blank from the start of that line (from the start once cuts run out).
    const at = attempt + 1 >= MAX_CUTS ? 0 : text.lastIndexOf('\n', Math.min(reached / 2, input.length) - 1) + 1;
    const line = lineOf(text, at);
    cut = { line: cut ? Math.min(cut.line, line) : line, ms: Math.round(budgetMs) };
    input = blankFrom(input, at);
  }
}

function cpuMs({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

function lineOf(text: string, index: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `text` with every character from `at` on a space, line breaks kept. */
function blankFrom(text: string, at: number): string {
  return text.slice(0, at) + text.slice(at).replace(/[^\r\n]/g, ' ');
}

/** The tree `withTree` is lending out, so fix builders asking for the same text reuse it. */
let lent: { text: string; language: LanguageId; tree: Tree } | undefined;

/**
 * Parses and hands the tree to `use`; the tree lives in WASM memory and is freed afterwards. `cut`
 * says where the parse was cut short, when it was (see ParseCut); `budgetMs` replaces the parse's
 * time budget (tests).
 */
export async function withTree<T>(text: string, language: LanguageId, use: (tree: Tree, cut?: ParseCut) => T, budgetMs?: number): Promise<T> {
  const parser = await parserFor(language);
  const { tree, cut } = boundedParse(parser, grammarText(text, language), budgetMs);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  const outer = lent;
  lent = { text, language, tree };
  try {
    return use(tree, cut);
  } finally {
    lent = outer;
    tree.delete();
  }
}

/**
 * Synchronous parse for extractors that follow an import mid-walk (Django's `from .base import *`)
 * and for fix builders: the grammar of the file being analysed is loaded by then, and the file's own
 * text reuses the tree already parsed. Undefined if the grammar is not loaded.
 */
export function withLoadedTree<T>(text: string, language: LanguageId, use: (tree: Tree) => T): T | undefined {
  if (lent && lent.text === text && lent.language === language) return use(lent.tree);
  const parser = loaded.get(language);
  const tree = parser && boundedParse(parser, grammarText(text, language)).tree;
  if (!tree) return undefined;
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}

/** A tree of `text` the caller owns (and deletes); undefined while the grammar is not loaded. */
export function parseLoaded(text: string, language: LanguageId): Tree | undefined {
  const parser = loaded.get(language);
  return (parser && boundedParse(parser, grammarText(text, language)).tree) ?? undefined;
}

export function languageFromPath(file: string): LanguageId | undefined {
  const m = /\.([a-z]+)$/i.exec(file);
  switch (m?.[1].toLowerCase()) {
    case 'py': return 'python';
    case 'js': case 'cjs': case 'mjs': case 'jsx': return 'javascript';
    case 'ts': case 'cts': case 'mts': return 'typescript';
    case 'tsx': return 'tsx';
    default: return undefined;
  }
}

/** VS Code language ids → ours. */
export function languageFromEditorId(id: string): LanguageId | undefined {
  switch (id) {
    case 'python': return 'python';
    case 'javascript': case 'javascriptreact': return 'javascript';
    case 'typescript': return 'typescript';
    case 'typescriptreact': return 'tsx';
    default: return undefined;
  }
}
