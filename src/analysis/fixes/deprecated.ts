// deprecated-setting: rename a django-cors-headers setting, or drop one that no longer does anything.
import type { Fix } from '../model/finding';
import type { SettingUse } from '../model/policy';
import { lineEndAt, makeFix, removeItem, removeLines, replace } from './edits';
import { enclosingSequence, nodeAt, statementOf, withSyntax, type FixContext } from './syntax';

/** `CORS_ORIGIN_WHITELIST = …` → `CORS_ALLOWED_ORIGINS = …`: the library reads both names the same way. */
export function renameSettingFix(use: SettingUse, current: string, ctx: FixContext): Fix | undefined {
  if (ctx.text.slice(use.nameRange.start, use.nameRange.end) !== use.name) return undefined;
  return makeFix(`Rename to ${current}`, 'safe', true, [replace(use.nameRange, current)]);
}

/**
 * Deletes the statement writing a setting that is ignored (the current name is also set) or was
 * removed from the library; a middleware path is taken out of its list.
 */
export function removeSettingFix(use: SettingUse, ctx: FixContext, applicability: Fix['applicability']): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, use.nameRange);
    if (!node) return undefined;
    if (node.type === 'string') {
      const seq = enclosingSequence(node);
      return seq && removeItem(ctx.text, seq, node);
    }
    const stmt = statementOf(node);
    if (stmt?.type !== 'expression_statement' || !ownLines(ctx.text, stmt.startIndex, stmt.endIndex)) return undefined;
    // The only statement of an `if DEBUG:` block cannot go: the block would be empty.
    if (stmt.parent?.type === 'block' && stmt.parent.namedChildCount === 1) return undefined;
    return [removeLines(ctx.text, stmt.startIndex, stmt.endIndex)];
  });
  return edits && makeFix(`Remove ${use.name}`, applicability, true, edits);
}

/** True when nothing but whitespace and a comment shares the statement's lines. */
function ownLines(text: string, start: number, end: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const after = text.slice(end, lineEndAt(text, end));
  return before.trim() === '' && /^\s*(#.*)?$/.test(after);
}
