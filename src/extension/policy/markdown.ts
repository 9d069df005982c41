// The hover (and tree tooltip) of a CORS site as Markdown. Pure (no vscode): every value that comes
// from the code or the settings (origins, patterns, header values, messages quoting them) passes
// through escapeMarkdown; the editor renders it untrusted, without HTML.
import type { CorsSite } from '../../analysis/model/policy';
import { caseLabel, DEV_CASES, failureGroups, libraryLabel, mark, policyFields, type SiteCheck } from '../../analysis/policy-summary';
import { showBidiControls } from '../visible-controls';

/**
 * Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them), folds
 * line breaks and shows bidi controls as code points.
 */
export function escapeMarkdown(value: unknown): string {
  return showBidiControls(String(value)).replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, c => `\\${c}`);
}

const PLAIN = DEV_CASES.filter(c => !c.credentials);

/** Header, the simulated table per dev origin, what fails in the browser's words, then the policy fields. */
export function siteMarkdown(site: CorsSite, check: SiteCheck): string {
  const out: string[] = [];
  out.push(`**CORS policy** · ${escapeMarkdown(libraryLabel(site))}`);
  out.push('');
  if (check.origins.length === 0) {
    out.push('No dev origins to simulate: set `corsLens.devOrigins`.');
    out.push('');
  }
  for (const o of check.origins) {
    out.push(`Simulated from ${escapeMarkdown(o.origin)} to ${escapeMarkdown(check.path)}:`);
    out.push('');
    out.push('| request | without credentials | with credentials |');
    out.push('| --- | :---: | :---: |');
    for (const c of PLAIN) {
      const cell = (credentials: boolean) => mark(o.results.find(r => r.case.id === c.id && r.case.credentials === credentials)?.outcome ?? 'unknown');
      out.push(`| ${escapeMarkdown(c.label)} | ${cell(false)} | ${cell(true)} |`);
    }
    out.push('');
    for (const g of failureGroups(o)) {
      out.push(`- ${g.outcome === 'blocked' ? '✗' : '?'} ${escapeMarkdown(g.cases.join(', '))}: ${escapeMarkdown(g.text)}`);
    }
    out.push('');
  }
  out.push(policyFields(site).map(f => `${escapeMarkdown(f.name)}: ${escapeMarkdown(f.value)}`).join('  \n'));
  return out.join('\n');
}

/** Plain text of the same facts, for a CodeLens tooltip. */
export function siteTooltip(check: SiteCheck): string {
  return check.origins.map(o => o.results.map(r => `${mark(r.outcome)} ${caseLabel(r.case)} from ${o.origin}`).join('\n')).join('\n\n');
}
