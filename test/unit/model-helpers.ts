// What the extractor tests read from an analysis: the model, the text under a range, entries in brief.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { CorsSite, OriginEntry, WiringFact } from '../../src/analysis/model/policy';
import type { Range } from '../../src/analysis/model/range';

export interface Model {
  readonly sites: readonly CorsSite[];
  readonly wiring: readonly WiringFact[];
  readonly at: (r?: Range) => string | undefined;
}

export async function modelOf(text: string, file: string): Promise<Model> {
  const result = await analyze({ file, text });
  assert.equal(result.skipped, undefined);
  return { sites: result.model.sites, wiring: result.model.wiring, at: r => r && text.slice(r.start, r.end) };
}

/** `exact https://a`, `regex ^x$ /i`, `any`. */
export function brief(e: OriginEntry): string {
  switch (e.kind) {
    case 'exact': return `exact ${e.value}`;
    case 'regex': return `regex ${e.pattern} /${e.flags}`;
    default: return e.kind;
  }
}

/** As `brief`, and a reflection also says what echoes the origin. */
export function briefWithHow(e: OriginEntry): string {
  return e.kind === 'reflect-any' ? `reflect-any ${e.how}` : brief(e);
}
