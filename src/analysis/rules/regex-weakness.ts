// Ways an origin regex admits hosts its author did not mean, given how the library matches it.
import type { LibrarySemantics } from '../model/libraries';
import { linearMatcher, type Matcher } from '../parse/linear-regex';

export interface Weakness {
  readonly what: string;
  /** An origin the pattern accepts that its author surely did not intend (checked against the pattern). */
  readonly example?: string;
}

/** An origin the pattern most likely exists to allow: anchors dropped, classes and groups made concrete. */
export function exemplar(pattern: string): string {
  return pattern
    .replace(/^\^|\$$/g, '')
    .replace(/\(\?:?/g, '(')
    .replace(/\(([^()|]*)\|[^()]*\)/g, '$1') // first alternative of a group
    .replace(/\\d[+*]?|\[0-9\][+*]?/g, '1')
    .replace(/\\w[+*]|\[[^\]]*\][+*]|\.[+*]/g, 'app')
    .replace(/[a-z]\?/gi, m => m[0]) // `https?` → `https`
    .replace(/[()]/g, '')
    .replace(/\\(.)/g, '$1');
}

/**
 * The pattern as the library matches it, run by a linear-time engine: the pattern is the user's, and
 * V8's backtracking would take seconds on `(a?){25}a{25}`. Undefined when the pattern is not valid
 * JavaScript or uses backreferences or lookaround, which only backtracking can run.
 */
export function compile(pattern: string, lib: LibrarySemantics): Matcher | undefined {
  // Python's (?i) and JS differ in little else for origin patterns; `prefix` and `full` anchor differently.
  const body = lib.regexMatch === 'full' ? `^(?:${pattern})$` : lib.regexMatch === 'prefix' ? `^(?:${pattern})` : pattern;
  try {
    new RegExp(body, 'i'); // only parsed: V8 compiles a pattern when it first runs
  } catch {
    return undefined;
  }
  return linearMatcher(body, true);
}

/**
 * What a missing `$` lets through. After a host, any longer host name; after a port only more digits
 * can follow in an origin, so `:8000` is safe (no port above 65535) and `:3000` also admits `:30001`;
 * a pattern ending in a port class (`:\d+`) allows every port already.
 */
function unanchoredEnd(pattern: string, sample: string, proves: (candidate: string) => string | undefined): Weakness | undefined {
  const literalPort = /:(\d+)\)?$/.exec(pattern)?.[1];
  if (literalPort === undefined) {
    if (/:\d+$/.test(sample)) return undefined;
    return { what: 'nothing anchors the end of the pattern (no `$`)', example: proves(`${sample}.evil.example`) };
  }
  const longer = [...'0123456789'].map(d => `${sample}${d}`).find(c => Number(`${literalPort}0`) <= 65535 && proves(c));
  return longer ? { what: `nothing anchors the end of the pattern (no \`$\`), so a longer port such as ${longer} also matches`, example: longer } : undefined;
}

/**
 * The first `.` outside a class, after a name part (`[a-z0-9)\]+*?}]` not escaped) and before one
 * (`[a-z0-9(]`), not between two digits: `e.c` of `app.example.com`. One pass over the pattern:
 * a lookbehind for "not inside a class" rescanned the pattern from every dot, seconds on a long one.
 */
function unescapedDot(pattern: string): string | undefined {
  const NAME_END = /[a-z0-9)\]+*?}]/i;
  const NAME_START = /[a-z0-9(]/i;
  let lastOpen = -1;
  let lastClose = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') lastOpen = i;
    else if (c === ']') lastClose = i;
    else if (c === '.' && i >= 1 && i + 1 < pattern.length) {
      const before = pattern[i - 1];
      const after = pattern[i + 1];
      // The name part's end is not escaped (`\w.`) and does not sit inside a class (`[a.b]`): no
      // `[` before it that no `]` closes before it. (It is never `[` itself, so only a `]` moves.)
      const close = before === ']' ? pattern.lastIndexOf(']', i - 2) : lastClose;
      if (NAME_END.test(before) && NAME_START.test(after) && pattern[i - 2] !== '\\' && lastOpen <= close && (!/\d/.test(before) || !/\d/.test(after))) {
        return `${before}.${after}`;
      }
    }
  }
  return undefined;
}

export function regexWeaknesses(pattern: string, lib: LibrarySemantics): Weakness[] {
  const re = compile(pattern, lib);
  const proves = (candidate: string) => (re?.test(candidate) ? candidate : undefined);
  const sample = exemplar(pattern);
  const out: Weakness[] = [];

  // An unescaped dot between name parts: `app.example` also matches `app-example`, a domain anyone can buy.
  // Between digits (`127.0.0.1`) it cannot be exploited: a host ending in a number must be an IPv4 address.
  const dot = unescapedDot(pattern);
  if (dot) {
    const start = sample.indexOf('://') + 3;
    const dots = [...sample.matchAll(/\./g)].map(m => m.index).filter(i => i >= start && !/\d\.\d/.test(sample.slice(i - 1, i + 2)));
    out.push({
      what: `an unescaped \`.\` (in \`${dot}\`) matches any character, not only a dot`,
      example: dots.map(i => proves(`${sample.slice(0, i)}-${sample.slice(i + 1)}`)).find(e => e !== undefined),
    });
  }
  // `http://localhost.*` (or `localhost(:\d+)?.*`): what follows the host name may continue it, even with `$` or fullmatch.
  const trailing = /(?<!\\)[a-z0-9-](\([^()]*\)\?)?(\.[*+])\$?$/i.exec(pattern);
  const host = trailing ? exemplar(pattern.slice(0, trailing.index + 1)) : '';
  // After a port (`localhost:3000.*`) nothing can follow in a real Origin.
  const afterHost = !!trailing && /^[a-z][a-z0-9+.-]*:\/\/[^:/]+$/i.test(host);
  if (trailing && afterHost) {
    const example = proves(`${host}.evil.example`);
    out.push({
      what: example ? `\`${trailing[2]}\` after the host also matches ${example}` : `\`${trailing[2]}\` after the host also matches longer host names`,
      example,
    });
  }
  // With a wildcard after the host, a `$` would change nothing.
  if (!afterHost && lib.regexMatch !== 'full' && !/(\$|\\Z|\\z)\)?$/.test(pattern)) {
    const unanchored = unanchoredEnd(pattern, sample, proves);
    if (unanchored) out.push(unanchored);
  }
  // Searched anywhere: only a leading scheme or `\.` keeps a look-alike host such as `evilapp.example.com` out.
  if (lib.regexMatch === 'search' && !/^(\^|\\\.|[a-z]+s?\??:\/\/)/i.test(pattern)) {
    const host = sample.replace(/^[a-z]+:\/\//i, '');
    out.push({ what: 'nothing anchors the start of the pattern (no `^`), and the library searches anywhere in the origin', example: proves(`https://evil${host}`) });
  }
  // `.*example\.com` or `\w*example`: a wildcard glued to a name also matches `evilexample.com`.
  const glued = /(\.\*|\.\+|\\w\*|\\w\+|\\S\*|\\S\+|\[\^[^\]]*\][*+])(?=[a-z0-9])/i.exec(pattern);
  if (glued) {
    const rest = pattern.slice(glued.index + glued[0].length);
    out.push({ what: 'a wildcard runs straight into a domain name without a `\\.` before it', example: proves(`https://evil${exemplar(rest)}`) });
  }
  return out;
}
