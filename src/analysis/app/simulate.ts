// The browser's view of a request through the whole app: each wire request walks the app chain (a hook
// may answer first, a route may redirect), a same-origin redirect of the actual request is followed as
// fetch() follows it, and judge() decides. Sites outside any chain are simulated as the library alone.
import type { FileModel, CorsSite } from '../model/policy';
import type { HeaderList, ProbeRequest, Hop } from '../../probe/types';
import { judge } from '../../probe/verdict';
import { LIBRARIES } from '../model/libraries';
import { simulateBrowser, wireRequests, type SimRequest, type SimResponse, type Simulation } from '../simulate';
import type { AppChain, AppLink } from './model';
import { chainOf, walkChain, type ChainAnswer } from './walk';

const MAX_HOPS = 5;

export type BrowserResult = ReturnType<typeof simulateBrowser>;

/** A simulateBrowser() that sees the app `model` describes; the shape hover, CodeLens and Explain take. */
export function appSimulator(model: Pick<FileModel, 'apps' | 'sites'> | undefined): typeof simulateBrowser {
  return (site, req) => simulateInApp(model, site, req);
}

export function simulateInApp(model: Pick<FileModel, 'apps' | 'sites'> | undefined, site: CorsSite, req: SimRequest): BrowserResult {
  const chain = model && chainOf(model.apps, site);
  if (!chain || !model) return simulateBrowser(site, req);
  const probe: ProbeRequest = {
    url: `${req.url ? new URL(req.url).origin : 'http://127.0.0.1'}${req.path.startsWith('/') ? '' : '/'}${req.path}`,
    origin: req.origin,
    method: req.method,
    headers: req.headers.map((h) => [h, h.toLowerCase() === 'content-type' ? 'application/json' : 'x'] as const),
    credentials: req.credentials ? 'include' : 'omit',
  };
  // Nothing was answered: judge() leaves the verdict incomplete, and `unknown` says why.
  const unknown = (why: string): BrowserResult => ({ simulation: { actual: { status: 200, headers: [] }, unknown: why }, verdict: judge(probe, { hops: [] }) });
  const hops: Hop[] = [];
  const answers: Array<{ preflight?: ChainAnswer; actual: ChainAnswer }> = [];
  let path = req.path;
  for (let i = 0; i < MAX_HOPS; i++) {
    const wire = wireRequests({ ...req, path });
    const pre = wire.preflight && walkChain(chain, model.sites, wire.preflight);
    if (pre && 'unknown' in pre) return unknown(pre.unknown);
    const act = walkChain(chain, model.sites, wire.actual);
    if ('unknown' in act) return unknown(act.unknown);
    hops.push({ ...(pre ? { preflight: wire_(pre) } : {}), response: wire_(act) });
    answers.push({ ...(pre ? { preflight: pre } : {}), actual: act });
    const location = locationOf(act.headers);
    // A redirected preflight fails before the actual request is sent; an actual one is followed.
    if (!location || !(act.status >= 300 && act.status < 400) || (pre && pre.status >= 300 && pre.status < 400)) break;
    path = location;
  }
  const verdict = judge(probe, { hops });
  const first = answers[0];
  const failing = verdict.failingStep && answers[verdict.failingStep.hop];
  const failed = failing && (verdict.failingStep!.kind === 'preflight' ? failing.preflight : failing.actual);
  const note = failed && answeredBy(chain, site, failed, verdict.failingStep!.kind === 'preflight');
  const link = failed?.answeredBy;
  const simulation: Simulation = {
    ...(first.preflight ? { preflight: sim(first.preflight) } : {}),
    actual: sim(first.actual),
    ...(note ? { answeredBy: note, ...(link ? { answeredAt: link.kind === 'hook' ? link.answerRange : link.range } : {}) } : {}),
  };
  return { simulation, verdict };
}

function wire_(a: ChainAnswer): { status: number; headers: HeaderList } {
  return { status: a.status, headers: a.headers };
}

function sim(a: ChainAnswer): SimResponse {
  return { status: a.status, headers: a.headers };
}

function locationOf(headers: HeaderList): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === 'location')?.[1];
}

/**
 * "the preflight is answered by the before_request hook `require_login` (line 14) with 401" — the link
 * that answered a failing request when it is not the CORS library; undefined when the library did.
 */
export function answeredBy(chain: AppChain, site: CorsSite, answer: ChainAnswer, preflight: boolean): string | undefined {
  const link: AppLink | undefined = answer.answeredBy;
  const what = preflight ? 'the preflight' : 'the request';
  const lib = LIBRARIES[site.framework].label;
  const decorates = chain.framework === 'flask';
  const headers = decorates ? `; ${lib} adds its headers, but ${preflight ? 'a preflight needs a 2xx status' : 'the status stays'}` : ` before ${lib} runs, so without CORS headers`;
  if (!link) return answer.status === 404 || answer.status === 405 ? `nothing in the app answers ${what} (${answer.status})` : undefined;
  switch (link.kind) {
    case 'hook': return `${what} is answered by the ${link.label} at line ${link.line} with ${link.status}${headers}`;
    case 'redirect': return `${what} is redirected (${link.status}) from ${link.from} to ${link.to} by the route at line ${link.line} (strict slashes)${preflight ? '; a preflight must not be redirected' : ''}`;
    // flask-cors decorates what the view or Flask's own OPTIONS answer returns: they answer as expected.
    case 'auto-options': return decorates ? undefined : `${what} is answered by Express's automatic OPTIONS handler (200, Allow: ...), which runs no route's cors() (the route at line ${link.line})`;
    case 'route': return link.corsRange || decorates ? undefined : `${what} is answered by the route at line ${link.line}${headers}`;
    default: return undefined;
  }
}
