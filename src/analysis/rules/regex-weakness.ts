// Ways an origin regex admits hosts its author did not mean, given how the library matches it.
import type { LibrarySemantics } from '../model/libraries';

export interface Weakness {
  readonly what: string;
  /** An origin the pattern accepts that its author surely did not intend (checked against the pattern). */
  readonly example?: string;
}

/** An origin the pattern most likely exists to allow: anchors dropped, classes and groups made concrete. */
function exemplar(pattern: string): string {
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

function compile(pattern: string, lib: LibrarySemantics): RegExp | undefined {
  try {
    // Python's (?i) and JS differ in little else for origin patterns; `prefix` and `full` anchor differently.
    const body = lib.regexMatch === 'full' ? `^(?:${pattern})$` : lib.regexMatch === 'prefix' ? `^(?:${pattern})` : pattern;
    return new RegExp(body, 'i');
  } catch {
    return undefined;
  }
}

export function regexWeaknesses(pattern: string, lib: LibrarySemantics): Weakness[] {
  const re = compile(pattern, lib);
  const proves = (candidate: string) => (re?.test(candidate) ? candidate : undefined);
  const sample = exemplar(pattern);
  const out: Weakness[] = [];

  // An unescaped dot between name parts: `app.example` also matches `app-example`, a domain anyone can buy.
  const dot = /(?<!\[[^\]]*)(?<!\\)([a-z0-9)\]+*?}])\.([a-z0-9(])/i.exec(pattern);
  if (dot) {
    const i = sample.indexOf('.', sample.indexOf('://') + 3);
    out.push({
      what: `an unescaped \`.\` (in \`${dot[0]}\`) matches any character, not only a dot`,
      example: i > 0 ? proves(`${sample.slice(0, i)}-${sample.slice(i + 1)}`) : undefined,
    });
  }
  if (lib.regexMatch !== 'full' && !/(\$|\\Z|\\z)\)?$/.test(pattern)) {
    out.push({ what: 'nothing anchors the end of the pattern (no `$`)', example: proves(`${sample}.evil.example`) });
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
