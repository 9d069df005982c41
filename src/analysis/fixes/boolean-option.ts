// non-boolean-option: write the credentials value the code evidently meant, as the type the library
// (or the browser) needs: `'true'` → `true`, `"False"` → `False`, a header's `True` → `"true"`.
import type { Fix } from '../model/finding';
import type { CorsSite } from '../model/policy';
import { replace } from './edits';
import { elsewhere } from './origin-sites';
import type { FixContext } from './syntax';

type Written = NonNullable<CorsSite['credentialsWritten']>;

/** The text at `range` is the literal the model read (a string, number or boolean), not an expression around it. */
function isLiteral(text: string, w: Written): boolean {
  const written = text.slice(w.range.start, w.range.end);
  if (w.kind === 'string') return /^[rRuU]?(['"`]).*\1$/s.test(written);
  return (w.kind === 'number' || w.kind === 'bool') && /^[\w.]+$/.test(written);
}

/**
 * `replacement` is the source text to write (`true`, `False`, `"true"`). Safe or not is the rule's
 * call: turning credentials off narrows what callers may do, turning them on widens it.
 */
export function literalCredentialsFix(
  w: Written, replacement: string, applicability: Fix['applicability'], ctx: FixContext,
): Fix | undefined {
  if (elsewhere(w.source) || !isLiteral(ctx.text, w)) return undefined;
  return { title: `Write \`${replacement}\``, applicability, preferred: true, edits: [replace(w.range, replacement)] };
}

/** `"true"` in the quotes the literal already uses (else the language's usual ones): a header value is a string. */
export function quotedTrue(text: string, w: Written, python: boolean): string {
  const quote = w.kind === 'string' ? text[w.range.end - 1] : python ? '"' : "'";
  return `${quote}true${quote}`;
}
