// Evaluates the Python expressions people write in CORS settings, following names bound at module
// level and environment defaults, so extractors see values rather than syntax.
import type { Tree } from '@vscode/tree-sitter-wasm';
import { budget, evaluate, type Subject } from '../budget';
import type { ValueSource } from '../model/policy';
import { moduleOf } from '../modules/graph';
import { ancestors, descendantsOfType, namedChildren, rangeOf, type Node } from '../parse/nodes';

export type PyValue =
  | { kind: 'str'; value: string; node: Node; source: ValueSource }
  /** list, tuple or set; `node` is the literal when there is one (for edits), else the expression. */
  | { kind: 'seq'; items: PyValue[]; node: Node; source: ValueSource }
  | { kind: 'dict'; entries: PyDictEntry[]; node: Node; source: ValueSource }
  | { kind: 'bool'; value: boolean; node: Node; source: ValueSource }
  | { kind: 'num'; value: number; node: Node; source: ValueSource }
  | { kind: 'none'; node: Node; source: ValueSource }
  /** `re.compile("...")`. */
  | { kind: 'regex'; pattern: string; flags: string; node: Node; source: ValueSource }
  | { kind: 'unknown'; node: Node; source: ValueSource };

export interface PyDictEntry {
  readonly key: PyValue;
  readonly value: PyValue;
  readonly node: Node;
}

const LITERAL: ValueSource = { kind: 'literal' };

/** One module-level write to a name: `X = v`, `X += v`, `X.append(v)`, `X.insert(i, v)`, `X.extend(v)`. */
interface Binding {
  readonly name: string;
  readonly op: 'assign' | 'extend' | 'append' | 'insert';
  readonly value: Node;
  readonly index?: Node;
  /** Where the statement starts: a use sees only writes before it. */
  readonly at: number;
  /** The whole statement, for messages and edits. */
  readonly statement: Node;
  /** A value computed elsewhere (`from X import *`), used instead of evaluating `value`. */
  readonly imported?: PyValue;
  /** `from X import name` / `import X`: read from module X when the analysis can read other files. */
  readonly from?: ImportRef;
}

/** A module as an import statement names it; `symbol` is absent when the module itself is bound. */
interface ImportRef {
  readonly module: string;
  readonly level: number;
  readonly symbol?: string;
}

/**
 * What an attribute is read from: another module (`config.ORIGINS`), or a class or one of its
 * instances (`Config.ORIGINS`, `settings.ORIGINS` with `settings = Settings()`). A pydantic
 * BaseSettings class reads each field from the environment variable of the same name first.
 */
type Namespace =
  | { readonly kind: 'module'; readonly scope: PyScope }
  | { readonly kind: 'class'; readonly def: Node; readonly settings: boolean };

const moduleScopes = new WeakMap<Tree, PyScope>();
const MAX_DEPTH = 20;

/** Module-level statements, including those nested in `if`/`try`/`with` blocks (DEBUG guards). */
export function moduleStatements(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (block: Node) => {
    for (const stmt of namedChildren(block)) {
      if (['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause',
        'finally_clause', 'block'].includes(stmt.type)) {
        visit(stmt);
      } else {
        out.push(stmt);
      }
    }
  };
  visit(root);
  return out;
}

export class PyScope {
  private readonly bindings = new Map<string, Binding[]>();

  /**
   * `root` is a module, or a function body whose names fall back to `parent` (the module): a value
   * built inside `create_app()` is followed like one built at module level.
   */
  /** `from X import *` statements, tried for names this module does not bind itself. */
  private readonly stars: Array<{ readonly ref: ImportRef; readonly at: number }> = [];

  /** Names a loop or another unread statement also grows (`for p in raw: origins.append(p)`). */
  private readonly grownElsewhere = new Set<string>();

  /** The scope of each function whose returns were read, built once: its memoised values stay with it. */
  private readonly functionScopes = new Map<number, PyScope>();

  constructor(private readonly root: Node, private readonly parent?: PyScope) {
    const read = new Set<number>();
    for (const stmt of moduleStatements(root)) {
      if (stmt.type === 'import_from_statement' || stmt.type === 'import_statement') this.collectImport(stmt);
      if (stmt.type !== 'expression_statement') continue;
      read.add(stmt.id);
      const expr = stmt.namedChild(0);
      if (expr) this.collect(expr, stmt);
    }
    for (const call of descendantsOfType(root, 'call')) {
      const fn = call.childForFieldName('function');
      const target = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      if (target?.type !== 'identifier' || !/^(append|extend|insert|add|update)$/.test(fn!.childForFieldName('attribute')?.text ?? '')) continue;
      if (!read.has(call.parent?.id ?? -1) && ownStatement(call, root)) this.grownElsewhere.add(target.text);
    }
  }

