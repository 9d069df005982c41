// Reads the test in front of a hook's answer (`if not request.headers.get("Authorization"): abort(401)`,
// `if (req.method === 'OPTIONS') return next()`) as the Condition vocabulary of app/model.ts. Both
// languages spell the few tests that matter alike, so one reader of the test's text serves both; what
// it does not recognise stays `opaque`, never guessed.
import type { Condition } from './model';

/** One test of a conjunction, classified. */
export type Atom =
  | { kind: 'method-is'; method: string; negated: boolean }
  | { kind: 'path-prefix'; prefix: string; negated: boolean }
  | { kind: 'missing-header'; header: string }
  | { kind: 'missing-cookie' }
  | { kind: 'opaque'; text: string };

const NEGATED = /^\s*(not\s+|!\s*)/;
const QUOTED = String.raw`['"\`]([^'"\`]+)['"\`]`;
const HEADER_READS = [
  new RegExp(String.raw`headers\.get\(\s*${QUOTED}`, 'i'),
  new RegExp(String.raw`headers\[\s*${QUOTED}\s*\]`, 'i'),
  new RegExp(String.raw`\breq(?:uest)?\.(?:get|header)\(\s*${QUOTED}`, 'i'),
  new RegExp(String.raw`${QUOTED}\s+(?:not\s+)?in\s+request\.headers`, 'i'),
];
/** `request.authorization` (werkzeug), `req.headers.authorization`. */
const HEADER_PROPERTY = /\b(?:request\.(authorization)|headers\.(authorization|[a-z]+(?:_[a-z]+)*))\b/i;
const SESSION = /\b(session|current_user|cookies|g\.user|req\.user|isAuthenticated|is_authenticated)\b/;

/** The header a bare expression reads (`request.headers.get('Authorization')`), lower-case. */
export function headerRead(text: string): string | undefined {
  for (const re of HEADER_READS) {
    const m = re.exec(text);
    if (m) return m[1].toLowerCase();
  }
  const p = HEADER_PROPERTY.exec(text);
  return p ? (p[1] ?? p[2]).toLowerCase().replace(/_/g, '-') : undefined;
}

/**
 * Classifies one test. `bound` maps local names to the header they hold (`token = request.headers.get(...)`),
 * so `if not token:` reads as a missing header.
 */
export function atomOf(raw: string, bound: ReadonlyMap<string, string>): Atom {
  const text = raw.trim().replace(/^\((.*)\)$/s, '$1').trim();
  const negated = NEGATED.test(text);
  const body = text.replace(NEGATED, '');
  if (/\bmethod\b/.test(text)) {
    const m = new RegExp(QUOTED).exec(text);
    if (m) {
      const not = /!==?|\bnot\s+in\b|!=/.test(text) !== negated;
      return { kind: 'method-is', method: m[1].toUpperCase(), negated: not };
    }
  }
  const prefix = new RegExp(String.raw`\.path\.(?:startswith|startsWith)\(\s*${QUOTED}`).exec(text);
  if (prefix) return { kind: 'path-prefix', prefix: prefix[1], negated };
  // A missing value: `not x`, `!x`, `x is None`, `x == null`, `'H' not in request.headers`.
  const absent = negated || /\bis\s+None\b|[=!]==?\s*(null|undefined)\b|\bnot\s+in\b/.test(body);
  const name = /^[\w$.]+$/.test(body) ? body : /^([\w$.]+)\s+is\s+None$/.exec(body)?.[1];
  const header = (name && bound.get(name)) ?? headerRead(body);
  if (absent && header) return { kind: 'missing-header', header };
  if (absent && SESSION.test(body)) return { kind: 'missing-cookie' };
  return { kind: 'opaque', text };
}

/** The condition under which an answer guarded by the tests `guards` (a conjunction) and let past `exemptions` runs. */
export function conditionOf(guards: readonly Atom[], exemptions: readonly Atom[]): Condition {
  const exceptMethods = new Set<string>();
  const methods: string[] = [];
  const pathPrefixes: string[] = [];
  const exceptPathPrefixes: string[] = [];
  const opaque: string[] = [];
  let missingHeader: string | undefined;
  let missingCookie = false;
  // A helper the model cannot read but whose name says preflight (`not is_preflight(request)`) lets OPTIONS through.
  const aboutPreflight = (a: Atom) => a.kind === 'opaque' && /options|preflight/i.test(a.text);
  for (const a of guards) {
    if (aboutPreflight(a)) exceptMethods.add('OPTIONS');
    else if (a.kind === 'method-is' && a.negated) exceptMethods.add(a.method);
    else if (a.kind === 'path-prefix') (a.negated ? exceptPathPrefixes : pathPrefixes).push(a.prefix);
    else if (a.kind === 'missing-header') missingHeader ??= a.header;
    else if (a.kind === 'missing-cookie') missingCookie = true;
    // Answering only one method (`if request.method == 'POST' and ...`): every other method passes.
    else if (a.kind === 'method-is') methods.push(a.method);
    else opaque.push(a.text);
  }
  for (const a of exemptions) {
    if (aboutPreflight(a)) exceptMethods.add('OPTIONS');
    else if (a.kind === 'method-is' && !a.negated) exceptMethods.add(a.method);
    else if (a.kind === 'path-prefix' && !a.negated) exceptPathPrefixes.push(a.prefix);
    else opaque.push(`unless ${a.kind === 'opaque' ? a.text : a.kind}`);
  }
  return {
    ...(methods.length ? { methods } : {}),
    ...(exceptMethods.size ? { exceptMethods: [...exceptMethods] } : {}),
    ...(pathPrefixes.length ? { pathPrefixes } : {}),
    ...(exceptPathPrefixes.length ? { exceptPathPrefixes } : {}),
    ...(missingHeader ? { missingHeader } : {}),
    ...(missingCookie ? { missingCookie } : {}),
    ...(opaque.length ? { opaque: opaque.join('; ') } : {}),
  };
}

/** "every request without an Authorization header", "every request under /api except OPTIONS": how a message names a condition. */
export function describeCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.missingHeader) parts.push(`without ${headerLabel(c.missingHeader)} header`);
  if (c.missingCookie) parts.push('without a session cookie');
  if (c.pathPrefixes?.length) parts.push(`under ${c.pathPrefixes.join(' or ')}`);
  if (c.exceptPathPrefixes?.length) parts.push(`outside ${c.exceptPathPrefixes.join(' and ')}`);
  const base = `every request${parts.length ? ` ${parts.join(', ')}` : ''}`;
  const methods = c.methods?.length ? ` sent with ${c.methods.join(' or ')}` : c.exceptMethods?.length ? ` except ${c.exceptMethods.join(', ')}` : '';
  return `${base}${methods}${c.opaque ? ` (when ${c.opaque})` : ''}`;
}

function headerLabel(h: string): string {
  const name = h.split('-').map(p => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
  return /^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`;
}

/** Whether `path` lies under `prefix` as a string prefix (how `startswith` and the hooks' tests read it). */
export function underPrefix(path: string, prefix: string): boolean {
  return path.startsWith(prefix);
}
