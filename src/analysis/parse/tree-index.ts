// One walk of the tree shared by every adapter: each whole-tree descendantsOfType crosses into WASM
// and builds every node it returns, which dominates extraction time on large files.
import type { Tree } from '@vscode/tree-sitter-wasm';
import { descendantsOfType, namedChildren, type Node } from './nodes';

/** The node types adapters look for across a whole file, in both grammars (unknown names are ignored). */
const INDEXED = [
  // Python
  'call', 'assignment', 'dictionary', 'decorator', 'decorated_definition', 'function_definition', 'class_definition',
  'import_statement', 'import_from_statement',
  // JavaScript / TypeScript
  'call_expression', 'variable_declarator', 'assignment_expression', 'object', 'function_declaration',
  // Both
  'expression_statement', 'await_expression',
] as const;
export type IndexedType = (typeof INDEXED)[number];

// Keyed by the Tree, which lives exactly as long as one analysis of one text.
const cache = new WeakMap<Tree, Map<string, Node[]>>();

/** Every node of the given types anywhere in the tree of `node`, in source order. */
export function nodesOfType(node: Node, ...types: IndexedType[]): readonly Node[] {
  let byType = cache.get(node.tree);
  if (!byType) {
    byType = new Map(INDEXED.map(t => [t, []]));
    for (const n of descendantsOfType(node.tree.rootNode, INDEXED)) byType.get(n.type)!.push(n);
    cache.set(node.tree, byType);
  }
  if (types.length === 1) return byType.get(types[0])!;
  // A mix of types is merged and sorted once per tree: several adapters ask for the same mix.
  const key = types.join(' ');
  let mixed = byType.get(key);
  if (!mixed) byType.set(key, mixed = types.flatMap(t => byType!.get(t)!).sort((a, b) => a.startIndex - b.startIndex));
  return mixed;
}

/** Descendants of `node` of the given types in source order: from the shared index when `node` is the whole tree. */
export function descendantsIndexed(node: Node, ...types: IndexedType[]): readonly Node[] {
  return node.equals(node.tree.rootNode) ? nodesOfType(node, ...types) : descendantsOfType(node, types);
}

const statementExpressions = new WeakMap<Tree, Set<number>>();

/**
 * Whether `node` is the expression of an expression statement (`res.set(...);`), asked of the index:
 * `node.parent` descends from the root, and asking it of every call of a long chain was quadratic.
 */
export function isStatementExpression(node: Node): boolean {
  let ids = statementExpressions.get(node.tree);
  if (!ids) {
    ids = new Set(nodesOfType(node, 'expression_statement').flatMap(s => namedChildren(s).map(c => c.id)));
    statementExpressions.set(node.tree, ids);
  }
  return ids.has(node.id);
}