  /** The scope of a function of this module (its body, falling back to this module's names). */
  functionScope(def: Node, body: Node): PyScope {
    let scope = this.functionScopes.get(def.id);
    if (!scope) this.functionScopes.set(def.id, (scope = new PyScope(body, this)));
    return scope;
  }

  /** The module-level scope of the file `node` belongs to. */
  static module(node: Node): PyScope {
    let scope = moduleScopes.get(node.tree);
    if (!scope) {
      scope = new PyScope(node.tree.rootNode);
      moduleScopes.set(node.tree, scope);
    }
    return scope;
  }

  private collectImport(stmt: Node): void {
    const at = stmt.startIndex;
    const bind = (name: string, from: ImportRef) => this.add({ name, op: 'assign', value: stmt, at, statement: stmt, from });
    if (stmt.type === 'import_statement') {
      // `import a.b` binds a; `import a.b as c` binds c to a.b
      for (const n of namedChildren(stmt)) {
        const dotted = n.type === 'aliased_import' ? n.childForFieldName('name') : n;
        const alias = n.type === 'aliased_import' ? n.childForFieldName('alias')?.text : undefined;
        if (dotted?.type !== 'dotted_name') continue;
        if (alias) bind(alias, { module: dotted.text, level: 0 });
        else bind(dotted.text.split('.')[0], { module: dotted.text.split('.')[0], level: 0 });
      }
      return;
    }
    const target = importTarget(stmt);
    if (!target) return;
    if (namedChildren(stmt).some(c => c.type === 'wildcard_import')) {
      this.stars.push({ ref: target, at });
      return;
    }
    for (const n of stmt.childrenForFieldName('name')) {
      const dotted = n?.type === 'aliased_import' ? n.childForFieldName('name') : n;
      const alias = n?.type === 'aliased_import' ? n.childForFieldName('alias')?.text : undefined;
      if (dotted?.type === 'dotted_name') bind(alias ?? dotted.text, { ...target, symbol: dotted.text });
    }
  }

  /** The module an import names, read through the analysis' module graph. */
  private moduleScope(ref: ImportRef): PyScope | undefined {
    const owner = moduleOf(this.root);
    const target = owner?.graph.python(owner.module.file, ref.module, ref.level);
    return target && PyScope.module(target.root);
  }

  /** `from X import name`: X's value of name, else the submodule X.name as a namespace. */
  private importedValue(ref: ImportRef, at: Node, depth: number): PyValue {
    if (ref.symbol === undefined) return unknown(at);
    const v = this.moduleScope(ref)?.lookup(ref.symbol, Number.MAX_SAFE_INTEGER, depth + 1);
    return v ?? unknown(at);
  }

  private add(b: Binding): void {
    const list = this.bindings.get(b.name) ?? [];
    // Kept in source order: imported bindings arrive after the constructor's walk.
    const after = list.findIndex(x => x.at > b.at);
    if (after < 0) list.push(b);
    else list.splice(after, 0, b);
    this.bindings.set(b.name, list);
  }

  /** Binds `name` as `from X import *` at `statement` does, to a value evaluated in module X. */
  bindImported(name: string, value: PyValue, statement: Node): void {
    this.add({ name, op: 'assign', value: statement, at: statement.startIndex, statement, imported: value });
  }

