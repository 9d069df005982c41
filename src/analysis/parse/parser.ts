// The only importer of the tree-sitter WASM package: languageId → grammar → tree.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 * The text as the grammar should see it. Python reads a lone `\r` as a line break, tree-sitter's
 * Python grammar does not (a file saved with classic Mac line endings would parse as one broken
 * line); `\r` → `\n` keeps every offset, so ranges still index the original text.
 */
function grammarText(text: string, language: LanguageId): string {
  return language === 'python' && text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The tree `withTree` is lending out, so fix builders asking for the same text reuse it. */
let lent: { text: string; language: LanguageId; tree: Tree } | undefined;

/** Parses and hands the tree to `use`; the tree lives in WASM memory and is freed afterwards. */
export async function withTree<T>(text: string, language: LanguageId, use: (tree: Tree) => T): Promise<T> {
  const parser = await parserFor(language);
  const tree = parser.parse(grammarText(text, language));
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  const outer = lent;
  lent = { text, language, tree };
  try {
    return use(tree);
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
  const tree = loaded.get(language)?.parse(grammarText(text, language));
  if (!tree) return undefined;
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}

/** A tree of `text` the caller owns (and deletes); undefined while the grammar is not loaded. */
export function parseLoaded(text: string, language: LanguageId): Tree | undefined {
  return loaded.get(language)?.parse(grammarText(text, language)) ?? undefined;
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
