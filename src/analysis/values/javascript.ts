// Evaluates the JavaScript/TypeScript expressions people pass to CORS middleware, following
// `const` bindings, object spreads and `process.env.X || default`, so extractors see values.
import type { ValueSource } from '../model/policy';
import { namedChildren, rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';

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

export class JsScope {
  /** name → declarators (`const x = …`) and plain assignments (`x = …`), in source order. */
  private readonly bindings = new Map<string, Array<{ value: Node; at: number }>>();

  constructor(root: Node) {
    for (const decl of nodesOfType(root, 'variable_declarator')) {
      const name = decl.childForFieldName('name');
      const value = decl.childForFieldName('value');
      if (name?.type === 'identifier' && value) this.add(name.text, value, decl.startIndex);
    }
    for (const assign of nodesOfType(root, 'assignment_expression')) {
      const left = assign.childForFieldName('left');
      const right = assign.childForFieldName('right');
      if (left?.type === 'identifier' && right) this.add(left.text, right, assign.startIndex);
    }
    for (const list of this.bindings.values()) list.sort((a, b) => a.at - b.at);
  }

  private add(name: string, value: Node, at: number): void {
    const list = this.bindings.get(name) ?? [];
    list.push({ value, at });
    this.bindings.set(name, list);
  }

  /** The expression last bound to `name` before `at` (or the first binding, for hoisted uses). */
  binding(name: string, at = Number.MAX_SAFE_INTEGER): Node | undefined {
    const list = this.bindings.get(name);
    if (!list) return undefined;
    const before = list.filter(b => b.at < at);
    return (before[before.length - 1] ?? list[0]).value;
  }

  eval(input: Node, depth = 0): JsValue {
    const node = unwrap(input);
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
      default:
        return unknown(node);
    }
  }

  private evalName(node: Node, depth: number): JsValue {
    if (node.text === 'undefined') return { kind: 'nullish', value: 'undefined', node, source: LITERAL };
    const bound = depth < 20 ? this.binding(node.text, node.startIndex) : undefined;
    if (!bound) return unknown(node);
    const v = this.eval(bound, depth + 1);
    if (v.kind === 'function' || v.source.kind !== 'literal') return v;
    return { ...v, source: { kind: 'variable', name: node.text, range: rangeOf(bound) } };
  }

  private evalItems(node: Node, depth: number): JsValue[] {
    const out: JsValue[] = [];
    for (const child of namedChildren(node)) {
      if (child.type === 'spread_element') {
        const inner = child.namedChild(0);
        const v = inner ? this.eval(inner, depth + 1) : unknown(child);
        if (v.kind === 'array') out.push(...v.items);
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
        if (v.kind === 'object') v.props.forEach(set);
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
    const target = this.eval(object, depth + 1);
    if (target.kind === 'object') return target.props.find(p => p.key === property)?.value ?? unknown(node);
    return unknown(node);
  }

  /** `process.env.X || 'a'`, `process.env.X ?? 'a'`, `'a' + 'b'`. */
  private evalBinary(node: Node, depth: number): JsValue {
    const op = node.childForFieldName('operator')?.text;
    const left = this.eval(node.childForFieldName('left')!, depth);
    const right = this.eval(node.childForFieldName('right')!, depth);
    if (op === '||' || op === '??') {
      if (left.kind === 'unknown' && left.source.kind === 'env') {
        return withSource(right, { kind: 'env-default', variable: left.source.variable });
      }
      return left.kind === 'unknown' ? unknown(node) : left;
    }
    if (op === '+' && left.kind === 'str' && right.kind === 'str') {
      return { kind: 'str', value: left.value + right.value, node, source: LITERAL };
    }
    return unknown(node);
  }

  private evalCall(node: Node, depth: number): JsValue {
    const fn = node.childForFieldName(node.type === 'new_expression' ? 'constructor' : 'function');
    const argList = node.childForFieldName('arguments');
    const args = argList ? namedChildren(argList) : [];
    if (!fn) return unknown(node);
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
        return {
          kind: 'array',
          node,
          source: target.source,
          items: target.value.split(sep.value).map(s => ({ kind: 'str', value: s, node: target.node, source: target.source })),
        };
      }
      if (target.kind === 'unknown' && target.source.kind === 'env') return { ...target, node };
    }
    return unknown(node);
  }
}

function unknown(node: Node): JsValue {
  return { kind: 'unknown', node, source: LITERAL };
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
