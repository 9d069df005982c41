// Ways an origin regex admits hosts its author did not mean, given how the library matches it.
import type { LibrarySemantics } from '../model/libraries';

export interface Weakness {
  readonly what: string;
  /** An origin the pattern accepts that the author surely did not intend. */
  readonly example?: string;
}

/** The first host label or literal the pattern names, to build a convincing counter-example. */
function sampleHost(pattern: string): string {
  const m = /([a-z0-9-]+(?:\\?\.[a-z0-9-]+)+)/i.exec(pattern);
  return (m?.[1] ?? 'example.com').replace(/\\\./g, '.');
}

export function regexWeaknesses(pattern: string, lib: LibrarySemantics): Weakness[] {
  const out: Weakness[] = [];
  const host = sampleHost(pattern);
  const scheme = /^\^?https\?/.test(pattern) || /^\^?http:/.test(pattern) ? 'http' : 'https';

  // An unescaped dot between name characters: `example.com` also matches `example-com` or `exampleXcom`.
  const dot = /(?<!\[[^\]]*)([a-z0-9])\.([a-z0-9])/i.exec(pattern);
  if (dot) {
    const lookalike = host.replace(`${dot[1]}.${dot[2]}`, `${dot[1]}-${dot[2]}`);
    out.push({ what: `the \`.\` in \`${dot[0]}\` matches any character, not only a dot`, example: `${scheme}://${lookalike}` });
  }
  const anchoredEnd = /(\$|\\Z|\\z)\)?$/.test(pattern);
  if (lib.regexMatch !== 'full' && !anchoredEnd) {
    out.push({ what: 'nothing anchors the end of the pattern (no `$`)', example: `${scheme}://${host}.evil.example` });
  }
  if (lib.regexMatch === 'search' && !pattern.startsWith('^')) {
    out.push({ what: 'nothing anchors the start of the pattern (no `^`), and the library searches anywhere in the origin', example: `${scheme}://evil-${host}` });
  }
  // `.*example\.com` or `\w*example`: a wildcard glued to a name also matches `evilexample.com`.
  if (/(\.\*|\.\+|\\w\*|\\w\+|\\S\*|\\S\+|\[\^[^\]]*\][*+])(?=[a-z0-9])/i.test(pattern)) {
    out.push({ what: 'a wildcard runs straight into a domain name without a `\\.` before it', example: `${scheme}://evil${host}` });
  }
  return out;
}
