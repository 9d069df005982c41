// What a piece of code lets through when it decides on the request origin: the conditions guarding
// `callback(null, true)` or `res.setHeader('Access-Control-Allow-Origin', origin)`, read as an
// allow-set (every origin, or these entries). `allowed.includes(origin)` resolves the list;
// `!origin ||` only concerns requests without an Origin and restricts nothing.
import type { OriginEntry, ValueSource } from '../../model/policy';
import { climb, descendantsOfType, namedChildren, rangeOf, type Node } from '../../parse/nodes';
import { callArgs, unwrap, JsScope, type JsValue } from '../../values/javascript';
import { isFunction, memberCall, ownDescendants } from './syntax';

/** `all`: every origin passes; otherwise exactly `entries` (possibly none). */
export interface AllowSet {
  readonly all: boolean;
  readonly entries: readonly OriginEntry[];
}

const ALL: AllowSet = { all: true, entries: [] };
export const NONE: AllowSet = { all: false, entries: [] };

function union(a: AllowSet, b: AllowSet): AllowSet {
  return a.all || b.all ? ALL : { all: false, entries: [...a.entries, ...b.entries] };
}

/** Both must hold: keep the side we can read precisely (an allowlist beats an unreadable check). */
export function intersect(a: AllowSet, b: AllowSet): AllowSet {
  if (a.all) return b;
  if (b.all) return a;
  if (a.entries.length === 0 || b.entries.length === 0) return NONE;
  return hasDynamic(a) && !hasDynamic(b) ? b : a;
}

function hasDynamic(s: AllowSet): boolean {
  return s.entries.some(e => e.kind === 'dynamic');
}

export interface OriginTest {
  /** Whether an expression is the request origin (the callback parameter, `req.headers.origin`, ...). */
  readonly isOrigin: (node: Node) => boolean;
  readonly scope: JsScope;
  /** The source to give entries we cannot resolve. */
  readonly source: ValueSource;
  /**
   * Names `isOrigin` when the same test is made again and again in one file (the request's Origin
   * header): each condition is then classified once, not once per site it guards.
   */
  readonly memoKey?: string;
}

/** A condition on the path to `target`, `negated` when `target` runs only if it is false. */
export interface Guard {
  readonly node: Node;
  readonly negated: boolean;
}

/**
 * The conditions under which `target` runs, up to `stop`: enclosing `if`/`?:`/`&&`/`||`, and earlier
 * `if (...) return ...` statements that leave before it. `exitCall` also counts as leaving.
 */
export function guardsOf(target: Node, stop: Node, exitCall?: (call: Node) => boolean): Guard[] {
  // Without `exitCall`, what each level contributes is kept per node, as a chain shared with the
  // levels above: a thousand sites nested in a thousand broken levels would otherwise each climb
  // them all, and copying the guards per level was quadratic in memory.
  const memo = exitCall ? undefined : guardMemo(target, stop);
  const levels: Array<{ id: number; guards: Guard[] }> = [];
  let rest: GuardChain = null;
  let child = target;
  for (const p of climb(target)) {
    const known = memo?.get(child.id);
    if (known !== undefined) {
      rest = known;
      break;
    }
    if (p.id === stop.id) break;
    const here: Guard[] = [];
    const cond = p.childForFieldName('condition');
    if ((p.type === 'if_statement' || p.type === 'ternary_expression') && cond && cond.id !== child.id) {
      here.push({ node: cond, negated: p.childForFieldName('alternative')?.id === child.id });
    } else if (p.type === 'binary_expression' && p.childForFieldName('right')?.id === child.id) {
      const op = p.childForFieldName('operator')?.text;
      const left = p.childForFieldName('left');
      if (left && (op === '&&' || op === '||')) here.push({ node: left, negated: op === '||' });
    } else if (p.type === 'statement_block' || p.type === 'program') {
      for (const s of ifsWithoutElse(p)) {
        if (s.startIndex >= child.startIndex) break;
        if (exitsEarly(s, exitCall)) here.push({ node: s.childForFieldName('condition')!, negated: true });
      }
    }
    levels.push({ id: child.id, guards: here });
    child = p;
  }
  for (let i = levels.length - 1; i >= 0; i--) {
    if (levels[i].guards.length) rest = { here: levels[i].guards, up: rest };
    memo?.set(levels[i].id, rest);
  }
  // Innermost first, as the climb finds them.
  const out: Guard[] = [];
  for (let c = rest; c; c = c.up) for (const g of c.here) out.push(g);
  return out;
}

