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
 * The nodes around `node`, innermost first. tree-sitter's `parent` descends from the root each
 * time, so climbing `parent` by `parent` costs the depth squared (3,000 nested blocks took seconds).
 * Each parent found is kept per tree: the climb reads the kept parents, asks tree-sitter for a few
 * missing ones, and past that one descent from the root finds (and keeps) all the rest. Code
 * broken at the top of a file nests every later function in the one before it, 700 deep, and
 * thousands of reads each descended the whole way.
 */
export function ancestors(node: Node): Node[] {
  return [...climb(node)];
}

/** Parents asked of tree-sitter one by one before one descent from the root finds the rest. */
const PARENT_STEPS = 8;

/** The nodes around `node`, innermost first, found as they are read: a caller that stops early pays for what it read. */
export function* climb(node: Node): Generator<Node> {
  const known = parentsIn(node.tree);
  let asked = 0;
  for (let n = node; ;) {
    let p = known.get(n.id);
    if (p === undefined) {
      if (++asked > PARENT_STEPS) {
        yield* descendTo(n, known);
        return;
      }
      p = kept(n.parent);
      known.set(n.id, p);
    }
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

/**
 * A node kept in the parent map, with its `type` read once: each read of `type` crosses into WASM,
 * and every climb reads the type of every node it passes.
 */
function kept(node: Node | null): Node | null {
  if (node) Object.defineProperty(node, 'type', { value: node.type });
  return node;
}

/** Per tree: node id → its parent (null for the root). */
const parentMaps = new WeakMap<Tree, Map<number, Node | null>>();

function parentsIn(tree: Tree): Map<number, Node | null> {
  let known = parentMaps.get(tree);
  if (!known) parentMaps.set(tree, known = new Map());
  return known;
}

/** The ancestors of `node`, innermost first, by one descent from the root that keeps every parent it passes. */
function descendTo(node: Node, known: Map<number, Node | null>): Node[] {
  const chain: Node[] = [];
  const root = kept(node.tree.rootNode)!;
  known.set(root.id, null);
  for (let n: Node | null = root; n && n.id !== node.id;) {
    chain.push(n);
    const next: Node | null = kept(n.childWithDescendant(node));
    if (next) known.set(next.id, n);
    n = next;
  }
  return chain.reverse();
}
