// Evaluates the JavaScript/TypeScript expressions people pass to CORS middleware, following
// `const` bindings, object spreads and `process.env.X || default`, so extractors see values.
import type { Tree } from '@vscode/tree-sitter-wasm';
import { budget, evaluate, type Subject } from '../budget';
import type { ValueSource } from '../model/policy';
import { moduleOf } from '../modules/graph';
import { ancestors, namedChildren, rangeOf, type Node } from '../parse/nodes';
import { fewQuantifiers, linearMatcher } from '../parse/linear-regex';
import { isStatementExpression, nodesOfType } from '../parse/tree-index';

export type JsValue =
  | { kind: 'str'; value: string; node: Node; source: ValueSource }
  | { kind: 'array'; items: JsValue[]; node: Node; source: ValueSource }
  | { kind: 'object'; props: JsProp[]; node: Node; source: ValueSource }
  | { kind: 'bool'; value: boolean; node: Node; source: ValueSource }
  | { kind: 'num'; value: number; node: Node; source: ValueSource }
  | { kind: 'nullish'; value: 'null' | 'undefined'; node: Node; source: ValueSource }
  | { kind: 'regex'; pattern: string; flags: string; node: Node; source: ValueSource }
  | { kind: 'function'; node: Node; source: ValueSource }
  | { kind: 'unknown'; node: Node; source: ValueSource };

export interface JsProp {
  readonly key: string;
  readonly value: JsValue;
  /** The `key: value` pair (or shorthand) node, for edits that replace or remove the option. */
  readonly node: Node;
}

const LITERAL: ValueSource = { kind: 'literal' };
const WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);

/** Strips parentheses and TypeScript-only wrappers (`as const`, `satisfies T`, `x!`). */
export function unwrap(node: Node): Node {
  let n = node;
  while (WRAPPERS.has(n.type)) {
    const inner = n.type === 'type_assertion' ? n.namedChild(1) : n.namedChild(0);
    if (!inner) break;
    n = inner;
  }
  return n;
}

/** How a name got its value: an expression, a property of one (`const { a } = x`), or an import. */
type Binding =
  | { readonly at: number; readonly value: Node }
  | { readonly at: number; readonly member: { readonly of: Node; readonly key: string } }
  | { readonly at: number; readonly imported: { readonly specifier: string; readonly name: string; readonly node: Node } };

/** `'*'` is the module itself (`import * as m`, `require()`); `'default'` its default export. */
const NAMESPACE = '*';

// One scope per tree: a value imported from another module is evaluated in that module's scope.
const scopes = new WeakMap<Tree, JsScope>();

/** How deep evaluation may go, across bindings and modules, before a value counts as unknown. */
const MAX_DEPTH = 20;

export class JsScope {
  /** name → declarators (`const x = …`), plain assignments (`x = …`) and imports, in source order. */
  private readonly bindings = new Map<string, Binding[]>();
  /** name → `name.push(a, ...b)` and `list.forEach(o => name.push(o))`, which grow a bound array. */
  private readonly pushes = new Map<string, Array<{ readonly at: Node; readonly items: readonly Node[]; readonly each?: ForEachPush }>>();

  /** The scope of the tree `node` belongs to. */
  static of(node: Node): JsScope {
    let scope = scopes.get(node.tree);
    if (!scope) {
      scope = new JsScope(node.tree.rootNode);
      scopes.set(node.tree, scope);
    }
    return scope;
  }

  private constructor(private readonly root: Node) {
    for (const decl of nodesOfType(root, 'variable_declarator')) {
      const name = decl.childForFieldName('name');
      const value = decl.childForFieldName('value');
      if (!name || !value) continue;
      if (name.type === 'identifier') this.add(name.text, { value, at: decl.startIndex });
      else if (name.type === 'object_pattern') this.addPattern(name, value, decl.startIndex);
    }
    for (const assign of nodesOfType(root, 'assignment_expression')) {
      const left = assign.childForFieldName('left');
      const right = assign.childForFieldName('right');
      if (left?.type === 'identifier' && right) this.add(left.text, { value: right, at: assign.startIndex });
    }
    for (const imp of nodesOfType(root, 'import_statement')) this.addImport(imp);
    for (const list of this.bindings.values()) list.sort((a, b) => a.at - b.at);
    for (const call of nodesOfType(root, 'call_expression')) this.addPush(call);
  }

