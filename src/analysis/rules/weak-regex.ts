import { weakRegexFix } from '../fixes/regex';
import { LIBRARIES } from '../model/libraries';
import { credentialsNote, defineRule } from './define-rule';
import { credentialsOn, isMatchAllPattern, ownEntries } from './origin-facts';
import { regexWeaknesses } from './regex-weakness';

export default defineRule({
  meta: {
    id: 'weak-regex',
    description: 'An origin pattern admits attacker-controlled domains',
    category: 'security',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      const lib = LIBRARIES[site.framework];
      for (const entry of ownEntries(site)) {
        if (entry.kind !== 'regex' || isMatchAllPattern(entry.pattern) || /:\/\/\*/.test(entry.pattern)) continue;
        const weaknesses = regexWeaknesses(entry.pattern, lib);
        if (weaknesses.length === 0) continue;
        const example = weaknesses.find(w => w.example)?.example;
        report({
          message: `Origin pattern \`${entry.pattern}\` is too loose: ${weaknesses.map(w => w.what).join('; ')}${example ? `. For example ${example} is allowed` : ''}.`,
          range: entry.range,
          severity: credentialsOn(site) ? 'error' : 'warning',
          related: credentialsNote(site),
          fixes: [weakRegexFix(site, entry, { text, language: model.language })].filter(f => f !== undefined),
        });
      }
    }
  },
});