  private collect(expr: Node, stmt: Node): void {
    if (expr.type === 'assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (left?.type === 'identifier' && right) {
        this.add({ name: left.text, op: 'assign', value: right, at: stmt.startIndex, statement: stmt });
      }
    } else if (expr.type === 'augmented_assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (left?.type === 'identifier' && right && expr.childForFieldName('operator')?.text === '+=') {
        this.add({ name: left.text, op: 'extend', value: right, at: stmt.startIndex, statement: stmt });
      }
    } else if (expr.type === 'call') {
      const fn = expr.childForFieldName('function');
      const args = positionalArgs(expr);
      if (fn?.type !== 'attribute') return;
      const target = fn.childForFieldName('object');
      const method = fn.childForFieldName('attribute')?.text;
      if (target?.type !== 'identifier') return;
      if (method === 'append' && args[0]) {
        this.add({ name: target.text, op: 'append', value: args[0], at: stmt.startIndex, statement: stmt });
      } else if (method === 'extend' && args[0]) {
        this.add({ name: target.text, op: 'extend', value: args[0], at: stmt.startIndex, statement: stmt });
      } else if (method === 'insert' && args[1]) {
        this.add({ name: target.text, op: 'insert', value: args[1], index: args[0], at: stmt.startIndex, statement: stmt });
      }
    }
  }

  /** Names assigned at module level, in first-assignment order. */
  names(): string[] {
    return [...this.bindings.keys()];
  }

  /** Every write to `name`, in source order. */
  writes(name: string): readonly Binding[] {
    return this.bindings.get(name) ?? [];
  }

  /** The value of `name` as seen at offset `at` (end of file when omitted). */
  lookup(name: string, at = Number.MAX_SAFE_INTEGER, depth = 0): PyValue | undefined {
    if (depth > MAX_DEPTH) return chainCut(undefined);
    // `X = X + [...]` reads the X bound before the statement, not itself.
    const writes = (this.bindings.get(name) ?? []).filter(b => b.statement.endIndex <= at);
    const last = writes[writes.length - 1];
    return evaluate(this, `lookup ${name}@${at}`, depth, () => ({ node: last?.statement ?? this.root, name }),
      () => this.lookupWrites(name, writes, at, depth), () => last && unknown(last.value));
  }

  private lookupWrites(name: string, writes: readonly Binding[], at: number, depth: number): PyValue | undefined {
    // A module name read inside a function sees the module as it is when the function runs.
    if (writes.length === 0) return this.parent?.lookup(name, Number.MAX_SAFE_INTEGER, depth) ?? this.fromStars(name, at, depth);
    let value: PyValue | undefined;
    for (const w of writes) {
      const v = w.imported ?? (w.from ? this.importedValue(w.from, w.statement, depth) : this.eval(w.value, depth + 1));
      if (w.op === 'assign') {
        value = v;
      } else if (value?.kind === 'seq') {
        const added = w.op === 'extend' ? (v.kind === 'seq' ? v.items : [unknown(w.value)]) : [v];
        if (!budget().fitsItems(value.items.length + added.length)) {
          value = unknown(w.value);
          continue;
        }
        const items = [...value.items];
        if (w.op === 'insert') {
          const index = w.index ? this.eval(w.index, depth + 1) : undefined;
          const i = index?.kind === 'num' ? index.value : items.length;
          items.splice(i < 0 ? Math.max(0, items.length + i) : i, 0, ...added);
        } else {
          items.push(...added);
        }
        value = { ...value, items };
      } else {
        value = unknown(w.value);
      }
    }
    const last = writes[writes.length - 1];
    // Items added in a loop are not known, but they are there: the list is not empty and not only these.
    if (value?.kind === 'seq' && this.grownElsewhere.has(name)) value = { ...value, items: [...value.items, unknown(last.statement)] };
    if (!value || value.source.kind !== 'literal') return value;
    return { ...value, source: { kind: 'variable', name, range: rangeOf(last.value) } };
  }

  /** A name no statement here binds, from the last `from X import *` before `at` that defines it. */
  private fromStars(name: string, at: number, depth: number): PyValue | undefined {
    for (const star of [...this.stars].reverse()) {
      if (star.at > at) continue;
      const v = this.moduleScope(star.ref)?.lookup(name, Number.MAX_SAFE_INTEGER, depth + 1);
      if (v) return v;
    }
    return undefined;
  }

  /** What `node` names when an attribute is read from it: a module, a class or an instance of one. */
  namespaceOf(node: Node, depth = 0): Namespace | undefined {
    if (node.tree !== this.root.tree) return PyScope.module(node).namespaceOf(node, depth);
    if (depth > MAX_DEPTH) return chainCut(undefined);
    return evaluate(this, `namespace ${node.id}`, depth, () => subject(node), () => this.namespaceOfNode(node, depth), () => undefined);
  }

  private namespaceOfNode(node: Node, depth: number): Namespace | undefined {
    if (node.type === 'identifier') return this.namespaceOfName(node.text, node.startIndex, depth);
    if (node.type === 'attribute') {
      const outer = this.namespaceOf(node.childForFieldName('object')!, depth + 1);
      const attr = node.childForFieldName('attribute')?.text;
      return outer?.kind === 'module' && attr ? outer.scope.namespaceOfName(attr, Number.MAX_SAFE_INTEGER, depth + 1) : undefined;
    }
    if (node.type === 'call') {
      // `Settings()` is an instance; `get_settings()` whose body returns one is too.
      const callee = node.childForFieldName('function');
      const fn = callee?.type === 'identifier' ? this.definition(callee.text, 'function_definition') : undefined;
      if (fn) {
        const returns = fn.childForFieldName('body') ? namedChildren(fn.childForFieldName('body')!).filter(s => s.type === 'return_statement') : [];
        const value = returns.length === 1 ? returns[0].namedChild(0) : null;
        return value ? this.namespaceOf(value, depth + 1) : undefined;
      }
      const ns = callee && this.namespaceOf(callee, depth + 1);
      return ns?.kind === 'class' ? ns : undefined;
    }
    return undefined;
  }

  private namespaceOfName(name: string, at: number, depth: number): Namespace | undefined {
    // Two modules importing a name from each other would otherwise pass it back and forth for ever.
    if (depth > MAX_DEPTH) return chainCut(undefined);
    const writes = (this.bindings.get(name) ?? []).filter(b => b.statement.endIndex <= at);
    const last = writes[writes.length - 1];
    if (last?.from) {
      const scope = this.moduleScope({ ...last.from, symbol: undefined });
      if (last.from.symbol === undefined) return scope && { kind: 'module', scope };
      const inner = scope?.namespaceOfName(last.from.symbol, Number.MAX_SAFE_INTEGER, depth + 1);
      if (inner) return inner;
      // `from app.core import config`: config may be a module of the package.
      const sub = this.moduleScope({ module: [last.from.module, last.from.symbol].filter(Boolean).join('.'), level: last.from.level });
      return sub && { kind: 'module', scope: sub };
    }
    if (last && last.op === 'assign' && !last.imported) return this.namespaceOf(last.value, depth + 1);
    const def = this.definition(name, 'class_definition');
    if (def) return { kind: 'class', def, settings: this.isSettingsClass(def, depth) };
    return this.parent?.namespaceOfName(name, Number.MAX_SAFE_INTEGER, depth + 1);
  }

  /** A module-level `class name` / `def name` (decorated or not). */
  definition(name: string, type: 'class_definition' | 'function_definition'): Node | undefined {
    for (const stmt of namedChildren(this.root)) {
      const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
      if (def?.type === type && def.childForFieldName('name')?.text === name) return def;
    }
    return undefined;
  }

  /** The class bases as namespaces, first base first. */
  private bases(def: Node, depth: number): Array<Extract<Namespace, { kind: 'class' }>> {
    const list = def.childForFieldName('superclasses');
    return (list ? namedChildren(list) : []).flatMap(b => {
      if (b.type !== 'identifier' && b.type !== 'attribute') return [];
      const ns = PyScope.module(def).namespaceOf(b, depth + 1);
      return ns?.kind === 'class' ? [ns] : [];
    });
  }

  private isSettingsClass(def: Node, depth: number): boolean {
    const list = def.childForFieldName('superclasses');
    if (list && namedChildren(list).some(b => /(^|\.)BaseSettings$/.test(b.text))) return true;
    return depth < MAX_DEPTH && this.bases(def, depth).some(b => b.settings);
  }

  /**
   * The upper-case-or-not attributes a class body assigns (`X = v`, `X: T = v`), base classes first,
   * as `app.config.from_object(Config)` and attribute reads see them.
   */
  classAttributes(def: Node, depth = 0): Map<string, { value: PyValue; written: Node }> {
    const out = new Map<string, { value: PyValue; written: Node }>();
    if (depth > MAX_DEPTH) return chainCut(out);
    const module = PyScope.module(def);
    for (const base of module.bases(def, depth)) for (const [k, v] of module.classAttributes(base.def, depth + 1)) out.set(k, v);
    const settings = module.isSettingsClass(def, depth);
    for (const stmt of namedChildren(def.childForFieldName('body') ?? def)) {
      const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
      const right = a?.childForFieldName('right');
      if (left?.type !== 'identifier' || !right) continue;
      const value = module.eval(right, depth + 1);
      out.set(left.text, { value: settings ? withSource(value, { kind: 'env-default', variable: left.text }) : value, written: right });
    }
    return out;
  }

  /** The class an import string names (`"config.ProductionConfig"`, or a class of this module). */
  classNamed(dotted: string): Node | undefined {
    const cut = dotted.lastIndexOf('.');
    if (cut < 0) return this.definition(dotted, 'class_definition') ?? this.parent?.classNamed(dotted);
    const ns = this.moduleScope({ module: dotted.slice(0, cut), level: 0 })?.namespaceOfName(dotted.slice(cut + 1), Number.MAX_SAFE_INTEGER, 1);
    return ns?.kind === 'class' ? ns.def : undefined;
  }

  /** The class a `from_object(...)` argument or attribute read names, when it is one. */
  classOf(node: Node): Node | undefined {
    const ns = this.namespaceOf(node);
    return ns?.kind === 'class' ? ns.def : undefined;
  }

  /** The value of an expression; `depth` counts the names, attributes and modules followed to reach it. */
  eval(input: Node, depth = 0): PyValue {
    if (input.tree !== this.root.tree) return PyScope.module(input).eval(input, depth);
    let node = input;
    // Parentheses add nothing but nesting, which a thousand of would take as many stack frames.
    while (node.type === 'parenthesized_expression' && node.namedChild(0)) node = node.namedChild(0)!;
    if (depth > MAX_DEPTH) return chainCut(unknown(node));
    return evaluate(this, node.id, depth, () => subject(node), () => this.evalNode(node, depth), () => unknown(node));
  }

  private evalNode(node: Node, depth: number): PyValue {
    switch (node.type) {
      case 'string':
      case 'concatenated_string': {
        const s = pyString(node);
        return s === undefined ? unknown(node) : { kind: 'str', value: s, node, source: LITERAL };
      }
      case 'list':
      case 'tuple':
      case 'set':
        return { kind: 'seq', items: namedChildren(node).flatMap(n => this.evalItem(n, depth)), node, source: LITERAL };
      case 'dictionary':
        return {
          kind: 'dict',
          node,
          source: LITERAL,
          entries: namedChildren(node).filter(n => n.type === 'pair').map(pair => ({
            key: this.eval(pair.childForFieldName('key')!, depth),
            value: this.eval(pair.childForFieldName('value')!, depth),
            node: pair,
          })),
        };
      case 'true':
      case 'false':
        return { kind: 'bool', value: node.type === 'true', node, source: LITERAL };
      case 'integer':
      case 'float': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) ? { kind: 'num', value: n, node, source: LITERAL } : unknown(node);
      }
      case 'unary_operator': {
        const arg = node.childForFieldName('argument');
        const v = arg ? this.eval(arg, depth) : unknown(node);
        return v.kind === 'num' && node.text.trim().startsWith('-') ? { ...v, value: -v.value, node } : v;
      }
      case 'none':
        return { kind: 'none', node, source: LITERAL };
      case 'identifier':
        return this.lookup(node.text, node.startIndex, depth) || unknown(node);
      case 'attribute':
        return this.evalAttribute(node, depth);
      case 'binary_operator':
        return this.evalBinary(node, depth);
      case 'boolean_operator':
        return this.evalOr(node, depth);
      case 'call':
        return this.evalCall(node, depth);
      case 'subscript':
        return this.evalEnvSubscript(node) ?? this.evalSubscript(node, depth);
      default:
        return unknown(node);
    }
  }

  /** `config.ORIGINS`, `Config.ORIGINS`, `settings.ORIGINS`: the value the module or class gives it. */
  private evalAttribute(node: Node, depth: number): PyValue {
    const attr = node.childForFieldName('attribute')?.text;
    const ns = attr ? this.namespaceOf(node.childForFieldName('object')!, depth + 1) : undefined;
    if (!attr || !ns) return unknown(node);
    if (ns.kind === 'module') return ns.scope.lookup(attr, Number.MAX_SAFE_INTEGER, depth + 1) ?? unknown(node);
    return this.classAttributes(ns.def, depth + 1).get(attr)?.value ?? unknown(node);
  }

  /** A list item; `*OTHER` spreads a known sequence in place. */
  private evalItem(node: Node, depth: number): PyValue[] {
    if (node.type !== 'list_splat') return [this.eval(node, depth)];
    const inner = node.namedChild(0);
    const v = inner ? this.eval(inner, depth) : unknown(node);
    return v.kind === 'seq' && budget().spend(v.items.length) ? v.items : [unknown(node)];
  }

  /**
   * `a + b + c ...` and `a or b or c ...` nest to the left, one node per operator: the chain is folded
   * from its innermost operand in a loop, since thousands of terms would overflow the stack as recursion.
   */
  private evalChain(node: Node, depth: number, combine: (node: Node, left: PyValue, right: PyValue) => PyValue): PyValue {
    const chain: Node[] = [];
    let first: Node = node;
    while (first.type === node.type) {
      chain.push(first);
      first = first.childForFieldName('left')!;
      while (first.type === 'parenthesized_expression' && first.namedChild(0)) first = first.namedChild(0)!;
    }
    let value = this.eval(first, depth);
    for (let i = chain.length - 1; i >= 0; i--) {
      if (!budget().spend(1)) return unknown(node);
      value = combine(chain[i], value, this.eval(chain[i].childForFieldName('right')!, depth));
    }
    return value;
  }

  private evalBinary(node: Node, depth: number): PyValue {
    return this.evalChain(node, depth, (at, left, right) => {
      if (at.childForFieldName('operator')?.text !== '+') return unknown(at);
      if (left.kind === 'seq' && right.kind === 'seq' && budget().fitsItems(left.items.length + right.items.length)) {
        return { kind: 'seq', items: [...left.items, ...right.items], node: at, source: LITERAL };
      }
      if (left.kind === 'str' && right.kind === 'str' && budget().fitsString(left.value.length + right.value.length)) {
        return { kind: 'str', value: left.value + right.value, node: at, source: LITERAL };
      }
      return unknown(at);
    });
  }

  private evalOr(node: Node, depth: number): PyValue {
    return this.evalChain(node, depth, (at, left, right) => this.combineOr(at, left, right));
  }

  /** `os.environ.get("X") or "default"`. */
  private combineOr(node: Node, left: PyValue, right: PyValue): PyValue {
    if (node.childForFieldName('operator')?.text !== 'or') return unknown(node);
    if (left.source.kind === 'env' && left.kind === 'unknown') {
      return withSource(right, { kind: 'env-default', variable: left.source.variable });
    }
    // `settings.origins or ["*"]` with a default of []: the right side runs while the setting keeps its default.
    if (falsy(left)) return left.source.kind === 'env-default' ? withSource(right, left.source) : right;
    return left.kind === 'unknown' ? unknown(node) : left;
  }

  private evalCall(node: Node, depth: number): PyValue {
    const fn = node.childForFieldName('function');
    if (!fn) return unknown(node);
    const callee = fn.text.replace(/\s+/g, '');
    const args = positionalArgs(node);
    const kwargs = keywordArgs(node);

    // os.environ.get("X", d), os.getenv("X", d), env("X", default=d), config("X", default=d), env.list(...)
    if (/^(os\.)?(environ\.get|getenv)$|^(env|config)(\.(str|list|tuple|bool|int))?$/.test(callee) && args[0]) {
      const name = this.eval(args[0], depth);
      if (name.kind !== 'str') return unknown(node);
      const dflt = args[1] ?? kwargs.get('default');
      if (!dflt) return { kind: 'unknown', node, source: { kind: 'env', variable: name.value } };
      let v = this.eval(dflt, depth);
      if (callee.endsWith('.list') || callee.endsWith('.tuple')) v = splitComma(v) ?? v;
      else if (kwargs.get('cast')?.text.startsWith('Csv')) v = splitComma(v) ?? v;
      return withSource(v, { kind: 'env-default', variable: name.value });
    }
    // "a,b".split(","), os.environ.get("X", "a,b").split(",")
    if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'split') {
      const target = this.eval(fn.childForFieldName('object')!, depth);
      const sepNode = args[0];
      const sep = sepNode ? this.eval(sepNode, depth) : undefined;
      if (target.kind === 'str' && (!sep || sep.kind === 'str')) {
        const parts = sep ? target.value.split(sep.value) : target.value.trim().split(/\s+/);
        if (!budget().fitsItems(parts.length)) return unknown(node);
        return {
          kind: 'seq',
          node,
          source: target.source,
          items: parts.map(p => ({ kind: 'str', value: p, node: target.node, source: target.source })),
        };
      }
      if (target.kind === 'unknown' && target.source.kind === 'env') return { ...target, node };
      return unknown(node);
    }
    if (/^(re\.)?compile$/.test(callee) && args[0]) {
      const p = this.eval(args[0], depth);
      return p.kind === 'str' ? { kind: 'regex', pattern: p.value, flags: args[1]?.text ?? '', node, source: p.source } : unknown(node);
    }
    if (callee === 'dict' && args.length === 0) {
      const entries = [...keywordArgNodes(node).values()].map(arg => ({
        key: { kind: 'str', value: arg.childForFieldName('name')!.text, node: arg.childForFieldName('name')!, source: LITERAL } as PyValue,
        value: this.eval(arg.childForFieldName('value')!, depth),
        node: arg,
      }));
      return { kind: 'dict', entries, node, source: LITERAL };
    }
    if (/^(list|tuple|set)$/.test(callee) && args[0]) {
      const v = this.eval(args[0], depth);
      return v.kind === 'seq' ? v : unknown(node);
    }
    return this.evalReturns(fn, node, depth);
  }

  /**
   * `allow_origins=get_allowed_origins()`: what a function of this project returns, here or imported.
   * One return is its value; several lists are every origin any of them may allow (a fallback `["*"]`
   * counts); anything else is unknown.
   */
  private evalReturns(fn: Node, call: Node, depth: number): PyValue {
    const def = this.functionOf(fn, depth);
    const body = def?.childForFieldName('body');
    if (!def || !body) return unknown(call);
    const scope = PyScope.module(def).functionScope(def, body);
    const returns = descendantsOfType(body, 'return_statement').filter(r => enclosingDef(r) === def.id);
    const values = returns.map(r => (r.namedChild(0) ? scope.eval(r.namedChild(0)!, depth + 1) : unknown(r)));
    if (values.length === 1) return values[0];
    if (values.length > 1 && values.every(v => v.kind === 'seq') && budget().fitsItems(values.reduce((n, v) => n + (v.kind === 'seq' ? v.items.length : 0), 0))) {
      return { kind: 'seq', node: call, source: LITERAL, items: values.flatMap(v => (v.kind === 'seq' ? v.items : [])) };
    }
    return unknown(call);
  }

  /** The `def` a callee names: in this module, imported from another (`from x import f`), or `module.f`. */
  private functionOf(fn: Node, depth: number): Node | undefined {
    if (depth > MAX_DEPTH) return chainCut(undefined);
    if (fn.type === 'attribute') {
      const ns = this.namespaceOf(fn.childForFieldName('object')!, depth + 1);
      const name = fn.childForFieldName('attribute')?.text;
      return ns?.kind === 'module' && name ? ns.scope.definition(name, 'function_definition') : undefined;
    }
    if (fn.type !== 'identifier') return undefined;
    const writes = (this.bindings.get(fn.text) ?? []).filter(b => b.statement.endIndex <= fn.startIndex);
    const last = writes[writes.length - 1];
    if (last?.from?.symbol !== undefined) return this.moduleScope({ ...last.from, symbol: undefined })?.definition(last.from.symbol, 'function_definition');
    if (last) return undefined;
    return this.definition(fn.text, 'function_definition') ?? this.parent?.functionOf(fn, depth + 1);
  }

  /** `CONFIG["ALLOW_ORIGINS"]` on a dict, `ORIGINS[0]` on a list: the entry, when the key is a literal. */
  private evalSubscript(node: Node, depth: number): PyValue {
    const target = node.childForFieldName('value');
    const key = node.childForFieldName('subscript');
    if (!target || !key) return unknown(node);
    const container = this.eval(target, depth + 1);
    const k = this.eval(key, depth + 1);
    if (container.kind === 'dict' && k.kind === 'str') {
      return container.entries.find(e => e.key.kind === 'str' && e.key.value === k.value)?.value ?? unknown(node);
    }
    if (container.kind === 'seq' && k.kind === 'num' && Number.isInteger(k.value)) {
      return container.items.at(k.value) ?? unknown(node);
    }
    return unknown(node);
  }

  /** `os.environ["X"]`: an environment value with no default. */
  private evalEnvSubscript(node: Node): PyValue | undefined {
    const target = node.childForFieldName('value')?.text.replace(/\s+/g, '');
    const key = node.childForFieldName('subscript');
    if (!/^(os\.)?environ$/.test(target ?? '') || key?.type !== 'string') return undefined;
    const name = pyString(key);
    return name === undefined ? undefined : { kind: 'unknown', node, source: { kind: 'env', variable: name } };
  }
}

