import type { AppChain } from '../app/model';
import type { CorsSite, LanguageId, SettingUse, WiringFact } from '../model/policy';
import type { Node } from '../parse/nodes';

/** A settings module found through `from .base import *` (Django split settings). */
export interface ResolvedModule {
  readonly file: string;
  readonly text: string;
}

export interface ExtractContext {
  readonly file: string;
  readonly text: string;
  readonly language: LanguageId;
  /** True for development-only files (`dev.py`, `local.py`, `settings_dev.py`, ...). */
  readonly devFile: boolean;
  /**
   * Reads another module for `from X import *`; absent in the editor's per-keystroke path
   * when no workspace is open. Relative module names are resolved against `file`.
   */
  readonly resolveModule?: (fromFile: string, module: string, level: number) => ResolvedModule | undefined;
}

export interface Extraction {
  readonly sites: CorsSite[];
  readonly wiring: WiringFact[];
  readonly settings: SettingUse[];
  /** The request's path through the apps this adapter found CORS on (app/model.ts). */
  readonly apps?: AppChain[];
}

/** One adapter per library: syntax tree → framework-neutral sites. */
export interface Extractor {
  readonly id: string;
  readonly languages: readonly LanguageId[];
  /** A cheap text test so files that cannot hold this library's configuration skip the tree walk. */
  mentions(text: string): boolean;
  extract(root: Node, ctx: ExtractContext): Extraction;
}

export function emptyExtraction(): Extraction {
  return { sites: [], wiring: [], settings: [] };
}
