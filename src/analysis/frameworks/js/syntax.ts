// Small questions the JavaScript/TypeScript adapters ask of tree-sitter nodes.
import { descendantsOfType, namedChildren, type Node } from '../../parse/nodes';
import { nodesOfType } from '../../parse/tree-index';
import { callArgs, jsString, unwrap } from '../../values/javascript';

const FUNCTION_TYPES = new Set([
  'arrow_function', 'function_expression', 'function', 'function_declaration',
  'generator_function', 'generator_function_declaration', 'method_definition',
]);

export function isFunction(node: Node): boolean {
  return FUNCTION_TYPES.has(node.type);
}

/** A tree's functions by start, each with the function around it: built once per tree. */
interface FunctionSpans {
  readonly starts: number[];
  /** Kept as numbers: each read of a node's endIndex crosses into WASM. */
  readonly ends: number[];
  readonly nodes: Node[];
  readonly outer: number[];
}
const spansByTree = new WeakMap<Node['tree'], FunctionSpans>();

function functionSpans(node: Node): FunctionSpans {
  const known = spansByTree.get(node.tree);
  if (known) return known;
  const nodes = descendantsOfType(node.tree.rootNode, [...FUNCTION_TYPES]).sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  const outer: number[] = [];
  const open: number[] = [];
  nodes.forEach((f, i) => {
    while (open.length && nodes[open[open.length - 1]].endIndex < f.endIndex) open.pop();
    outer.push(open.length ? open[open.length - 1] : -1);
    open.push(i);
  });
  const spans = { starts: nodes.map(f => f.startIndex), ends: nodes.map(f => f.endIndex), nodes, outer };
  spansByTree.set(node.tree, spans);
  return spans;
}

/**
 * The innermost function around `node`, or undefined at module level. Found from the tree's function
 * spans, not by climbing `parent`: tree-sitter finds a parent by descending from the root, so a
 * climb costs the depth squared, and a 500-term `||` made that the whole analysis.
 */
export function enclosingFunction(node: Node): Node | undefined {
  const { starts, ends, nodes, outer } = functionSpans(node);
  const start = node.startIndex;
  const end = node.endIndex;
  // The last function starting before `node` (a function never encloses itself), then outwards.
  let lo = 0;
  let hi = starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < start || (starts[mid] === start && ends[mid] > end)) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = at; i >= 0; i = outer[i]) {
    if (ends[i] >= end && !(starts[i] === start && ends[i] === end && nodes[i].id === node.id)) return nodes[i];
  }
  return undefined;
}

/**
 * The `variable_declarator`s inside `fn` that end by `end`, in source order: a slice of the tree's
 * shared index. Walking the function for every identifier read made a long expression quadratic.
 */
export function declaratorsIn(fn: Node, end: number): Node[] {
  const all = nodesOfType(fn, 'variable_declarator');
  const from = firstStartingAt(all, fn.startIndex);
  const to = firstStartingAt(all, Math.min(end, fn.endIndex));
  const out: Node[] = [];
  for (let i = from; i < to; i++) if (all[i].endIndex <= end) out.push(all[i]);
  return out;
}

/** Per tree, per function: its declarators by each name they bind. */
const declarationsByTree = new WeakMap<Node['tree'], Map<number, Map<string, Node[]>>>();

/**
 * The `variable_declarator`s inside `fn` that bind `name`, as `const name = ...` or by destructuring
 * (`const { name } = ...`, `const { key: name } = ...`), in source order. Built once per function:
 * every identifier of a long expression asks for its declaration.
 */
export function declarationsOf(fn: Node, name: string): readonly Node[] {
  let byFunction = declarationsByTree.get(fn.tree);
  if (!byFunction) declarationsByTree.set(fn.tree, byFunction = new Map());
  let byName = byFunction.get(fn.id);
  if (!byName) {
    byFunction.set(fn.id, byName = new Map());
    for (const decl of declaratorsIn(fn, fn.endIndex)) {
      for (const bound of boundNames(decl.childForFieldName('name'))) {
        const list = byName.get(bound);
        if (list) list.push(decl); else byName.set(bound, [decl]);
      }
    }
  }
  return byName.get(name) ?? [];
}

/** The names a declarator's left side binds: an identifier, or the locals of an object pattern. */
function boundNames(pattern: Node | null): string[] {
  if (!pattern) return [];
  if (pattern.type === 'identifier') return [pattern.text];
  if (pattern.type !== 'object_pattern') return [];
  return namedChildren(pattern).flatMap(p => {
    if (p.type === 'shorthand_property_identifier_pattern') return [p.text];
    if (p.type === 'object_assignment_pattern') return [p.childForFieldName('left')?.text ?? ''];
    if (p.type === 'pair_pattern') {
      const value = p.childForFieldName('value');
      const local = value?.type === 'assignment_pattern' ? value.childForFieldName('left') : value;
      return local ? [local.text] : [];
    }
    return [];
  });
}

