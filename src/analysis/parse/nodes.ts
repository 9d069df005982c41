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
 * The nodes around `node`, innermost first. Found by descending from the root once: tree-sitter's
 * `parent` itself descends from the root, so climbing `parent` by `parent` costs the depth squared
 * (3,000 nested blocks took seconds).
 */
export function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node.tree.rootNode; n && n.id !== node.id; n = n.childWithDescendant(node)) out.push(n);
  return out.reverse();
}
