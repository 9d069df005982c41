// `cors-lens probe URL ...`: the probe from a terminal or CI. Exit 0 allowed, 1 blocked, 2 error.
import { DEFAULT_DEV_ORIGINS } from '../analysis/analyze';
import { clampTimeout, DEFAULT_TIMEOUT_MS, probe, type Report } from '../probe/probe';
import { fixHint } from '../probe/hints';
import { reportText } from '../probe/report-text';
import type { CredentialsMode, ProbeRequest } from '../probe/types';

const USAGE = `Usage: cors-lens probe URL [options]
  --origin O           the page's origin (default http://localhost:3000)
  --method M           request method (default GET)
  --header NAME[:VALUE] a request header the page sets; repeatable (also -H)
  --credentials[=MODE] credentials mode: include (the default for the bare flag), same-origin or omit
  --send               also send a non-idempotent actual request (POST, PUT, PATCH, DELETE, ...)
  --no-scan            skip the hostile-origin security scan
  --insecure           accept self-signed TLS certificates
  --timeout MS         give up after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  --json               print the report as JSON
Exit status: 0 the browser allows the request, 1 it blocks it, 2 the probe failed.`;

interface Parsed {
  request: ProbeRequest;
  json: boolean;
  timeoutMs: number;
  sendUnsafe: boolean;
  scan: boolean;
  insecure: boolean;
}

function parseArgs(argv: readonly string[]): Parsed | string {
  const args = argv[0] === 'probe' ? argv.slice(1) : [...argv];
  let url: string | undefined;
  let origin = DEFAULT_DEV_ORIGINS[0];
  let method = 'GET';
  let credentials: CredentialsMode = 'omit';
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const headers: [string, string][] = [];
  const flags = { json: false, sendUnsafe: false, scan: true, insecure: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [key, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (key) {
      case '--origin': { const v = value(); if (v === undefined) return '--origin needs a value.'; origin = v; break; }
      case '--method': case '-X': { const v = value(); if (v === undefined) return '--method needs a value.'; method = v; break; }
      case '--header': case '-H': {
        const v = value();
        if (v === undefined) return '--header needs NAME or NAME:VALUE.';
        const colon = v.indexOf(':');
        headers.push(colon < 0 ? [v.trim(), ''] : [v.slice(0, colon).trim(), v.slice(colon + 1).trim()]);
        break;
      }
      case '--credentials': {
        // A bare flag means include; a following mode word is consumed (`--credentials omit`).
        const mode = inline ?? (['include', 'omit', 'same-origin'].includes(args[i + 1]) ? args[++i] : 'include');
        if (mode !== 'include' && mode !== 'omit' && mode !== 'same-origin') return `--credentials takes include, same-origin or omit, not '${mode}'.`;
        credentials = mode;
        break;
      }
      case '--timeout': {
        const v = Number(value());
        if (!Number.isFinite(v) || v < 1) return '--timeout needs a number of milliseconds.';
        timeoutMs = clampTimeout(v);
        break;
      }
      case '--json': flags.json = true; break;
      case '--send': flags.sendUnsafe = true; break;
      case '--no-scan': flags.scan = false; break;
      case '--insecure': flags.insecure = true; break;
      case '--help': case '-h': return '';
      default:
        if (arg.startsWith('-')) return `Unknown option '${arg}'.`;
        if (url !== undefined) return `Only one URL, please (got '${url}' and '${arg}').`;
        url = arg;
    }
  }
  if (url === undefined) return 'Give the URL to probe.';
  return { request: { url, origin, method, headers, credentials }, timeoutMs, ...flags };
}

/** The JSON the CLI prints: the verdict first, then what went over the wire. */
export function reportJson(report: Report): object {
  const { verdict } = report;
  return {
    allowed: report.outcome === 'allowed',
    outcome: report.outcome,
    complete: verdict.complete,
    failingStep: verdict.failingStep,
    corsError: verdict.corsError,
    message: verdict.message,
    hint: fixHint(verdict) ?? null,
    error: report.error ?? null,
    actualSkipped: report.actualSkipped ?? null,
    warnings: verdict.warnings,
    preflightNeeded: verdict.preflightNeeded,
    preflightReasons: verdict.preflightReasons,
    maxAge: verdict.maxAge ?? null,
    exposedHeaders: verdict.exposedHeaders ?? null,
    request: report.request,
    exchanges: report.steps,
    security: report.security,
    hostile: report.hostile,
    durationMs: report.durationMs,
  };
}

/**
 * How long past its timeout the CLI waits for a probe before giving up on it. The probe ends by
 * itself within the timeout; this pending timer also keeps Node from exiting 0 with nothing
 * printed if some bug left the probe waiting on nothing.
 */
const WATCHDOG_GRACE_MS = 1000;

function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<undefined>((resolve) => { timer = setTimeout(resolve, ms, undefined); });
  return Promise.race([work, watchdog]).finally(() => clearTimeout(timer));
}

export async function runProbe(argv: string[], io: { out(s: string): void; err(s: string): void }): Promise<0 | 1 | 2> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    if (parsed) io.err(`cors-lens probe: ${parsed}`);
    if (parsed) io.err(USAGE);
    else io.out(USAGE);
    return parsed ? 2 : 0;
  }
  const report = await withinDeadline(probe(parsed.request, {
    timeoutMs: parsed.timeoutMs, sendUnsafe: parsed.sendUnsafe, securityScan: parsed.scan, allowSelfSigned: parsed.insecure,
  }), parsed.timeoutMs + WATCHDOG_GRACE_MS);
  if (report === undefined) {
    const error = `the probe did not finish within ${parsed.timeoutMs} ms and gave no verdict (a bug in cors-lens; please report it).`;
    io.out(parsed.json ? JSON.stringify({ allowed: false, outcome: 'error', error }, null, 2) : `ERROR: ${error}`);
    io.err(`cors-lens probe: ${error}`);
    return 2;
  }
  io.out(parsed.json ? JSON.stringify(reportJson(report), null, 2) : reportText(report, parsed.timeoutMs));
  if (report.outcome === 'error') io.err(`cors-lens probe: ${report.error ?? 'the probe failed'}`);
  return report.outcome === 'allowed' ? 0 : report.outcome === 'blocked' ? 1 : 2;
}
