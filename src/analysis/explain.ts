// "Explain CORS error": a pasted console message → the site that answered it, one paragraph on what
// the browser checked, what the server sends, which line decides, and that site's quick-fix.
import { browserLabel, FIREFOX_AS_CHROME, parseCorsError, type ParsedCorsError } from '../probe/cors-error-message';
import { fixHint } from '../probe/hints';
import type { CorsError, ProbeRequest, Verdict } from '../probe/types';
import { analyze, DEFAULT_DEV_ORIGINS, type AnalyzeOptions } from './analyze';
import { addOriginActions } from './fixes/add-origin';
import type { Fix } from './model/finding';
import { LIBRARIES } from './model/libraries';
import type { CorsSite, FileModel } from './model/policy';
import { lineStarts, positionAt, type Range } from './model/range';
import { findBackends, siteForRequest, type SiteMatch, type SourceFile } from './routes';
import { appSimulator } from './app/simulate';
import { simulateBrowser, type SimRequest } from './simulate';
import { needsPreflight } from './simulate/request';
import { normaliseMethod } from '../probe/plan';

/** Predicts the browser's verdict for a site; tests inject one, everything else uses simulateBrowser. */
export type BrowserSimulator = typeof simulateBrowser;

export interface ExplainWorkspace {
  readonly models: readonly FileModel[];
  readonly files: readonly SourceFile[];
}

export interface ExplainOptions {
  /** The page's origin when the message does not say (Firefox); default the first dev origin. */
  readonly origin?: string;
  readonly simulateBrowser?: BrowserSimulator;
  /** Passed to analyze() when the site's file is re-read for its fixes (as the workspace was analysed). */
  readonly readFile?: AnalyzeOptions['readFile'];
  /** The request that failed, when it is known exactly (copied from DevTools): no guessing from the message. */
  readonly request?: { readonly method: string; readonly headers: readonly string[]; readonly credentials: boolean };
}

