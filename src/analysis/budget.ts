// The work one analysis may spend following values. Names bound to names bound to names (minified
// bundles, `S2 = S1 + S1 + S1`, `MIDDLEWARE = [...] + MIDDLEWARE`) and values nested a thousand deep
// are cheap to write and were exponential or stack-deep to evaluate. Every evaluation step goes
// through one Budget: results are memoised per node, nesting is capped well below the stack limit,
// and a value that costs too much is cut to "unknown" (which rules treat conservatively) and named in
// the analysis' `incomplete` list, so the rest of the file is still analysed.
import type { Node } from './parse/nodes';
import { treeFile } from './parse/nodes';

export interface BudgetLimits {
  /** Evaluation steps for the whole analysis. */
  readonly steps: number;
  /** Steps one value (one evaluation an extractor asks for) may take of them. */
  readonly perValue: number;
  /** Steps each value still gets once the analysis' steps are spent, so plain literals elsewhere are read. */
  readonly floor: number;
  /**
   * Evaluations nested in one another. A level takes about 1.5 KB of stack (measured), so 100 need
   * about a sixth of Node's default stack; real configuration nests fewer than ten.
   */
  readonly nesting: number;
  /** Longest string a concatenation may build. */
  readonly chars: number;
  /** Most items a list may hold. */
  readonly items: number;
  /**
   * NFA states the user's origin patterns may visit in the whole analysis. Matching is linear, but in
   * the pattern's size times the input's, and a 10,000-character pattern is tested against origins as
   * long as itself (about 40 ms per million states).
   */
  readonly matchSteps: number;
  /**
   * Work of simulated requests through the app's request path in the whole analysis (a link passed,
   * or a tenth of a CORS extension's simulation). Rules walk one request per route, origin and
   * method, about 20,000 in a 300-route app; a module repeating 500 routes and CORS calls made that
   * quadratic.
   */
  readonly walkSteps: number;
}

export const DEFAULT_LIMITS: BudgetLimits = { steps: 100_000, perValue: 10_000, floor: 200, nesting: 100, chars: 100_000, items: 10_000, matchSteps: 2_000_000, walkSteps: 100_000 };

/** What a value was cut by; a bit each, so one entry can carry several. */
const enum Cut {
  Steps = 1,
  Nesting = 2,
  Size = 4,
  /** The evaluators' own limit on names and modules followed in a row (import cycles end there). */
  Chain = 8,
}

/** What a cut value is called in `incomplete`: where it is read and, when it has one, its name. */
export interface Subject {
  readonly node: Node;
  readonly name?: string;
}

interface Entry {
  readonly value: unknown;
  /** The cuts that shaped the value: a later use of it is as incomplete as the first. */
  readonly cuts: number;
  /** The chain depth it was computed at, which matters only to a value the chain limit cut. */
  readonly depth: number;
  /** Whether it replaces a value the chain limit cut deeper down. */
  readonly again: boolean;
}

/**
 * Marks a value being computed. Met again before it is done, the value is defined in terms of itself
 * (`s = s + 'x'` in a loop, a list pushed onto itself): it is the evaluator's unknown, as for any value
 * a loop builds, and no limit was reached.
 */
const COMPUTING: Entry = { value: undefined, cuts: 0, depth: 0, again: true };

/** Past this many sentences the list says how many more values were cut. */
const MAX_SENTENCES = 20;

export class Budget {
  private stepsLeft: number;
  private valueLeft = 0;
  private nesting = 0;
  /** The cuts met while computing the innermost evaluation under way. */
  private cuts = 0;
  /** The outermost name whose value was cut in the value under way, to name in `incomplete`. */
  private cutName: Subject | undefined;
  private readonly memo = new WeakMap<object, Map<number | string, Entry>>();
  private readonly sentences: string[] = [];
  private readonly said = new Set<string>();
  /** Expressions already named: a part of one (a nested ternary another extractor reads) is not named again. */
  private readonly named: Array<{ readonly tree: object; readonly start: number; readonly end: number }> = [];
  private more = 0;
  private matchLeft: number;
  private matchCut = false;
  private walkLeft: number;
  private walkCut = false;

  constructor(private readonly file: string, private readonly limits: BudgetLimits = DEFAULT_LIMITS) {
    this.stepsLeft = limits.steps;
    this.matchLeft = limits.matchSteps;
    this.walkLeft = limits.walkSteps;
  }

  /**
   * Evaluates `compute` once per `owner` (a scope) and `key` (a node's id, or a name) for this
   * analysis; `depth` is how many names the evaluator followed to get here, which changes the value
   * only where its own chain limit was reached. `giveUp` is the evaluator's unknown value, returned
   * when the nesting or step limit is reached. An evaluation started from outside the evaluators is
   * a value of its own: it gets its own share of the steps, and is named in `incomplete` when cut.
   */
  evaluate<V>(owner: object, key: number | string, depth: number, subject: () => Subject, compute: () => V, giveUp: () => V): V {
    const top = this.nesting === 0;
    if (top) {
      this.valueLeft = Math.max(Math.min(this.limits.perValue, this.stepsLeft), this.limits.floor);
      this.cuts = 0;
      this.cutName = undefined;
    }
    const outer = this.cuts;
    this.cuts = 0;
    const value = this.valueOf(owner, key, depth, compute, giveUp);
    const mine = this.cuts;
    this.cuts |= outer;
    if (mine && top) {
      const s = subject();
      this.note(s.name === undefined ? this.cutName ?? s : s, mine);
    } else if (mine) {
      // Unwinding, the last name met is the outermost: `origins` in `cors({ origin: origins })`.
      const s = subject();
      if (s.name !== undefined) this.cutName = s;
    }
    return value;
  }

