// Origin patterns: tightening a weak regex, turning a `https://*.example.com` glob into the regex the
// author meant, and writing a pattern back in the literal form it came in.
import type { Fix, TextEdit } from '../model/finding';
import { LIBRARIES, type LibrarySemantics } from '../model/libraries';
import type { CorsSite, OriginEntry } from '../model/policy';
import type { Node } from '../parse/nodes';
import { compile, exemplar, regexWeaknesses } from '../rules/regex-weakness';
import { jsString } from '../values/javascript';
import { positionalArgs } from '../values/python';
import { makeFix, replace } from './edits';
import { elsewhere } from './origin-sites';
import { isPython, jsRegexLiteral, nodeAt, pythonRegexLiteral, validJsFlags, withSyntax, type FixContext, type Quote } from './syntax';

/** A sub-domain label sequence: one or more `label.` before the registrable name. */
const SUBDOMAINS = '([a-z0-9-]+\\.)';

/** Escapes each `.` between name parts (`example.com`, `(app|admin).example`, `\w+.example`) outside a character class. */
function escapeNameDots(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { out += c + (pattern[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    // After a name, a group or a quantified class (`\w+.example`), before a name or a group.
    const between = /[a-z0-9)\]+*?}]/i.test(pattern[i - 1] ?? '') && /[a-z0-9(]/i.test(pattern[i + 1] ?? '');
    out += c === '.' && !inClass && between ? '\\.' : c;
  }
  return out;
}

/** The pattern with the weaknesses regex-weakness.ts names removed, in the library's matching mode. */
export function strengthen(pattern: string, lib: LibrarySemantics): { pattern: string; changes: string[] } {
  const changes: string[] = [];
  let p = escapeNameDots(pattern);
  if (p !== pattern) changes.push('escape the dots');
  // `.*example\.com` → `([a-z0-9-]+\.)*example\.com`: only whole sub-domain labels before the name.
  const glued = p.replace(/(\.\*|\\w\*|\\S\*|\[\^[^\]]*\]\*)(?=[a-z0-9])/gi, `${SUBDOMAINS}*`)
    .replace(/(\.\+|\\w\+|\\S\+|\[\^[^\]]*\]\+)(?=[a-z0-9])/gi, `${SUBDOMAINS}+`);
  if (glued !== p) changes.push('require a dot before the domain');
  p = glued;
  let anchored = false;
  // A pattern that names no port also meant the origin with one (`localhost` → `localhost:3000`).
  const end = /:(?!\/\/)/.test(p) ? '$' : '(:\\d+)?$';
  if (lib.regexMatch !== 'full' && !/(\$|\\Z|\\z)\)?$/.test(p)) { p = `${p}${end}`; anchored = true; }
  if (lib.regexMatch !== 'full' && !p.startsWith('^')) { p = anchorStart(p, lib); anchored = true; }
  if (anchored) changes.push('anchor the pattern');
  return { pattern: p, changes };
}

/**
 * `^` in front. A searched pattern that names no scheme (`example\.com$`) meant "ends with this
 * domain": it becomes any sub-domain over http(s) rather than a pattern no origin can match.
 */
function anchorStart(p: string, lib: LibrarySemantics): string {
  if (lib.regexMatch !== 'search' || /^\(?[a-z]+[?]?(:|\\:)/i.test(p)) return `^${p}`;
  if (p.startsWith('\\.')) return `^https?://${SUBDOMAINS}+${p.slice(2)}`;
  if (/^[a-z0-9]/i.test(p)) return `^https?://${SUBDOMAINS}*${p}`;
  return `^${p}`;
}

/** `https://*.example.com` → `^https://([a-z0-9-]+\.)+example\.com$` (and `app-*` → `app-[a-z0-9-]*`). */
export function globToRegex(glob: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)$/i.exec(glob.trim());
  if (!m || !m[2].includes('*')) return undefined;
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
  const host = m[2].toLowerCase();
  const body = host.startsWith('*.')
    ? `${SUBDOMAINS}+${escape(host.slice(2)).replace(/\*/g, '[a-z0-9-]*')}`
    : escape(host).replace(/\*/g, '[a-z0-9-]*');
  return `^${m[1].toLowerCase()}://${body}$`;
}

