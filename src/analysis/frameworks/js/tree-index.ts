// One walk of the tree shared by the JavaScript adapters: each full-tree descendantsOfType crosses
// into WASM and builds every node, which dominates extraction time on large files.
import type { Tree } from '@vscode/tree-sitter-wasm';
import { descendantsOfType, type Node } from '../../parse/nodes';
import { JsScope } from '../../values/javascript';

const TYPES = ['call_expression', 'variable_declarator', 'import_statement', 'object'] as const;
type IndexedType = (typeof TYPES)[number];

export interface TreeIndex {
  readonly scope: JsScope;
  of(type: IndexedType): readonly Node[];
}

// Keyed by the Tree object, which lives exactly as long as one analysis of one text.
const cache = new WeakMap<Tree, TreeIndex>();

export function treeIndex(root: Node): TreeIndex {
  const hit = cache.get(root.tree);
  if (hit) return hit;
  const byType = new Map<string, Node[]>(TYPES.map(t => [t, []]));
  for (const n of descendantsOfType(root, TYPES)) byType.get(n.type)?.push(n);
  const index: TreeIndex = { scope: new JsScope(root), of: type => byType.get(type) ?? [] };
  cache.set(root.tree, index);
  return index;
}
