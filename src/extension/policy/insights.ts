// What the hover and the CodeLens show for each CORS site of an analysed document version, computed
// once per version (and dev origins) from the model the FindingStore holds.
import * as vscode from 'vscode';
import type { CorsSite } from '../../analysis/model/policy';
import { lineEndAt } from '../../analysis/model/range';
import { checkSiteInApp, lensTitle, type SiteCheck } from '../../analysis/policy-summary';
import { PositionMap } from '../diagnostics';
import type { StoredAnalysis } from '../finding-store';
import { readAnalysisSettings } from '../settings';
import { siteMarkdown, siteTooltip } from './markdown';

/** A site spanning more lines than this shows its hover only on its first line and the values it writes. */
const WHOLE_RANGE_LINES = 3;

export interface SiteInsight {
  readonly site: CorsSite;
  readonly range: vscode.Range;
  /** Where hovering shows the details. */
  readonly anchors: readonly vscode.Range[];
  readonly check: SiteCheck;
  readonly markdown: string;
  readonly lensTitle: string;
  readonly tooltip: string;
}

/** Insights per analysed version; recomputed only when the dev origins differ. */
const cache = new WeakMap<StoredAnalysis, { key: string; insights: readonly SiteInsight[] }>();

export function insightsFor(stored: StoredAnalysis): readonly SiteInsight[] {
  const origins = readAnalysisSettings(stored.uri).devOrigins;
  const key = origins.join('\n');
  const cached = cache.get(stored);
  if (cached && cached.key === key) return cached.insights;
  const positions = new PositionMap(stored.text);
  const insights = stored.result.model.sites.map(site => {
    const check = checkSiteInApp(stored.result.model, site, origins);
    const range = positions.range(site.range);
    return {
      site, range, anchors: anchorsOf(site, range, positions, stored.text), check,
      markdown: siteMarkdown(site, check), lensTitle: lensTitle(check), tooltip: siteTooltip(check),
    };
  });
  cache.set(stored, { key, insights });
  return insights;
}

/** A short site is hoverable everywhere; a long one (a settings block, a function) on its first line and its option values. */
function anchorsOf(site: CorsSite, range: vscode.Range, positions: PositionMap, text: string): vscode.Range[] {
  if (range.end.line - range.start.line < WHOLE_RANGE_LINES) return [range];
  const firstLine = new vscode.Range(range.start, positions.position(Math.min(lineEndAt(text, site.range.start), site.range.end)));
  const values = [site.origins.range, site.credentials?.range, site.methods?.range, site.allowHeaders?.range, site.exposeHeaders?.range, site.maxAge?.range]
    .filter((r): r is NonNullable<typeof r> => r !== undefined && r.start >= site.range.start && r.end <= site.range.end)
    .map(r => positions.range(r));
  return [firstLine, ...values];
}