/** The literal that holds a regex entry's pattern: a string, a JS regex, `re.compile("…")`, `new RegExp("…")`. */
function patternLiteral(node: Node, python: boolean): Node | undefined {
  if (python && node.type === 'call') return positionalArgs(node)[0];
  return node;
}

/** The source text writing `pattern` where `node` held the old one, in the same literal form. */
export function writePattern(node: Node, pattern: string, flags: string, python: boolean): { at: Node; text: string } | undefined {
  if (python) {
    const lit = patternLiteral(node, true);
    if (lit?.type !== 'string') return undefined;
    const quote = ((lit.child(0)?.text ?? '"').replace(/^[a-z]+/i, '')[0] ?? '"') as Quote;
    return { at: lit, text: pythonRegexLiteral(pattern, quote) };
  }
  // Flags a RegExp would reject (`new RegExp(p, 'x//')`) would make the literal a syntax error.
  if (!validJsFlags(flags)) return undefined;
  if (node.type === 'regex') return { at: node, text: jsRegexLiteral(pattern, flags) };
  if (node.type === 'new_expression' || node.type === 'call_expression') {
    // Flags from a variable would be lost in the literal that replaces the call.
    const given = node.childForFieldName('arguments')?.namedChild(1);
    if (given && !(given.type === 'string' && jsString(given) === flags)) return undefined;
    return { at: node, text: jsRegexLiteral(pattern, flags) };
  }
  return undefined;
}

/** True when `|` splits the whole pattern: `^`/`$` added to it would bind to the first and last alternative only. */
function topLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The check that makes the rewrite safe: the new pattern still accepts the origin the old one exists
 * for (its exemplar, with `:3000` too if the old one took that) and rejects every weakness example.
 */
function keepsIntent(old: string, pattern: string, lib: LibrarySemantics): boolean {
  const before = compile(old, lib);
  const after = compile(pattern, lib);
  if (!before || !after) return false;
  // A wildcard glued to a name (`.*example\.com`) stands for a sub-domain: the author meant `app.example.com`.
  const sample = exemplar(old.replace(/(\.\*|\.\+|\\w\*|\\w\+|\\S\*|\\S\+|\[\^[^\]]*\][*+])(?=[a-z0-9])/gi, 'app\\.'));
  // A pattern without a scheme (`localhost`, `\.example\.com`) stands for what the browser sends: an origin with one.
  const origin = /^[a-z][a-z0-9+.-]*:\/\//i.test(sample) ? sample : `https://${sample.startsWith('.') ? 'app' : ''}${sample}`;
  // A match the budget cut short is no proof either way: the fix is offered only when every answer is known.
  const kept = [origin, `${origin}:3000`].filter(o => before.test(o) !== false).every(o => after.test(o) === true);
  return kept && regexWeaknesses(old, lib).every(w => !w.example || after.test(w.example) === false);
}

/** weak-regex: escape the dots, require a dot before the domain, anchor `^…$` as the library needs. */
export function weakRegexFix(site: CorsSite, entry: Extract<OriginEntry, { kind: 'regex' }>, ctx: FixContext): Fix | undefined {
  if (elsewhere(entry.source)) return undefined;
  const lib = LIBRARIES[site.framework];
  const { pattern, changes } = strengthen(entry.pattern, lib);
  if (changes.length === 0 || topLevelAlternation(entry.pattern) || regexWeaknesses(pattern, lib).length > 0 || !keepsIntent(entry.pattern, pattern, lib)) return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    const w = node && writePattern(node, pattern, entry.flags, isPython(ctx));
    return w && [replace(w.at, w.text)];
  });
  const title = changes.join(' and ');
  return edits && makeFix(title[0].toUpperCase() + title.slice(1), 'safe', true, edits as TextEdit[]);
}
