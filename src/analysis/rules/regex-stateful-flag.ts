import { dropStatefulFlagsFix } from '../fixes/regex-flags';
import type { CorsSite, OriginEntry } from '../model/policy';
import { defineRule } from './define-rule';
import { ownEntries } from './origin-facts';

type RegexEntry = Extract<OriginEntry, { kind: 'regex' }>;

/**
 * Whether the same RegExp object is tested on every request. expressjs/cors (and NestJS on Express)
 * calls `test` on the option it was given once, never resetting `lastIndex`; @fastify/cors resets it.
 * Code that tests a pattern itself reuses it when it is bound to a name; a literal written inside
 * a handler is a new object on each evaluation.
 */
function reusedAcrossRequests(site: CorsSite, entry: RegexEntry): boolean {
  if (site.framework === 'express-cors' || site.framework === 'nestjs') return entry.source.kind === 'literal' || entry.source.kind === 'variable';
  if (site.framework === 'hand-written' || site.framework === 'koa-cors') return entry.source.kind === 'variable';
  return false;
}

export default defineRule({
  meta: {
    id: 'regex-stateful-flag',
    description: 'An origin RegExp with the `g` or `y` flag allows an origin only every other time',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      for (const entry of ownEntries(site)) {
        if (entry.kind !== 'regex' || !/[gy]/.test(entry.flags) || !reusedAcrossRequests(site, entry)) continue;
        const flag = entry.flags.includes('g') ? 'g' : 'y';
        const who = site.framework === 'express-cors' || site.framework === 'nestjs' ? 'expressjs/cors tests' : 'The code tests';
        report({
          message: `${who} this \`${flag}\`-flagged RegExp again on every request without resetting \`lastIndex\`, so an allowed origin is refused every other time (a preflight passes and the request after it is blocked).`,
          range: entry.range,
          fixes: [dropStatefulFlagsFix(entry, { text, language: model.language })].filter(f => f !== undefined),
        });
      }
    }
  },
});
