// What the model of a JavaScript options object (frameworks/js/cors-options.ts) pins down about the
// value as written, for the libraries whose answer depends on the value's shape and not only its
// items: @fastify/cors and @koa/cors join an array and send a string as written, and treat a string,
// an array and a function `origin` differently. Where the model keeps items but not the shape, these
// helpers say so instead of picking one.
import type { CorsSite, Located, OriginEntry } from '../model/policy';
import type { Range } from '../model/range';

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end && a.file === b.file;
}

/**
 * How `origin` is written, as far as the model tells:
 * - default: not written;
 * - empty: written, with no entry (`false`, `true` for @koa/cors, `''`, `null`, `[]`), which the model does not tell apart;
 * - value: one value that is the option itself (`'https://a.test'`, `'*'`, `/re/`, `true`), directly,
 *   through a variable, or as the default of an environment read;
 * - list: anything else without a dynamic entry: an array, or the answers of an origin function. The model
 *   keeps the origins either may allow, not which of the two it was.
 */
export type OriginShape =
  | { kind: 'default' }
  | { kind: 'empty' }
  | { kind: 'value'; entry: OriginEntry }
  | { kind: 'list'; entries: readonly OriginEntry[] };

export function originShape(site: CorsSite): OriginShape {
  const o = site.origins;
  if (o.source.kind === 'library-default') return { kind: 'default' };
  if (o.entries.length === 0) return { kind: 'empty' };
  if (o.entries.length === 1) {
    const [entry] = o.entries;
    const atOption = sameRange(entry.range, o.range) || (o.source.kind === 'variable' && sameRange(entry.range, o.source.range));
    // `process.env.X || 'https://a.test'`: a string at run time, whichever side answers.
    const envDefault = o.source.kind === 'env-default' && entry.source.kind === 'env-default' && entry.kind !== 'reflect-any';
    if (atOption || envDefault) return { kind: 'value', entry };
  }
  return { kind: 'list', entries: o.entries };
}

/** An `origin: true` entry (top level or an array item), as opposed to an origin function's answer. */
export function isOriginTrue(e: OriginEntry): boolean {
  return e.kind === 'reflect-any' && e.how === '`origin: true`';
}

/**
 * The header value of a list option whose array the library joins with `separator` and whose string
 * it sends as written. The model keeps the items only, so with two or more items the separators
 * written in a string are lost: undefined then.
 */
export function joinedList(list: Located<readonly string[]>, separator: string): string | undefined {
  if (list.value.length >= 2) return undefined;
  return list.value.join(separator);
}

/** Why a list option with several items cannot be simulated, for an `unknown` answer. */
export function listUnknown(option: string, separator: string, library: string): string {
  return `\`${option}\` has several items: ${library} joins an array with '${separator}' and sends a string as written, and the model keeps the items, not which was written`;
}

/**
 * A credentials value by JavaScript truthiness (`!!x`), read from the value as handed over rather
 * than the model's `credentials` (which holds what expressjs/cors makes of it). Undefined with a
 * reason when the value is a function, an environment read or an expression the model cannot read.
 */
export function truthyCredentials(site: CorsSite): boolean | { unknown: string } {
  const w = site.credentialsWritten;
  if (!w) return site.credentials ? site.credentials.value : false;
  switch (w.kind) {
    case 'bool': return site.credentials?.value ?? w.text === 'true';
    case 'string': return w.text !== '';
    case 'null': return false;
    case 'number': {
      const n = Number(w.text);
      return Number.isNaN(n) ? { unknown: `credentials is the number \`${w.text}\`, which the model does not read` } : n !== 0;
    }
    case 'env': return { unknown: `credentials is read from the environment (\`${w.text}\`), a string whenever the variable is set` };
    default: return { unknown: `credentials is \`${w.text}\`, which the model cannot evaluate` };
  }
}
