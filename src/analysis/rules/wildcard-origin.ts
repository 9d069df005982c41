import { describeSource } from '../describe';
import { anyOriginFixes } from '../fixes/origins';
import { LIBRARIES } from '../model/libraries';
import { defineRule } from './define-rule';
import { anyEntries, credentialsOn, inherited, originsRange } from './origin-facts';

export default defineRule({
  meta: {
    id: 'wildcard-origin',
    description: 'Every origin may read responses',
    category: 'security',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, options, report }) {
    for (const site of model.sites) {
      // With credentials the combination is its own, stronger finding.
      if (credentialsOn(site)) continue;
      // An OPTIONS-only route answers preflights; no page reads a response from it.
      if (site.scope.preflightOnly) continue;
      const entry = anyEntries(site)[0];
      if (!entry || inherited(entry.source)) continue;
      const written = site.origins.range ? '' : ` (\`${site.origins.option}\` is not set, and ${LIBRARIES[site.framework].label} then allows every origin)`;
      report({
        message: `Any website can read this API's responses${written || describeSource(entry.source)}; list the origins that need access.`,
        range: originsRange(site, entry),
        lowerForDev: site.devOnly,
        fixes: anyOriginFixes(site, entry, { text, language: model.language }, options.devOrigins),
      });
    }
  },
});
