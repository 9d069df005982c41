// Runs a user's regular expression in time linear in the input, whatever its shape: `(a?){25}a{25}`
// or `(a|a)*` would make V8's backtracking engine take seconds or hours on a crafted origin, and the
// analysis runs on every keystroke. The pattern becomes a Thompson NFA that is stepped over the
// input one character at a time with every live state at once (a Pike VM without captures), so the
// cost is at most the input length times the number of states.
//
// The JavaScript syntax without the `u` flag is read, with `i` as the only flag. Backreferences and
// lookaround cannot be run this way: for them (and for a pattern too large to expand) there is no matcher.

import { budget } from '../budget';

/**
 * A compiled pattern: `test` answers as `RegExp.prototype.test` does (a match anywhere in the input),
 * or undefined when the analysis' budget for matching ran out before the answer was known.
 */
export interface Matcher {
  test(input: string): boolean | undefined;
}

/**
 * Past this many states a pattern (`a{1000}{1000}`) is not expanded: no origin regex needs it, and
 * building and running such automata for each of a file's patterns kept the collector busy.
 */
const MAX_STATES = 5_000;

type CharTest = (c: string) => boolean;
type Assertion = '^' | '$' | 'b' | 'B';

/** The NFA: `char` states consume one character, `split` and `assert` states consume none. */
type State =
  | { kind: 'char'; test: CharTest; next: number }
  | { kind: 'split'; next: number; alt: number }
  | { kind: 'assert'; what: Assertion; next: number }
  | { kind: 'match' };

/** The parsed pattern. */
type Ast =
  | { kind: 'char'; test: CharTest; negated?: boolean }
  | { kind: 'assert'; what: Assertion }
  | { kind: 'seq'; items: Ast[] }
  | { kind: 'alt'; options: Ast[] }
  | { kind: 'repeat'; body: Ast; min: number; max: number };

class Unsupported extends Error {}

const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const LINE_END = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;
const ESCAPE_CLASS: Record<string, CharTest> = {
  d: c => c >= '0' && c <= '9',
  D: c => !(c >= '0' && c <= '9'),
  w: c => isWord(c),
  W: c => !isWord(c),
  s: c => SPACE.test(c),
  S: c => !SPACE.test(c),
};
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };

/** Groups nested in groups: the parser and the builder recurse once per level, and no origin pattern nests 100 deep. */
const MAX_NESTING = 100;

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly src: string) {}

  parse(): Ast {
    const ast = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return ast;
  }

  private alternation(): Ast {
    if (++this.depth > MAX_NESTING) throw new Unsupported('groups nested too deep');
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    this.depth--;
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Ast {
    const items: Ast[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(atom.kind === 'assert' ? atom : this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Ast): Ast {
    let out = atom;
    for (;;) {
      const c = this.src[this.i];
      let range: [number, number] | undefined;
      if (c === '*') range = [0, Infinity];
      else if (c === '+') range = [1, Infinity];
      else if (c === '?') range = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) return out; // a literal `{`, read by atom()
        range = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
        this.i += m[0].length - 1;
      }
      if (!range) return out;
      // `a**` is a syntax error; a chain of them would nest the builder's recursion without limit.
      if (out !== atom) throw new Unsupported('nothing to repeat');
      this.i++;
      if (this.src[this.i] === '?') this.i++; // lazy: the same language, and test() asks only whether it matches
      out = { kind: 'repeat', body: out, min: range[0], max: range[1] };
    }
  }

  private atom(): Ast {
    const c = this.src[this.i++];
    switch (c) {
      case '^': return { kind: 'assert', what: '^' };
      case '$': return { kind: 'assert', what: '$' };
      case '.': return { kind: 'char', test: ch => !LINE_END.test(ch) };
      case '[': return this.charClass();
      case '\\': return this.escape();
      case '(': {
        if (this.src.startsWith('?:', this.i)) this.i += 2;
        else if (this.src[this.i] === '?') {
          const name = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.src.slice(this.i));
          if (!name) throw new Unsupported('lookaround');
          this.i += name[0].length;
        }
        const inner = this.alternation();
        if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
        return inner;
      }
      case '*': case '+': case '?': throw new Unsupported('nothing to repeat');
      default: return literal(c);
    }
  }

  private escape(): Ast {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'assert', what: c };
    if (/[1-9]/.test(c) || c === 'k') throw new Unsupported('backreference');
    const e = this.escapedChar(c);
    return { kind: 'char', test: typeof e === 'string' ? is(e) : e };
  }

  /** What an escape after its backslash stands for (in or out of a class): one character or a class. */
  private escapedChar(c: string): string | CharTest {
    if (ESCAPE_CLASS[c]) return ESCAPE_CLASS[c];
    if (CONTROL[c] !== undefined && !(c === '0' && /\d/.test(this.src[this.i] ?? ''))) return CONTROL[c];
    const hex = c === 'x' ? /^[0-9a-f]{2}/i.exec(this.src.slice(this.i)) : c === 'u' ? /^[0-9a-f]{4}/i.exec(this.src.slice(this.i)) : null;
    if (hex) {
      this.i += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (c === 'c' && /[a-z]/i.test(this.src[this.i] ?? '')) return String.fromCharCode(this.src.charCodeAt(this.i++) % 32);
    if (/\d/.test(c)) throw new Unsupported('octal escape');
    return c;
  }

  /** `[...]` after its `[`: ranges, escapes and negation. */
  private charClass(): Ast {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const tests: CharTest[] = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (typeof lo === 'string' && this.src[this.i] === '-' && this.i + 1 < this.src.length && this.src[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi !== 'string') throw new Unsupported('class range to a class');
        tests.push(ch => ch >= lo && ch <= hi);
      } else tests.push(typeof lo === 'string' ? is(lo) : lo);
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
    return { kind: 'char', test: ch => tests.some(t => t(ch)), negated };
  }

  /** One member of a class: a character, or the test of `\d`-style escapes. */
  private classAtom(): string | CharTest {
    const c = this.src[this.i++];
    if (c !== '\\') return c;
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    return e === 'b' ? '\b' : this.escapedChar(e);
  }
}

function literal(c: string): Ast {
  return { kind: 'char', test: is(c) };
}

function is(c: string): CharTest {
  return ch => ch === c;
}

/** Case-insensitive as `i` without `u` is: a character matches when either case of it does. */
function ignoringCase(test: CharTest): CharTest {
  return c => test(c) || test(c.toLowerCase()) || test(c.toUpperCase());
}

class Builder {
  readonly states: State[] = [];

  /** Emits `ast` so that it continues to state `next`; returns its entry state. */
  emit(ast: Ast, next: number, ignoreCase: boolean): number {
    if (this.states.length > MAX_STATES) throw new Unsupported('too many states');
    switch (ast.kind) {
      case 'char': {
        // Under `i` a class is case-folded first and negated after: [^a] refuses `A` too.
        const test = ignoreCase ? ignoringCase(ast.test) : ast.test;
        return this.add({ kind: 'char', test: ast.negated ? c => !test(c) : test, next });
      }
      case 'assert': return this.add({ kind: 'assert', what: ast.what, next });
      case 'seq': {
        let entry = next;
        for (let k = ast.items.length - 1; k >= 0; k--) entry = this.emit(ast.items[k], entry, ignoreCase);
        return entry;
      }
      case 'alt': {
        const entries = ast.options.map(o => this.emit(o, next, ignoreCase));
        return entries.reduceRight((rest, entry) => this.add({ kind: 'split', next: entry, alt: rest }));
      }
      case 'repeat': {
        let entry = next;
        if (ast.max === Infinity) {
          // A loop: the split either enters the body (which returns to the split) or leaves.
          const loop = this.add({ kind: 'split', next: -1, alt: next });
          const body = this.emit(ast.body, loop, ignoreCase);
          (this.states[loop] as { next: number }).next = body;
          entry = loop;
        } else {
          for (let k = ast.max - ast.min; k > 0; k--) {
            const body = this.emit(ast.body, entry, ignoreCase);
            entry = this.add({ kind: 'split', next: body, alt: next });
          }
        }
        for (let k = ast.min; k > 0; k--) entry = this.emit(ast.body, entry, ignoreCase);
        return entry;
      }
    }
  }

