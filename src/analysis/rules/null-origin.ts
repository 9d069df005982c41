import { removeNullFix } from '../fixes/null-origin';
import { credentialsNote, defineRule } from './define-rule';
import { credentialsOn, ownEntries } from './origin-facts';

export default defineRule({
  meta: {
    id: 'null-origin',
    description: 'The `null` origin is trusted',
    category: 'security',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      for (const entry of ownEntries(site)) {
        if (entry.kind !== 'null') continue;
        report({
          message: site.framework === 'hand-written'
            ? '`Access-Control-Allow-Origin: null` lets in every page whose origin is `null`: sandboxed iframes, `data:` and `file:` pages, which any attacker can create; send a listed origin or no header instead.'
            : 'The origin `null` is sent by sandboxed iframes, `data:` and `file:` pages, which any attacker can create; trusting it trusts everyone.',
          range: entry.range,
          severity: credentialsOn(site) ? 'error' : 'warning',
          related: credentialsNote(site),
          fixes: [removeNullFix(entry, { text, language: model.language })].filter(f => f !== undefined),
        });
      }
    }
  },
});
