import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { Range } from '../model/range';

export type { Node };

/**
 * Trees of an analysis that reads several files: their ranges name their file, so a value imported
 * from an options module is reported there. analyze() removes the name from the analysed file's ranges.
 */
const treeFiles = new WeakMap<Tree, string>();

export function tagTree(tree: Tree, file: string): void {
  treeFiles.set(tree, file);
}

export function treeFile(tree: Tree): string | undefined {
  return treeFiles.get(tree);
}

export function rangeOf(node: Node): Range {
  const file = treeFiles.get(node.tree);
  return file === undefined ? { start: node.startIndex, end: node.endIndex } : { start: node.startIndex, end: node.endIndex, file };
}

/** Named children without comments, which tree-sitter lets appear almost anywhere. */
export function namedChildren(node: Node): Node[] {
  // One pass: namedChild(i) walks from the first child each time, quadratic on a long module.
  return node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
}

/** Every descendant of one of `types`, in source order. */
export function descendantsOfType(node: Node, types: string | readonly string[]): Node[] {
  return node.descendantsOfType(types as string | string[]).filter((n): n is Node => n !== null);
}

/**
 * The nodes around `node`, innermost first. tree-sitter's `parent` descends from the root and scans
 * every child on the way, so climbing `parent` by `parent` costs the depth squared (3,000 nested
 * blocks took seconds), and in a module of thousands of statements each step scanned them all.
 * Here each parent found is kept per tree, and a node whose parent is not known yet is reached by
 * one descent from the root that finds each level's child by binary search over that level's
 * children (kept too), keeping every parent it passes.
 */
export function ancestors(node: Node): Node[] {
  return [...climb(node)];
}

/** Parents asked of tree-sitter one by one, looking for a kept node, before one descent from the root. */
const PARENT_STEPS = 8;

/** The nodes around `node`, innermost first, found as they are read: a caller that stops early pays for what it read. */
export function* climb(node: Node): Generator<Node> {
  const { parents } = treeCache(node.tree);
  let n = node;
  if (!parents.has(n.id)) {
    // A few `parent`s (each a descent inside tree-sitter) usually land on a node already kept: a
    // read's neighbours were climbed from before. Otherwise one descent here keeps the whole path.
    const path: Node[] = [n];
    // In a module of thousands of statements each `parent` scans them all: descend at once.
    for (let i = 0; i < (isWide(n.tree) ? 0 : PARENT_STEPS); i++) {
      const p = path[path.length - 1].parent;
      if (!p || parents.has(p.id)) {
        for (let k = 0; k < path.length; k++) parents.set(path[k].id, k + 1 < path.length ? path[k + 1] : p ? kept(p) : null);
        break;
      }
      path.push(kept(p));
    }
    if (!parents.has(n.id)) descend(n);
  }
  for (;;) {
    const p = parents.get(n.id);
    if (!p) return;
    yield p;
    n = p;
  }
}

/** `node`, then the nodes around it, innermost first. */
export function* upward(node: Node): Generator<Node> {
  yield node;
  yield* climb(node);
}

interface Children {
  readonly starts: number[];
  readonly ends: number[];
  readonly nodes: Node[];
}

interface TreeCache {
  /** Whether the root has more than WIDE children. */
  wide?: boolean;
  /** Node id → its parent (null for the root). */
  readonly parents: Map<number, Node | null>;
  /** Node id → its children, by span. */
  readonly children: Map<number, Children>;
}
const caches = new WeakMap<Tree, TreeCache>();

function treeCache(tree: Tree): TreeCache {
  let c = caches.get(tree);
  if (!c) caches.set(tree, c = { parents: new Map(), children: new Map() });
  return c;
}

/** Root children past which a climb descends from the root rather than asking `parent`. */
const WIDE = 64;

function isWide(tree: Tree): boolean {
  const cache = treeCache(tree);
  cache.wide ??= tree.rootNode.childCount > WIDE;
  return cache.wide;
}

/**
 * A node kept in the cache, with its `type` read once: each read of `type` crosses into WASM, and
 * every climb reads the type of every node it passes.
 */
function kept(node: Node): Node {
  Object.defineProperty(node, 'type', { value: node.type });
  return node;
}

/** Descends from the root to `node`, keeping the parent of every node on the way. */
function descend(node: Node): void {
  const cache = treeCache(node.tree);
  const root = kept(node.tree.rootNode);
  if (!cache.parents.has(root.id)) cache.parents.set(root.id, null);
  if (node.id === root.id) return;
  // Read once: each read of a position crosses into WASM.
  const span = { start: node.startIndex, end: node.endIndex };
  for (let n: Node | null = root; n && n.id !== node.id;) {
    const next: Node | null = childHolding(n, node, span, cache);
    if (next) cache.parents.set(next.id, n);
    n = next;
  }
}

/** The child of `parent` that is or holds `node`. */
function childHolding(parent: Node, node: Node, { start, end }: { start: number; end: number }, cache: TreeCache): Node | null {
  // A zero-width node (a MISSING token) may sit on the boundary of two children: tree-sitter decides.
  if (start === end) return parent.childWithDescendant(node);
  let kids = cache.children.get(parent.id);
  if (!kids) {
    const nodes = parent.children.filter((c): c is Node => c !== null).map(kept);
    kids = { starts: nodes.map(c => c.startIndex), ends: nodes.map(c => c.endIndex), nodes };
    cache.children.set(parent.id, kids);
    // Every child's parent is known now: a later climb from any of them starts here.
    for (const c of nodes) cache.parents.set(c.id, parent);
  }
  // The last child starting at or before `node`; children of non-zero width do not overlap.
  let lo = 0;
  let hi = kids.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (kids.starts[mid] <= start) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = at; i >= 0 && kids.ends[i] >= end; i--) {
    if (kids.starts[i] < kids.ends[i] || kids.nodes[i].id === node.id) return kids.nodes[i];
  }
  return parent.childWithDescendant(node);
}

/** Per tree and question: node id → the nearest node of the asked types at or around it (null: none). */
const nearestMemos = new WeakMap<Tree, Map<string, Map<number, Node | null>>>();

/**
 * The nearest node around `node` whose type is in `types` (`key` names the set). Memoised for every
 * node the climb passes, so asking it of every read in a file nested thousands deep with no such
 * node around costs the tree once, not once per read.
 */
export function nearestAround(node: Node, types: ReadonlySet<string>, key: string): Node | undefined {
  let byKey = nearestMemos.get(node.tree);
  if (!byKey) nearestMemos.set(node.tree, byKey = new Map());
  let memo = byKey.get(key);
  if (!memo) byKey.set(key, memo = new Map());
  const walked: number[] = [];
  let found: Node | null = null;
  for (const a of climb(node)) {
    const known = memo.get(a.id);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (types.has(a.type)) {
      found = a;
      break;
    }
    walked.push(a.id);
  }
  for (const id of walked) memo.set(id, found);
  return found ?? undefined;
}

/** The node's parent, from the kept parents (see `climb`): `node.parent` scans from the root every time. */
export function parentOf(node: Node): Node | null {
  for (const p of climb(node)) return p;
  return null;
}
