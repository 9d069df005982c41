import { varyOriginFix } from '../fixes/vary';
import { nodeAt, withSyntax, type FixContext } from '../fixes/syntax';
import { variesWithOrigin as jsVariesWithOrigin } from '../frameworks/js/request-origin';
import { variesWithOrigin as pyVariesWithOrigin } from '../frameworks/hand-written-py';
import type { OriginEntry } from '../model/policy';
import { defineRule } from './define-rule';

/**
 * Whether the value written at `entry` follows the request's Origin header, read from the syntax the
 * extractors read: a constant, an environment or config read, another request field (the URL is
 * already the cache key; a query value varies with the URL, not with Origin) or a function that never
 * looks at the Origin does not. When the syntax cannot be read, a per-request value is assumed to.
 */
function followsOrigin(entry: OriginEntry, ctx: FixContext): boolean {
  const verdict = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    if (!node) return undefined;
    return ctx.language === 'python' ? pyVariesWithOrigin(node) : jsVariesWithOrigin(node);
  });
  return verdict ?? true;
}

export default defineRule({
  meta: {
    id: 'missing-vary',
    description: 'A per-request Access-Control-Allow-Origin is set without `Vary: Origin`',
    category: 'caching',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, report }) {
    const ctx: FixContext = { text, language: model.language };
    for (const site of model.sites) {
      if (site.framework !== 'hand-written' || site.varyOrigin) continue;
      const varying = site.origins.entries.find(e => (e.kind === 'reflect-any' || e.kind === 'dynamic') && followsOrigin(e, ctx));
      if (!varying) continue;
      report({
        message: 'Access-Control-Allow-Origin changes with the request\'s Origin but the response has no `Vary: Origin`, so a shared cache can serve one origin\'s answer to another, and the browser then blocks it.',
        range: varying.range,
        fixes: [varyOriginFix(varying, ctx)].filter(f => f !== undefined),
      });
    }
  },
});