  private addPush(call: Node): void {
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'member_expression' || !isStatementExpression(call)) return;
    const target = fn.childForFieldName('object');
    const method = fn.childForFieldName('property')?.text;
    const args = callArgs(call);
    const add = (name: string, p: { at: Node; items: readonly Node[]; each?: ForEachPush }) => this.pushes.set(name, [...(this.pushes.get(name) ?? []), p]);
    if ((method === 'push' || method === 'add') && target?.type === 'identifier') add(target.text, { at: call, items: args });
    // list.forEach(o => allowed.push(o)) / list.forEach((o) => { if (...) allowed.push(o); })
    if (method === 'forEach' && target && args[0]) {
      const cb = unwrap(args[0]);
      const params = cb.childForFieldName('parameters');
      const param = cb.childForFieldName('parameter')?.text ?? (params ? namedChildren(params)[0]?.text : undefined);
      const body = cb.childForFieldName('body');
      for (const inner of body ? nodesOfType(body, 'call_expression').filter(c => c.startIndex >= body.startIndex && c.endIndex <= body.endIndex) : []) {
        const f = inner.childForFieldName('function');
        const into = f?.type === 'member_expression' ? f.childForFieldName('object') : null;
        const [arg] = callArgs(inner);
        if (f?.childForFieldName('property')?.text === 'push' && into?.type === 'identifier' && arg && param) add(into.text, { at: call, items: [], each: { list: target, param, pushed: arg } });
      }
    }
  }

  /** The items pushed onto `name` after its binding at `from` and before `use`, in a function that runs before the use. */
  private pushedItems(name: string, from: number, use: Node, depth: number): JsValue[] {
    const out: JsValue[] = [];
    for (const p of this.pushes.get(name) ?? []) {
      if (p.at.startIndex <= from || p.at.startIndex >= use.startIndex || !runsAround(p.at, use)) continue;
      // Pushed items say where they came from, not the source of the list they join.
      const own: ValueSource = { kind: 'variable', name: p.each?.list.text ?? name, range: rangeOf(p.each?.list ?? p.at) };
      const each = p.each && this.eval(p.each.list, depth + 1);
      const items = !p.each ? this.evalItems(p.at.childForFieldName('arguments')!, depth)
        : each?.kind === 'array' && mapStrings(each.items, p.each.param, p.each.pushed) || [unknown(p.at)];
      out.push(...items.map(i => (i.source.kind === 'literal' && i.kind !== 'unknown' ? { ...i, source: own } : i)));
    }
    return out;
  }

  private add(name: string, b: Binding): void {
    const list = this.bindings.get(name) ?? [];
    list.push(b);
    this.bindings.set(name, list);
  }

  /** `const { origin, cors: opts } = value`: each name is a property of the value. */
  private addPattern(pattern: Node, of: Node, at: number): void {
    for (const p of namedChildren(pattern)) {
      if (p.type === 'shorthand_property_identifier_pattern') this.add(p.text, { member: { of, key: p.text }, at });
      else if (p.type === 'pair_pattern') {
        const key = p.childForFieldName('key');
        const local = p.childForFieldName('value');
        const k = key ? propertyKey(key) : undefined;
        if (k !== undefined && local?.type === 'identifier') this.add(local.text, { member: { of, key: k }, at });
      }
    }
  }

  /** `import a, { b as c } from './m'`, `import * as m from './m'`, `import m = require('./m')`. */
  private addImport(imp: Node): void {
    const clause = namedChildren(imp).find(c => c.type === 'import_clause' || c.type === 'import_require_clause');
    const source = imp.childForFieldName('source') ?? clause?.childForFieldName('source');
    const specifier = source?.type === 'string' ? jsString(source) : undefined;
    if (!clause || specifier === undefined || /^import\s+type\b/.test(imp.text)) return;
    const bind = (local: Node | null | undefined, name: string) => {
      if (local?.type === 'identifier') this.add(local.text, { imported: { specifier, name, node: local }, at: imp.startIndex });
    };
    if (clause.type === 'import_require_clause') return bind(clause.namedChild(0), NAMESPACE);
    for (const part of namedChildren(clause)) {
      if (part.type === 'identifier') bind(part, 'default');
      else if (part.type === 'namespace_import') bind(namedChildren(part).find(c => c.type === 'identifier'), NAMESPACE);
      else if (part.type === 'named_imports') {
        for (const spec of namedChildren(part)) {
          const name = spec.childForFieldName('name');
          bind(spec.childForFieldName('alias') ?? name, name?.text ?? '');
        }
      }
    }
  }

  private bindingAt(name: string, at: number): Binding | undefined {
    const list = this.bindings.get(name);
    if (!list) return undefined;
    // Binary search: a minified bundle binds the same one-letter name thousands of times.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1] ?? list[0];
  }

  /** The expression last bound to `name` before `at` (or the first binding, for hoisted uses). */
  binding(name: string, at = Number.MAX_SAFE_INTEGER): Node | undefined {
    const b = this.bindingAt(name, at);
    return b && 'value' in b ? b.value : undefined;
  }

  /** The expression an identifier is bound to, in the identifier's own file. */
  static bound(id: Node): Node | undefined {
    return JsScope.of(id).binding(id.text, id.startIndex);
  }

  /** The value of an expression; `depth` counts the bindings and modules followed to reach it. */
  eval(input: Node, depth = 0): JsValue {
    if (input.tree !== this.root.tree) return JsScope.of(input).eval(input, depth);
    const node = unwrap(input);
    if (depth > MAX_DEPTH) return chainCut(unknown(node));
    return evaluate(this, node.id, depth, () => subject(node), () => this.evalNode(node, depth), () => unknown(node));
  }

  private evalNode(node: Node, depth: number): JsValue {
    switch (node.type) {
      case 'string': {
        const s = jsString(node);
        return s === undefined ? unknown(node) : { kind: 'str', value: s, node, source: LITERAL };
      }
      case 'template_string': {
        const s = templateString(node);
        return s === undefined ? unknown(node) : { kind: 'str', value: s, node, source: LITERAL };
      }
      case 'array':
        return { kind: 'array', node, source: LITERAL, items: this.evalItems(node, depth) };
      case 'object':
        return { kind: 'object', node, source: LITERAL, props: this.evalProps(node, depth) };
      case 'true':
      case 'false':
        return { kind: 'bool', value: node.type === 'true', node, source: LITERAL };
      case 'number': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) ? { kind: 'num', value: n, node, source: LITERAL } : unknown(node);
      }
      case 'null':
        return { kind: 'nullish', value: 'null', node, source: LITERAL };
      case 'undefined':
        return { kind: 'nullish', value: 'undefined', node, source: LITERAL };
      case 'unary_expression': {
        const arg = node.childForFieldName('argument');
        const v = arg ? this.eval(arg, depth) : unknown(node);
        const op = node.childForFieldName('operator')?.text;
        if (op === '-' && v.kind === 'num') return { ...v, value: -v.value, node };
        if (op === '!' && v.kind === 'num') return { kind: 'bool', value: v.value === 0, node, source: LITERAL };
        return unknown(node);
      }
      case 'regex': {
        const pattern = node.childForFieldName('pattern')?.text ?? '';
        return { kind: 'regex', pattern, flags: node.childForFieldName('flags')?.text ?? '', node, source: LITERAL };
      }
      case 'new_expression':
      case 'call_expression':
        return this.evalCall(node, depth);
      case 'arrow_function':
      case 'function_expression':
      case 'function':
        return { kind: 'function', node, source: LITERAL };
      case 'identifier':
        return this.evalName(node, depth);
      case 'member_expression':
        return this.evalMember(node, depth);
      case 'subscript_expression': {
        const envVar = processEnvName(node);
        return envVar ? { kind: 'unknown', node, source: { kind: 'env', variable: envVar } } : unknown(node);
      }
      case 'binary_expression':
        return this.evalBinary(node, depth);
      case 'ternary_expression':
        return this.evalTernary(node, depth);
      default:
        return unknown(node);
    }
  }

  private evalName(node: Node, depth: number): JsValue {
    if (node.text === 'undefined') return { kind: 'nullish', value: 'undefined', node, source: LITERAL };
    const b = this.bindingAt(node.text, node.startIndex);
    if (!b) return unknown(node);
    let v: JsValue;
    let at: Node;
    if ('value' in b) {
      v = this.eval(b.value, depth + 1);
      at = b.value;
      if (v.kind === 'array') {
        const pushed = this.pushedItems(node.text, b.at, node, depth);
        if (pushed.length) v = budget().fitsItems(v.items.length + pushed.length) ? { ...v, items: [...v.items, ...pushed] } : unknown(node);
      }
    } else if ('member' in b) {
      v = memberOf(this.eval(b.member.of, depth + 1), b.member.key, node);
      at = v.node;
    } else {
      v = this.importValue(b.imported.specifier, b.imported.name, b.imported.node, depth + 1);
      at = v.node;
    }
    if (v.kind === 'function' || v.source.kind !== 'literal') return v;
    return { ...v, source: { kind: 'variable', name: node.text, range: rangeOf(at) } };
  }

  /** An export of the module `specifier` names, evaluated in that module; unknown when it cannot be read. */
  private importValue(specifier: string, name: string, at: Node, depth: number): JsValue {
    const owner = moduleOf(this.root);
    const target = owner?.graph.js(owner.module.file, specifier);
    return target ? JsScope.of(target.root).exportValue(name, depth + 1) ?? unknown(at) : unknown(at);
  }

  /**
   * What the module hands to an importer under `name`: ESM `export` forms, re-exports, CommonJS
   * `module.exports = x` and `exports.name = x`. The namespace (`*`) is `module.exports` or an object
   * of the named exports.
   */
  exportValue(name: string, depth = 0): JsValue | undefined {
    if (depth > MAX_DEPTH) return chainCut(undefined);
    return evaluate(this, `export ${name}`, depth, () => ({ node: this.root, name }), () => this.evalExport(name, depth), () => undefined);
  }

  private evalExport(name: string, depth: number): JsValue | undefined {
    const top = namedChildren(this.root);
    const cjs = this.commonJsExports(top);
    if (name === NAMESPACE || name === 'default') {
      if (name === 'default') {
        const dflt = top.find(s => s.type === 'export_statement' && s.childForFieldName('value'));
        if (dflt) return this.eval(dflt.childForFieldName('value')!, depth + 1);
      }
      if (cjs.whole) return this.eval(cjs.whole, depth + 1);
      if (cjs.named.size) {
        const props = [...cjs.named].map(([key, value]) => ({ key, value: this.eval(value, depth + 1), node: value.parent ?? value }));
        return { kind: 'object', props, node: this.root, source: LITERAL };
      }
      if (name === 'default') return undefined;
      const props = this.esmExportNames(top).flatMap(key => {
        const value = this.exportValue(key, depth + 1);
        return value ? [{ key, value, node: value.node }] : [];
      });
      return { kind: 'object', props, node: this.root, source: LITERAL };
    }
    for (const stmt of top) {
      if (stmt.type !== 'export_statement') continue;
      const decl = stmt.childForFieldName('declaration');
      if (decl) {
        for (const d of namedChildren(decl)) {
          if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === name) {
            const value = d.childForFieldName('value');
            return value ? this.eval(value, depth + 1) : undefined;
          }
        }
        if (decl.childForFieldName('name')?.text === name) return { kind: 'function', node: decl, source: LITERAL };
        continue;
      }
      const source = stmt.childForFieldName('source');
      const from = source?.type === 'string' ? jsString(source) : undefined;
      const clause = namedChildren(stmt).find(c => c.type === 'export_clause');
      for (const spec of clause ? namedChildren(clause) : []) {
        const local = spec.childForFieldName('name');
        if ((spec.childForFieldName('alias') ?? local)?.text !== name || !local) continue;
        return from !== undefined ? this.importValue(from, local.text, spec, depth + 1) : this.evalName(local, depth + 1);
      }
      // export * from './x'
      if (!clause && from !== undefined && !namedChildren(stmt).some(c => c.type === 'namespace_export')) {
        const owner = moduleOf(this.root);
        const target = owner?.graph.js(owner.module.file, from);
        const v = target && JsScope.of(target.root).exportValue(name, depth + 1);
        if (v) return v;
      }
    }
    if (cjs.named.has(name)) return this.eval(cjs.named.get(name)!, depth + 1);
    if (cjs.whole) {
      const whole = this.eval(cjs.whole, depth + 1);
      if (whole.kind === 'object') return whole.props.find(p => p.key === name)?.value;
    }
    return undefined;
  }

  /** `module.exports = x` (the last one) and `module.exports.a = x` / `exports.a = x`. */
  private commonJsExports(top: readonly Node[]): { whole?: Node; named: Map<string, Node> } {
    let whole: Node | undefined;
    const named = new Map<string, Node>();
    for (const stmt of top) {
      const assign = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
      if (assign?.type !== 'assignment_expression') continue;
      const left = assign.childForFieldName('left');
      const right = assign.childForFieldName('right');
      if (!left || !right) continue;
      const target = left.text.replace(/\s+/g, '');
      if (target === 'module.exports') whole = right;
      else {
        const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
        if (m) named.set(m[1], right);
      }
    }
    return { whole, named };
  }

  private esmExportNames(top: readonly Node[]): string[] {
    const names: string[] = [];
    for (const stmt of top) {
      if (stmt.type !== 'export_statement') continue;
      const decl = stmt.childForFieldName('declaration');
      for (const d of decl ? namedChildren(decl) : []) {
        const n = d.type === 'variable_declarator' ? d.childForFieldName('name') : null;
        if (n?.type === 'identifier') names.push(n.text);
      }
      const own = decl?.childForFieldName('name');
      if (own) names.push(own.text);
      const clause = namedChildren(stmt).find(c => c.type === 'export_clause');
      for (const spec of clause ? namedChildren(clause) : []) {
        const n = spec.childForFieldName('alias') ?? spec.childForFieldName('name');
        if (n) names.push(n.text);
      }
    }
    return names;
  }

  private evalItems(node: Node, depth: number): JsValue[] {
    const out: JsValue[] = [];
    for (const child of namedChildren(node)) {
      if (child.type === 'spread_element') {
        const inner = child.namedChild(0);
        const v = inner ? this.eval(inner, depth + 1) : unknown(child);
        if (v.kind === 'array' && budget().fitsItems(out.length + v.items.length, v.items.length)) out.push(...v.items);
        else out.push(unknown(child));
      } else {
        out.push(this.eval(child, depth));
      }
    }
    return out;
  }

  private evalProps(node: Node, depth: number): JsProp[] {
    const props: JsProp[] = [];
    const set = (p: JsProp) => {
      const i = props.findIndex(q => q.key === p.key);
      if (i >= 0) props.splice(i, 1);
      props.push(p);
    };
    for (const child of namedChildren(node)) {
      if (child.type === 'pair') {
        const keyNode = child.childForFieldName('key');
        const value = child.childForFieldName('value');
        const key = keyNode ? propertyKey(keyNode) : undefined;
        if (key !== undefined && value) set({ key, value: this.eval(value, depth), node: child });
      } else if (child.type === 'shorthand_property_identifier') {
        set({ key: child.text, value: this.evalName(child, depth), node: child });
      } else if (child.type === 'method_definition') {
        const name = child.childForFieldName('name');
        if (name) set({ key: name.text, value: { kind: 'function', node: child, source: LITERAL }, node: child });
      } else if (child.type === 'spread_element') {
        const inner = child.namedChild(0);
        const v = inner ? this.eval(inner, depth + 1) : unknown(child);
        if (v.kind === 'object' && budget().fitsItems(props.length + v.props.length, v.props.length)) v.props.forEach(set);
      }
    }
    return props;
  }

  private evalMember(node: Node, depth: number): JsValue {
    const envVar = processEnvName(node);
    if (envVar) return { kind: 'unknown', node, source: { kind: 'env', variable: envVar } };
    const object = node.childForFieldName('object');
    const property = node.childForFieldName('property')?.text;
    if (!object || !property) return unknown(node);
    return property === undefined ? unknown(node) : memberOf(this.eval(object, depth + 1), property, node);
  }

  /**
   * `process.env.X || 'a'`, `process.env.X ?? 'a'`, `'a' + 'b'`. A chain (`'a' + b + 'c' + ...`) nests
   * to the left, one node per operator: it is folded from its innermost operand in a loop, since
   * thousands of terms would overflow the stack as recursion.
   */
  private evalBinary(node: Node, depth: number): JsValue {
    const chain: Node[] = [];
    let first: Node = node;
    while (first.type === 'binary_expression') {
      chain.push(first);
      first = unwrap(first.childForFieldName('left')!);
    }
    let value = this.eval(first, depth);
    for (let i = chain.length - 1; i >= 0; i--) {
      if (!budget().spend(1)) return unknown(node);
      value = this.combine(chain[i], value, this.eval(chain[i].childForFieldName('right')!, depth));
    }
    return value;
  }

  private combine(node: Node, left: JsValue, right: JsValue): JsValue {
    const op = node.childForFieldName('operator')?.text;
    if (op === '||' || op === '??') {
      if (left.kind === 'unknown' && left.source.kind === 'env') {
        return withSource(right, { kind: 'env-default', variable: left.source.variable });
      }
      return left.kind === 'unknown' ? unknown(node) : left;
    }
    if (op === '+' && left.kind === 'str' && right.kind === 'str' && budget().fitsString(left.value.length + right.value.length)) {
      return { kind: 'str', value: left.value + right.value, node, source: LITERAL };
    }
    return unknown(node);
  }

  /**
   * `process.env.X ? parse(process.env.X) : [defaults]` is the defaults while X is unset; two lists
   * (`isProd ? [...] : [...]`) are every origin either branch may allow.
   */
  private evalTernary(node: Node, depth: number): JsValue {
    const cond = node.childForFieldName('condition');
    const a = this.eval(node.childForFieldName('consequence')!, depth);
    const b = this.eval(node.childForFieldName('alternative')!, depth);
    const test = cond && unwrap(cond);
    const negated = test?.type === 'unary_expression' && test.childForFieldName('operator')?.text === '!';
    const variable = test && processEnvName(negated ? test.childForFieldName('argument')! : test);
    if (variable) {
      const [set, unset] = negated ? [b, a] : [a, b];
      if (set.kind === 'unknown' && unset.kind !== 'unknown') return withSource(unset, { kind: 'env-default', variable });
    }
    if (a.kind === 'array' && b.kind === 'array' && budget().fitsItems(a.items.length + b.items.length)) return { kind: 'array', node, source: LITERAL, items: [...a.items, ...b.items] };
    return unknown(node);
  }

  private evalCall(node: Node, depth: number): JsValue {
    const fn = node.childForFieldName(node.type === 'new_expression' ? 'constructor' : 'function');
    const argList = node.childForFieldName('arguments');
    const args = argList ? namedChildren(argList) : [];
    if (!fn) return unknown(node);
    // require('./config/cors'): the module's exports
    if (fn.type === 'identifier' && fn.text === 'require' && args[0]?.type === 'string' && node.type === 'call_expression') {
      return this.importValue(jsString(args[0]) ?? '', NAMESPACE, node, depth + 1);
    }
    // new Set(['a', 'b']), new Set().add('a').add('b'): an allowlist checked with .has()
    if (node.type === 'new_expression' && fn.text === 'Set') {
      const items = args[0] ? this.eval(args[0], depth) : undefined;
      if (!items) return { kind: 'array', node, source: LITERAL, items: [] };
      return items.kind === 'array' ? { ...items, node } : unknown(node);
    }
    if (fn.type === 'member_expression' && fn.childForFieldName('property')?.text === 'add' && args.length === 1) {
      const set = this.eval(fn.childForFieldName('object')!, depth);
      if (set.kind === 'array' && budget().fitsItems(set.items.length + 1)) return { ...set, node, items: [...set.items, this.eval(args[0], depth)] };
    }
    if (fn.text === 'RegExp' && args[0]) {
      const p = this.eval(args[0], depth);
      const f = args[1] ? this.eval(args[1], depth) : undefined;
      if (p.kind === 'str') return { kind: 'regex', pattern: p.value, flags: f?.kind === 'str' ? f.value : '', node, source: p.source };
      if (p.kind === 'regex') return { ...p, node };
      return unknown(node);
    }
    // "a,b".split(','), (process.env.X || 'a,b').split(','), process.env.X?.split(',')
    if (fn.type === 'member_expression' && fn.childForFieldName('property')?.text === 'split') {
      const target = this.eval(fn.childForFieldName('object')!, depth);
      const sep = args[0] ? this.eval(args[0], depth) : undefined;
      if (target.kind === 'str' && sep?.kind === 'str') {
        const parts = target.value.split(sep.value);
        if (!budget().fitsItems(parts.length)) return unknown(node);
        return {
          kind: 'array',
          node,
          source: target.source,
          items: parts.map(s => ({ kind: 'str', value: s, node: target.node, source: target.source })),
        };
      }
      if (target.kind === 'unknown' && target.source.kind === 'env') return { ...target, node };
    }
    // list.map(o => o.trim().toLowerCase()), list.filter(Boolean): the same origins, normalised
    const method = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
    if ((method === 'map' || method === 'filter') && args[0]) {
      const target = this.eval(fn.childForFieldName('object')!, depth);
      if (target.kind === 'unknown' && target.source.kind === 'env') return { ...target, node };
      if (target.kind !== 'array') return unknown(node);
      const cb = callbackBody(args[0]);
      const items = method === 'map' ? cb && mapStrings(target.items, cb.param, cb.body) : filterStrings(target.items, args[0]);
      return items ? { ...target, node, items } : unknown(node);
    }
    return unknown(node);
  }
}

