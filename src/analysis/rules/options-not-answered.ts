import type { RouteLink } from '../app/model';
import { askingOrigins, concretePath, preflightTo } from '../app/preflights';
import { walkChain } from '../app/walk';
import { indentAt, insertLineBefore, makeFix } from '../fixes/edits';
import { nodeAt, statementOf, withSyntax, type FixContext } from '../fixes/syntax';
import type { Fix } from '../model/finding';
import type { Range } from '../model/range';
import { defineRule } from './define-rule';

/** Methods a browser always preflights, whatever the page's headers. */
const PREFLIGHTED = /^(PUT|PATCH|DELETE)$/;

/** `app.options('/x', cors(opts));` on its own line above the route's statement, with the route's own cors call. */
function addOptionsRoute(route: RouteLink, target: string, corsRange: Range, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const stmt = nodeAt(root, route.range) && statementOf(nodeAt(root, route.range)!);
    if (!stmt || ctx.text.slice(ctx.text.lastIndexOf('\n', stmt.startIndex - 1) + 1, stmt.startIndex).trim() !== '') return undefined;
    const quote = /^\s*(['"`])/.exec(ctx.text.slice(route.range.start).replace(/^[^(]*\(/, ''))?.[1] ?? "'";
    const corsText = ctx.text.slice(corsRange.start, corsRange.end);
    if (corsText.includes('\n')) return undefined;
    return [insertLineBefore(ctx.text, stmt.startIndex, `${indentAt(ctx.text, stmt.startIndex)}${target}.options(${quote}${route.path}${quote}, ${corsText});`)];
  });
  // The preflight gets the policy the route already applies to its requests; nothing else changes.
  return edits && makeFix(`Answer preflights for ${route.path} with the same cors()`, 'safe', true, edits);
}

export default defineRule({
  meta: {
    id: 'options-not-answered',
    description: 'A route runs cors() but its preflight is answered without CORS headers',
    category: 'wiring',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, options, report }) {
    const ctx: FixContext = { text, language: model.language };
    for (const chain of model.apps ?? []) {
      if (chain.framework !== 'express') continue;
      const routes = chain.links.filter((l): l is RouteLink => l.kind === 'route');
      const seen = new Set<string>();
      for (const route of routes) {
        if (!route.corsRange || route.methods.includes('OPTIONS') || route.methods.includes('*') || seen.has(route.path)) continue;
        seen.add(route.path);
        const sites = model.sites.filter(s => s.range.start >= route.corsRange!.start && s.range.end <= route.corsRange!.end);
        const path = concretePath(route.path);
        const origin = askingOrigins(sites, options.devOrigins)[0];
        const answer = origin === undefined ? undefined : walkChain(chain, model.sites, preflightTo(path, origin, route.methods[0]));
        if (!answer || 'unknown' in answer || answer.headers.some(([n]) => n.toLowerCase() === 'access-control-allow-origin')) continue;
        // A hook that answers first is preflight-rejected-by-hook's finding; here nothing answers but the router.
        if (answer.answeredBy && answer.answeredBy.kind !== 'auto-options') continue;
        const methods = routes.filter(r => r.path === route.path).flatMap(r => r.methods);
        const always = methods.filter(m => PREFLIGHTED.test(m));
        // Express's Allow lists the path's methods in registration order, HEAD after GET.
        const allow = [...new Set(methods.flatMap(m => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(',');
        const by = answer.answeredBy?.kind === 'auto-options' ? `Express's automatic OPTIONS handler (${answer.status}, Allow: ${allow})` : `${answer.status} from the rest of the app`;
        const who = always.length
          ? `so every ${always.join(' and ')} request fails with a CORS error, and so does any other request that needs a preflight (a JSON body, an Authorization header)`
          : 'so any request that needs a preflight (a JSON body, an Authorization header) fails with a CORS error; plain GET and form POST requests pass';
        report({
          message: `cors() here runs only for ${methods.join(' and ')} requests to ${route.path}: the preflight (OPTIONS ${route.path}) is answered by ${by} without CORS headers, ${who}. Add ${chain.target}.options('${route.path}', cors(...)) or register cors() for the whole app.`,
          range: route.corsRange,
          severity: always.length ? 'error' : 'warning',
          fixes: [addOptionsRoute(route, chain.target, route.corsRange, ctx)].filter((f): f is Fix => f !== undefined),
        });
      }
    }
  },
});
