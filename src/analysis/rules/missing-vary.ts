import { varyOriginFix } from '../fixes/vary';
import { defineRule } from './define-rule';

export default defineRule({
  meta: {
    id: 'missing-vary',
    description: 'A per-request Access-Control-Allow-Origin is set without `Vary: Origin`',
    category: 'caching',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      if (site.framework !== 'hand-written' || site.varyOrigin) continue;
      const dynamic = site.origins.entries.find(e => e.kind === 'reflect-any' || e.kind === 'dynamic');
      if (!dynamic) continue;
      report({
        message: 'Access-Control-Allow-Origin changes with the request but the response has no `Vary: Origin`, so a shared cache can serve one origin\'s answer to another, and the browser then blocks it.',
        range: dynamic.range,
        fixes: [varyOriginFix(dynamic, { text, language: model.language })].filter(f => f !== undefined),
      });
    }
  },
});
