import { anyOriginFixes } from '../fixes/origins';
import { LIBRARIES } from '../model/libraries';
import { credentialsNote, defineRule } from './define-rule';
import { anyEntries, inherited, originsRange, sendsStarWithCredentials } from './origin-facts';

export default defineRule({
  meta: {
    id: 'broken-credentials-wildcard',
    description: 'Credentialed requests will always be blocked',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, options, report }) {
    for (const site of model.sites) {
      if (!sendsStarWithCredentials(site)) continue;
      if (inherited(anyEntries(site)[0].source) && inherited(site.credentials?.source)) continue;
      const message = site.sendWildcard?.value
        ? `flask-cors raises ValueError for send_wildcard=True with supports_credentials=True and every origin allowed (${site.scope.kind === 'route' ? 'on every request to this route, a 500' : 'at startup'}); list the allowed origins instead.`
        : `${site.framework === 'hand-written' ? 'This code' : LIBRARIES[site.framework].label} sends \`Access-Control-Allow-Origin: *\` together with \`Access-Control-Allow-Credentials: true\`, and browsers block every credentialed request with that answer; list the allowed origins instead.`;
      const entry = anyEntries(site)[0];
      report({
        message,
        range: originsRange(site, entry),
        related: credentialsNote(site),
        fixes: anyOriginFixes(site, entry, { text, language: model.language }, options.devOrigins),
      });
    }
  },
});
