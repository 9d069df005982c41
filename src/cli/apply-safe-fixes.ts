import type { Finding } from '../analysis/model/finding';
import { applyFixes } from '../analysis/fixes/apply';

/** `--fix` applies only fixes that keep legitimate callers working; the rest stay suggestions. */
export function applySafeFixes(text: string, findings: readonly Finding[]): { text: string; applied: string[] } {
  const safe = findings.flatMap(f => f.fixes.filter(x => x.applicability === 'safe' && x.preferred));
  const result = applyFixes(text, safe);
  return { text: result.text, applied: result.applied.map(f => f.title) };
}
