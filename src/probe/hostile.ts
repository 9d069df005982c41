// The security scan: which origins an attacker could use, and what the server's answers to them
// reveal (reflection, bypassable allowlists, credentials, caching).
import { headerValue, variesOnOrigin } from './headers';
import type { WireResponse } from './types';

export interface HostileOrigin {
  readonly origin: string;
  /** The allowlist bug this origin passes through when it is accepted. */
  readonly bug: string;
  /** False for strings no browser sends as an Origin: acceptance shows sloppy parsing, not an exploit. */
  readonly browserSendable: boolean;
  /** The static-analysis rule that points at the same mistake in code. */
  readonly rule: string;
}

const EVIL = 'evil.example';

function isIpLiteral(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[');
}

/** The last two labels; close enough for the hosts a dev server uses (no public-suffix list). */
export function registrableDomain(host: string): string {
  if (isIpLiteral(host)) return host;
  const labels = host.split('.');
  return labels.length <= 2 ? host : labels.slice(-2).join('.');
}

/** Origins to try against an allowlist that should accept only `trusted`. */
export function hostileOrigins(trusted: string): HostileOrigin[] {
  const t = new URL(trusted);
  const s = t.protocol.slice(0, -1);
  const h = t.hostname;
  const port = t.port ? `:${t.port}` : '';
  const r = registrableDomain(h);
  const out: HostileOrigin[] = [
    { origin: `https://${EVIL}`, bug: 'any origin is reflected', browserSendable: true, rule: 'reflect-origin' },
    { origin: 'null', bug: "the 'null' origin (sandboxed iframes, data: URLs) is trusted", browserSendable: true, rule: 'null-origin' },
    { origin: `${s}://${h}.${EVIL}${port}`, bug: 'prefix match (startsWith, or a regex without an end anchor)', browserSendable: true, rule: 'weak-regex' },
    { origin: `${s}://evil${h}${port}`, bug: 'suffix match (endsWith, or a regex without a start anchor)', browserSendable: true, rule: 'weak-regex' },
    { origin: `${s}://evil.${h}${port}`, bug: 'any subdomain is trusted', browserSendable: true, rule: 'weak-regex' },
    { origin: `${s}://${h}:${t.port === '1337' ? '1338' : '1337'}`, bug: 'the port is ignored', browserSendable: true, rule: 'weak-regex' },
    { origin: `${s}://${h}_.${EVIL}${port}`, bug: 'a lax host character class', browserSendable: true, rule: 'weak-regex' },
    { origin: `${s}://${h}\`.${EVIL}${port}`, bug: 'special characters confuse the origin parser (Safari sends these)', browserSendable: false, rule: 'weak-regex' },
    { origin: 'https://whatever.github.io', bug: 'third-party hosting that anyone can publish on is trusted', browserSendable: true, rule: 'third-party-origin' },
  ];
  // A string that is part of the trusted origin: Starlette given a str, `in`, indexOf.
  out.push(port
    ? { origin: `${s}://${h}`, bug: 'substring match (the trusted origin without its port)', browserSendable: true, rule: 'origins-not-a-list' }
    : { origin: `${s}://${h.slice(0, -1)}`, bug: 'substring match', browserSendable: true, rule: 'origins-not-a-list' });
  if (port) {
    out.push({ origin: `${s}://${h}${port}.${EVIL}`, bug: 'prefix match on the host:port string (not a valid origin)', browserSendable: false, rule: 'weak-regex' });
  }
  if (r !== h) {
    out.push({ origin: `${s}://evil${r}`, bug: 'suffix match on the registrable domain', browserSendable: true, rule: 'weak-regex' });
    out.push({ origin: `${s}://${h.replace('.', 'x')}${port}`, bug: "an unescaped '.' in a regex", browserSendable: true, rule: 'weak-regex' });
    const labels = h.split('.');
    if (labels.length >= 3) {
      out.push({ origin: `${s}://evil.${labels.slice(1).join('.')}${port}`, bug: 'a sibling subdomain is trusted', browserSendable: true, rule: 'weak-regex' });
    }
  }
  if (s === 'https') out.push({ origin: `http://${h}${port}`, bug: 'the http:// version of the origin is trusted', browserSendable: true, rule: 'insecure-http-origin' });
  const seen = new Set<string>([trusted]);
  return out.filter((o) => !seen.has(o.origin) && seen.add(o.origin));
}

/** What one hostile origin got back; a response is absent when the request failed. */
export interface HostileProbe {
  readonly hostile: HostileOrigin;
  readonly preflight?: WireResponse;
  readonly get?: WireResponse;
  readonly error?: string;
}

export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface SecurityFinding {
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly origins: readonly string[];
  readonly rule?: string;
}

function accepts(response: WireResponse | undefined, origin: string): boolean {
  return response !== undefined && headerValue(response.headers, 'access-control-allow-origin') === origin;
}
function withCredentials(response: WireResponse | undefined): boolean {
  return response !== undefined && headerValue(response.headers, 'access-control-allow-credentials') === 'true';
}

/**
 * Findings from the hostile probes plus the trusted origin's own actual response (for Vary).
 * Reflection of an unrelated origin is reported once rather than once per trick it also passes.
 */
export function assessHostile(probes: readonly HostileProbe[], trusted?: { origin: string; response?: WireResponse }): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const accepted = probes.filter((p) => accepts(p.preflight, p.hostile.origin) || accepts(p.get, p.hostile.origin));
  const credentialed = (p: HostileProbe) => withCredentials(p.preflight) || withCredentials(p.get);

  const reflectsAny = accepted.find((p) => p.hostile.rule === 'reflect-origin');
  for (const p of reflectsAny ? [reflectsAny] : accepted) {
    const cred = credentialed(p);
    const exploit = p.hostile.browserSendable;
    const what = p === reflectsAny ? 'The server reflects any Origin' : `The allowlist accepts ${p.hostile.origin}`;
    findings.push({
      severity: !exploit ? 'info' : cred ? 'high' : 'medium',
      title: p === reflectsAny ? (cred ? 'Credentials with origin reflection' : 'Origin reflection') : `Bypassable allowlist: ${p.hostile.bug}`,
      detail: `${what} in Access-Control-Allow-Origin${cred ? " together with 'Access-Control-Allow-Credentials: true', so any site can read responses with the user's cookies" : ', so any site can read the responses'}.${exploit ? '' : ' Browsers do not send this origin, so it shows loose parsing rather than an exploitable hole.'}`,
      origins: p === reflectsAny ? accepted.map((a) => a.hostile.origin) : [p.hostile.origin],
      rule: p.hostile.rule,
    });
  }

  const wildcard = probes.find((p) => [p.preflight, p.get].some((r) => r && headerValue(r.headers, 'access-control-allow-origin') === '*'));
  if (wildcard) {
    const cred = [wildcard.preflight, wildcard.get].some(withCredentials);
    findings.push(cred
      ? { severity: 'info', title: "'*' with credentials", detail: "The server answers 'Access-Control-Allow-Origin: *' with 'Access-Control-Allow-Credentials: true'. Browsers refuse that pair, so credentialed calls fail for every origin; it is broken rather than exploitable.", origins: [], rule: 'broken-credentials-wildcard' }
      : { severity: 'low', title: 'Any origin may read', detail: "The server answers 'Access-Control-Allow-Origin: *': any site can read non-credentialed responses. Fine for public data only.", origins: [], rule: 'wildcard-origin' });
  }

  const refusedButCredentialed = probes.filter((p) => !accepts(p.preflight, p.hostile.origin) && !accepts(p.get, p.hostile.origin) && credentialed(p));
  if (refusedButCredentialed.length > 0 && !wildcard) {
    findings.push({
      severity: 'info',
      title: 'Allow-Credentials sent to refused origins',
      detail: "Responses to origins the server refuses still carry 'Access-Control-Allow-Credentials: true'. Harmless without a matching Allow-Origin (browsers block them); noise, not a vulnerability.",
      origins: refusedButCredentialed.map((p) => p.hostile.origin),
    });
  }

  // Access-Control-Allow-Origin that depends on the request needs Vary: Origin, or caches mix answers up.
  const trustedEcho = trusted?.response && accepts(trusted.response, trusted.origin) ? trusted.response : undefined;
  const echoes = [
    ...(trustedEcho ? [trustedEcho] : []),
    ...accepted.flatMap((p) => (p.get && accepts(p.get, p.hostile.origin) ? [p.get] : [])),
  ];
  const dynamic = accepted.length > 0 || (trustedEcho !== undefined && probes.some((p) => p.get && !accepts(p.get, trusted?.origin ?? '')));
  const unvaried = echoes.filter((r) => !variesOnOrigin(r.headers));
  if (dynamic && unvaried.length > 0) {
    findings.push({
      // With reflection a poisoned cache entry serves attackers; otherwise it only breaks other origins.
      severity: accepted.length > 0 ? 'medium' : 'low',
      title: "Missing 'Vary: Origin'",
      detail: "Access-Control-Allow-Origin changes with the request's Origin, but the response has no 'Vary: Origin'. A shared or browser cache can hand one origin's answer to another (wrong CORS failures, or cache poisoning).",
      origins: [],
      rule: 'missing-vary',
    });
  }
  return findings;
}