/** What an evaluation gives past the chain limit, noted so the value is reported incomplete. */
function chainCut<T>(value: T): T {
  budget().chainCut();
  return value;
}

function unknown(node: Node): PyValue {
  return { kind: 'unknown', node, source: LITERAL };
}

/** How `incomplete` names an expression whose value was cut. */
function subject(node: Node): Subject {
  return node.type === 'identifier' || (node.type === 'attribute' && node.text.length <= 60) ? { node, name: node.text } : { node };
}

/** Whether `node` belongs to `root`'s own code rather than a function or class defined inside it. */
function ownStatement(node: Node, root: Node): boolean {
  for (const p of ancestors(node)) {
    if (p.id === root.id) break;
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return false;
  }
  return true;
}

/** Python's falsiness for the values we can read; unknown values are neither. */
function falsy(v: PyValue): boolean {
  switch (v.kind) {
    case 'seq': return v.items.length === 0;
    case 'dict': return v.entries.length === 0;
    case 'str': return v.value === '';
    case 'num': return v.value === 0;
    case 'bool': return !v.value;
    case 'none': return true;
    default: return false;
  }
}

/** The id of the function definition a node sits in (a return belongs to its innermost def). */
function enclosingDef(node: Node): number | undefined {
  return ancestors(node).find(p => p.type === 'function_definition' || p.type === 'lambda')?.id;
}