  add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }
}

/** A linear-time matcher for `source` (JavaScript syntax), or undefined when it cannot be built. */
export function linearMatcher(source: string, ignoreCase: boolean): Matcher | undefined {
  const key = `${ignoreCase ? 'i' : '-'}${source}`;
  const known = compiled.get(key);
  if (known) {
    // Most recently used last, so a pattern asked for again and again stays.
    compiled.delete(key);
    compiled.set(key, known);
    return known.matcher;
  }
  let matcher: Matcher | undefined;
  let size = 1;
  try {
    const ast = new Parser(source).parse();
    const builder = new Builder();
    const match = builder.add({ kind: 'match' });
    const start = builder.emit(ast, match, ignoreCase);
    const states = builder.states;
    size = states.length;
    matcher = { test: input => run(states, start, input) };
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
  }
  remember(key, matcher, size);
  return matcher;
}

/**
 * Compiled patterns, least recently used first: the rules, the fix and the simulator each ask for the same pattern
 * several times, and a file repeating a 10,000-character pattern made compiling most of its analysis.
 * Bounded by the states kept, so a few huge patterns cannot hold the memory.
 */
const compiled = new Map<string, { matcher: Matcher | undefined; size: number }>();
const MAX_KEPT_STATES = 200_000;
let keptStates = 0;

function remember(key: string, matcher: Matcher | undefined, size: number): void {
  compiled.set(key, { matcher, size });
  keptStates += size;
  for (const [k, v] of compiled) {
    if (keptStates <= MAX_KEPT_STATES) break;
    compiled.delete(k);
    keptStates -= v.size;
  }
}

function holds(what: Assertion, input: string, at: number): boolean {
  switch (what) {
    case '^': return at === 0;
    case '$': return at === input.length;
    case 'b': return isWord(input[at - 1]) !== isWord(input[at]);
    case 'B': return isWord(input[at - 1]) === isWord(input[at]);
  }
}

function run(states: readonly State[], start: number, input: string): boolean | undefined {
  const seen = new Int32Array(states.length).fill(-1);
  let current: number[] = [];
  let matched = false;
  let visits = 0;
  // The analysis' budget; outside an analysis (hover, a fix on its own) a fresh one bounds this run.
  const spend = budget();
  // Follows every state reachable from `s` without consuming, at position `at`; `seen` dedupes per position.
  const add = (list: number[], s: number, at: number) => {
    const stack = [s];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen[k] === at) continue;
      seen[k] = at;
      visits++;
      const st = states[k];
      if (st.kind === 'match') matched = true;
      else if (st.kind === 'char') list.push(k);
      else if (st.kind === 'split') stack.push(st.alt, st.next);
      else if (holds(st.what, input, at)) stack.push(st.next);
    }
  };
  for (let at = 0; ; at++) {
    add(current, start, at); // a match may begin anywhere, as test() searches
    if (matched) return true;
    if (at === input.length) return false;
    const next: number[] = [];
    const c = input[at];
    for (const k of current) {
      const st = states[k] as Extract<State, { kind: 'char' }>;
      if (st.test(c)) add(next, st.next, at + 1);
    }
    if (matched) return true;
    current = next;
    // Charged per position, so a run stops within one position's work of the budget.
    if (!spend.spendMatching(visits)) return undefined;
    visits = 0;
  }
}

/**
 * Whether V8's backtracking engine runs `source` in time polynomial of low degree on any input: at
 * most three quantifiers, none of them on a group. For the few places that need more than a yes or
 * no from a user's pattern (a replacement's result) or a pattern the linear engine cannot run
 * (lookaround, backreferences); `a?a?…aaa` with 500 of each hung the analysis in V8.
 */
export function fewQuantifiers(source: string): boolean {
  const bare = source.replace(/\\[\s\S]/g, 'x').replace(/\[[^\]]*\]/g, 'x').replace(/\(\?(?:[:=!]|<[=!]|<[\w$]+>)/g, '(');
  if (/\)[*+?{]/.test(bare)) return false;
  return (bare.match(/[*+?]|\{\d/g) ?? []).length <= 3;
}