/** The index of the first node in `sorted` (by start) that starts at or after `index`. */
function firstStartingAt(sorted: readonly Node[], index: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].startIndex < index) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * A chained registration from its outermost call (`app.use(a).use(b)`, `app.route('/x').get(h)`):
 * the object it starts from and each call on it, in source order.
 */
export function callChain(call: Node): { base: Node; links: Array<{ call: Node; method: string }> } {
  const links: Array<{ call: Node; method: string }> = [];
  let base: Node = call;
  for (let m = memberCall(call); m; m = base.type === 'call_expression' ? memberCall(base) : undefined) {
    links.unshift({ call: base, method: m.property });
    base = unwrap(m.object);
  }
  return { base, links };
}

/** Outcomes one expression's nested ternaries may split into before it is read whole, as any computed value. */
const MAX_TERNARY_LEAVES = 64;

/**
 * The outcomes of nested ternaries (`a ? x : b ? y : z` → x, y, z), in source order; undefined past
 * MAX_TERNARY_LEAVES. With an explicit stack: ternaries nest as deep as a file (or a fuzzer) writes them.
 */
export function ternaryLeaves(value: Node): Node[] | undefined {
  const out: Node[] = [];
  const todo: Node[] = [value];
  while (todo.length) {
    if (out.length + todo.length > MAX_TERNARY_LEAVES) return undefined;
    const n = unwrap(todo.pop()!);
    if (n.type !== 'ternary_expression') {
      out.push(n);
      continue;
    }
    const branches = [n.childForFieldName('consequence'), n.childForFieldName('alternative')].filter((b): b is Node => !!b);
    todo.push(...branches.reverse());
  }
  return out;
}

/** `obj.prop(...)` → { object, property }; also `obj?.prop`. */
export function memberCall(call: Node): { object: Node; property: string } | undefined {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'member_expression') return undefined;
  const object = fn.childForFieldName('object');
  const property = fn.childForFieldName('property');
  return object && property ? { object, property: property.text } : undefined;
}

/** A string literal (or a template without substitutions), unwrapped. */
export function stringLiteral(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'string') return jsString(n);
  if (n.type === 'template_string' && namedChildren(n).every(c => c.type === 'string_fragment')) return n.text.slice(1, -1);
  return undefined;
}

/** `require('m')`, `import('m')`, `await import('m')`, `require('m').default` → 'm'. */
export function moduleOf(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  let n = unwrap(node);
  if (n.type === 'await_expression' && n.namedChild(0)) n = unwrap(n.namedChild(0)!);
  if (n.type === 'member_expression' && n.childForFieldName('property')?.text === 'default') {
    return moduleOf(n.childForFieldName('object'));
  }
  if (n.type !== 'call_expression') return undefined;
  const fn = n.childForFieldName('function');
  if (fn?.text !== 'require' && fn?.type !== 'import') return undefined;
  return stringLiteral(callArgs(n)[0]);
}

/** The parameter names of a function, in order (`undefined` for destructured ones). */
export function paramNames(fn: Node): Array<string | undefined> {
  const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  if (!params) return [];
  if (params.type === 'identifier') return [params.text];
  return namedChildren(params).map(p => {
    const pattern = p.childForFieldName('pattern') ?? p;
    const name = pattern.type === 'assignment_pattern' ? pattern.childForFieldName('left') : pattern;
    return name?.type === 'identifier' ? name.text : undefined;
  });
}

/** Every node of `types` under `node` that is not inside a nested function. */
export function ownDescendants(node: Node, types: readonly string[]): Node[] {
  // In source order, with an explicit stack: code nests as deep as its author (or a minifier) wrote it.
  const out: Node[] = [];
  const todo: Node[] = [...namedChildren(node)].reverse();
  while (todo.length) {
    const child = todo.pop()!;
    if (types.includes(child.type)) out.push(child);
    if (!isFunction(child)) todo.push(...[...namedChildren(child)].reverse());
  }
  return out;
}

/** The source text on one line, shortened for a message, in backticks. */
export function codeQuote(node: Node, max = 60): string | undefined {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length <= max ? `\`${text}\`` : undefined;
}

/** True when `node` is (under parentheses) the identifier `name`. */
export function isIdentifier(node: Node | undefined | null, name: string | undefined): boolean {
  return !!node && !!name && unwrap(node).type === 'identifier' && unwrap(node).text === name;
}
