// SARIF 2.1.0 as GitHub code scanning reads it: rules from the rule metadata, one result per finding.
import * as path from 'node:path';
import type { Severity } from '../../analysis/model/finding';
import { RULES } from '../../analysis/rules';
import type { LocatedFinding } from '../located-finding';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function artifactUri(file: string, root: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).map(encodeURIComponent).join('/');
}

export function formatSarif(findings: readonly LocatedFinding[], version: string, root = process.cwd()): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const region = (line: number, column: number, endLine?: number, endColumn?: number) =>
    ({ startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'CORS Lens',
          informationUri: 'https://github.com/cors-lens/cors-lens',
          version,
          rules: RULES.map(r => ({
            id: r.meta.id,
            name: r.meta.id,
            shortDescription: { text: r.meta.description },
            helpUri: r.meta.docsUrl,
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            properties: { category: r.meta.category, tags: ['cors', r.meta.category] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: findings.map(f => ({
        ruleId: f.finding.ruleId,
        ruleIndex: ruleIndex.get(f.finding.ruleId),
        level: LEVEL[f.finding.severity],
        message: { text: f.finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file, root), uriBaseId: '%SRCROOT%' },
            region: region(f.line, f.column, f.endLine, f.endColumn),
          },
        }],
        ...(f.related.length ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: artifactUri(r.file, root), uriBaseId: '%SRCROOT%' }, region: region(r.line, r.column) },
          })),
        } : {}),
      })),
    }],
  };
  return JSON.stringify(log, null, 2);
}
