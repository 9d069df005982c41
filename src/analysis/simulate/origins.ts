// Shared reading of a site's origin list: when the model cannot say what the list holds at run time.
import type { CorsSite, OriginEntry } from '../model/policy';
import { fewQuantifiers, linearMatcher, type Matcher } from '../parse/linear-regex';

/** Why the origins cannot be simulated (a callback we could not follow, an env var with no default), or undefined. */
export function originsUnknown(site: CorsSite): string | undefined {
  const dyn = site.origins.entries.find((e): e is Extract<OriginEntry, { kind: 'dynamic' }> => e.kind === 'dynamic');
  if (dyn) return `the allowed origins come from ${dyn.how}`;
  const env = site.origins.entries.find((e) => e.source.kind === 'env');
  if (env && env.source.kind === 'env') return `the allowed origins are read from $${env.source.variable}, which has no default here`;
  if (site.origins.source.kind === 'env') return `the allowed origins are read from $${site.origins.source.variable}, which has no default here`;
  return undefined;
}

/**
 * A pattern from the user's code, run in linear time (hover and CodeLens run it on every keystroke,
 * and `(a|a)*` would stall V8's backtracking engine). Only a pattern the linear engine cannot run
 * (backreferences, lookaround, flags other than `i` and `g`) goes to RegExp, and only with few
 * quantifiers. Undefined when it is invalid or could backtrack for long.
 */
export function userRegex(source: string, flags: string): Matcher | undefined {
  const rest = flags.replace(/[gi]/g, '');
  const linear = rest ? undefined : linearMatcher(source, flags.includes('i'));
  if (linear) return linear;
  // Only a pattern V8 cannot backtrack on for long: anything else stays unknown rather than hang.
  if (!fewQuantifiers(source)) return undefined;
  try {
    // A fresh RegExp per site, without `g`: each test starts at lastIndex 0 (`y` keeps its anchoring).
    const re = new RegExp(source, flags.replace(/g/g, ''));
    return { test: input => tryTest(re, input) };
  } catch {
    return undefined;
  }
}

/** V8 compiles a pattern at its first test and throws there for one too large: that is no answer. */
function tryTest(re: RegExp, input: string): boolean | undefined {
  try {
    return re.test(input);
  } catch {
    return undefined;
  }
}

/** A Python `re.match` (anchored at the start only); flags as the library passes them. */
export function pythonMatch(pattern: string, ignoreCase: boolean): Matcher | undefined {
  return userRegex(`^(?:${pattern})`, ignoreCase ? 'i' : '');
}

/** Python's `re.fullmatch`. */
export function pythonFullMatch(pattern: string, ignoreCase: boolean): Matcher | undefined {
  return userRegex(`^(?:${pattern})$`, ignoreCase ? 'i' : '');
}
