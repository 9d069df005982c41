import { describeSource } from '../describe';
import { anyOriginFixes } from '../fixes/origins';
import { LIBRARIES } from '../model/libraries';
import { credentialsNote, defineRule } from './define-rule';
import { anyEntries, inherited, originsRange, reflectEntries, reflectsAnyWithCredentials } from './origin-facts';

export default defineRule({
  meta: {
    id: 'credentials-with-any-origin',
    description: 'Every origin may send credentialed requests and read the answers',
    category: 'security',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, options, report }) {
    for (const site of model.sites) {
      if (!reflectsAnyWithCredentials(site)) continue;
      const reflected = reflectEntries(site)[0];
      const entry = reflected ?? anyEntries(site)[0];
      if (inherited(entry.source) && inherited(site.credentials?.source)) continue;
      const how = reflected?.kind === 'reflect-any'
        ? `${reflected.how} echoes every caller's Origin`
        : `${LIBRARIES[site.framework].label} answers "all origins" with the caller's own Origin`;
      report({
        message: `Credentials are enabled and ${how}${describeSource(entry.source)}, so any website the user visits can call this API as the signed-in user and read the responses.`,
        range: originsRange(site, entry),
        related: credentialsNote(site),
        fixes: anyOriginFixes(site, entry, { text, language: model.language }, options.devOrigins),
      });
    }
  },
});
