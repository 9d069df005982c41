// "Explain CORS error" as webview HTML, in the probe report's style. Pure (no vscode): the message,
// paths and fix titles pass through escapeHtml; the CSP allows only our stylesheet and nonce'd script.
import type { Explanation } from '../../analysis/explain';
import { LIBRARIES } from '../../analysis/model/libraries';
import { escapeHtml } from '../probe/html';
import { browserLabel } from '../../probe/cors-error-message';

export interface ExplainHtmlContext {
  readonly nonce: string;
  readonly cspSource: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  /** The text as pasted. */
  readonly message: string;
  /** Set once the fix was applied (its title), so the button gives way to a note. */
  readonly applied?: string;
  /** Why the fix was refused, when it was. */
  readonly refused?: string;
}

/** The one-line verdict at the top. */
export function explainHeadline(e: Explanation): string {
  if (!e.parsed) return 'Not a CORS console message';
  if (!e.site) return 'No CORS configuration in this workspace answers this URL';
  return `Answered by ${e.match ? LIBRARIES[e.match.site.framework].label : 'the CORS configuration'} at ${e.site.file}:${e.site.line}`;
}

function requestLine(e: Explanation): string {
  const p = e.parsed;
  if (!p) return '';
  const browser = browserLabel(p);
  const method = p.method ? `<code>${escapeHtml(p.method)}</code> ` : '';
  const origin = p.origin ? ` from <code>${escapeHtml(p.origin)}</code>` : '';
  return `<p class="request">${escapeHtml(browser)}: ${method}${escapeHtml(p.url)}${origin} · <code>${escapeHtml(p.failure)}</code></p>`;
}

function answerSection(e: Explanation, ctx: ExplainHtmlContext): string {
  if (!e.site) return '';
  const where = `${e.site.file}:${e.site.line}`;
  const cause = e.cause && (e.cause.line !== e.site.line || e.cause.file !== e.site.file)
    ? ` The line that decides it: <button class="link" data-open="cause">${escapeHtml(`${e.cause.file}:${e.cause.line}`)}</button>.`
    : '';
  const fix = ctx.applied
    ? `<p class="applied">Applied: ${escapeHtml(ctx.applied)}</p>`
    : e.fix ? `<p><button class="fix" data-fix="">${escapeHtml(e.fix.title)}</button> <span class="note">${escapeHtml(e.fix.applicability === 'safe' ? 'keeps what the code means' : 'widens who may call the API: review it before you commit')}</span></p>` : '';
  const refused = ctx.refused ? `<p class="note">${escapeHtml(ctx.refused)}</p>` : '';
  return `<section class="answer"><h2>Where the answer came from</h2>`
    + `<p><button class="link" data-open="site">Go to ${escapeHtml(where)}</button>${cause}</p>${fix}${refused}</section>`;
}

export function explainHtml(e: Explanation, ctx: ExplainHtmlContext): string {
  const csp = `default-src 'none'; style-src ${ctx.cspSource}; script-src 'nonce-${ctx.nonce}';`;
  const outcome = !e.parsed ? 'error' : e.site ? 'blocked' : 'error';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(ctx.styleUri)}">
<title>CORS error explained</title></head>
<body>
<header class="verdict ${outcome}"><h1>${escapeHtml(explainHeadline(e))}</h1>
${requestLine(e)}</header>
<section><h2>What happened</h2><p class="paragraph">${escapeHtml(e.paragraph)}</p></section>
${answerSection(e, ctx)}
<section><h2>The message</h2><pre class="console">${escapeHtml(ctx.message)}</pre></section>
<script nonce="${escapeHtml(ctx.nonce)}" src="${escapeHtml(ctx.scriptUri)}"></script>
</body></html>`;
}
