// The plain-text report: the CLI's output and the extension's output-channel copy.
import { curlCommand } from './curl';
import { fixHint } from './hints';
import type { Report, Step } from './probe';

/** Where the answer came from, as the report prints it (computed by the caller from the workspace). */
export interface AnswerSummary {
  /** `path/to/app.py:22` */
  readonly where: string;
  readonly label: string;
  readonly why: readonly string[];
  readonly fixTitle?: string;
  readonly note?: string;
}

/** "This answer came from app.py:22 (flask-cors): ..." and the fix, one line each. */
export function answerLines(answer: AnswerSummary): string[] {
  const lines = [`This answer came from ${answer.where} (${answer.label}): ${answer.why.join('; ')}.`];
  if (answer.fixTitle) lines.push(`Quick fix: ${answer.fixTitle}`);
  if (answer.note) lines.push(answer.note);
  return lines;
}

export function verdictHeadline(report: Report): string {
  if (report.outcome === 'error') return `ERROR: ${report.error ?? 'the probe did not finish'}`;
  if (report.outcome === 'allowed') {
    return report.actualSkipped ? 'ALLOWED so far: the preflight passes; the actual request was not sent' : 'ALLOWED: the browser lets the page read the response';
  }
  const step = report.verdict.failingStep;
  const where = step ? `${step.kind}${step.hop > 0 ? ` (redirect hop ${step.hop})` : ''}` : 'unknown step';
  return `BLOCKED at the ${where}${report.verdict.corsError ? `: ${report.verdict.corsError}` : ''}`;
}

function stepLine(step: Step, index: number): string {
  const interim = step.response?.interim?.map((r) => r.status).join(', ');
  const outcome = step.response
    ? `${step.response.status}${step.response.statusText ? ` ${step.response.statusText}` : ''}${interim ? ` (after ${interim}, skipped as browsers skip it)` : ''}`
    : `failed: ${step.failure?.message ?? 'no response'}`;
  return `${index + 1}. ${step.kind}${step.hop > 0 ? ` (hop ${step.hop})` : ''}: ${step.request.method} ${step.request.url} -> ${outcome} (${step.elapsedMs} ms)`;
}

/** A server could put terminal escape sequences in its status text or body; show them as \xNN. */
function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function reportText(report: Report, timeoutMs?: number, answer?: AnswerSummary): string {
  return printable(reportLines(report, timeoutMs, answer));
}

function reportLines(report: Report, timeoutMs?: number, answer?: AnswerSummary): string {
  const { request, verdict } = report;
  const lines: string[] = [
    `CORS probe: ${request.method} ${request.url} from ${request.origin} (credentials: ${request.credentials})`,
    verdictHeadline(report),
  ];
  if (verdict.message) lines.push('', 'Chrome console:', `  ${verdict.message}`);
  const hint = fixHint(verdict);
  if (hint) lines.push('', `What to change: ${hint}`);
  if (answer) lines.push('', ...answerLines(answer));
  if (report.actualSkipped && report.outcome !== 'error') lines.push('', report.actualSkipped);
  lines.push('', verdict.preflightNeeded ? 'Preflight needed because:' : 'No preflight needed (a simple request).');
  for (const reason of verdict.preflightReasons) lines.push(`  - ${reason}`);
  if (verdict.maxAge) lines.push(`Preflight cached for ${verdict.maxAge.chrome} s in Chrome, ${verdict.maxAge.firefox} s in Firefox.`);
  if (verdict.exposedHeaders) lines.push(`Response headers script can read: ${verdict.exposedHeaders.join(', ') || '(none)'}`);
  if (verdict.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of verdict.warnings) lines.push(`  - ${w}`);
  }
  lines.push('', 'Steps:');
  report.steps.forEach((step, i) => {
    lines.push(`  ${stepLine(step, i)}`);
    for (const [n, v] of step.request.headers) lines.push(`     > ${n}: ${v}`);
    for (const [n, v] of step.response?.headers ?? []) lines.push(`     < ${n}: ${v}`);
    lines.push(`     $ ${curlCommand(step.request, timeoutMs)}`);
  });
  if (report.steps.length === 0) lines.push('  (nothing sent)');
  if (report.security.length > 0) {
    lines.push('', `Security scan (${report.hostile.length} hostile origins):`);
    for (const f of report.security) lines.push(`  [${f.severity}] ${f.title}: ${f.detail}${f.origins.length ? ` Origins: ${f.origins.join(', ')}` : ''}`);
  } else if (report.hostile.length > 0) {
    const failed = report.hostile.filter((h) => h.error !== undefined).length;
    lines.push('', failed === report.hostile.length
      ? 'Security scan: the server could not be reached with the hostile origins.'
      : `Security scan: none of ${report.hostile.length} hostile origins was accepted${failed ? ` (${failed} requests failed)` : ''}.`);
  }
  lines.push('', `Finished in ${report.durationMs} ms.`);
  return lines.join('\n');
}
