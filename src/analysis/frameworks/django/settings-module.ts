// A Django settings module as Python leaves it: its own assignments on top of whatever
// `from .base import *` brought in, with the base modules read through ExtractContext.resolveModule.
import type { ValueSource } from '../../model/policy';
import { namedChildren, type Node } from '../../parse/nodes';
import { withLoadedTree } from '../../parse/parser';
import { importTarget, moduleStatements, PyScope, type PyValue } from '../../values/python';
import type { ExtractContext } from '../extractor';
import { isDevGuarded } from '../python-shared';

/** How many `import *` hops are followed (dev.py → base.py → common.py ...). */
const MAX_DEPTH = 5;

/** A value carried out of a base module. It holds no syntax nodes: that module's tree is freed. */
type Frozen =
  | { kind: 'str'; value: string; source: ValueSource }
  | { kind: 'seq'; items: Frozen[]; source: ValueSource }
  | { kind: 'bool'; value: boolean; source: ValueSource }
  | { kind: 'num'; value: number; source: ValueSource }
  | { kind: 'none'; source: ValueSource }
  | { kind: 'regex'; pattern: string; flags: string; source: ValueSource }
  | { kind: 'unknown'; source: ValueSource };

interface Exported {
  readonly value: Frozen;
  /** Written under `if DEBUG:` in the module that defines it. */
  readonly devOnly: boolean;
}

type Resolve = NonNullable<ExtractContext['resolveModule']>;

export class SettingsModule {
  readonly scope: PyScope;
  /** The file each resolved `from X import *` statement (keyed by its start) read. */
  readonly importedFiles = new Map<number, string>();
  private readonly importedDev = new Map<number, ReadonlySet<string>>();

  /** `visiting`: the importing chain, so a cycle (base importing dev) stops instead of recursing. */
  constructor(root: Node, readonly file: string, resolve: Resolve | undefined, visiting: readonly string[] = []) {
    // Star imports bind names into the scope: then it is this module's own, else the one every adapter shares.
    this.scope = resolve ? new PyScope(root) : PyScope.module(root);
    if (!resolve || visiting.length >= MAX_DEPTH) return;
    const chain = [...visiting, file];
    for (const stmt of moduleStatements(root)) {
      const target = starImportTarget(stmt);
      const resolved = target && resolve(file, target.module, target.level);
      if (!resolved || chain.includes(resolved.file)) continue;
      const exported = withLoadedTree(resolved.text, 'python', tree =>
        new SettingsModule(tree.rootNode, resolved.file, resolve, chain).exports());
      if (!exported) continue;
      const dev = new Set<string>();
      for (const [name, e] of exported) {
        this.scope.bindImported(name, thaw(e.value, stmt), stmt);
        if (e.devOnly) dev.add(name);
      }
      this.importedFiles.set(stmt.startIndex, resolved.file);
      this.importedDev.set(stmt.startIndex, dev);
    }
  }

  /** Whether the name is bound at all, here or by a star import. */
  has(name: string): boolean {
    return this.scope.writes(name).length > 0;
  }

  /** The writes in this file (not the star imports), in source order. */
  ownWrites(name: string) {
    return this.scope.writes(name).filter(w => !w.imported);
  }

  /** The last write that replaced the whole value (`=`, or the star import that brought it). */
  lastAssign(name: string) {
    return this.scope.writes(name).filter(w => w.op === 'assign').at(-1);
  }

  /** True when the value in force was written under `if DEBUG:`, here or in the base module. */
  devOnly(name: string): boolean {
    const last = this.lastAssign(name);
    if (!last) return false;
    return last.imported ? this.importedDev.get(last.at)?.has(name) === true : isDevGuarded(last.statement);
  }

  /** What `from this_module import *` hands over: every name not starting with `_`. */
  private exports(): Map<string, Exported> {
    const out = new Map<string, Exported>();
    for (const name of this.scope.names()) {
      if (name.startsWith('_')) continue;
      const value = this.scope.lookup(name);
      if (value) out.set(name, { value: freeze(value, this.file), devOnly: this.devOnly(name) });
    }
    return out;
  }
}

/** `from .base import *` → { module: 'base', level: 1 }; other statements → undefined. */
export function starImportTarget(stmt: Node): { module: string; level: number } | undefined {
  if (stmt.type !== 'import_from_statement' || !namedChildren(stmt).some(c => c.type === 'wildcard_import')) return undefined;
  return importTarget(stmt);
}

/** Values defined in `file` say so; values it inherited keep naming the module that wrote them. */
function freeze(v: PyValue, file: string): Frozen {
  const source: ValueSource = v.source.kind === 'other-file' ? v.source : { kind: 'other-file', file };
  switch (v.kind) {
    case 'str': case 'bool': case 'num': return { kind: v.kind, value: v.value, source } as Frozen;
    case 'none': return { kind: 'none', source };
    case 'regex': return { kind: 'regex', pattern: v.pattern, flags: v.flags, source };
    case 'seq': return { kind: 'seq', items: v.items.map(i => freeze(i, file)), source };
    default: return { kind: 'unknown', source };
  }
}

/**
 * Back into a value of the importing file. Every node is the import statement: a finding about an
 * inherited value can only point there, and its source names the file that wrote it.
 */
function thaw(f: Frozen, statement: Node): PyValue {
  if (f.kind === 'seq') return { kind: 'seq', items: f.items.map(i => thaw(i, statement)), node: statement, source: f.source };
  return { ...f, node: statement } as PyValue;
}
