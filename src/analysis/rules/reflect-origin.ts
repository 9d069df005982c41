import { describeSource } from '../describe';
import { allowlistFix } from '../fixes/origins';
import { defineRule } from './define-rule';
import { credentialsOn, reflectEntries } from './origin-facts';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export default defineRule({
  meta: {
    id: 'reflect-origin',
    description: 'The request origin is echoed back for every caller',
    category: 'security',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, options, report }) {
    for (const site of model.sites) {
      if (credentialsOn(site)) continue; // credentials-with-any-origin covers it
      for (const entry of reflectEntries(site)) {
        if (entry.kind !== 'reflect-any') continue;
        report({
          message: `${capitalize(entry.how)} echoes every caller's Origin back${describeSource(entry.source)}, so any website can read the responses; check the origin against an allowlist.`,
          range: entry.range,
          lowerForDev: site.devOnly,
          fixes: [allowlistFix(site, entry, { text, language: model.language }, options.devOrigins)].filter(f => f !== undefined),
        });
      }
    }
  },
});
