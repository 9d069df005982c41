// Predicts the CORS headers a configured library answers with, so a policy can be judged without a
// running server. Each library module encodes the source of the version installed here (see its header).
import type { CorsSite } from '../model/policy';
import type { Range } from '../model/range';
import type { HeaderList, ProbeRequest, Verdict, WireResponse } from '../../probe/types';
import { normaliseMethod } from '../../probe/plan';
import { judge } from '../../probe/verdict';
import { simulateExpress } from './express';
import { simulateFlask } from './flask';
import { simulateDjango } from './django';
import { simulateStarlette } from './starlette';
import { simulateHandWritten } from './hand-written';
import { simulateFastify } from './fastify';
import { simulateKoa } from './koa';
import { isSafelistedName, needsPreflight } from './request';

export interface SimRequest {
  readonly origin: string;
  readonly method: string;
  /** author request header names as the page sets them */
  readonly headers: readonly string[];
  readonly credentials: boolean;
  /**
   * Whether the browser holds a cookie for the API's site, so a credentialed request carries a Cookie
   * header (default: it does). A first request, such as the login that sets the session, carries none,
   * and some libraries answer differently without it (Starlette echoes the origin only to a Cookie).
   */
  readonly cookie?: boolean;
  readonly path: string;
  /** The whole URL when it is known, so the verdict's console message names it (else a local one with `path`). */
  readonly url?: string;
}
export interface SimResponse { readonly status: number; readonly headers: HeaderList }
export interface Simulation {
  readonly preflight?: SimResponse;
  readonly actual: SimResponse;
  /** set when the model cannot say (dynamic origin, env without default...) */
  readonly unknown?: string;
  /** What in the app answered the failing request instead of the CORS library (a hook, a redirect), in words. */
  readonly answeredBy?: string;
  /** Where that answer is written (the `abort(401)`, the route that redirects). */
  readonly answeredAt?: Range;
}

/** One HTTP request as the browser sends it (a preflight or the actual request). */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  /** Lower-case names; `origin`, `access-control-request-*`, `cookie` are the ones libraries read. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A library's answer to one wire request, or why the model cannot tell. */
export type LibraryAnswer = SimResponse | { readonly unknown: string };

export type LibrarySimulator = (site: CorsSite, req: WireRequest) => LibraryAnswer;

const SIMULATORS: Partial<Record<CorsSite['framework'], LibrarySimulator>> = {
  'express-cors': simulateExpress,
  // Nest's enableCors on the Express adapter hands its options to expressjs/cors unchanged.
  nestjs: simulateExpress,
  'flask-cors': simulateFlask,
  'django-cors-headers': simulateDjango,
  starlette: simulateStarlette,
  // Nest's enableCors on the Fastify adapter registers @fastify/cors; the extractor reports it as such.
  'fastify-cors': simulateFastify,
  'koa-cors': simulateKoa,
  'hand-written': simulateHandWritten,
};

function isUnknown(a: LibraryAnswer): a is { readonly unknown: string } {
  return 'unknown' in a;
}

/** The wire requests a browser sends for `req`: the preflight (when one is needed) and the actual request. */
export function wireRequests(req: SimRequest): { preflight?: WireRequest; actual: WireRequest } {
  // fetch(url, {method: 'patch'}) sends `patch`, and the preflight asks for `patch`: Chromium then
  // compares it case-sensitively with Access-Control-Allow-Methods, where most libraries list `PATCH`.
  const method = normaliseMethod(req.method);
  const actualHeaders: Record<string, string> = { origin: req.origin };
  for (const h of req.headers) actualHeaders[h.toLowerCase()] = 'x';
  if (req.credentials && req.cookie !== false) actualHeaders.cookie = 'session=1';
  const actual: WireRequest = { method, path: req.path, headers: actualHeaders };
  if (!needsPreflight(method, req.headers)) return { actual };
  const pre: Record<string, string> = { origin: req.origin, 'access-control-request-method': method };
  const unsafe = req.headers.map((h) => h.toLowerCase()).filter((h) => !isSafelistedName(h));
  // Chromium sends the unsafe names lower-cased, sorted, de-duplicated, comma-joined without spaces.
  if (unsafe.length) pre['access-control-request-headers'] = [...new Set(unsafe)].sort().join(',');
  return { preflight: { method: 'OPTIONS', path: req.path, headers: pre }, actual };
}


/** Answers one wire request exactly as the site's library would; `undefined` for a library not simulated. */
export function simulateWire(site: CorsSite, req: WireRequest): LibraryAnswer {
  const sim = SIMULATORS[site.framework];
  if (!sim) return { unknown: `${site.framework} is not simulated yet` };
  return sim(site, req);
}

export function simulate(site: CorsSite, req: SimRequest): Simulation {
  const wire = wireRequests(req);
  let unknown: string | undefined;
  let preflight: SimResponse | undefined;
  if (wire.preflight) {
    const p = simulateWire(site, wire.preflight);
    if (isUnknown(p)) unknown = p.unknown;
    else preflight = p;
  }
  const a = simulateWire(site, wire.actual);
  let actual: SimResponse = { status: 200, headers: [] };
  if (isUnknown(a)) unknown = unknown ?? a.unknown;
  else actual = a;
  return { ...(preflight ? { preflight } : {}), actual, ...(unknown ? { unknown } : {}) };
}

export function simulateBrowser(site: CorsSite, req: SimRequest): { simulation: Simulation; verdict: Verdict } {
  const simulation = simulate(site, req);
  const probe: ProbeRequest = {
    url: req.url ?? `http://127.0.0.1${req.path.startsWith('/') ? '' : '/'}${req.path}`,
    origin: req.origin,
    method: req.method,
    headers: req.headers.map((h) => [h, h.toLowerCase() === 'content-type' ? 'application/json' : 'x'] as const),
    credentials: req.credentials ? 'include' : 'omit',
  };
  const wire = (r: SimResponse): WireResponse => ({ status: r.status, headers: r.headers });
  const verdict = judge(probe, {
    ...(simulation.preflight ? { preflight: wire(simulation.preflight) } : {}),
    actual: [wire(simulation.actual)],
  });
  return { simulation, verdict };
}
