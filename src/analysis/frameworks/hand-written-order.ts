// Which of several Access-Control-Allow-Origin writes in one function reach the wire. A later write
// that runs on every path after an earlier one replaces it (`res.setHeader`, `response.headers[...] =`)
// or joins it (`res.append`, werkzeug's `headers.add`): two values fail the browser's CORS check,
// because the Fetch standard requires exactly one origin (Chrome: "contains multiple values").
import { climb, namedChildren, type Node } from '../parse/nodes';

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

/** Each block enclosing `node` within its function, with the statement of that block holding it, innermost first. */
function enclosingStatements(node: Node, syntax: Syntax): Array<{ readonly block: Node; readonly stmt: Node }> {
  const out: Array<{ block: Node; stmt: Node }> = [];
  let n = node;
  for (const parent of climb(node)) {
    if (syntax.blocks.has(parent.type)) out.push({ block: parent, stmt: n });
    else if (syntax.functions.has(parent.type)) break;
    n = parent;
  }
  return out;
}

/** The statement that runs `write` every time it runs, or undefined when `write` is conditional within it. */
function ownStatement(write: Node, syntax: Syntax): Node | undefined {
  let n = write;
  for (const p of climb(write)) {
    if (syntax.blocks.has(p.type)) return n;
    if (syntax.functions.has(p.type) || syntax.conditional(p, n)) return undefined;
    n = p;
  }
  return undefined;
}

/** Whether `stmt` holds a return/raise/break outside nested functions; a loop, as nesting can run thousands deep. */
function exits(stmt: Node, syntax: Syntax): boolean {
  const todo = [stmt];
  while (todo.length) {
    const n = todo.pop()!;
    if (syntax.exits.has(n.type)) return true;
    for (const c of namedChildren(n)) if (!syntax.functions.has(c.type)) todo.push(c);
  }
  return false;
}

/** A later write's own statement, and where the run of statements before it that never exit begins. */
interface Overwrite { readonly start: number; readonly from: number }

/**
 * The writes whose value can reach the wire alone: a write replaced on every path by a later one is
 * dropped; a value appended on every path to an earlier one makes two values, so both go when the
 * pair always travels together; `setdefault` after a write that always ran does nothing.
 *
 * Linear in the writes (one handler may hold hundreds): per block, the later writes that run whenever
 * the block reaches them are kept in source order, so "a later write always follows" is one binary search.
 */
export function effectiveWrites<W extends OrderedWrite>(writes: readonly W[], language: 'python' | 'js'): W[] {
  const syntax = language === 'python' ? PYTHON : JS;
  const sorted = [...writes].sort((a, b) => a.node.startIndex - b.node.startIndex);
  const byTarget = new Map<string, W[]>();
  for (const w of sorted) if (w.target !== undefined) push(byTarget, w.target, w);
  const exited = new Map<number, boolean>();
  const exitsOnce = (stmt: Node) => exited.get(stmt.id) ?? exited.set(stmt.id, exits(stmt, syntax)).get(stmt.id)!;
  // Where the run of statements ending just before `stmt` with no exit among them begins (-1: the block's start).
  const runs = new Map<number, number>();
  const runFrom = (stmt: Node): number => {
    const pending: Node[] = [];
    let start = -1;
    for (let x: Node | null = stmt; x; ) {
      const known = runs.get(x.id);
      if (known !== undefined) { start = known; break; }
      pending.push(x);
      const prev: Node | null = x.previousNamedSibling;
      if (prev && exitsOnce(prev)) { start = prev.endIndex; break; }
      x = prev;
    }
    for (const p of pending) runs.set(p.id, start);
    return start;
  };
  const dropped = new Set<W>();
  for (const group of byTarget.values()) {
    const overwrites = new Map<number, Overwrite[]>(); // block id → set/append writes running whenever the block reaches them
    const firstOwn = new Map<number, number>(); // block id → start of the first such write of any mode
    for (const w of group) {
      const own = ownStatement(w.node, syntax);
      const block = own?.parent;
      if (!own || !block) continue;
      if (!firstOwn.has(block.id)) firstOwn.set(block.id, own.startIndex);
      if (w.mode !== 'set-if-absent') push(overwrites, block.id, { start: own.startIndex, from: runFrom(own) });
    }
    for (const w of group) {
      for (const { block, stmt } of enclosingStatements(w.node, syntax)) {
        // Replaced: the nearest later write of this block runs after the statement holding `w` with no exit between.
        const later = overwrites.get(block.id);
        const next = later && firstAfter(later, stmt.startIndex);
        if (next && next.from <= stmt.startIndex) dropped.add(w);
        // Appended or set-if-absent after an earlier write that always ran before the statement holding `w`.
        const first = firstOwn.get(block.id);
        if (w.mode !== 'set' && first !== undefined && first < stmt.startIndex) dropped.add(w);
      }
    }
  }
  return sorted.filter(w => !dropped.has(w));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first overwrite whose statement starts after `at` (binary search: `list` is in source order). */
function firstAfter(list: readonly Overwrite[], at: number): Overwrite | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start > at) hi = mid;
    else lo = mid + 1;
  }
  return list[lo];
}
