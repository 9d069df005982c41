// `cors-lens scan --fix`: apply the preferred safe fixes, re-analyse, repeat until nothing changes
// (a fix skipped for colliding with another gets its turn on the next pass).
import { analyze, type AnalyzeInput, type AnalyzeOptions } from '../analyze';
import type { Finding, Fix } from '../model/finding';
import { applyFixes } from './apply';

export interface AppliedFix {
  readonly ruleId: string;
  readonly title: string;
  /** The finding's message as it was before the fix. */
  readonly message: string;
}

export interface FixFileResult {
  /** The text after every pass (equal to the input when nothing applied). */
  readonly text: string;
  readonly applied: AppliedFix[];
  /** Findings left after the last pass (including unsafe-only ones, which are never auto-applied). */
  readonly remaining: Finding[];
}

/** The fix "fix all" applies for a finding: its preferred fix, when that one is safe. */
export function autoFix(finding: Finding): Fix | undefined {
  return finding.fixes.find(f => f.preferred && f.applicability === 'safe');
}

export async function fixFile(input: AnalyzeInput, options: AnalyzeOptions = {}, maxPasses = 5): Promise<FixFileResult> {
  let text = input.text;
  const applied: AppliedFix[] = [];
  let findings = (await analyze({ ...input, text }, options)).findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = findings.flatMap(f => {
      const fix = autoFix(f);
      return fix ? [{ f, fix }] : [];
    });
    if (chosen.length === 0) break;
    const result = applyFixes(text, chosen.map(c => c.fix));
    if (result.applied.length === 0) break;
    for (const c of chosen) if (result.applied.includes(c.fix)) applied.push({ ruleId: c.f.ruleId, title: c.fix.title, message: c.f.message });
    text = result.text;
    findings = (await analyze({ ...input, text }, options)).findings;
  }
  return { text, applied, remaining: findings };
}
