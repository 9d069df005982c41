// The messages between the extension host and the analysis worker: plain data only (structured clone).
import type { AnalysisResult } from '../analysis/analyze';
import type { Severity } from '../analysis/model/finding';
import type { LanguageId } from '../analysis/model/policy';

/** One file to analyse, with everything `analyze()` needs except the disk. */
export interface AnalyzeRequest {
  readonly id: number;
  readonly file: string;
  readonly text: string;
  readonly language: LanguageId;
  readonly devOrigins: readonly string[];
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** Follow imports into other files (local folders only). */
  readonly followImports: boolean;
  /**
   * Unsaved editor texts that changed since the previous request to this worker; `null` drops one
   * (saved or closed). The worker keeps them and prefers them to the disk, as the editor does.
   */
  readonly unsaved: ReadonlyArray<readonly [file: string, text: string | null]>;
}

export type WorkerMessage =
  /** Sent once the worker's modules are loaded: a failure before it means the worker cannot run here. */
  | { readonly kind: 'ready' }
  /** `read`: the text of every other file the analysis read, for placing findings it made there. */
  | { readonly kind: 'result'; readonly id: number; readonly result: AnalysisResult; readonly read: ReadonlyArray<readonly [string, string]> }
  /** The analysis threw past the core's own guard, or its result could not be sent. */
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
