// The preflights the app rules ask the chain about: the paths a page can call (each route's path with
// its parameters filled in, each hook's path prefix), sent from an origin the CORS policy allows.
import type { CorsSite } from '../model/policy';
import type { WireRequest } from '../simulate';
import type { AppChain, AppLink, HookLink } from './model';
import { walkChain, type ChainAnswer } from './walk';

/** `/users/:id`, `/files/<path:name>`, `/x/*` → `/users/x`, `/files/x`, `/x/x`. */
export function concretePath(pattern: string): string {
  return pattern.replace(/<[^>]+>/g, 'x').replace(/:\w+\??/g, 'x').replace(/\*/g, 'x') || '/';
}

/** Enough paths to find a hook's reach in any app people write; a generated file with thousands of routes stays bounded. */
const MAX_PATHS = 40;

export function callablePaths(chain: AppChain): string[] {
  // Paths a route serves first: a hover's sample request should reach a view.
  const paths = chain.links.flatMap((l): string[] => (l.kind === 'route' ? [concretePath(l.path)] : []));
  const others = chain.links.flatMap((l): string[] => {
    if (l.kind === 'redirect') return [l.from];
    if (l.kind === 'hook') return (l.when.pathPrefixes ?? []).map(p => concretePath(p));
    return [];
  });
  return [...new Set([...paths, ...others])].slice(0, MAX_PATHS);
}

/** Origins worth asking with: the dev origins, then the policy's own exact origins. */
export function askingOrigins(sites: readonly CorsSite[], devOrigins: readonly string[]): string[] {
  const exact = sites.flatMap(s => s.origins.entries.flatMap(e => (e.kind === 'exact' ? [e.value] : [])));
  return [...new Set([...devOrigins, ...exact])];
}

export function preflightTo(path: string, origin: string, method = 'PUT'): WireRequest {
  return { method: 'OPTIONS', path, headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' } };
}

function allowsOrigin(a: ChainAnswer, origin: string): boolean {
  const v = a.headers.find(([n]) => n.toLowerCase() === 'access-control-allow-origin')?.[1];
  return v === '*' || v === origin;
}

/**
 * The first preflight `hook` answers although the CORS library would have let it through: the same
 * preflight walked without the hook is a 2xx carrying Access-Control-Allow-Origin.
 */
export function preflightStolenBy(chain: AppChain, hook: HookLink, sites: readonly CorsSite[], origins: readonly string[]): { path: string; origin: string } | undefined {
  const without: AppChain = { ...chain, links: chain.links.filter((l: AppLink) => l !== hook) };
  for (const path of callablePaths(chain)) {
    for (const origin of origins) {
      const req = preflightTo(path, origin);
      const answer = walkChain(chain, sites, req);
      if ('unknown' in answer || answer.answeredBy !== hook) continue;
      const alone = walkChain(without, sites, req);
      if ('unknown' in alone || alone.status < 200 || alone.status > 299 || !allowsOrigin(alone, origin)) continue;
      return { path, origin };
    }
  }
  return undefined;
}