function withSource(v: PyValue, source: ValueSource): PyValue {
  if (v.kind === 'seq') return { ...v, source, items: v.items.map(i => withSource(i, source)) };
  return { ...v, source };
}

function splitComma(v: PyValue): PyValue | undefined {
  if (v.kind !== 'str') return undefined;
  return {
    kind: 'seq',
    node: v.node,
    source: v.source,
    items: v.value.split(',').map(s => ({ kind: 'str', value: s.trim(), node: v.node, source: v.source })),
  };
}

/** `from .base import x` → { module: 'base', level: 1 }; `from app.core import x` → { module: 'app.core', level: 0 }. */
export function importTarget(stmt: Node): ImportRef | undefined {
  const name = stmt.childForFieldName('module_name');
  if (!name) return undefined;
  if (name.type !== 'relative_import') return { module: name.text, level: 0 };
  const prefix = namedChildren(name).find(c => c.type === 'import_prefix');
  const dotted = namedChildren(name).find(c => c.type === 'dotted_name');
  return { module: dotted?.text ?? '', level: prefix?.text.length ?? 1 };
}

export function positionalArgs(call: Node): Node[] {
  const list = call.childForFieldName('arguments');
  return list ? namedChildren(list).filter(n => n.type !== 'keyword_argument' && n.type !== 'dictionary_splat' && n.type !== 'list_splat') : [];
}