export interface ExplainLocation {
  readonly file: string;
  readonly range: Range;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export interface Explanation {
  readonly parsed?: ParsedCorsError;
  readonly match?: SiteMatch;
  /** Where the site is (the whole construct). */
  readonly site?: ExplainLocation;
  /** The expression that decides this failure (the origins list, the credentials flag...). */
  readonly cause?: ExplainLocation;
  readonly paragraph: string;
  readonly fix?: Fix;
  /** The file the fix edits (the site's file). */
  readonly fixFile?: string;
  /** The simulated request and verdict, when a simulator was given and the site applies. */
  readonly simulated?: { readonly request: SimRequest; readonly verdict: Verdict; readonly unknown?: string };
}

// What the browser compared, per failure; `d` holds the quoted details.
const CHECKED: Record<CorsError, (p: ParsedCorsError, origin: string) => string> = {
  MissingAllowOriginHeader: (_p, o) => `the response must carry Access-Control-Allow-Origin naming ${o} (or *), and it carried none`,
  PreflightMissingAllowOriginHeader: (_p, o) => `the preflight (OPTIONS) response must carry Access-Control-Allow-Origin naming ${o}, and it carried none`,
  WildcardOriginNotAllowed: () => `the request sends cookies (credentials: 'include'), so Access-Control-Allow-Origin must name the page's origin, not *`,
  PreflightWildcardOriginNotAllowed: () => `the request sends cookies, so the preflight's Access-Control-Allow-Origin must name the page's origin, not *`,
  MultipleAllowOriginValues: p => `Access-Control-Allow-Origin must hold exactly one origin, and it held '${p.details.value ?? ''}'`,
  PreflightMultipleAllowOriginValues: p => `the preflight's Access-Control-Allow-Origin must hold exactly one origin, and it held '${p.details.value ?? ''}'`,
  InvalidAllowOriginValue: p => `Access-Control-Allow-Origin must be an origin or *, and it was '${p.details.value ?? ''}'`,
  PreflightInvalidAllowOriginValue: p => `the preflight's Access-Control-Allow-Origin must be an origin or *, and it was '${p.details.value ?? ''}'`,
  AllowOriginMismatch: (p, o) => p.details.value === undefined && p.browser === 'safari'
    ? `Access-Control-Allow-Origin must be * or equal ${o} character for character, and it was missing or different (Safari does not say which)`
    : `Access-Control-Allow-Origin must equal ${o} character for character, and it was '${p.details.value ?? ''}'`,
  PreflightAllowOriginMismatch: (p, o) => `the preflight's Access-Control-Allow-Origin must equal ${o}, and it was '${p.details.value ?? ''}'`,
  InvalidAllowCredentials: p => `with cookies the response must say Access-Control-Allow-Credentials: true, and it said '${p.details.value ?? ''}'`,
  PreflightInvalidAllowCredentials: p => `with cookies the preflight must say Access-Control-Allow-Credentials: true, and it said '${p.details.value ?? ''}'`,
  CorsDisabledScheme: () => 'cross-origin requests go to http and https URLs only',
  PreflightInvalidStatus: () => 'the preflight (OPTIONS) must get a 2xx status, and it did not',
  PreflightDisallowedRedirect: () => 'a preflight must not be redirected, and it was',
  InvalidAllowMethodsPreflightResponse: () => 'Access-Control-Allow-Methods must be a list of method names, and it could not be parsed',
  InvalidAllowHeadersPreflightResponse: () => 'Access-Control-Allow-Headers must be a list of header names, and it could not be parsed',
  MethodDisallowedByPreflightResponse: p => `the preflight's Access-Control-Allow-Methods must list ${p.details.method ?? 'the method'}, and it did not`,
  HeaderDisallowedByPreflightResponse: p => `the preflight's Access-Control-Allow-Headers must list the request header ${p.details.header ?? ''}, and it did not`,
  RedirectContainsCredentials: () => 'a cross-origin redirect must not lead to a URL with user:password@',
};

const ORIGIN_FAILURES = new Set<CorsError>(['MissingAllowOriginHeader', 'PreflightMissingAllowOriginHeader', 'AllowOriginMismatch', 'PreflightAllowOriginMismatch']);
const CREDENTIAL_FAILURES = new Set<CorsError>(['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed', 'InvalidAllowCredentials', 'PreflightInvalidAllowCredentials']);
const PREFLIGHT_FAILURES = new Set<CorsError>(['PreflightInvalidStatus', 'PreflightDisallowedRedirect', 'InvalidAllowMethodsPreflightResponse', 'InvalidAllowHeadersPreflightResponse', 'MethodDisallowedByPreflightResponse', 'HeaderDisallowedByPreflightResponse']);

/** Rules whose fixes answer a failure the add-origin action cannot. */
const RULES_FOR: Partial<Record<CorsError, readonly string[]>> = {
  WildcardOriginNotAllowed: ['credentials-with-any-origin', 'broken-credentials-wildcard'],
  PreflightWildcardOriginNotAllowed: ['credentials-with-any-origin', 'broken-credentials-wildcard', 'wildcard-with-credentials-headers'],
  InvalidAllowCredentials: ['non-boolean-option'],
  PreflightInvalidAllowCredentials: ['non-boolean-option'],
  AllowOriginMismatch: ['malformed-origin'],
  PreflightAllowOriginMismatch: ['malformed-origin'],
  MissingAllowOriginHeader: ['preflight-rejected-by-hook', 'malformed-origin', 'middleware-order', 'origin-from-unset-env'],
  PreflightMissingAllowOriginHeader: ['preflight-rejected-by-hook', 'options-not-answered', 'malformed-origin', 'middleware-order', 'origin-from-unset-env'],
  PreflightInvalidStatus: ['preflight-rejected-by-hook'],
  PreflightDisallowedRedirect: ['preflight-redirected'],
  MethodDisallowedByPreflightResponse: ['unsupported-wildcard-methods'],
  HeaderDisallowedByPreflightResponse: ['wildcard-with-credentials-headers'],
};

export async function explain(message: string, workspace: ExplainWorkspace, options: ExplainOptions = {}): Promise<Explanation> {
  const parsed = parseCorsError(message);
  if (!parsed) {
    return { paragraph: "This is not a CORS error CORS Lens recognises: paste the whole console message: \"Access to fetch at …\" (Chrome, Edge), \"Cross-Origin Request Blocked: …\" (Firefox, any language), or Safari's lines together (\"Origin … is not allowed by Access-Control-Allow-Origin\" and \"Fetch API cannot load … due to access control checks\")." };
  }
  const error: CorsError | undefined = parsed.noResponse ? undefined
    : parsed.browser === 'firefox' ? FIREFOX_AS_CHROME[parsed.failure as keyof typeof FIREFOX_AS_CHROME] : (parsed.failure as CorsError);
  const origin = parsed.origin ?? options.origin ?? DEFAULT_DEV_ORIGINS[0];
  const preflight = error !== undefined && (error.startsWith('Preflight') || PREFLIGHT_FAILURES.has(error));
  const method = options.request?.method ?? parsed.method ?? (parsed.details.method && error === 'MethodDisallowedByPreflightResponse' ? parsed.details.method : 'GET');
  const credentials = options.request?.credentials ?? (error !== undefined && CREDENTIAL_FAILURES.has(error));
  const browser = browserLabel(parsed);
  const sentences: string[] = [];
  const checked = error ? CHECKED[error](parsed, origin) : firefoxOnly(parsed);
  if (parsed.noResponse) sentences.push(`${browser} could not reach ${parsed.url}${parsed.details.value ? ` (${parsed.details.value})` : ''}.`);
  else sentences.push(`${browser} blocked ${method === 'GET' && !parsed.method ? 'the request to' : `${method}`} ${parsed.url} from ${origin}${parsed.origin ? '' : ` (${parsed.browser === 'firefox' ? 'Firefox does not print' : 'the message does not name'} the page's origin; this assumes ${options.origin ? 'the one given' : 'the first dev origin'})`} because ${checked}.`);

  const backends = findBackends(workspace.models, workspace.files);
  if (parsed.noResponse || parsed.failure === 'CORSDidNotSucceed') {
    sentences.push(`${noResponse(parsed)} ${portCheck(backends, parsed.url)}`);
    return { parsed, paragraph: sentences.join(' ') };
  }
  if (parsed.status !== undefined && parsed.status >= 500) sentences.push(serverError(parsed.status));
  const match = siteForRequest(backends, parsed.url, method, { preflight });
  if (!match) {
    sentences.push(backends.length === 0
      ? 'CORS Lens found no CORS configuration in the workspace: the server sends no CORS headers, or they come from code or a proxy it cannot read.'
      : `None of the ${backends.length} back ends CORS Lens found declares the port of ${parsed.url} (${backends.map(b => `${b.root}: ${b.ports.map(p => p.port).join(', ') || 'none'}`).join('; ')}), so it cannot tell which one answered.`);
    return { parsed, paragraph: sentences.join(' ') };
  }

  const textOf = (file: string) => workspace.files.find(f => f.file === file)?.text ?? '';
  const text = textOf(match.file);
  // A value the site imports (an allowlist module) is located in the file that writes it.
  const locate = (range: Range): ExplainLocation => {
    const file = range.file ?? match.file;
    return { file, range: { start: range.start, end: range.end }, ...positionAt(lineStarts(textOf(file)), range.start) };
  };
  const site = locate(match.site.range);
  const label = LIBRARIES[match.site.framework].label;
  sentences.push(`The answer came from ${label} at ${site.file}:${site.line}: ${match.why.join('; ')}.`);

  // An uncovered path is decided by the site's path scope, not by its origins.
  let causeRange = match.applies ? causeOf(match.site, error) : undefined;
  let simulated: Explanation['simulated'];
  let answeredAt: Range | undefined;
  if (!match.applies) {
    sentences.push('Since that policy does not cover the path, widen its path pattern or add one for this route.');
  } else {
    const named = parsed.details.header ? [parsed.details.header] : [];
    // A preflight failed, so the page's request needed one: without a header the message names, a JSON body stands for the reason.
    const headers = options.request?.headers ?? (preflight && !needsPreflight(normaliseMethod(method), named) ? ['Content-Type'] : named);
    const request: SimRequest = { origin, method, headers, credentials, path: new URL(parsed.url).pathname };
    // Through the app as written: a hook or a redirect may answer before the library does.
    const model = workspace.models.find(m => m.file === match.file);
    const { simulation, verdict } = (options.simulateBrowser ?? appSimulator(model))(match.site, request);
    simulated = { request, verdict, ...(simulation.unknown ? { unknown: simulation.unknown } : {}) };
    if (simulation.unknown) sentences.push(`${policySummary(match.site)} What it sends for this request cannot be worked out from the code (${simulation.unknown}).`);
    else {
      const answer = preflight && simulation.preflight ? simulation.preflight : simulation.actual;
      const cors = answer.headers.filter(([n]) => /^access-control-|^vary$/i.test(n));
      sentences.push(`For this request it sends ${cors.length ? cors.map(([n, v]) => `${n}: ${v}`).join(', ') : 'no CORS headers'}${preflight ? ' on the preflight' : ''}${verdict.allowed ? ", which the browser accepts: the failing request differed (another origin, credentials, headers or an error response that skipped the middleware)" : ''}.`);
      if (simulation.answeredBy) sentences.push(`In the app, ${simulation.answeredBy}.`);
      answeredAt = simulation.answeredAt;
    }
  }
  // The hook or route that answered decides, not the library's options.
  if (answeredAt) causeRange = answeredAt;
  const cause = causeRange ? locate(causeRange) : site;
  const snippet = textOf(cause.file).slice(cause.range.start, cause.range.end).split('\n')[0].trim();
  if (causeRange) sentences.push(`The line that decides it is ${cause.file}:${cause.line}${snippet ? ` (${snippet.length > 80 ? snippet.slice(0, 77) + '...' : snippet})` : ''}.`);

  const { fix, note, file: fixFile } = match.applies ? await fixFor(match, text, error, origin, options) : {};
  if (fix) sentences.push(`Quick fix: ${fix.title}.`);
  else if (note) sentences.push(note);
  else if (match.applies && error && fixHint({ corsError: error } as Verdict)) sentences.push(fixHint({ corsError: error } as Verdict)!);
  return {
    parsed, match, site, cause, paragraph: sentences.join(' '),
    ...(fix ? { fix, fixFile: fixFile ?? match.file } : {}),
    ...(simulated ? { simulated } : {}),
  };
}

/** Firefox's "Status code: (null)" and "CORS request did not succeed": no HTTP answer, so no CORS code ran. */
function noResponse(p: ParsedCorsError): string {
  const what = p.browser === 'firefox' && p.noResponse ? 'The request (Status code: (null))' : 'The request';
  return `${what} got no HTTP response at all: nothing answered on that address, or the connection failed (refused, reset, TLS, DNS). That is outside the code: no CORS setting is involved, and none would help until the server answers.`;
}

/** Which back end in the workspace, if any, serves the URL's port: the first thing to check when nothing answered. */
function portCheck(backends: ReturnType<typeof findBackends>, url: string): string {
  let port: number;
  let host: string;
  try {
    const u = new URL(url);
    host = u.hostname;
    port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  } catch {
    return 'The URL has no scheme or cannot be read; fetch() needs an absolute http(s):// URL or a path.';
  }
  const serving = backends.filter(b => b.ports.some(p => p.port === port));
  if (serving.length === 0) {
    const declared = backends.flatMap(b => b.ports.map(p => `${b.root}: ${p.port}`));
    return `No back end in the workspace declares port ${port}${declared.length ? ` (found ${declared.join('; ')})` : ''}: check the URL's port and that the server is running.`;
  }
  const b = serving[0];
  const decl = b.ports.find(p => p.port === port)!;
  return `${b.root} declares port ${port} (${decl.how}, ${decl.file}): check that it is running${host === 'localhost' ? ', and listening where localhost resolves (127.0.0.1 or ::1)' : ''}.`;
}

/** A 5xx answer: the error itself comes first, and some frameworks send error responses without CORS headers. */
function serverError(status: number): string {
  return `The server answered ${status}, an error: fix that first (the server's log shows it). Error responses often skip the CORS headers (an exception outside the CORS middleware, a proxy's or platform's error page), so the CORS message may only be a symptom.`;
}

function firefoxOnly(p: ParsedCorsError): string {
  switch (p.failure) {
    case 'CORSDidNotSucceed': return 'the request never got an HTTP answer (server down, wrong port, TLS or network error)';
    case 'CORSDisabled': return 'CORS is switched off in this browser (content.cors.disable)';
    case 'CORSExternalRedirectNotAllowed': return 'the request was redirected to another origin, which this request may not follow';
    case 'CORSOriginHeaderNotAdded': return 'the browser could not add the Origin header';
    default: return `of "${p.failure}"`;
  }
}

/** The expression that decides the failure; undefined when the site writes nothing for it (a library default). */
function causeOf(site: CorsSite, error: CorsError | undefined): Range | undefined {
  if (!error) return undefined;
  if (error.includes('Credentials')) return site.credentials?.range ?? site.credentialsWritten?.range ?? site.origins.range;
  if (error === 'MethodDisallowedByPreflightResponse' || error === 'InvalidAllowMethodsPreflightResponse') return site.methods?.range;
  if (error === 'HeaderDisallowedByPreflightResponse' || error === 'InvalidAllowHeadersPreflightResponse') return site.allowHeaders?.range;
  // An imported allowlist decides where it is written, not where its name is handed to the library.
  const first = site.origins.entries[0]?.range;
  if (error.includes('Origin')) return first && first.file !== site.origins.range?.file ? first : site.origins.range ?? first;
  return undefined;
}

function policySummary(site: CorsSite): string {
  const entries = site.origins.entries.map(e => {
    switch (e.kind) {
      case 'exact': return e.value;
      case 'regex': return `/${e.pattern}/`;
      case 'any': return 'every origin (*)';
      case 'reflect-any': return `every origin, echoed (${e.how})`;
      case 'null': return 'null';
      default: return `an origin decided at run time (${e.how})`;
    }
  });
  const creds = site.credentials?.value ? ', with credentials' : '';
  return `Its policy allows ${entries.length ? entries.join(', ') : `the library's default origins`}${creds}.`;
}

async function fixFor(match: SiteMatch, text: string, error: CorsError | undefined, origin: string, options: ExplainOptions): Promise<{ fix?: Fix; note?: string; file?: string }> {
  if (!error) return {};
  const analysis = await analyze({ file: match.file, text }, { readFile: options.readFile });
  const model = analysis.model;
  const inSite = (r: Range) => r.start >= match.site.range.start && r.end <= match.site.range.end;
  let note: string | undefined;
  if (ORIGIN_FAILURES.has(error)) {
    const action = addOriginActions(model, text, [origin], options.readFile).find(a => a.siteRange.start === match.site.range.start && a.siteRange.end === match.site.range.end);
    if (action?.fix && !action.explanation) return { fix: action.fix, ...(action.file ? { file: action.file } : {}) };
    note = action?.explanation;
  }
  const rules = RULES_FOR[error] ?? [];
  const finding = analysis.findings
    .filter(f => !f.file && rules.includes(f.ruleId) && f.fixes.length > 0 && (inSite(f.range) || f.related.some(r => !r.file && inSite(r.range))))
    .sort((a, b) => rules.indexOf(a.ruleId) - rules.indexOf(b.ruleId))[0];
  const fix = finding?.fixes.find(f => f.preferred) ?? finding?.fixes[0];
  return fix ? { fix, ...(note ? { note } : {}) } : { ...(note ? { note } : {}) };
}

/** The site that answered a probe: "This answer came from <file:line>" and its quick-fix, for the probe report. */
export interface ProbeAnswer {
  readonly site: ExplainLocation;
  readonly label: string;
  readonly why: readonly string[];
  readonly applies: boolean;
  readonly fix?: Fix;
  readonly fixFile?: string;
  /** Why there is no fix, or why the fix offered is not the obvious one. */
  readonly note?: string;
}

export async function answerFor(
  request: ProbeRequest,
  verdict: Pick<Verdict, 'corsError' | 'failingStep'>,
  workspace: ExplainWorkspace,
  options: Pick<ExplainOptions, 'readFile'> = {},
): Promise<ProbeAnswer | undefined> {
  const preflight = verdict.failingStep?.kind === 'preflight';
  const url = verdict.failingStep?.url ?? request.url;
  const match = siteForRequest(findBackends(workspace.models, workspace.files), url, request.method, { preflight });
  if (!match) return undefined;
  const text = workspace.files.find(f => f.file === match.file)?.text ?? '';
  const site: ExplainLocation = { file: match.file, range: match.site.range, ...positionAt(lineStarts(text), match.site.range.start) };
  const { fix, note, file: fixFile } = match.applies && verdict.corsError ? await fixFor(match, text, verdict.corsError, request.origin, options) : {};
  return {
    site, label: LIBRARIES[match.site.framework].label, why: match.why, applies: match.applies,
    ...(fix ? { fix, fixFile: fixFile ?? match.file } : {}), ...(note ? { note } : {}),
  };
}
