// Which of several Access-Control-Allow-Origin writes in one function reach the wire. A later write
// that runs on every path after an earlier one replaces it (`res.setHeader`, `response.headers[...] =`)
// or joins it (`res.append`, werkzeug's `headers.add`): two values fail the browser's CORS check,
// because the Fetch standard requires exactly one origin (Chrome: "contains multiple values").
import { namedChildren, type Node } from '../parse/nodes';

/** How a write treats a value already there. */
export type WriteMode = 'set' | 'append' | 'set-if-absent';

export interface OrderedWrite {
  /** The write itself: the call, the assignment, the header-object pair. */
  readonly node: Node;
  /** The object written to as written (`res`, `response`), undefined for a new header object. */
  readonly target?: string;
  readonly mode: WriteMode;
}

interface Syntax {
  readonly blocks: ReadonlySet<string>;
  readonly exits: ReadonlySet<string>;
  readonly functions: ReadonlySet<string>;
  /** A node under which a child runs only sometimes (`a && b`, `c ? x : y`). */
  conditional(node: Node, child: Node): boolean;
}

const JS: Syntax = {
  blocks: new Set(['statement_block', 'program', 'switch_case', 'switch_default']),
  exits: new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement']),
  functions: new Set(['arrow_function', 'function_expression', 'function', 'function_declaration', 'generator_function', 'generator_function_declaration', 'method_definition', 'class_body']),
  conditional: (node, child) =>
    (node.type === 'ternary_expression' && !node.childForFieldName('condition')?.equals(child))
    || (node.type === 'binary_expression' && ['&&', '||', '??'].includes(node.childForFieldName('operator')?.text ?? '') && !!node.childForFieldName('right')?.equals(child))
    || node.type === 'if_statement' || node.type === 'optional_chain',
};

const PYTHON: Syntax = {
  blocks: new Set(['block', 'module']),
  exits: new Set(['return_statement', 'raise_statement', 'break_statement', 'continue_statement']),
  functions: new Set(['function_definition', 'lambda', 'class_definition']),
  conditional: (node, child) =>
    (node.type === 'conditional_expression' && !namedChildren(node)[1]?.equals(child))
    || (node.type === 'boolean_operator' && !!node.childForFieldName('right')?.equals(child))
    || node.type === 'if_statement',
};

/** The statement holding `node` directly inside `block`, if `block` encloses it within one function. */
function statementIn(node: Node, block: Node, syntax: Syntax): Node | undefined {
  for (let n: Node = node; n.parent; n = n.parent) {
    if (n.parent.equals(block)) return n;
    if (syntax.functions.has(n.parent.type)) return undefined;
  }
  return undefined;
}

/** The statement that runs `write` every time it runs, or undefined when `write` is conditional within it. */
function ownStatement(write: Node, syntax: Syntax): Node | undefined {
  for (let n: Node = write; n.parent; n = n.parent) {
    const p: Node = n.parent;
    if (syntax.blocks.has(p.type)) return n;
    if (syntax.functions.has(p.type) || syntax.conditional(p, n)) return undefined;
  }
  return undefined;
}

function exits(stmt: Node, syntax: Syntax): boolean {
  const walk = (n: Node): boolean => syntax.exits.has(n.type) || namedChildren(n).some(c => !syntax.functions.has(c.type) && walk(c));
  return walk(stmt);
}

/** `later` runs after `earlier` on every path through the function that runs `earlier`. */
function alwaysFollows(earlier: Node, later: Node, syntax: Syntax): boolean {
  const own = ownStatement(later, syntax);
  const block = own?.parent;
  const s = block && statementIn(earlier, block, syntax);
  if (!own || !s || s.startIndex >= own.startIndex || exits(s, syntax)) return false;
  for (let x = s.nextNamedSibling; x && !x.equals(own); x = x.nextNamedSibling) if (exits(x, syntax)) return false;
  return true;
}

/** `earlier` has run whenever `later` runs. */
function alwaysPrecedes(earlier: Node, later: Node, syntax: Syntax): boolean {
  const own = ownStatement(earlier, syntax);
  const block = own?.parent;
  const s = block && statementIn(later, block, syntax);
  return !!own && !!s && own.startIndex < s.startIndex;
}

/**
 * The writes whose value can reach the wire alone: a write replaced on every path by a later one is
 * dropped; a value appended on every path to an earlier one makes two values, so both go when the
 * pair always travels together; `setdefault` after a write that always ran does nothing.
 */
export function effectiveWrites<W extends OrderedWrite>(writes: readonly W[], language: 'python' | 'js'): W[] {
  const syntax = language === 'python' ? PYTHON : JS;
  const sorted = [...writes].sort((a, b) => a.node.startIndex - b.node.startIndex);
  const dropped = new Set<W>();
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (a.target === undefined || b.target !== a.target) continue;
      if (b.mode === 'set-if-absent') {
        if (alwaysPrecedes(a.node, b.node, syntax)) dropped.add(b);
        continue;
      }
      if (alwaysFollows(a.node, b.node, syntax)) dropped.add(a);
      if (b.mode === 'append' && alwaysPrecedes(a.node, b.node, syntax)) dropped.add(b);
    }
  });
  return sorted.filter(w => !dropped.has(w));
}
