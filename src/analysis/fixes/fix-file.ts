// `cors-lens scan --fix`: apply the preferred safe fixes, re-analyse, repeat until nothing changes
// (a fix skipped for colliding with another gets its turn on the next pass). A fix that leaves its
// finding in place is applied once: the next pass does not apply it to that finding again.
import { analyze, type AnalyzeInput, type AnalyzeOptions } from '../analyze';
import type { Finding, Fix, TextEdit } from '../model/finding';
import type { Range } from '../model/range';
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

/** Fixes the findings that sit in the file itself; those in files it imports are fixed there. */
export async function fixFile(input: AnalyzeInput, options: AnalyzeOptions = {}, maxPasses = 5): Promise<FixFileResult> {
  return fixPasses(input.text, async text => (await analyze({ ...input, text }, options)).findings.filter(f => f.file === undefined), maxPasses);
}

/** The passes of fixFile over any analysis (tests hand in their own). */
export async function fixPasses(input: string, findingsOf: (text: string) => Promise<Finding[]>, maxPasses = 5): Promise<FixFileResult> {
  let text = input;
  const applied: AppliedFix[] = [];
  // Findings already fixed, with their ranges carried through later edits.
  let fixed: { ruleId: string; title: string; range: Range }[] = [];
  let findings = await findingsOf(text);
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = findings.flatMap(f => {
      const fix = autoFix(f);
      const again = fix && fixed.some(d => d.ruleId === f.ruleId && d.title === fix.title && d.range.start === f.range.start && d.range.end === f.range.end);
      return fix && !again ? [{ f, fix }] : [];
    });
    if (chosen.length === 0) break;
    const result = applyFixes(text, chosen.map(c => c.fix));
    if (result.applied.length === 0) break;
    const edits = result.applied.flatMap(f => f.edits);
    const now = chosen.filter(c => result.applied.includes(c.fix));
    for (const c of now) applied.push({ ruleId: c.f.ruleId, title: c.fix.title, message: c.f.message });
    fixed = [...fixed, ...now.map(c => ({ ruleId: c.f.ruleId, title: c.fix.title, range: c.f.range }))].flatMap(d => {
      const range = carried(d.range, edits);
      return range ? [{ ...d, range }] : [];
    });
    text = result.text;
    findings = await findingsOf(text);
  }
  return { text, applied, remaining: findings };
}

/** Where `range` is after `edits` (non-overlapping, on the old text); undefined when an edit changed it. */
function carried(range: Range, edits: readonly TextEdit[]): Range | undefined {
  let shift = 0;
  for (const e of edits) {
    if (e.range.start < range.end && e.range.end > range.start) return undefined;
    if (e.range.end <= range.start) shift += e.text.length - (e.range.end - e.range.start);
  }
  return { start: range.start + shift, end: range.end + shift };
}