/** The guards of a node's level, then those of the levels above it. */
type GuardChain = { readonly here: readonly Guard[]; readonly up: GuardChain } | null;

/** Per tree and stop: node id → the guards from that node up to the stop. */
const guardMemos = new WeakMap<Node['tree'], Map<number, Map<number, GuardChain>>>();

function guardMemo(target: Node, stop: Node): Map<number, GuardChain> {
  let byStop = guardMemos.get(target.tree);
  if (!byStop) guardMemos.set(target.tree, byStop = new Map());
  let memo = byStop.get(stop.id);
  if (!memo) byStop.set(stop.id, memo = new Map());
  return memo;
}

/**
 * Per tree: the `if` statements without `else` directly in each block, and whether each leaves. A
 * minified bundle's one huge body would otherwise be listed again for each of its thousands of calls.
 */
const blockCache = new WeakMap<Node['tree'], { ifs: Map<number, Node[]>; leaves: Map<number, boolean> }>();

function cacheFor(node: Node): { ifs: Map<number, Node[]>; leaves: Map<number, boolean> } {
  let cache = blockCache.get(node.tree);
  if (!cache) blockCache.set(node.tree, cache = { ifs: new Map(), leaves: new Map() });
  return cache;
}

function ifsWithoutElse(block: Node): Node[] {
  const cache = cacheFor(block);
  let ifs = cache.ifs.get(block.id);
  if (!ifs) {
    ifs = namedChildren(block).filter(s => s.type === 'if_statement' && !s.childForFieldName('alternative') && !!s.childForFieldName('consequence'));
    cache.ifs.set(block.id, ifs);
  }
  return ifs;
}

/** Asked only of statements before the target, so an enclosing `if` is never walked whole. */
function exitsEarly(stmt: Node, exitCall?: (call: Node) => boolean): boolean {
  if (exitCall) return exits(stmt.childForFieldName('consequence')!, exitCall);
  const cache = cacheFor(stmt);
  let leaves = cache.leaves.get(stmt.id);
  if (leaves === undefined) {
    leaves = exits(stmt.childForFieldName('consequence')!);
    cache.leaves.set(stmt.id, leaves);
  }
  return leaves;
}

function exits(stmt: Node, exitCall?: (call: Node) => boolean): boolean {
  const own = [stmt, ...ownDescendants(stmt, ['return_statement', 'throw_statement', 'call_expression'])];
  return own.some(n => n.type === 'return_statement' || n.type === 'throw_statement' || (n.type === 'call_expression' && !!exitCall?.(n)));
}

/** The origins for which every guard holds. */
export function allowedUnder(guards: readonly Guard[], t: OriginTest): AllowSet {
  return guards.reduce<AllowSet>((acc, g) => intersect(acc, classify(g.node, g.negated, t)), ALL);
}

/** Per tree: `memoKey:negated:node id` → what a condition lets through. */
const classified = new WeakMap<Node['tree'], Map<string, AllowSet>>();

/** The origins for which `cond` is truthy (or falsy, when `negated`). */
export function classify(cond: Node, negated: boolean, t: OriginTest, depth = 0): AllowSet {
  if (t.memoKey === undefined) return classifyNow(cond, negated, t, depth);
  let memo = classified.get(cond.tree);
  if (!memo) classified.set(cond.tree, memo = new Map());
  const key = `${t.memoKey}:${negated ? 1 : 0}:${cond.id}`;
  let set = memo.get(key);
  if (!set) memo.set(key, set = classifyNow(cond, negated, t, depth));
  return set;
}

/** Conditions nested in conditions (not counting a chain of one operator, read in a loop). */
const MAX_CONDITION_DEPTH = 100;

