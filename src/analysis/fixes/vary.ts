// missing-vary: add `Vary: Origin` right where the per-request Access-Control-Allow-Origin is written,
// in the same style (a method call on the same object, a subscript, or a key of the same headers object).
import type { Fix, TextEdit } from '../model/finding';
import type { OriginEntry } from '../model/policy';
import { namedChildren, type Node } from '../parse/nodes';
import { appendItem, indentAt, insert, insertLineAfter, lineEndAt, makeFix } from './edits';
import { pythonImportEdit } from './python-imports';
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

const FUNCTIONS = ['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'function_definition', 'lambda'];

/**
 * A new statement right after `stmt`, the one that sets the header: on the same line when more code
 * follows it there, on the next line when only a comment or nothing does. Undefined when that place
 * would not run with the header write (outside the function that writes it).
 */
function after(stmt: Node, write: Node, ctx: FixContext, code: string): TextEdit[] | undefined {
  const fn = closest(write, FUNCTIONS);
  if (fn && !(stmt.startIndex >= fn.startIndex && stmt.endIndex <= fn.endIndex && !stmt.equals(fn))) return undefined;
  const python = isPython(ctx);
  const rest = ctx.text.slice(stmt.endIndex, lineEndAt(ctx.text, stmt.endIndex));
  if (python ? /^\s*(#.*)?$/.test(rest) : /^\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(rest)) {
    // A Python block is its indentation: a new line is inside it only when the statement starts its line.
    if (python && ctx.text.slice(ctx.text.lastIndexOf('\n', stmt.startIndex - 1) + 1, stmt.startIndex).trim() !== '') {
      return [insert(stmt.endIndex, `; ${code}`)];
    }
    return [insertLineAfter(ctx.text, stmt.endIndex, indentAt(ctx.text, stmt.startIndex) + code)];
  }
  if (python) return [insert(stmt.endIndex, `; ${code}`)];
  return [insert(stmt.endIndex, stmt.text.trimEnd().endsWith(';') ? ` ${code}` : `; ${code}`)];
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
  return after(stmt, call, ctx, code + semi);
}

// Which response class the hook's headers belong to, from the file's imports.
const FLASK = /^\s*(from|import)\s+(flask|werkzeug)\b/m;
const STARLETTE = /^\s*(from|import)\s+(starlette|fastapi)\b/m;
const DJANGO = /^\s*(from|import)\s+django\b/m;
const PATCH_VARY_IMPORTED = /^\s*from\s+django\.utils\.cache\s+import\s+(\([^)]*|[^\n]*)\bpatch_vary_headers\b/m;

interface AddVary {
  readonly code: string;
  /** An import the code needs (placed by pythonImportEdit). */
  readonly imports?: string;
}

/**
 * The library's call that adds Origin to Vary, keeping what is there: werkzeug's `response.vary`
 * HeaderSet, Starlette's `headers.add_vary_header`, Django's `patch_vary_headers`. A plain
 * `headers["Vary"] = ...` would replace an existing Vary (and a later one would replace it), so with
 * no library known there is no fix.
 */
function pythonAddVary(headers: Node, origin: string, ctx: FixContext): AddVary | undefined {
  const flask = FLASK.test(ctx.text);
  const starlette = STARLETTE.test(ctx.text);
  const headersAttr = headers.type === 'attribute' && headers.childForFieldName('attribute')?.text === 'headers';
  const response = headersAttr ? headers.childForFieldName('object') : headers;
  // Django: a file that imports Django and neither of the others, or Django's `response[...] = v` there
  // (on a name that is not an alias of some `x.headers`).
  const alias = !headersAttr && new RegExp(`^\\s*${headers.text.replace(/\W/g, '\\$&')}\\s*=\\s*[\\w.]+\\.headers\\s*$`, 'm').test(ctx.text);
  if (DJANGO.test(ctx.text) && response && ((!flask && !starlette) || (!headersAttr && !alias && headers.type === 'identifier'))) {
    const imports = PATCH_VARY_IMPORTED.test(ctx.text) ? undefined : 'from django.utils.cache import patch_vary_headers';
    return { code: `patch_vary_headers(${response.text}, [${origin}])`, imports };
  }
  if (flask === starlette || !headersAttr && !starlette) return undefined;
  if (!flask) return { code: `${headers.text}.add_vary_header(${origin})` };
  return response ? { code: `${response.text}.vary.add(${origin})` } : undefined;
}

function pythonVary(value: Node, root: Node, ctx: FixContext): TextEdit[] | undefined {
  const q = quoteStyle(value.parent ?? undefined, root, true);
  const origin = stringLiteral('Origin', q);
  const { pair, call } = headerWrite(value, 'pair', 'argument_list');
  const dict = pair?.parent?.type === 'dictionary' ? pair.parent : undefined;
  const update = dict?.parent?.parent?.type === 'call' ? dict.parent.parent.childForFieldName('function') : null;
  if (dict && !(update?.type === 'attribute' && update.childForFieldName('attribute')?.text === 'update')) {
    // The headers of a new response: a second "Vary" key would replace the first.
    if (namedChildren(dict).some(p => /^vary$/i.test(headerName(p.childForFieldName('key')) ?? ''))) return undefined;
    return appendItem(ctx.text, dict, `${stringLiteral('Vary', q)}: ${origin}`);
  }
  // `headers[...] = v`, `headers.set/add/...(name, v)`, `headers.update({...})`: the headers object.
  const assign = closest(value, ['assignment']);
  const left = assign?.childForFieldName('left');
  const write = assign && left?.type === 'subscript' && HEADER.test(headerName(left.childForFieldName('subscript')) ?? '') ? assign : call ?? update?.parent ?? undefined;
  const headers = write === assign ? left?.childForFieldName('value') : update?.childForFieldName('object') ?? call?.childForFieldName('function')?.childForFieldName('object');
  if (!write || !headers) return undefined;
  if (write === call && call) {
    const method = call.childForFieldName('function')?.childForFieldName('attribute')?.text ?? '';
    if (!['add', 'set', 'setdefault', '__setitem__', 'append', 'update'].includes(method)) return undefined;
  }
  const stmt = statementOf(write);
  const add = pythonAddVary(headers, origin, ctx);
  const edits = stmt && add ? after(stmt, write, ctx, add.code) : undefined;
  if (!edits || !add?.imports) return edits;
  return [pythonImportEdit(root, ctx.text, add.imports), ...edits];
}
