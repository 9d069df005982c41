import { LIBRARIES } from '../model/libraries';
import type { Located } from '../model/policy';
import { credentialsNote, defineRule } from './define-rule';
import { credentialsOn } from './origin-facts';

const HEADER_OF = {
  methods: 'Access-Control-Allow-Methods',
  allowHeaders: 'Access-Control-Allow-Headers',
  exposeHeaders: 'Access-Control-Expose-Headers',
} as const;

export default defineRule({
  meta: {
    id: 'wildcard-with-credentials-headers',
    description: '`*` in methods or headers is taken literally when credentials are on',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    for (const site of model.sites) {
      if (!credentialsOn(site)) continue;
      const literal = LIBRARIES[site.framework].literalStar;
      for (const field of ['methods', 'allowHeaders', 'exposeHeaders'] as const) {
        const list: Located<readonly string[]> | undefined = site[field];
        if (!literal[field] || !list?.value.includes('*')) continue;
        const effect = field === 'exposeHeaders'
          ? 'so the page cannot read any other response header'
          : `so requests that need any other ${field === 'methods' ? 'method' : 'header'} are blocked`;
        report({
          message: `With credentials, browsers read \`${HEADER_OF[field]}: *\` as the name "*", not a wildcard, ${effect}; list the names.`,
          range: list.range,
          related: credentialsNote(site),
        });
      }
    }
  },
});
