import type { RedirectLink } from '../app/model';
import { askingOrigins, preflightTo } from '../app/preflights';
import { chainOf, walkChain } from '../app/walk';
import { insert, makeFix } from '../fixes/edits';
import { nodeAt, withSyntax, type FixContext } from '../fixes/syntax';
import type { Fix } from '../model/finding';
import { defineRule } from './define-rule';

/** `strict_slashes=False` as the route decorator's last argument. */
function relaxSlashes(link: RedirectLink, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const dec = nodeAt(root, link.range);
    const args = dec?.namedChild(0)?.childForFieldName('arguments');
    const close = args?.lastChild;
    if (!args || close?.type !== ')') return undefined;
    const trailingComma = /,\s*$/.test(ctx.text.slice(args.startIndex, close.startIndex));
    return [insert(close.startIndex, `${trailingComma ? ' ' : ', '}strict_slashes=False`)];
  });
  // The view now also answers at the slash-less URL: routing changes, so it is offered, never applied.
  return edits && makeFix('Serve the route without the trailing slash too (strict_slashes=False)', 'unsafe', true, edits);
}

export default defineRule({
  meta: {
    id: 'preflight-redirected',
    description: 'A route redirects the slash-less URL, and browsers refuse a redirected preflight',
    category: 'wiring',
    defaultSeverity: 'info',
    fixable: true,
  },
  check({ model, text, options, report }) {
    const ctx: FixContext = { text, language: model.language };
    for (const chain of model.apps ?? []) {
      const sites = model.sites.filter(s => chainOf([chain], s));
      for (const link of chain.links.filter((l): l is RedirectLink => l.kind === 'redirect')) {
        // Only where CORS would otherwise answer the preflight: the redirect then carries its headers in vain.
        const answered = askingOrigins(sites, options.devOrigins).some(origin => {
          const a = walkChain(chain, model.sites, preflightTo(link.from, origin));
          return !('unknown' in a) && a.answeredBy === link && a.headers.some(([n]) => n.toLowerCase() === 'access-control-allow-origin');
        });
        if (!answered) continue;
        const fix = relaxSlashes(link, ctx);
        report({
          message: `A request for ${link.from} (without the trailing slash) is redirected (${link.status}) to ${link.to}. Browsers refuse to follow a redirected preflight, so a page calling ${link.from} with a JSON body, an Authorization header, PUT or DELETE gets a CORS error ("Redirect is not allowed for a preflight request"); simple requests follow the redirect. Call ${link.to} from the page, or serve both with strict_slashes=False.`,
          range: link.range,
          related: sites.slice(0, 1).map(s => ({ range: s.range, message: 'the CORS policy is configured here' })),
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
});