  private valueOf<V>(owner: object, key: number | string, depth: number, compute: () => V, giveUp: () => V): V {
    let table = this.memo.get(owner);
    if (!table) this.memo.set(owner, (table = new Map()));
    const hit = table.get(key);
    if (hit === COMPUTING) return giveUp();
    // A value the chain limit cut deep in one chain is computed once more where it is asked with more
    // names left to follow (a constant read on its own after being met at the end of a long chain);
    // past that it is reused as it is, cut sooner than the evaluator would cut it, which only makes it
    // less known. Computed at every depth, a chain of 40 names in each of a bundle's functions cost
    // 40 × 20 evaluations a function.
    if (hit && (!(hit.cuts & Cut.Chain) || hit.depth <= depth || hit.again)) {
      this.cuts |= hit.cuts;
      return hit.value as V;
    }
    if (this.nesting >= this.limits.nesting) {
      this.cuts |= Cut.Nesting;
      return giveUp();
    }
    if (!this.spend(1)) return giveUp();
    let value: V;
    this.nesting++;
    table.set(key, COMPUTING);
    try {
      value = compute();
    } finally {
      this.nesting--;
      table.delete(key);
    }
    table.set(key, { value, cuts: this.cuts, depth, again: hit !== undefined });
    return value;
  }

  /** Charges `n` steps (items copied, say); false, with the value cut, once its share is spent. */
  spend(n: number): boolean {
    if (this.valueLeft <= 0) {
      this.cuts |= Cut.Steps;
      return false;
    }
    this.valueLeft -= n;
    this.stepsLeft -= n;
    return true;
  }

  /** Charges `n` states a regex match visited; false once the analysis' matching is spent (the match is then unknown). */
  spendMatching(n: number): boolean {
    this.matchLeft -= n;
    if (this.matchLeft >= 0) return true;
    this.matchCut = true;
    return false;
  }

  /** Charges a simulated request's walk past `n` links of the app; false once the analysis' walks are spent. */
  spendWalking(n: number): boolean {
    this.walkLeft -= n;
    if (this.walkLeft >= 0) return true;
    this.walkCut = true;
    return false;
  }

  /** Records that an evaluator stopped at its limit on names followed in a row. */
  chainCut(): void {
    this.cuts |= Cut.Chain;
  }

  /** Whether a string of `length` characters may be built; false, with the value cut, when it may not. */
  fitsString(length: number): boolean {
    return this.fits(length <= this.limits.chars);
  }

  /**
   * Whether a list of `total` items may be built, charging the `copied` of them the building copies;
   * false, with the value cut, when it may not.
   */
  fitsItems(total: number, copied = total): boolean {
    return this.fits(total <= this.limits.items) && this.spend(copied);
  }

  /** One sentence per value that could not be followed, for AnalysisResult.incomplete. */
  incomplete(): string[] {
    const out = [...this.sentences];
    if (this.more) out.push(`${this.more} more ${this.more === 1 ? 'value was' : 'values were'} not followed either.`);
    if (this.matchCut) out.push(`${this.file}: some origin patterns were not tried on every origin (the analysis's budget for running regular expressions was reached).`);
    if (this.walkCut) out.push(`${this.file}: some requests were not simulated through the app's routes and hooks (the analysis's budget for simulating requests was reached).`);
    return out;
  }

  private fits(ok: boolean): boolean {
    if (!ok) this.cuts |= Cut.Size;
    return ok;
  }

  private note(subject: Subject, cuts: number): void {
    const { node } = subject;
    const [tree, start, end] = [node.tree, node.startIndex, node.endIndex];
    if (this.named.some(n => n.tree === tree && n.start <= start && end <= n.end)) return;
    this.named.push({ tree, start, end });
    const file = treeFile(node.tree) ?? this.file;
    const what = subject.name ?? snippet(node);
    const reasons = [
      cuts & Cut.Steps ? "the analysis's work budget was reached" : '',
      cuts & Cut.Nesting ? `it is nested more than ${this.limits.nesting} levels deep` : '',
      cuts & Cut.Size ? `it grows past ${this.limits.chars.toLocaleString('en')} characters or ${this.limits.items.toLocaleString('en')} items` : '',
      cuts & Cut.Chain ? 'it passes through too many names or modules in a row' : '',
    ].filter(Boolean);
    const sentence = `${file}:${node.startPosition.row + 1}: the value of \`${what}\` was not followed (${reasons.join(', and ')}).`;
    if (this.said.has(sentence)) return;
    this.said.add(sentence);
    if (this.sentences.length < MAX_SENTENCES) this.sentences.push(sentence);
    else this.more++;
  }
}

/** The start of an expression, on one line, short enough for a sentence. */
function snippet(node: Node): string {
  const text = node.text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

let active: Budget | undefined;

/** Runs `use` (which evaluates synchronously) with `budget` as the budget every evaluation charges. */
export function withBudget<T>(budget: Budget, use: () => T): T {
  const outer = active;
  active = budget;
  try {
    return use();
  } finally {
    active = outer;
  }
}

/**
 * The analysis' budget. Evaluations outside analyze() (tests, fix builders run on their own) each
 * get a fresh one: still bounded, with nobody to tell what was cut.
 */
export function evaluate<V>(owner: object, key: number | string, depth: number, subject: () => Subject, compute: () => V, giveUp: () => V): V {
  if (active) return active.evaluate(owner, key, depth, subject, compute, giveUp);
  return withBudget(new Budget(''), () => active!.evaluate(owner, key, depth, subject, compute, giveUp));
}

/** The budget evaluations charge now (a throwaway one outside any evaluation). */
export function budget(): Budget {
  return active ?? new Budget('');
}
