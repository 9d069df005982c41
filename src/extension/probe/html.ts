// The probe report as webview HTML. Pure (no vscode): every value that came from the server or
// the user passes through escapeHtml, and the CSP allows only our stylesheet and nonce'd script.
import { curlCommand } from '../../probe/curl';
import { fixHint } from '../../probe/hints';
import type { Report, Step } from '../../probe/probe';
import { verdictHeadline, type AnswerSummary } from '../../probe/report-text';
import { showBidiControls } from '../visible-controls';

/** Text for HTML: markup characters escaped, bidi controls shown as code points. */
export function escapeHtml(value: unknown): string {
  return showBidiControls(String(value)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface HtmlContext {
  readonly nonce: string;
  /** webview.cspSource */
  readonly cspSource: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  /** Configuration sites the analyzer found; the webview asks to open one by index. */
  readonly sites: ReadonlyArray<{ readonly label: string }>;
  readonly timeoutMs?: number;
  /** The site that answered the probe; the webview asks to open it or to apply its fix. */
  readonly answer?: AnswerSummary;
}

function answerSection(a: AnswerSummary): string {
  const fix = a.fixTitle ? `<p><button class="fix" data-fix="">${escapeHtml(a.fixTitle)}</button></p>` : '';
  const note = a.note ? `<p class="note">${escapeHtml(a.note)}</p>` : '';
  return `<section class="answer"><h2>Where this answer came from</h2>`
    + `<p>This answer came from <button class="link" data-answer="">${escapeHtml(a.where)}</button> (${escapeHtml(a.label)}): ${escapeHtml(a.why.join('; '))}.</p>${fix}${note}</section>`;
}

function headerRows(headers: ReadonlyArray<readonly [string, string]>, direction: '>' | '<'): string {
  return headers.map(([n, v]) => `<tr><td class="dir">${direction}</td><th>${escapeHtml(n)}</th><td>${escapeHtml(v)}</td></tr>`).join('');
}

function stepRow(step: Step, index: number): string {
  const result = step.response
    ? `${escapeHtml(step.response.status)} ${escapeHtml(step.response.statusText)}`
    : `<span class="bad">${escapeHtml(step.failure?.message ?? 'no response')}</span>`;
  return `<tr><td>${index + 1}</td><td>${escapeHtml(step.kind)}${step.hop > 0 ? ` (hop ${step.hop})` : ''}</td>`
    + `<td><code>${escapeHtml(step.request.method)}</code></td><td class="url">${escapeHtml(step.request.url)}</td>`
    + `<td>${result}</td><td class="num">${escapeHtml(step.elapsedMs)} ms</td></tr>`;
}

function stepDetails(step: Step, index: number, timeoutMs?: number): string {
  const body = step.response?.body
    ? `<details><summary>Body${step.response.bodyTruncated ? ' (truncated)' : ''}</summary><pre>${escapeHtml(step.response.body)}</pre></details>`
    : '';
  return `<section class="step"><h3>${index + 1}. ${escapeHtml(step.kind)}: ${escapeHtml(step.request.method)} ${escapeHtml(step.request.url)}</h3>`
    + `<table class="headers">${headerRows(step.request.headers, '>')}${headerRows(step.response?.headers ?? [], '<')}</table>${body}`
    + `<div class="curl"><pre>${escapeHtml(curlCommand(step.request, timeoutMs))}</pre><button data-copy="${index}">Copy curl</button></div></section>`;
}

function list(title: string, items: readonly string[], cls = ''): string {
  if (items.length === 0) return '';
  return `<section class="${cls}"><h2>${escapeHtml(title)}</h2><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></section>`;
}

export function probeHtml(report: Report, ctx: HtmlContext): string {
  const { verdict, request } = report;
  const csp = `default-src 'none'; style-src ${ctx.cspSource}; script-src 'nonce-${ctx.nonce}';`;
  const security = report.security.map((f) =>
    `<li class="sev-${escapeHtml(f.severity)}"><strong>[${escapeHtml(f.severity)}] ${escapeHtml(f.title)}</strong>: ${escapeHtml(f.detail)}`
    + `${f.origins.length ? ` <span class="origins">${f.origins.map((o) => `<code>${escapeHtml(o)}</code>`).join(' ')}</span>` : ''}</li>`).join('');
  const sites = ctx.sites.map((s, i) => `<li><button class="link" data-site="${i}">${escapeHtml(s.label)}</button></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(ctx.styleUri)}">
<title>CORS probe</title></head>
<body>
<header class="verdict ${escapeHtml(report.outcome)}"><h1>${escapeHtml(verdictHeadline(report))}</h1>
<p class="request"><code>${escapeHtml(request.method)}</code> ${escapeHtml(request.url)} from <code>${escapeHtml(request.origin)}</code>, credentials <code>${escapeHtml(request.credentials)}</code></p></header>
${verdict.message ? `<section><h2>Chrome console</h2><pre class="console">${escapeHtml(verdict.message)}</pre></section>` : ''}
${fixHint(verdict) ? `<section><h2>What to change</h2><p>${escapeHtml(fixHint(verdict))}</p></section>` : ''}
${ctx.answer ? answerSection(ctx.answer) : ''}
${report.actualSkipped && report.outcome !== 'error' ? `<p class="note">${escapeHtml(report.actualSkipped)}</p>` : ''}
${sites ? `<section><h2>Where your CORS is configured</h2><ul>${sites}</ul></section>` : ''}
${list('Warnings', verdict.warnings, 'warnings')}
${list(verdict.preflightNeeded ? 'Preflight needed because' : 'No preflight needed', verdict.preflightReasons)}
${verdict.maxAge ? `<p>Preflight cached for ${escapeHtml(verdict.maxAge.chrome)} s in Chrome, ${escapeHtml(verdict.maxAge.firefox)} s in Firefox.</p>` : ''}
${verdict.exposedHeaders ? `<p>Response headers script can read: ${verdict.exposedHeaders.map((h) => `<code>${escapeHtml(h)}</code>`).join(' ') || '(none)'}</p>` : ''}
<section><h2>Steps</h2><table class="steps"><thead><tr><th>#</th><th>Step</th><th>Method</th><th>URL</th><th>Result</th><th>Time</th></tr></thead>
<tbody>${report.steps.map(stepRow).join('')}</tbody></table></section>
${report.steps.map((s, i) => stepDetails(s, i, ctx.timeoutMs)).join('')}
${security ? `<section><h2>Security scan</h2><ul class="security">${security}</ul></section>` : report.hostile.length ? `<p>Security scan: none of ${report.hostile.length} hostile origins was accepted.</p>` : ''}
<footer>Finished in ${escapeHtml(report.durationMs)} ms.</footer>
<script nonce="${escapeHtml(ctx.nonce)}" src="${escapeHtml(ctx.scriptUri)}"></script>
</body></html>`;
}
