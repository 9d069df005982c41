// `cors-lens scan --fix`: apply the preferred safe fixes, re-analyse, repeat until nothing changes
// (a fix skipped for colliding with another gets its turn on the next pass). A fix that leaves its
// finding in place is applied once: the next pass does not apply it to that finding again.
// A text that does not parse is left alone, and a fix whose result would not parse is dropped.
import { analyze, type AnalyzeInput, type AnalyzeOptions } from '../analyze';
import type { Finding, Fix, TextEdit } from '../model/finding';
import type { Range } from '../model/range';
import { languageFromPath } from '../parse/parser';
import { applyFixes } from './apply';
import { parsesCleanly } from './parses';

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
  /** True when the input has syntax errors: nothing was fixed. */
  readonly unparsable: boolean;
  /** Fixes not applied because the text would no longer have parsed. */
  readonly rejected: AppliedFix[];
}

/** Whether a text may be fixed or written; fixPasses without one trusts every text. */
export type ParseCheck = (text: string) => Promise<boolean>;

/** The fix "fix all" applies for a finding: its preferred fix, when that one is safe. */
export function autoFix(finding: Finding): Fix | undefined {
  return finding.fixes.find(f => f.preferred && f.applicability === 'safe');
}

/** Fixes the findings that sit in the file itself; those in files it imports are fixed there. */
export async function fixFile(input: AnalyzeInput, options: AnalyzeOptions = {}, maxPasses = 5): Promise<FixFileResult> {
  const language = input.language ?? languageFromPath(input.file);
  const parses: ParseCheck = async text => language !== undefined && parsesCleanly(text, language);
  return fixPasses(input.text, async text => (await analyze({ ...input, text }, options)).findings.filter(f => f.file === undefined), parses, maxPasses);
}

type Chosen = { readonly f: Finding; readonly fix: Fix };
const applying = (c: Chosen): AppliedFix => ({ ruleId: c.f.ruleId, title: c.fix.title, message: c.f.message });

/** The passes of fixFile over any analysis (tests hand in their own). */
export async function fixPasses(input: string, findingsOf: (text: string) => Promise<Finding[]>, parses?: ParseCheck, maxPasses = 5): Promise<FixFileResult> {
  let text = input;
  const applied: AppliedFix[] = [];
  const rejected: AppliedFix[] = [];
  // Findings already fixed (or whose fix would not parse), with their ranges carried through later edits.
  let tried: { ruleId: string; title: string; range: Range }[] = [];
  let findings = await findingsOf(text);
  if (parses && !(await parses(text))) return { text, applied, remaining: findings, unparsable: true, rejected };
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = findings.flatMap(f => {
      const fix = autoFix(f);
      const again = fix && tried.some(d => d.ruleId === f.ruleId && d.title === fix.title && d.range.start === f.range.start && d.range.end === f.range.end);
      return fix && !again ? [{ f, fix }] : [];
    });
    if (chosen.length === 0) break;
    let result = applyFixes(text, chosen.map(c => c.fix));
    if (result.applied.length === 0) break;
    let now = chosen.filter(c => result.applied.includes(c.fix));
    let broken: Chosen[] = [];
    if (parses && !(await parses(result.text))) {
      // Find the fixes that break the syntax on their own; the others are applied without them.
      const alone = await Promise.all(now.map(async c => parses(applyFixes(text, [c.fix]).text)));
      broken = now.filter((_, i) => !alone[i]);
      now = now.filter((_, i) => alone[i]);
      rejected.push(...broken.map(applying));
      result = applyFixes(text, now.map(c => c.fix));
      if (now.length === 0 || !(await parses(result.text))) {
        tried = [...tried, ...broken.map(c => ({ ruleId: c.f.ruleId, title: c.fix.title, range: c.f.range }))];
        if (now.length === 0) continue;
        break;
      }
    }
    const edits = result.applied.flatMap(f => f.edits);
    applied.push(...now.map(applying));
    tried = [...tried, ...[...now, ...broken].map(c => ({ ruleId: c.f.ruleId, title: c.fix.title, range: c.f.range }))].flatMap(d => {
      const range = carried(d.range, edits);
      return range ? [{ ...d, range }] : [];
    });
    text = result.text;
    findings = await findingsOf(text);
  }
  return { text, applied, remaining: findings, unparsable: false, rejected };
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
