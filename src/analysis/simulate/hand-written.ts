// Headers written by the application itself: the model holds what each header is set to.
// List values are joined with ', ' (the model keeps items, not the original separators).
import type { CorsSite } from '../model/policy';
import { HeaderBuilder } from './headers';
import { originsUnknown } from './origins';
import type { LibraryAnswer, WireRequest } from './index';

export function simulateHandWritten(site: CorsSite, req: WireRequest): LibraryAnswer {
  const why = originsUnknown(site);
  if (why) return { unknown: why };
  const origin = req.headers.origin ?? '';
  const h = new HeaderBuilder();
  const entries = site.origins.entries;
  const first = entries[0];
  if (entries.some((e) => e.kind === 'reflect-any')) h.set('Access-Control-Allow-Origin', origin);
  else if (first?.kind === 'any') h.set('Access-Control-Allow-Origin', '*');
  else if (first?.kind === 'null') h.set('Access-Control-Allow-Origin', 'null');
  else if (entries.length === 1 && first.kind === 'exact') h.set('Access-Control-Allow-Origin', first.value);
  else if (entries.length > 1) return { unknown: 'the handler chooses between several origins by logic the model does not keep' };
  if (site.credentials?.value === true) h.set('Access-Control-Allow-Credentials', 'true');
  if (site.methods?.value.length) h.set('Access-Control-Allow-Methods', site.methods.value.join(', '));
  if (site.allowHeaders?.value.length) h.set('Access-Control-Allow-Headers', site.allowHeaders.value.join(', '));
  if (site.exposeHeaders?.value.length) h.set('Access-Control-Expose-Headers', site.exposeHeaders.value.join(', '));
  if (site.maxAge !== undefined) h.set('Access-Control-Max-Age', String(site.maxAge.value));
  if (site.varyOrigin) h.vary('Vary', 'Origin');
  return { status: req.method === 'OPTIONS' ? 204 : 200, headers: h.toList() };
}
