// regex-stateful-flag: drop `g` and `y` from an origin RegExp so `test` no longer carries `lastIndex`
// from one request to the next.
import type { Fix, TextEdit } from '../model/finding';
import type { OriginEntry } from '../model/policy';
import { namedChildren, type Node } from '../parse/nodes';
import { jsString } from '../values/javascript';
import { insert, makeFix, remove, removeItem, replace } from './edits';
import { elsewhere } from './origin-sites';
import { nodeAt, rewriteString, validJsFlags, withSyntax, type FixContext } from './syntax';

/** The flags that make `RegExp#test` start where the previous match ended (only used with replace/match). */
const STATEFUL_FLAGS = /[gy]/g;

/** True when `|` splits the whole pattern (outside groups and classes), so `^` must wrap it. */
function topLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A sticky pattern only matches at `lastIndex`, which starts at 0: without `y` it would search the
 * whole origin, so the `^` it implied is written out.
 */
function stickyAnchor(pattern: string, flags: string): { before: string; after: string } {
  if (!flags.includes('y') || pattern.startsWith('^')) return { before: '', after: '' };
  return topLevelAlternation(pattern) ? { before: '^(?:', after: ')' } : { before: '^', after: '' };
}

/** Edits for a `/…/gy` literal: the flags lose `g`/`y`, the pattern gains the anchor `y` implied. */
function literalEdits(node: Node, anchor: { before: string; after: string }, kept: string): TextEdit[] | undefined {
  const pattern = node.childForFieldName('pattern');
  const flags = node.childForFieldName('flags');
  if (!pattern || !flags) return undefined;
  const edits = [kept ? replace(flags, kept) : remove(flags)];
  if (anchor.before) edits.push(insert(pattern.startIndex, anchor.before));
  if (anchor.after) edits.push(insert(pattern.endIndex, anchor.after));
  return edits;
}

/** Edits for `new RegExp('…', 'gy')`: the flags argument is rewritten or removed. */
function constructorEdits(text: string, node: Node, anchor: { before: string; after: string }, kept: string): TextEdit[] | undefined {
  const args = node.childForFieldName('arguments');
  const [source, flags] = args ? namedChildren(args) : [];
  if (!args || flags?.type !== 'string' || jsString(flags) === undefined) return undefined;
  const edits = kept ? [replace(flags, rewriteString(flags, kept, false))] : removeItem(text, args, flags);
  if (anchor.before) {
    const value = source?.type === 'string' ? jsString(source) : undefined;
    if (value === undefined) return undefined;
    edits.push(replace(source, rewriteString(source, `${anchor.before}${value}${anchor.after}`, false)));
  }
  return edits;
}

/**
 * Safe: a RegExp without `g`/`y` matches on every call what the stateful one matched on its first
 * call, which is what the author tested; a sticky pattern keeps its implied `^`.
 */
export function dropStatefulFlagsFix(entry: Extract<OriginEntry, { kind: 'regex' }>, ctx: FixContext): Fix | undefined {
  // Invalid flags throw before any request: dropping `g` would not make that RegExp work.
  if (elsewhere(entry.source) || !validJsFlags(entry.flags)) return undefined;
  const kept = entry.flags.replace(STATEFUL_FLAGS, '');
  const anchor = stickyAnchor(entry.pattern, entry.flags);
  const edits = withSyntax(ctx, root => {
    const node = nodeAt(root, entry.range);
    if (node?.type === 'regex') return literalEdits(node, anchor, kept);
    if (node?.type === 'new_expression' || node?.type === 'call_expression') return constructorEdits(ctx.text, node, anchor, kept);
    return undefined;
  });
  const dropped = [...new Set(entry.flags.match(STATEFUL_FLAGS) ?? [])].map(f => `\`${f}\``).join(' and ');
  return edits && makeFix(`Drop the ${dropped} flag${dropped.includes(' and ') ? 's' : ''}`, 'safe', true, edits);
}