/** What an evaluation gives past the chain limit, noted so the value is reported incomplete. */
function chainCut<T>(value: T): T {
  budget().chainCut();
  return value;
}

function unknown(node: Node): JsValue {
  return { kind: 'unknown', node, source: LITERAL };
}

/** How `incomplete` names an expression whose value was cut. */
function subject(node: Node): Subject {
  return node.type === 'identifier' ? { node, name: node.text } : { node };
}

const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function', 'function_declaration', 'method_definition', 'generator_function', 'generator_function_declaration']);

function enclosingFunctionOf(node: Node): Node | null {
  return ancestors(node).find(p => FUNCTIONS.has(p.type)) ?? null;
}

/** A push inside a callback (`list.forEach(o => allowed.push(o))`) counts for the function that calls it. */
function runsAround(push: Node, use: Node): boolean {
  const fn = enclosingFunctionOf(push);
  return !fn || (use.startIndex >= fn.startIndex && use.endIndex <= fn.endIndex);
}

/** The callback's one parameter and the expression it returns (`o => expr`, `function (o) { return expr; }`). */
function callbackBody(fn: Node): { param: string; body: Node } | undefined {
  const f = unwrap(fn);
  if (!['arrow_function', 'function_expression', 'function'].includes(f.type)) return undefined;
  const params = f.childForFieldName('parameters');
  const param = f.childForFieldName('parameter')?.text ?? (params && namedChildren(params).length === 1 ? namedChildren(params)[0].text : undefined);
  let body = f.childForFieldName('body');
  if (body?.type === 'statement_block') {
    const stmts = namedChildren(body);
    body = stmts.length === 1 && stmts[0].type === 'return_statement' ? stmts[0].namedChild(0) : null;
  }
  return param && body ? { param, body } : undefined;
}

