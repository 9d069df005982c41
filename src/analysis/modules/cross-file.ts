// An analysis that read several files reports each finding in the file its range names: an allowlist
// exported by config/allowedOrigins.js is judged there, and points back to the cors() call using it.
import * as path from 'node:path';
import type { Finding, RelatedLocation } from '../model/finding';
import type { CorsSite, FileModel } from '../model/policy';
import type { Range } from '../model/range';

function within(inner: Range, outer: Range): boolean {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}

/** The ranges of a site's values: where an imported value can sit. */
function valueRanges(site: CorsSite): Range[] {
  const located = [site.credentials, site.credentialsWritten, site.methods, site.allowHeaders, site.exposeHeaders, site.maxAge, site.sendWildcard];
  return [
    ...(site.origins.range ? [site.origins.range] : []),
    ...site.origins.entries.map(e => e.range),
    ...located.flatMap(l => (l ? [l.range] : [])),
  ];
}

/** Related locations for a finding in an imported file: the sites of the analysed file that use the value. */
export function takesEffectAt(f: Finding, model: FileModel, main: string): RelatedLocation[] {
  return model.sites
    .filter(site => site.range.file === main && valueRanges(site).some(r => within(f.range, r)))
    .map(site => ({ range: site.range, file: main, message: `used by the CORS configuration in ${path.basename(main)}` }));
}

/**
 * Results as the rest of the program reads them: ranges in the analysed file name no file; a finding
 * elsewhere names its file, and its related locations name theirs unless it is the finding's own.
 */
export function localToMain<T extends { model: FileModel; findings: Finding[] }>(main: string, r: T): T {
  const findings = r.findings.map(f => {
    const file = f.range.file === main ? undefined : f.range.file;
    const related = f.related.map(rel => {
      const at = rel.file ?? rel.range.file ?? main;
      return withFile({ ...rel, range: bare(rel.range) }, at === (file ?? main) ? undefined : at);
    });
    const fixes = f.fixes.map(fix => ({ ...fix, edits: fix.edits.map(e => ({ ...e, range: bare(e.range) })) }));
    return withFile({ ...f, range: bare(f.range), related, fixes }, file);
  });
  return { ...r, model: stripFile(r.model, main), findings };
}

function withFile<T extends { file?: string }>(x: T, file: string | undefined): T {
  const { file: _, ...rest } = x;
  return (file === undefined ? rest : { ...rest, file }) as T;
}

function bare(r: Range): Range {
  return { start: r.start, end: r.end };
}

/** A copy of the model where the analysed file's ranges no longer name it. */
function stripFile<T>(value: T, main: string): T {
  if (Array.isArray(value)) return value.map(v => stripFile(v, main)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (o.file === main && typeof o.start === 'number' && typeof o.end === 'number') return bare(o as unknown as Range) as T;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, stripFile(v, main)])) as T;
}
