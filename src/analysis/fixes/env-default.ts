// origin-from-unset-env: give `process.env.X` a fallback origin so an unset variable does not
// leave the CORS library without an origin.
import type { Fix } from '../model/finding';
import type { OriginEntry } from '../model/policy';
import { descendantsOfType, parentOf, type Node } from '../parse/nodes';
import { processEnvName } from '../values/javascript';
import { makeFix, replace } from './edits';
import { nodeAt, quoteStyle, stringLiteral, withSyntax, type FixContext } from './syntax';

/** Parents where `a || b` can stand without parentheses. */
const EXPRESSION_SLOTS = new Set(['pair', 'variable_declarator', 'arguments', 'array', 'assignment_expression', 'parenthesized_expression']);

/** The `process.env.X` read inside the entry's expression (`process.env.X?.split(',')`). */
function envRead(node: Node, variable: string): Node | undefined {
  if (processEnvName(node) === variable) return node;
  return descendantsOfType(node, ['member_expression', 'subscript_expression']).find(d => processEnvName(d) === variable);
}

/**
 * `process.env.X` → `process.env.X || 'http://localhost:3000'`. `||` rather than `??`: an empty
 * variable (`X=` in an env file, compose's `${X}` when unset) disables CORS just like a missing one.
 * Unsafe: where the variable is missing, the fallback origin starts being allowed.
 */
export function envFallbackFix(entry: Extract<OriginEntry, { kind: 'dynamic' }>, ctx: FixContext, devOrigins: readonly string[]): Fix | undefined {
  const origin = devOrigins[0];
  if (entry.source.kind !== 'env' || !origin) return undefined;
  const variable = entry.source.variable;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    const read = node && envRead(node, variable);
    if (!read) return undefined;
    const parent = parentOf(read);
    const fallback = `${read.text} || ${stringLiteral(origin, quoteStyle(parent ?? undefined, root, false))}`;
    return [replace(read, parent && EXPRESSION_SLOTS.has(parent.type) ? fallback : `(${fallback})`)];
  });
  return edits && makeFix(`Fall back to ${origin} when ${variable} is unset`, 'unsafe', true, edits);
}
