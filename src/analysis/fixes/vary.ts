// missing-vary: add `Vary: Origin` right where the per-request Access-Control-Allow-Origin is written,
// in the same style (a method call on the same object, a subscript, or a key of the same headers object).
import type { Fix, TextEdit } from '../model/finding';
import type { OriginEntry } from '../model/policy';
import type { Node } from '../parse/nodes';
import { appendItem, indentAt, insertLineAfter, makeFix } from './edits';
import { closest, isPython, nodeAt, quoteStyle, statementOf, stringLiteral, withSyntax, type FixContext } from './syntax';

const HEADER = /^access-control-allow-origin$/i;

function headerName(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  return node.text.replace(/^[a-z]*(['"`])(.*)\1$/is, '$2');
}

/** Safe: `Vary` only tells caches to keep one answer per Origin. */
export function varyOriginFix(entry: OriginEntry, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const value = nodeAt(root, entry.range);
    return value && (isPython(ctx) ? pythonVary(value, root, ctx) : jsVary(value, root, ctx));
  });
  return edits && makeFix('Add Vary: Origin', 'safe', true, edits);
}

/** A new statement after the one that sets the header, at its indentation. */
function after(stmt: Node, ctx: FixContext, code: string): TextEdit[] {
  return [insertLineAfter(ctx.text, stmt.endIndex, indentAt(ctx.text, stmt.startIndex) + code)];
}

/**
 * The header write holding `value` (which may sit deep in a ternary): a `'Access-Control-Allow-Origin': v`
 * pair, or a call whose first argument names the header.
 */
function headerWrite(value: Node, pairType: string, argsType: string): { pair?: Node; call?: Node } {
  for (let n: Node | null = value; n && !['expression_statement', 'statement_block', 'block'].includes(n.type); n = n.parent) {
    const p: Node | null = n.parent;
    if (p?.type === pairType && p.childForFieldName('value')?.equals(n) && HEADER.test(headerName(p.childForFieldName('key')) ?? '')) return { pair: p };
    if (p?.type === argsType && HEADER.test(headerName(p.namedChild(0)) ?? '') && !p.namedChild(0)!.equals(n)) return { call: p.parent ?? undefined };
  }
  return {};
}

function jsVary(value: Node, root: Node, ctx: FixContext): TextEdit[] | undefined {
  const { pair, call } = headerWrite(value, 'pair', 'arguments');
  if (pair?.parent?.type === 'object') {
    const q = quoteStyle(pair.parent, root, false);
    return appendItem(ctx.text, pair.parent, `${stringLiteral('Vary', q)}: ${stringLiteral('Origin', q)}`);
  }
  const fn = call?.childForFieldName('function');
  const stmt = call && statementOf(call);
  if (!call || fn?.type !== 'member_expression' || !stmt || stmt.type !== 'expression_statement') return undefined;
  const args = call.childForFieldName('arguments');
  if (!HEADER.test(headerName(args?.namedChild(0)) ?? '')) return undefined;
  const target = fn.childForFieldName('object')!.text;
  const method = fn.childForFieldName('property')?.text;
  const q = quoteStyle(call, root, false);
  const semi = stmt.text.trimEnd().endsWith(';') ? ';' : '';
  // Express's res.vary() appends to an existing Vary; a fetch Headers' set() would replace it.
  const code = /^res(ponse)?$/.test(target) && (method === 'header' || method === 'set')
    ? `${target}.vary(${stringLiteral('Origin', q)})`
    : `${target}.${method === 'set' ? 'append' : method}(${stringLiteral('Vary', q)}, ${stringLiteral('Origin', q)})`;
  return after(stmt, ctx, code + semi);
}

function pythonVary(value: Node, root: Node, ctx: FixContext): TextEdit[] | undefined {
  const q = quoteStyle(value.parent ?? undefined, root, true);
  const vary = stringLiteral('Vary', q);
  const origin = stringLiteral('Origin', q);
  const { pair, call } = headerWrite(value, 'pair', 'argument_list');
  if (pair?.parent?.type === 'dictionary') return appendItem(ctx.text, pair.parent, `${vary}: ${origin}`);
  const assign = closest(value, ['assignment']);
  const left = assign?.childForFieldName('left');
  if (assign && left?.type === 'subscript' && HEADER.test(headerName(left.childForFieldName('subscript')) ?? '')) {
    const stmt = statementOf(assign);
    return stmt && after(stmt, ctx, `${left.childForFieldName('value')!.text}[${vary}] = ${origin}`);
  }
  const fn = call?.childForFieldName('function');
  const stmt = call && statementOf(call);
  if (!call || fn?.type !== 'attribute' || !stmt) return undefined;
  const target = fn.childForFieldName('object')!.text;
  const method = fn.childForFieldName('attribute')?.text ?? '';
  if (!['add', 'set', 'setdefault', '__setitem__', 'append'].includes(method)) return undefined;
  // add/append keep an existing Vary value; the others replace it, so the plain subscript says so openly.
  const code = method === 'add' || method === 'append' ? `${target}.${method}(${vary}, ${origin})` : `${target}[${vary}] = ${origin}`;
  return after(stmt, ctx, code);
}
