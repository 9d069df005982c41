import { describeSource } from '../describe';
import { LIBRARIES } from '../model/libraries';
import { credentialsNote, defineRule } from './define-rule';
import { credentialsOn, isLocalHost, ownEntries } from './origin-facts';
import { originShapeProblem } from './origin-shape';

export default defineRule({
  meta: {
    id: 'insecure-http-origin',
    description: 'A plain-http origin may send credentialed requests',
    category: 'security',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    for (const site of model.sites) {
      if (!credentialsOn(site)) continue;
      const lib = LIBRARIES[site.framework];
      for (const entry of ownEntries(site)) {
        if (entry.kind !== 'exact') continue;
        // A glob or a list in one string matches no origin at all: malformed-origin says so, nothing is exposed.
        const shape = originShapeProblem(entry.value, !lib.starInStringIsRegex, lib.exactMatch)?.kind;
        if (shape === 'glob' || shape === 'list') continue;
        // The bracketed IPv6 form first: `[::1]` holds colons, which end a name's host.
        const m = /^http:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(entry.value.trim());
        if (!m || isLocalHost(m[1])) continue;
        report({
          message: `\`${entry.value}\`${describeSource(entry.source)} is plain http: anyone on the network path can inject script into that origin and use the user's credentials against this API; allow its https:// origin instead.`,
          range: entry.range,
          related: credentialsNote(site),
        });
      }
    }
  },
});
