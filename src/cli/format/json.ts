import type { LocatedFinding } from '../located-finding';

/** One JSON array; the shape is the CLI's contract with CI scripts. */
export function formatJson(findings: readonly LocatedFinding[]): string {
  return JSON.stringify(findings.map(f => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.finding.ruleId,
    severity: f.finding.severity,
    message: f.finding.message,
  })), null, 2);
}
