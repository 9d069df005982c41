import type { Range } from './range';

export type Severity = 'error' | 'warning' | 'info';

/** A text replacement; an insertion has an empty range, a deletion empty text. */
export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

/**
 * A fix is data, not a callback. `safe` fixes keep what the code evidently means (escaping a regex
 * dot, renaming a deprecated setting, turning the string "False" into False); `unsafe` ones change
 * who may call or have to guess (replacing `*` with an allowlist, choosing http or https) and are
 * only offered, never applied by "Fix all" or `--fix`.
 */
export interface Fix {
  readonly title: string;
  readonly applicability: 'safe' | 'unsafe';
  /** The one fix the editor puts first (`isPreferred`). */
  readonly preferred: boolean;
  /** Sorted, non-overlapping. */
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
  /** Another file than the finding's (split settings, the call using an imported value); absent means the same file. */
  readonly file?: string;
}

export interface Finding {
  /**
   * The file the finding sits in when it is not the analysed one: a value the analysed file imports
   * is judged where it is written. Its range, related locations and fixes are in that file's text.
   */
  readonly file?: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly docsUrl: string;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
}