function classifyNow(cond: Node, negated: boolean, t: OriginTest, depth: number): AllowSet {
  let n = unwrap(cond);
  let op = n.childForFieldName('operator')?.text;
  // `!!!x` in a loop: negations nest as deep as they are written.
  while (n.type === 'unary_expression' && op === '!') {
    negated = !negated;
    n = unwrap(n.childForFieldName('argument')!);
    op = n.childForFieldName('operator')?.text;
  }
  if (depth > MAX_CONDITION_DEPTH) return { all: false, entries: [dynamic(n, t.source, 'a check nested too deep for CORS Lens to read')] };
  if (n.type === 'binary_expression' && (op === '&&' || op === '||')) {
    // `a || b || c …` is one left-leaning chain: its operands are read in a loop, not by recursion.
    const sets = sameOperatorOperands(n, op).map(o => classify(o, negated, t, depth + 1));
    return sets.reduce((l, r) => ((op === '&&') !== negated ? intersect(l, r) : union(l, r)));
  }
  // `origin` alone is "an Origin header was sent"; `!origin` lets only header-less requests through.
  if (t.isOrigin(n)) return negated ? NONE : ALL;
  const test = originTest(n, t);
  if (test) return negated !== test.inverted ? test.complement : test.allow;
  if (mentionsOrigin(n, t)) return { all: false, entries: [dynamic(n, t.source, 'a check CORS Lens cannot read')] };
  // const isAllowed = allowed.includes(origin); if (isAllowed) ...
  if (n.type === 'identifier') {
    const bound = JsScope.bound(n);
    if (bound && bound.endIndex <= n.startIndex && mentionsOrigin(bound, t)) return classify(bound, negated, t, depth + 1);
  }
  // allowed.includes('*') on a list that holds no '*': never true, so nothing passes this way.
  const known = constantIncludes(n, t);
  if (known !== undefined) return known !== negated ? ALL : NONE;
  return ALL;
}

/** The operands of a chain of one logical operator (`a || b || c`), in source order. */
function sameOperatorOperands(chain: Node, op: string): Node[] {
  const rights: Node[] = [];
  let n = chain;
  for (;;) {
    const left = n.childForFieldName('left')!;
    rights.push(n.childForFieldName('right')!);
    const l = unwrap(left);
    if (l.type !== 'binary_expression' || l.childForFieldName('operator')?.text !== op) {
      rights.push(left);
      break;
    }
    n = l;
  }
  return rights.reverse();
}

/** `list.includes('x')` on a list whose items are all known: true or false; undefined otherwise. */
function constantIncludes(n: Node, t: OriginTest): boolean | undefined {
  const m = n.type === 'call_expression' ? memberCall(n) : undefined;
  const arg = callArgs(n)[0];
  if (m?.property !== 'includes' || !arg) return undefined;
  const list = t.scope.eval(m.object);
  const item = t.scope.eval(arg);
  if (list.kind !== 'array' || item.kind !== 'str' || list.items.some(i => i.kind !== 'str')) return undefined;
  return list.items.some(i => i.kind === 'str' && i.value === item.value);
}

interface Test {
  readonly allow: AllowSet;
  /** What passes when the test is false: everything but a list is, for CORS, every origin. */
  readonly complement: AllowSet;
  readonly inverted: boolean;
}

function originTest(n: Node, t: OriginTest): Test | undefined {
  if (n.type === 'call_expression') {
    const m = memberCall(n);
    const arg = callArgs(n)[0];
    if (!m || !arg) return undefined;
    if ((m.property === 'includes' || m.property === 'has') && t.isOrigin(arg)) return test(listSet(m.object, t), false);
    if (m.property === 'test' && t.isOrigin(arg)) return test(regexSet(m.object, t), false);
    if (m.property === 'match' && t.isOrigin(m.object)) return test(regexSet(arg, t, matchFlags), false);
    return undefined;
  }
  if (n.type !== 'binary_expression') return undefined;
  const op = n.childForFieldName('operator')?.text ?? '';
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  if (!left || !right) return undefined;
  // allowed.indexOf(origin) !== -1 (and its spellings)
  for (const [call, other, flip] of [[left, right, false], [right, left, true]] as const) {
    const c = unwrap(call);
    const m = c.type === 'call_expression' ? memberCall(c) : undefined;
    const arg = c.type === 'call_expression' ? callArgs(c)[0] : undefined;
    if (m?.property !== 'indexOf' || !arg || !t.isOrigin(arg)) continue;
    const k = t.scope.eval(other);
    if (k.kind !== 'num') return undefined;
    const found = indexFound(flip ? mirror(op) : op, k.value);
    return found === undefined ? undefined : test(listSet(m.object, t), !found);
  }
  const equality = ['===', '==', '!==', '!='].includes(op);
  if (!equality) return undefined;
  const inverted = op.startsWith('!');
  for (const [a, b] of [[left, right], [right, left]] as const) {
    if (isTypeofOrigin(a, t) && t.scope.eval(b).kind === 'str') return { allow: NONE, complement: ALL, inverted };
    if (!t.isOrigin(a)) continue;
    const v = t.scope.eval(b);
    if (v.kind === 'nullish') return { allow: NONE, complement: ALL, inverted };
    if (v.kind === 'str') return test({ all: false, entries: [exactOrNull(v)] }, inverted);
  }
  return undefined;
}