const STRING_METHODS: Readonly<Record<string, (s: string) => string>> = {
  trim: s => s.trim(), trimStart: s => s.trimStart(), trimEnd: s => s.trimEnd(),
  toLowerCase: s => s.toLowerCase(), toUpperCase: s => s.toUpperCase(),
};

/** Longest string a user's pattern replaces in: origins and paths are far shorter. */
const MAX_REPLACED = 2048;

/** What a chain of string methods on the parameter makes of `value`; undefined for anything else. */
function applyChain(expr: Node, param: string, value: string): string | undefined {
  const n = unwrap(expr);
  if (n.type === 'identifier') return n.text === param ? value : undefined;
  if (n.type !== 'call_expression') return undefined;
  const fn = n.childForFieldName('function');
  const name = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text ?? '' : '';
  const inner = fn?.type === 'member_expression' ? applyChain(fn.childForFieldName('object')!, param, value) : undefined;
  if (inner === undefined) return undefined;
  if (STRING_METHODS[name]) return STRING_METHODS[name](inner);
  const [pattern, replacement] = callArgs(n);
  const by = replacement?.type === 'string' ? jsString(replacement) : undefined;
  if ((name !== 'replace' && name !== 'replaceAll') || by === undefined || !pattern) return undefined;
  if (pattern.type === 'string') {
    const what = jsString(pattern);
    return what === undefined ? undefined : name === 'replace' ? inner.replace(what, () => by) : inner.split(what).join(by);
  }
  if (pattern.type !== 'regex') return undefined;
  const source = pattern.childForFieldName('pattern')?.text ?? '';
  const flags = pattern.childForFieldName('flags')?.text ?? '';
  // The user's pattern runs on V8 only when it cannot backtrack for long; otherwise only "no match"
  // (the string unchanged) is known, from the linear engine.
  if (!fewQuantifiers(source) || inner.length > MAX_REPLACED) {
    const linear = /[^gi]/.test(flags) ? undefined : linearMatcher(source, flags.includes('i'));
    return linear?.test(inner) === false ? inner : undefined;
  }
  try {
    return inner.replace(new RegExp(source, flags), () => by);
  } catch {
    return undefined;
  }
}

