// The JavaScript adapters' shared view of one tree: the node index and one JsScope per parse.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { Node } from '../../parse/nodes';
import { nodesOfType, type IndexedType } from '../../parse/tree-index';
import { JsScope } from '../../values/javascript';

export interface TreeIndex {
  readonly scope: JsScope;
  of(type: IndexedType): readonly Node[];
}

// Keyed by the Tree object, which lives exactly as long as one analysis of one text.
const cache = new WeakMap<Tree, TreeIndex>();

export function treeIndex(root: Node): TreeIndex {
  const hit = cache.get(root.tree);
  if (hit) return hit;
  const index: TreeIndex = { scope: JsScope.of(root), of: type => nodesOfType(root, type) };
  cache.set(root.tree, index);
  return index;
}
