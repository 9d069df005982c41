// null-origin: drop the `null` entry from the list that holds it.
import type { Fix } from '../model/finding';
import type { OriginEntry } from '../model/policy';
import { makeFix, removeItem } from './edits';
import { enclosingSequence, nodeAt, withSyntax, type FixContext } from './syntax';

/**
 * Unsafe: pages that really run at the null origin (a `file://` page, a sandboxed iframe of the
 * app's own) stop working, so it is offered, never applied by "fix all".
 */
export function removeNullFix(entry: Extract<OriginEntry, { kind: 'null' }>, ctx: FixContext): Fix | undefined {
  // An environment default written as a list here is edited like any list.
  if (entry.source.kind === 'env' || entry.source.kind === 'other-file') return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    const seq = node && enclosingSequence(node);
    return seq && node.type === 'string' ? removeItem(ctx.text, seq, node) : undefined;
  });
  return edits && makeFix('Remove the null origin', 'unsafe', true, edits);
}