/** `list.forEach(o => target.push(expr))`: each item of `list`, as `expr` makes it. */
interface ForEachPush {
  readonly list: Node;
  readonly param: string;
  readonly pushed: Node;
}

/** `list.map(normalise)` for a string-method chain; undefined when an item or the callback cannot be followed. */
function mapStrings(items: readonly JsValue[], param: string, body: Node): JsValue[] | undefined {
  const out: JsValue[] = [];
  for (const item of items) {
    const value = item.kind === 'str' ? applyChain(body, param, item.value) : undefined;
    if (value === undefined) return undefined;
    out.push({ ...item, value } as JsValue);
  }
  return out;
}

/** `list.filter(Boolean)` / `list.filter(o => o)`: drops the empty strings. */
function filterStrings(items: readonly JsValue[], fn: Node): JsValue[] | undefined {
  const cb = callbackBody(fn);
  const truthy = unwrap(fn).text === 'Boolean' || (cb && unwrap(cb.body).text === cb.param);
  if (!truthy || items.some(i => i.kind !== 'str')) return undefined;
  return items.filter(i => i.kind === 'str' && i.value !== '');
}

/** `value.key` for an object value; unknown otherwise. */
function memberOf(value: JsValue, key: string, at: Node): JsValue {
  if (value.kind === 'object') return value.props.find(p => p.key === key)?.value ?? unknown(at);
  return unknown(at);
}

