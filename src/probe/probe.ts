// Runs a probe end to end: plan, send what the browser would send, judge, scan with hostile
// origins, and gather everything into one serialisable Report.
import { setMaxListeners } from 'node:events';
import { assessHostile, hostileOrigins, type HostileProbe, type SecurityFinding } from './hostile';
import { actualHeaders, cookieFor, IDEMPOTENT_METHODS, planRequest, preflightHeaders, type Plan } from './plan';
import { createTransport, send, type NetworkFailure, type OutgoingRequest, type ReceivedResponse, type Transport } from './send';
import type { Hop, ProbeRequest, Verdict } from './types';
import { walk, type NextRequest } from './verdict';

export interface ProbeOptions {
  /** The whole probe ends within this many milliseconds (default 5000). */
  readonly timeoutMs?: number;
  readonly allowSelfSigned?: boolean;
  /** Send the actual request even when its method is not safe (POST, PUT, PATCH, DELETE, ...). */
  readonly sendUnsafe?: boolean;
  /** Run the hostile-origin scan (default true). */
  readonly securityScan?: boolean;
}

export interface Step {
  readonly kind: 'preflight' | 'actual';
  readonly hop: number;
  readonly request: OutgoingRequest;
  readonly response?: ReceivedResponse;
  readonly failure?: NetworkFailure;
  readonly elapsedMs: number;
}

export type Outcome = 'allowed' | 'blocked' | 'error';

export interface Report {
  readonly request: ProbeRequest;
  readonly plan: Plan;
  readonly verdict: Verdict;
  /** `allowed` also when the actual request was deliberately not sent after a passing preflight. */
  readonly outcome: Outcome;
  /** One sentence when the probe could not finish: invalid input or a network failure. */
  readonly error?: string;
  /** Why the actual request was not sent, when it was not. */
  readonly actualSkipped?: string;
  readonly steps: readonly Step[];
  readonly hostile: readonly HostileProbe[];
  readonly security: readonly SecurityFinding[];
  readonly durationMs: number;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/** undici takes whole milliseconds only, and setTimeout turns NaN or Infinity into 1 ms. */
export function clampTimeout(ms: number | undefined): number {
  const n = Math.round(Number(ms));
  return Number.isFinite(n) && n > 0 ? Math.min(Math.max(n, 100), 120_000) : DEFAULT_TIMEOUT_MS;
}
/**
 * The part of the timeout kept for closing connections after the last request is abandoned, so
 * that the probe as a whole, teardown included, ends within the timeout.
 */
function teardownReserve(timeoutMs: number): number {
  return Math.min(100, Math.max(10, Math.round(timeoutMs / 10)));
}
// Python's development servers listen with a backlog of 5; more parallel connections stall a second on SYN retries.
const SCAN_CONCURRENCY = 4;

function outgoing(next: NextRequest, request: ProbeRequest, plan: Plan): OutgoingRequest {
  if (next.kind === 'preflight') {
    return { method: 'OPTIONS', url: next.url, headers: preflightHeaders(next.origin, next.method, next.unsafeHeaderNames) };
  }
  return { method: next.method, url: next.url, headers: actualHeaders(next.origin, next.headers, cookieFor(request, plan, next.url, next.origin)) };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let index = 0;
  const worker = async () => {
    while (index < items.length) {
      const i = index++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Probes `request` against the live server. Never rejects; never runs past the timeout. */
export async function probe(request: ProbeRequest, options: ProbeOptions = {}): Promise<Report> {
  const started = performance.now();
  const timeoutMs = clampTimeout(options.timeoutMs);
  const plan = planRequest(request);
  const duration = () => Math.round(performance.now() - started);
  if (plan.errors.length > 0) {
    const { verdict } = walk(request, []);
    return { request, plan, verdict, outcome: 'error', error: plan.errors[0], steps: [], hostile: [], security: [], durationMs: duration() };
  }

  const transport = createTransport({ allowSelfSigned: options.allowSelfSigned });
  const deadline = new AbortController();
  // Every in-flight request listens on the one deadline.
  setMaxListeners(0, deadline.signal);
  const reserve = teardownReserve(timeoutMs);
  const timer = setTimeout(() => deadline.abort(), timeoutMs - reserve);
  try {
    const scan = plan.crossOrigin && options.securityScan !== false
      ? scanHostile(request, plan, transport, deadline.signal, timeoutMs)
      : Promise.resolve([]);
    const steps: Step[] = [];
    const hops: Hop[] = [];
    let error: string | undefined;
    let actualSkipped: string | undefined;
    let state = walk(request, hops);
    while (state.next) {
      const next = state.next;
      if (next.kind === 'actual' && !IDEMPOTENT_METHODS.has(next.method) && !options.sendUnsafe) {
        actualSkipped = `The actual ${next.method} request was not sent because it may change data on the server; confirm sending it (--send on the command line).`;
        // With nothing sent there is no verdict at all, only a question.
        if (steps.length === 0) error = actualSkipped;
        break;
      }
      const req = outgoing(next, request, plan);
      const result = await send(transport, req, deadline.signal, timeoutMs);
      if (!result.ok) {
        steps.push({ kind: next.kind, hop: next.hop, request: req, failure: result.failure, elapsedMs: result.elapsedMs });
        error = `${next.kind === 'preflight' ? 'Preflight' : 'Request'} to ${next.url} failed: ${result.failure.message}`;
        break;
      }
      steps.push({ kind: next.kind, hop: next.hop, request: req, response: result.response, elapsedMs: result.elapsedMs });
      hops[next.hop] = { ...hops[next.hop], [next.kind === 'preflight' ? 'preflight' : 'response']: result.response };
      state = walk(request, hops);
    }
    const hostile = await scan;
    const finalResponse = [...steps].reverse().find((s) => s.kind === 'actual')?.response;
    const security = assessHostile(hostile, { origin: request.origin, response: finalResponse });
    const verdict = state.verdict;
    const outcome: Outcome = error !== undefined ? 'error' : verdict.allowed ? 'allowed' : 'blocked';
    return {
      request, plan, verdict, outcome, ...(error !== undefined ? { error } : {}), ...(actualSkipped ? { actualSkipped } : {}),
      steps, hostile, security, durationMs: duration(),
    };
  } finally {
    clearTimeout(timer);
    await transport.close(Math.max(reserve, timeoutMs - (performance.now() - started)));
  }
}

/** The trusted preflight and a plain GET again, from each hostile origin. */
async function scanHostile(request: ProbeRequest, plan: Plan, transport: Transport, deadline: AbortSignal, timeoutMs: number): Promise<HostileProbe[]> {
  if (request.origin === 'null') return [];
  return mapLimited(hostileOrigins(request.origin), SCAN_CONCURRENCY, async (hostile) => {
    const [pre, get] = await Promise.all([
      send(transport, { method: 'OPTIONS', url: request.url, headers: preflightHeaders(hostile.origin, plan.method, plan.unsafeHeaderNames) }, deadline, timeoutMs),
      send(transport, { method: 'GET', url: request.url, headers: actualHeaders(hostile.origin, [], cookieFor(request, plan, request.url, hostile.origin)) }, deadline, timeoutMs),
    ]);
    const failure = !pre.ok ? pre.failure.message : !get.ok ? get.failure.message : undefined;
    return {
      hostile,
      ...(pre.ok ? { preflight: { status: pre.response.status, headers: pre.response.headers } } : {}),
      ...(get.ok ? { get: { status: get.response.status, headers: get.response.headers } } : {}),
      ...(failure ? { error: failure } : {}),
    };
  });
}
