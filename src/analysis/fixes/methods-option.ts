// unsupported-wildcard-methods: remove a flask-cors `methods` option so the library's default list
// (every common method) applies.
import type { Fix, TextEdit } from '../model/finding';
import type { Located } from '../model/policy';
import type { Node } from '../parse/nodes';
import { pyString } from '../values/python';
import { makeFix, removeItem, removeLines } from './edits';
import { statementOf, nodeAt, withSyntax, type FixContext } from './syntax';

const OPTION_NAMES = new Set(['methods', 'CORS_METHODS']);

/** The name an option value is written under: `methods=`, `"methods":`, `app.config["CORS_METHODS"] =`, `CORS_METHODS =`. */
function optionName(holder: Node): string | undefined {
  switch (holder.type) {
    case 'keyword_argument':
      return holder.childForFieldName('name')?.text;
    case 'pair': {
      const key = holder.childForFieldName('key');
      return key?.type === 'string' ? pyString(key) : undefined;
    }
    case 'assignment': {
      const left = holder.childForFieldName('left');
      if (left?.type === 'identifier') return left.text;
      const index = left?.type === 'subscript' ? left.childForFieldName('subscript') : null;
      return index?.type === 'string' ? pyString(index) : undefined;
    }
    default:
      return undefined;
  }
}

function removeOption(text: string, value: Node): TextEdit[] | undefined {
  const holder = value.parent;
  if (!holder || !OPTION_NAMES.has(optionName(holder) ?? '')) return undefined;
  if (holder.type === 'assignment') {
    const stmt = statementOf(holder);
    // Only a statement that is nothing but the assignment goes (not `a = b = "*"`).
    return stmt && stmt.namedChild(0)?.startIndex === holder.startIndex && holder.childForFieldName('right')?.startIndex === value.startIndex
      ? [removeLines(text, stmt.startIndex, stmt.endIndex)]
      : undefined;
  }
  const container = holder.parent;
  return container ? removeItem(text, container, holder) : undefined;
}

/**
 * Safe: the default list is every method flask-cors answers by default (GET, HEAD, POST, OPTIONS,
 * PUT, PATCH, DELETE), a superset of what a `*` list ever let through; origins are untouched.
 */
export function removeMethodsFix(methods: Located<readonly string[]>, ctx: FixContext): Fix | undefined {
  if (methods.source.kind !== 'literal') return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, methods.range);
    return node && removeOption(ctx.text, node);
  });
  return edits && makeFix('Remove `methods` (the default allows every common method)', 'safe', true, edits);
}
