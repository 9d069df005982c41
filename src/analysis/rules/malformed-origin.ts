import { globFix, malformedOriginFixes, notAListFix } from '../fixes/malformed';
import { LIBRARIES } from '../model/libraries';
import { ownEntries } from './origin-facts';
import { defineRule } from './define-rule';
import { originShapeProblem } from './origin-shape';

export default defineRule({
  meta: {
    id: 'malformed-origin',
    description: 'An allowed origin can never match what a browser sends',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, report }) {
    const ctx = { text, language: model.language };
    for (const site of model.sites) {
      const lib = LIBRARIES[site.framework];
      if (site.origins.notAList) {
        report({
          message: `\`${site.origins.option}\` is a single string where ${lib.label} expects a list: ${lib.exactMatch === 'scheme-netloc'
            ? 'it reads each character as an origin (a tuple needs a trailing comma)'
            : 'it tests whether the Origin is a substring of it, so truncated look-alikes are allowed'}; write a list.`,
          range: site.origins.notAList,
          fixes: [notAListFix(site, ctx)].filter(f => f !== undefined),
        });
      }
      for (const entry of ownEntries(site)) {
        if (entry.kind === 'exact' && entry.value === '' && entry.source.kind === 'env-default' && lib.exactMatch === 'scheme-netloc') {
          // `os.environ.get("X", "").split(",")`: the empty default is the only case where the list holds "".
          report({
            message: `\`""\`: when $${entry.source.variable} is unset the list is [""], which django-cors-headers' check E013 rejects, so the server does not start.`,
            range: entry.range,
          });
        } else if (entry.kind === 'exact') {
          const problem = originShapeProblem(entry.value, !lib.starInStringIsRegex, lib.exactMatch);
          if (!problem) continue;
          const hint = problem.normalized ? ` Use \`${problem.normalized}\`.` : '';
          // django-cors-headers' system checks (E013/E014) refuse such origins, so the server does not start.
          const consequence = lib.exactMatch === 'scheme-netloc' && (problem.kind === 'no-scheme' || problem.kind === 'path')
            ? "django-cors-headers' system checks (corsheaders.E013/E014) stop the server on it once `corsheaders` is in INSTALLED_APPS"
            : "it never matches a browser's Origin header";
          report({ message: `\`${entry.value}\`: ${consequence}, because ${problem.what}.${hint}`, range: entry.range, fixes: malformedOriginFixes(site, entry, problem.normalized, ctx) });
        } else if (entry.kind === 'regex' && lib.starInStringIsRegex && /:\/\/\*/.test(entry.pattern)) {
          // flask-cors turns a glob into a regex: `https://*.example.com` means "https:" + any number of "/".
          report({
            message: `${lib.label} treats \`${entry.pattern}\` as a regular expression, not a glob: it never matches https://app.example.com-style sub-domains and does match look-alikes such as https://xexample.com.evil.example.`,
            range: entry.range,
            fixes: [globFix(site, entry, entry.pattern, ctx)].filter(f => f !== undefined),
          });
        }
      }
    }
  },
});