function withSource(v: JsValue, source: ValueSource): JsValue {
  if (v.kind === 'array') return { ...v, source, items: v.items.map(i => withSource(i, source)) };
  return { ...v, source };
}

/** `process.env.X` / `process.env['X']` → "X". */
export function processEnvName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'member_expression' && n.childForFieldName('object')?.text.replace(/\s|\?/g, '') === 'process.env') {
    return n.childForFieldName('property')?.text;
  }
  if (n.type === 'subscript_expression' && n.childForFieldName('object')?.text.replace(/\s|\?/g, '') === 'process.env') {
    const idx = n.childForFieldName('index');
    return idx?.type === 'string' ? jsString(idx) : undefined;
  }
  return undefined;
}

export function propertyKey(node: Node): string | undefined {
  if (node.type === 'property_identifier' || node.type === 'identifier') return node.text;
  if (node.type === 'string') return jsString(node);
  if (node.type === 'number') return node.text;
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`', '0': '\0', '/': '/' };

export function jsString(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  let out = '';
  for (const part of namedChildren(node)) {
    if (part.type === 'string_fragment') out += part.text;
    else if (part.type === 'escape_sequence') out += SIMPLE_ESCAPES[part.text.slice(1)] ?? part.text;
  }
  return out;
}

function templateString(node: Node): string | undefined {
  let out = '';
  for (const part of namedChildren(node)) {
    if (part.type === 'string_fragment') out += part.text;
    else if (part.type === 'escape_sequence') out += SIMPLE_ESCAPES[part.text.slice(1)] ?? part.text;
    else return undefined;
  }
  return out;
}

/** The arguments of a call as nodes. */
export function callArgs(call: Node): Node[] {
  const list = call.childForFieldName('arguments');
  return list ? namedChildren(list) : [];
}
