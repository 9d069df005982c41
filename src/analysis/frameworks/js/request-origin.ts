// Recognises the request's Origin header as people read it in Express, Koa, Fastify, Next.js and
// plain Node: `req.headers.origin`, `req.header('origin')`, `req.get('Origin')`, `ctx.get('Origin')`,
// `request.headers.get('origin')`, and local variables bound to one of those.
import { descendantsOfType, namedChildren, type Node } from '../../parse/nodes';
import { callArgs, propertyKey, unwrap } from '../../values/javascript';
import { enclosingFunction, memberCall, stringLiteral } from './syntax';

const HEADER_BAGS = new Set(['headers', 'header']);
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);

/** The expression itself reads the Origin request header. */
function readsOriginHeader(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'member_expression') {
    const bag = n.childForFieldName('object');
    return n.childForFieldName('property')?.text.toLowerCase() === 'origin' && !!bag && isHeaderBag(bag);
  }
  if (n.type === 'subscript_expression') {
    const bag = n.childForFieldName('object');
    return stringLiteral(n.childForFieldName('index'))?.toLowerCase() === 'origin' && !!bag && isHeaderBag(bag);
  }
  if (n.type === 'call_expression') {
    const m = memberCall(n);
    return !!m && HEADER_GETTERS.has(m.property) && stringLiteral(callArgs(n)[0])?.toLowerCase() === 'origin';
  }
  return false;
}

function isHeaderBag(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'member_expression' && HEADER_BAGS.has(n.childForFieldName('property')?.text ?? '');
}

/**
 * True when `node` is the request origin: the header read itself, `header || fallback`, or a name
 * bound to one in an enclosing function (`const origin = req.headers.origin`,
 * `const { origin } = req.headers`). `extra` names count as the origin too (an origin callback's parameter).
 */
export function isRequestOrigin(node: Node, extra: ReadonlySet<string> = new Set()): boolean {
  const n = unwrap(node);
  if (readsOriginHeader(n)) return true;
  if (n.type === 'binary_expression' && ['||', '??'].includes(n.childForFieldName('operator')?.text ?? '')) {
    const left = n.childForFieldName('left');
    return !!left && isRequestOrigin(left, extra);
  }
  if (n.type !== 'identifier') return false;
  if (extra.has(n.text)) return true;
  return boundToOrigin(n, extra);
}

/** Whether a declaration in the functions around `id` (not the whole file) binds it to the origin. */
function boundToOrigin(id: Node, extra: ReadonlySet<string>): boolean {
  for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
    for (const decl of descendantsOfType(fn, 'variable_declarator')) {
      const name = decl.childForFieldName('name');
      const value = decl.childForFieldName('value');
      if (!name || !value || decl.endIndex > id.startIndex) continue;
      if (name.type === 'identifier' && name.text === id.text) return isRequestOrigin(value, extra);
      // const { origin } = req.headers  /  const { origin: o } = req.headers
      if (name.type === 'object_pattern' && isHeaderBagValue(value) && destructuresOrigin(name, id.text)) return true;
    }
  }
  return false;
}

function isHeaderBagValue(node: Node): boolean {
  const n = unwrap(node);
  return HEADER_BAGS.has(n.childForFieldName('property')?.text ?? '') || (n.type === 'identifier' && /headers?$/i.test(n.text));
}

function destructuresOrigin(pattern: Node, name: string): boolean {
  return namedChildren(pattern).some(p => {
    if (p.type === 'shorthand_property_identifier_pattern') return p.text === name && name.toLowerCase() === 'origin';
    if (p.type === 'pair_pattern') {
      const key = p.childForFieldName('key');
      return !!key && propertyKey(key)?.toLowerCase() === 'origin' && p.childForFieldName('value')?.text === name;
    }
    return false;
  });
}
