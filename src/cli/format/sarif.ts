// SARIF 2.1.0 as GitHub code scanning reads it (validated by Microsoft's SARIF Multitool, Gh;Sarif rules).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Severity } from '../../analysis/model/finding';
import { RULES } from '../../analysis/rules';
import type { Rule } from '../../analysis/rules/define-rule';
import type { LocatedFinding } from '../located-finding';
import { ruleHelp } from './rule-help';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's scale: >= 7 high, >= 4 medium; a security rule's default severity picks its band. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.1', warning: '5.3', info: '3.1' };

function artifactUri(file: string, root: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).map(encodeURIComponent).join('/');
}

/** "credentials-with-any-origin" -> "CredentialsWithAnyOrigin": SARIF wants a readable name distinct from the id. */
function pascalName(id: string): string {
  return id.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function descriptor(rule: Rule) {
  const { id, description, category, defaultSeverity, docsUrl } = rule.meta;
  const help = ruleHelp(id, description);
  const security = category === 'security';
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: description },
    fullDescription: { text: help.fullDescription },
    help: { text: `${help.fullDescription}\n\nDocumentation: ${docsUrl}`, markdown: help.markdown },
    helpUri: docsUrl,
    defaultConfiguration: { level: LEVEL[defaultSeverity] },
    properties: {
      category,
      // CWE-942: permissive cross-domain policy with untrusted domains; other categories are correctness.
      tags: security ? ['cors', 'security', 'external/cwe/cwe-942'] : ['cors', 'correctness', category],
      ...(security ? { 'security-severity': SECURITY_SEVERITY[defaultSeverity] } : {}),
    },
  };
}

/**
 * Rule, file and the finding's line text, not its line number, so inserting lines above keeps the
 * fingerprint; the occurrence count separates identical lines in one file.
 */
function fingerprints(findings: readonly LocatedFinding[], root: string): string[] {
  const seen = new Map<string, number>();
  return findings.map(f => {
    const key = [f.finding.ruleId, artifactUri(f.file, root), f.lineText].join('\0');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n + 1}`;
  });
}

export function formatSarif(findings: readonly LocatedFinding[], version: string, root = process.cwd()): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const region = (line: number, column: number, endLine?: number, endColumn?: number) =>
    ({ startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) });
  const location = (file: string) => ({ uri: artifactUri(file, root), uriBaseId: '%SRCROOT%' });
  const prints = fingerprints(findings, root);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'CORS Lens',
          informationUri: 'https://github.com/cors-lens/cors-lens',
          version,
          rules: RULES.map(descriptor),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: `file://${encodeURI(path.resolve(root).split(path.sep).join('/'))}/` } },
      columnKind: 'utf16CodeUnits',
      results: findings.map((f, i) => ({
        ruleId: f.finding.ruleId,
        ruleIndex: ruleIndex.get(f.finding.ruleId),
        level: LEVEL[f.finding.severity],
        message: { text: f.finding.message },
        locations: [{ physicalLocation: { artifactLocation: location(f.file), region: region(f.line, f.column, f.endLine, f.endColumn) } }],
        partialFingerprints: { 'corsLens/v1': prints[i] },
        ...(f.related.length ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: location(r.file), region: region(r.line, r.column) },
          })),
        } : {}),
        ...(f.safeFixes.length ? {
          fixes: f.safeFixes.map(fix => ({
            description: { text: fix.title },
            artifactChanges: [{
              artifactLocation: location(f.file),
              replacements: fix.edits.map(e => ({
                deletedRegion: region(e.line, e.column, e.endLine, e.endColumn),
                insertedContent: { text: e.text },
              })),
            }],
          })),
        } : {}),
      })),
    }],
  };
  return JSON.stringify(log, null, 2);
}
