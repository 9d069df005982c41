import type { Finding, Fix, RelatedLocation, Severity } from '../model/finding';
import type { CorsSite, FileModel } from '../model/policy';
import type { Range } from '../model/range';

/** Where rule pages live; a diagnostic's link is derived from the id, never hand-written. */
export const DOCS_BASE = 'https://github.com/cors-lens/cors-lens/blob/main/docs/rules';

export interface RuleMeta {
  readonly id: string;
  /** One line: SARIF shortDescription, the docs index, the hover. */
  readonly description: string;
  readonly category: 'security' | 'never-works' | 'wiring' | 'caching';
  /** Severity when nothing lowers or raises it; a report may ask for another (e.g. with credentials). */
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly docsUrl: string;
}

export interface RuleOptions {
  /** The development front end's origins (`corsLens.devOrigins`). */
  readonly devOrigins: readonly string[];
}

export interface Report {
  readonly message: string;
  readonly range: Range;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  /** A site in a development-only file lowers the severity one step (wildcard rules only). */
  readonly lowerForDev?: boolean;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly model: FileModel;
  readonly text: string;
  readonly options: RuleOptions;
  report(r: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(spec: { meta: Omit<RuleMeta, 'docsUrl'>; check(ctx: RuleContext): void }): Rule {
  return { meta: { ...spec.meta, docsUrl: `${DOCS_BASE}/${spec.meta.id}.md` }, check: spec.check };
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

function lower(severity: Severity): Severity {
  return LOWER[severity];
}

export function toFinding(meta: RuleMeta, r: Report): Finding {
  const severity = r.severity ?? meta.defaultSeverity;
  return {
    ruleId: meta.id,
    severity: r.lowerForDev ? lower(severity) : severity,
    message: r.message,
    range: r.range,
    docsUrl: meta.docsUrl,
    related: r.related ?? [],
    fixes: r.fixes ?? [],
  };
}

/** "Credentials are enabled here" and similar pointers shared by several rules. */
export function credentialsNote(site: CorsSite): RelatedLocation[] {
  return site.credentials?.value ? [{ range: site.credentials.range, message: 'credentials are enabled here' }] : [];
}
