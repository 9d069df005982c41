import { envFallbackFix } from '../fixes/env-default';
import type { CorsSite } from '../model/policy';
import { defineRule } from './define-rule';

/** What the library does with `origin: undefined` (node_modules/cors/lib/index.js; fastify-cors index.js). */
function whenUnset(site: CorsSite): string | undefined {
  switch (site.framework) {
    case 'express-cors':
    case 'nestjs':
      return 'expressjs/cors then sends no CORS headers, so the browser blocks every cross-origin request with an error that never names the variable';
    case 'fastify-cors':
      return '@fastify/cors then fails every request with a 500 "Invalid CORS origin option"';
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'origin-from-unset-env',
    description: 'CORS stops working when the environment variable holding the origin is unset',
    category: 'never-works',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, options, report }) {
    for (const site of model.sites) {
      const effect = whenUnset(site);
      const [entry, ...more] = site.origins.entries;
      // The whole option is the variable: inside an array an unset one is only a missing item.
      if (!effect || site.origins.source.kind !== 'env' || more.length > 0 || entry?.kind !== 'dynamic' || entry.source.kind !== 'env') continue;
      report({
        message: `When ${entry.source.variable} is unset, \`origin\` is undefined: ${effect}.`,
        range: entry.range,
        fixes: [envFallbackFix(entry, { text, language: model.language }, options.devOrigins)].filter(f => f !== undefined),
      });
    }
  },
});