export function keywordArgs(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const list = call.childForFieldName('arguments');
  for (const arg of list ? namedChildren(list) : []) {
    if (arg.type !== 'keyword_argument') continue;
    const name = arg.childForFieldName('name');
    const value = arg.childForFieldName('value');
    if (name && value) out.set(name.text, value);
  }
  return out;
}

/** The keyword_argument node itself (name and value), for edits that remove or rename it. */
export function keywordArgNodes(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const list = call.childForFieldName('arguments');
  for (const arg of list ? namedChildren(list) : []) {
    const name = arg.type === 'keyword_argument' ? arg.childForFieldName('name') : null;
    if (name) out.set(name.text, arg);
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The value of a string literal (or adjacent literals); undefined for f-strings with substitutions. */
export function pyString(node: Node): string | undefined {
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const part of namedChildren(node)) {
      const s = pyString(part);
      if (s === undefined) return undefined;
      out += s;
    }
    return out;
  }
  if (node.type !== 'string') return undefined;
  const prefix = (node.child(0)?.text ?? '').replace(/['"]+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  let out = '';
  for (const part of namedChildren(node)) {
    if (part.type === 'string_content') out += part.text;
    else if (part.type === 'escape_sequence') out += raw ? part.text : SIMPLE_ESCAPES[part.text.slice(1)] ?? part.text;
    else if (part.type === 'interpolation') return undefined;
  }
  return out;
}
