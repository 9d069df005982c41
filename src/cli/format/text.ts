import type { LocatedFinding } from '../located-finding';

export function formatText(findings: readonly LocatedFinding[], fileCount: number): string {
  const lines = findings.map(f => `${f.file}:${f.line}:${f.column}  ${f.finding.severity.padEnd(7)}  ${f.finding.message}  [${f.finding.ruleId}]`);
  const count = (s: string) => findings.filter(f => f.finding.severity === s).length;
  const summary = findings.length === 0
    ? `No CORS issues found in ${fileCount} file${fileCount === 1 ? '' : 's'}.`
    : `${findings.length} CORS issue${findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info) in ${fileCount} files scanned.`;
  return [...lines, summary].join('\n');
}
