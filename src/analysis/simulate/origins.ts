// Shared reading of a site's origin list: when the model cannot say what the list holds at run time.
import type { CorsSite, OriginEntry } from '../model/policy';

/** Why the origins cannot be simulated (a callback we could not follow, an env var with no default), or undefined. */
export function originsUnknown(site: CorsSite): string | undefined {
  const dyn = site.origins.entries.find((e): e is Extract<OriginEntry, { kind: 'dynamic' }> => e.kind === 'dynamic');
  if (dyn) return `the allowed origins come from ${dyn.how}`;
  const env = site.origins.entries.find((e) => e.source.kind === 'env');
  if (env && env.source.kind === 'env') return `the allowed origins are read from $${env.source.variable}, which has no default here`;
  if (site.origins.source.kind === 'env') return `the allowed origins are read from $${site.origins.source.variable}, which has no default here`;
  return undefined;
}

/** A Python `re.match` (anchored at the start only) as a JS RegExp; flags as the library passes them. */
export function pythonMatch(pattern: string, ignoreCase: boolean): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})`, ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}

/** Python's `re.fullmatch`. */
export function pythonFullMatch(pattern: string, ignoreCase: boolean): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}
