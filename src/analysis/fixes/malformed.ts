// malformed-origin: rewrite an origin string into the form browsers send, split a comma-joined
// string, and turn a `*.example.com` glob into a regex where the library matches regexes.
import type { Fix, TextEdit } from '../model/finding';
import type { CorsSite, OriginEntry } from '../model/policy';
import type { Node } from '../parse/nodes';
import { normalize } from '../rules/origin-shape';
import { jsString } from '../values/javascript';
import { keywordArgNodes, pyString } from '../values/python';
import { appendItem, makeFix, removeItem, replace, replaceItem } from './edits';
import { addSetting, djangoAssignment, elsewhere, lastCorsSetting } from './origin-sites';
import { globToRegex, writePattern } from './regex';
import {
  closest, enclosingSequence, isPython, isSequence, jsRegexLiteral, nodeAt, pythonRegexLiteral, quoteStyle, rewriteString,
  stringLiteral, withSyntax, type FixContext,
} from './syntax';

/** The string literal at `entry.range` when it holds exactly `value` (not a piece of a split string). */
function literalOf(root: Node, entry: OriginEntry, value: string, python: boolean): Node | undefined {
  const node = nodeAt(root, entry.range);
  if (node?.type !== 'string') return undefined;
  return (python ? pyString(node) : jsString(node)) === value ? node : undefined;
}

/**
 * Fixes for an exact origin that never matches: the normalized origin (safe: the entry matched
 * nobody, and now matches the origin it was meant to; unsafe when the scheme had to be guessed), the parts of a comma-joined string, or a regex
 * for a glob.
 */
export function malformedOriginFixes(site: CorsSite, entry: Extract<OriginEntry, { kind: 'exact' }>, normalized: string | undefined, ctx: FixContext): Fix[] {
  const python = isPython(ctx);
  // The default of an environment variable is written here and can be corrected like any literal.
  if (entry.source.kind === 'env' || entry.source.kind === 'other-file') return [];
  if (normalized) {
    const edits = withSyntax(ctx, root => {
      const node = literalOf(root, entry, entry.value, python);
      return node && [replace(node, rewriteString(node, normalized, python))];
    });
    // Without a scheme in the value, http or https is a guess the user confirms: the fix stays unsafe.
    const guessed = !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry.value.trim());
    const fix = edits && makeFix(`Use ${normalized}`, guessed ? 'unsafe' : 'safe', !guessed, edits);
    return fix ? [fix] : [];
  }
  if (elsewhere(entry.source)) return [];
  const parts = entry.value.split(/[,\s]+/).filter(Boolean).map(p => normalize(p));
  if (parts.length > 1 && parts.every((p): p is string => !!p)) {
    const edits = withSyntax(ctx, root => {
      const node = literalOf(root, entry, entry.value, python);
      if (!node) return undefined;
      const q = quoteStyle(node, root, python);
      const items = parts.map(p => stringLiteral(p, q));
      const seq = enclosingSequence(node);
      if (seq) return replaceItem(ctx.text, seq, node, items);
      return site.framework === 'django-cors-headers' ? undefined : [replace(node, `[${items.join(', ')}]`)];
    });
    const fix = edits && makeFix('Split into one origin per entry', 'safe', true, edits);
    return fix ? [fix] : [];
  }
  if (entry.value.trim() === '*') {
    const star = removeStarFix(entry, ctx);
    return star ? [star] : [];
  }
  const glob = globFix(site, entry, entry.value, ctx);
  return glob ? [glob] : [];
}

/**
 * A string where the library iterates a list (`OriginPolicy.notAList`) → the list it meant, split at
 * commas. Safe: the origins it names keep matching; the characters or substrings it also let through go.
 */
export function notAListFix(site: CorsSite, ctx: FixContext): Fix | undefined {
  const range = site.origins.notAList;
  if (!range || !isPython(ctx) || elsewhere(site.origins.source)) return undefined;
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, range);
    const value = node?.type === 'string' ? pyString(node) : undefined;
    if (!node || value === undefined) return undefined;
    const parts = value.split(/[,\s]+/).filter(Boolean);
    const q = quoteStyle(node, root, true);
    const items = parts.length === 1 ? [node.text] : parts.map(p => stringLiteral(normalize(p) ?? p, q));
    return [replace(range, `[${items.join(', ')}]`)];
  });
  return edits && makeFix('Make it a list', 'safe', true, edits);
}

/** `['https://a.example', '*']` where the library compares `*` as a string: the entry matches nothing, so it can go. */
function removeStarFix(entry: OriginEntry, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    const seq = node && enclosingSequence(node);
    return seq && node.type === 'string' ? removeItem(ctx.text, seq, node) : undefined;
  });
  return edits && makeFix("Remove '*', which matches no origin here", 'safe', true, edits);
}

/**
 * A glob written as an origin (`https://*.example.com`) → an anchored regex in the library's own
 * regex option. Unsafe: the sub-domains it now admits were refused before.
 */
export function globFix(site: CorsSite, entry: OriginEntry, glob: string, ctx: FixContext): Fix | undefined {
  const pattern = globToRegex(glob);
  if (!pattern || elsewhere(entry.source)) return undefined;
  const python = isPython(ctx);
  const edits = withSyntax(ctx, (root): TextEdit[] | undefined => {
    const node = literalOf(root, entry, glob, python);
    if (!node) return undefined;
    switch (site.framework) {
      case 'flask-cors': {
        const w = writePattern(node, pattern, '', true);
        return w && [replace(w.at, w.text)];
      }
      case 'express-cors':
      case 'nestjs':
      case 'fastify-cors':
        return [replace(node, jsRegexLiteral(pattern, ''))];
      case 'django-cors-headers':
        return djangoGlob(root, node, pattern, ctx);
      case 'starlette':
        return starletteGlob(node, pattern, ctx);
      default:
        return undefined;
    }
  });
  return edits && makeFix(`Replace the glob with the pattern ${pattern}`, 'unsafe', true, edits);
}

/** Out of CORS_ALLOWED_ORIGINS, into CORS_ALLOWED_ORIGIN_REGEXES. */
function djangoGlob(root: Node, node: Node, pattern: string, ctx: FixContext): TextEdit[] | undefined {
  const seq = enclosingSequence(node);
  if (!seq) return undefined;
  const q = quoteStyle(seq, root, true);
  const literal = pythonRegexLiteral(pattern, q);
  const regexes = djangoAssignment(root, ['CORS_ALLOWED_ORIGIN_REGEXES', 'CORS_ORIGIN_REGEX_WHITELIST']);
  if (regexes && !isSequence(regexes)) return undefined;
  const add = regexes ? appendItem(ctx.text, regexes, literal) : [addSetting(ctx, lastCorsSetting(root), `CORS_ALLOWED_ORIGIN_REGEXES = [${literal}]`)];
  return [...removeItem(ctx.text, seq, node), ...add];
}

/** Out of allow_origins, into allow_origin_regex (Starlette takes one regex, so only when it is unset). */
function starletteGlob(node: Node, pattern: string, ctx: FixContext): TextEdit[] | undefined {
  const seq = enclosingSequence(node);
  const call = seq && closest(seq, ['call']);
  const args = call?.childForFieldName('arguments');
  if (!seq || !call || !args || keywordArgNodes(call).has('allow_origin_regex')) return undefined;
  const q = quoteStyle(seq, call, true);
  return [...removeItem(ctx.text, seq, node), ...appendItem(ctx.text, args, `allow_origin_regex=${pythonRegexLiteral(pattern, q)}`)];
}
