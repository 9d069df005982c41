// The other files one analysis reads: options modules, allowlists, config classes, settings. Each is
// parsed once per analysis and kept alive until the analysis ends, so its values keep their syntax
// (and their ranges name their file). Reading is injected: disk for the CLI, editor buffers first in VS Code.
import * as path from 'node:path';
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { LanguageId } from '../model/policy';
import { tagTree, type Node } from '../parse/nodes';
import { languageFromPath, parseLoaded } from '../parse/parser';
import { jsModuleCandidates } from './js-resolve';
import { pythonModuleCandidates } from './python-resolve';

export type ReadFile = (file: string) => string | undefined;

export interface ModuleFile {
  readonly file: string;
  readonly text: string;
  readonly language: LanguageId;
  readonly root: Node;
}

/** Enough for options → allowlist → environment helpers; a project's whole tree is not followed. */
const MAX_MODULES = 40;
/** How far up a path alias looks for the project's package.json. */
const MAX_ROOT_CLIMB = 8;
/** Configuration modules are small; a generated bundle is not one. */
const MAX_MODULE_CHARS = 500_000;

// Which graph a tree belongs to, so a scope can follow its file's imports without being handed the graph.
const owners = new WeakMap<Tree, { graph: ModuleGraph; module: ModuleFile }>();

/** The module a node belongs to and the graph that read it; undefined outside an analysis with a reader. */
export function moduleOf(node: Node): { graph: ModuleGraph; module: ModuleFile } | undefined {
  return owners.get(node.tree);
}

export class ModuleGraph {
  private readonly modules = new Map<string, ModuleFile | null>();
  private readonly trees: Tree[] = [];
  /** Folders known to hold (or not) a package.json. */
  private readonly roots = new Map<string, boolean>();
  /** Python imports already resolved, by importing file, module and level: a name is looked up per read. */
  private readonly pythonImports = new Map<string, ModuleFile | null>();
  /** Grammars a module needed that were not loaded yet: analyze() loads them and runs again. */
  readonly missingGrammars = new Set<LanguageId>();

  constructor(private readonly read: ReadFile, readonly main: ModuleFile) {
    this.modules.set(main.file, main);
    tagTree(main.root.tree, main.file);
    owners.set(main.root.tree, { graph: this, module: main });
  }

  /** The files read besides the analysed one, in the order they were first needed. */
  get dependencies(): string[] {
    return [...this.modules.entries()].filter(([file, m]) => m && file !== this.main.file).map(([file]) => file);
  }

  /** A module read so far (the analysed file included). */
  get(file: string): ModuleFile | undefined {
    return this.modules.get(file) ?? undefined;
  }

  /** `require('./x')` / `import ... from '../x'` seen from `fromFile`; packages are not followed. */
  js(fromFile: string, specifier: string): ModuleFile | undefined {
    const alias = /^[~@]\/(.+)$/.exec(specifier);
    if (!alias) return this.first(jsModuleCandidates(fromFile, specifier));
    // `~/config/cors`, `@/config/cors`: the alias most projects configure (tsconfig paths, Vite,
    // babel-plugin-module-resolver) points at the project's src/ folder, else its root.
    const root = this.projectRoot(fromFile);
    const src = fromFile.split(/[\\/]/).lastIndexOf('src');
    const bases = [
      ...(src > 0 ? [fromFile.split(/[\\/]/).slice(0, src + 1).join(path.sep)] : []),
      ...(root === undefined ? [] : [path.join(root, 'src'), root]),
    ];
    for (const base of new Set(bases)) {
      const found = this.first(jsModuleCandidates(path.join(base, 'index.js'), `./${alias[1]}`));
      if (found) return found;
    }
    return undefined;
  }

  /** The nearest folder above `file` with a package.json. */
  private projectRoot(file: string): string | undefined {
    for (let dir = path.dirname(file), i = 0; i < MAX_ROOT_CLIMB; i++) {
      if (!this.roots.has(dir)) this.roots.set(dir, this.read(path.join(dir, 'package.json')) !== undefined);
      if (this.roots.get(dir)) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return undefined;
  }

  /** `from .x import y` (level 1), `import pkg.x` (level 0) seen from `fromFile`. */
  python(fromFile: string, module: string, level: number): ModuleFile | undefined {
    const key = `${level}\0${module}\0${fromFile}`;
    let found = this.pythonImports.get(key);
    if (found === undefined) this.pythonImports.set(key, found = this.first(pythonModuleCandidates(fromFile, module, level)) ?? null);
    return found ?? undefined;
  }

  private first(candidates: readonly string[]): ModuleFile | undefined {
    for (const file of candidates) {
      const m = this.load(file);
      if (m) return m;
    }
    return undefined;
  }

  private load(file: string): ModuleFile | undefined {
    const known = this.modules.get(file);
    if (known !== undefined) return known ?? undefined;
    const language = languageFromPath(file);
    if (!language || this.modules.size >= MAX_MODULES) return undefined;
    const text = this.read(file);
    if (text === undefined || text.length > MAX_MODULE_CHARS || text.includes('\u0000')) {
      this.modules.set(file, null);
      return undefined;
    }
    const tree = parseLoaded(text, language);
    if (!tree) {
      this.missingGrammars.add(language);
      return undefined;
    }
    this.trees.push(tree);
    tagTree(tree, file);
    const module: ModuleFile = { file, text, language, root: tree.rootNode };
    this.modules.set(file, module);
    owners.set(tree, { graph: this, module });
    return module;
  }

  dispose(): void {
    for (const tree of this.trees.splice(0)) tree.delete();
  }
}