function test(allow: AllowSet, inverted: boolean): Test {
  return { allow, complement: ALL, inverted };
}

function isTypeofOrigin(n: Node, t: OriginTest): boolean {
  const u = unwrap(n);
  return u.type === 'unary_expression' && u.childForFieldName('operator')?.text === 'typeof' && t.isOrigin(u.childForFieldName('argument')!);
}

function mirror(op: string): string {
  return ({ '>': '<', '<': '>', '>=': '<=', '<=': '>=' } as Record<string, string>)[op] ?? op;
}

/** Whether `indexOf(...) op k` means "found". */
function indexFound(op: string, k: number): boolean | undefined {
  if (k === -1 && ['!==', '!=', '>'].includes(op)) return true;
  if (k === -1 && ['===', '=='].includes(op)) return false;
  if (k === 0 && op === '>=') return true;
  if (k === 0 && op === '<') return false;
  return undefined;
}

export function mentionsOrigin(n: Node, t: OriginTest): boolean {
  return descendantsOfType(n, ['identifier', 'member_expression', 'call_expression', 'subscript_expression'])
    .some(d => !isFunction(d) && t.isOrigin(d));
}

/** The entries of an allowlist compared with `===` (`includes`, `indexOf`, `Set.has`). */
function listSet(node: Node, t: OriginTest): AllowSet {
  // A Set reads like an array (new Set([...]), .add(...)), pushes and adds included.
  const v = t.scope.eval(node);
  if (v.kind === 'array') {
    const items = v.items.map(i => (i.source.kind === 'literal' ? { ...i, source: v.source } : i));
    return { all: false, entries: items.map(i => (i.kind === 'str' ? exactOrNull(i) : dynamic(i.node, i.source, 'an allowlist entry CORS Lens cannot read'))) };
  }
  // "https://a.test,https://b.test".includes(origin) is a substring test: `https://a.tes` passes too.
  if (v.kind === 'str') return { all: false, entries: [dynamic(node, v.source, 'a substring test on a string of origins')] };
  return { all: false, entries: [dynamic(node, v.source.kind === 'literal' ? t.source : v.source, 'an allowlist CORS Lens cannot read')] };
}


/**
 * The flags that still matter when String#match uses the pattern: with `g` it starts from 0 and
 * ends with lastIndex 0, so neither `g` nor `y` carries state between calls; `y` alone reads and
 * moves lastIndex like `test` does.
 */
function matchFlags(flags: string): string {
  return flags.includes('g') ? flags.replace(/[gy]/g, '') : flags;
}

function regexSet(node: Node, t: OriginTest, flagsOf: (flags: string) => string = f => f): AllowSet {
  const v = t.scope.eval(node);
  if (v.kind === 'regex') return { all: false, entries: [{ kind: 'regex', pattern: v.pattern, flags: flagsOf(v.flags), range: rangeOf(v.node), source: v.source }] };
  return { all: false, entries: [dynamic(node, t.source, 'a pattern CORS Lens cannot read')] };
}

function exactOrNull(v: Extract<JsValue, { kind: 'str' }>): OriginEntry {
  const range = rangeOf(v.node);
  return v.value === 'null' ? { kind: 'null', range, source: v.source } : { kind: 'exact', value: v.value, range, source: v.source };
}

export function dynamic(node: Node, source: ValueSource, how: string): OriginEntry {
  return { kind: 'dynamic', range: rangeOf(node), source, how };
}
