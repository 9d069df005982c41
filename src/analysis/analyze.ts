// analyze(text) → { model, findings }: the one entry point the editor, the CLI and the tests share.
import { EXTRACTORS } from './frameworks';
import type { ExtractContext } from './frameworks/extractor';
import type { Finding, Severity } from './model/finding';
import type { CorsSite, FileModel, LanguageId, SettingUse, WiringFact } from './model/policy';
import { languageFromPath, withTree } from './parse/parser';
import { toFinding, type RuleContext } from './rules/define-rule';
import { RULES } from './rules';

export interface AnalyzeInput {
  readonly file: string;
  readonly text: string;
  /** Derived from the file name when omitted. */
  readonly language?: LanguageId;
}

export interface AnalyzeOptions {
  readonly devOrigins?: readonly string[];
  /** Per-rule severity overrides; `off` silences a rule. */
  readonly rules?: Readonly<Record<string, Severity | 'off'>>;
  readonly resolveModule?: ExtractContext['resolveModule'];
}

export interface AnalysisResult {
  readonly model: FileModel;
  readonly findings: Finding[];
  /** Why the file was not analysed (binary, too large, internal error), in one sentence. */
  readonly skipped?: string;
}

export const DEFAULT_DEV_ORIGINS = ['http://localhost:3000'];
/** Past this size a file is not CORS configuration anyone writes by hand; parsing it would stall the editor. */
export const MAX_CHARS = 2_000_000;

const DEV_FILE = /(^|[\\/])(dev|local|development|settings_(dev|local|development)|(dev|local)_settings)\.py$|(^|[\\/])settings[\\/](dev|local|development)\.py$/i;

function isDevFile(file: string): boolean {
  return DEV_FILE.test(file);
}

export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const language = input.language ?? languageFromPath(input.file);
  const model = emptyModel(input.file, language ?? 'python');
  if (!language) return { model, findings: [], skipped: `${input.file} is not a Python, JavaScript or TypeScript file.` };
  if (input.text.length > MAX_CHARS) {
    return { model, findings: [], skipped: `${input.file} is larger than ${MAX_CHARS / 1e6} million characters; CORS Lens does not analyse it.` };
  }
  if (input.text.includes('\u0000')) return { model, findings: [], skipped: `${input.file} looks like a binary file.` };

  const extractors = EXTRACTORS.filter(e => e.languages.includes(language) && e.mentions(input.text));
  if (extractors.length === 0) return { model, findings: [] };

  try {
    const ctx: ExtractContext = { file: input.file, text: input.text, language, devFile: isDevFile(input.file), resolveModule: options.resolveModule };
    // Rules run while the tree is alive: fix builders re-read the syntax through withLoadedTree.
    return await withTree(input.text, language, (tree): AnalysisResult => {
      const sites: CorsSite[] = [];
      const wiring: WiringFact[] = [];
      const settings: SettingUse[] = [];
      for (const e of extractors) {
        const x = e.extract(tree.rootNode, ctx);
        sites.push(...x.sites);
        wiring.push(...x.wiring);
        settings.push(...x.settings);
      }
      const built: FileModel = { ...model, sites, wiring, settings, hasSyntaxErrors: tree.rootNode.hasError };
      return { model: built, findings: runRules(built, input.text, options) };
    });
  } catch (err) {
    return { model, findings: [], skipped: `CORS Lens could not analyse ${input.file}: ${(err as Error).message}` };
  }
}

function runRules(model: FileModel, text: string, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = options.rules?.[rule.meta.id];
    if (override === 'off') continue;
    const ctx: RuleContext = {
      model,
      text,
      options: { devOrigins: options.devOrigins ?? DEFAULT_DEV_ORIGINS },
      report: r => {
        const f = toFinding(rule.meta, r);
        findings.push(override ? { ...f, severity: override } : f);
      },
    };
    rule.check(ctx);
  }
  // One value shared by several sites (a flask-cors config key under many resources, one regex in
  // two cors() calls) is one mistake: the first report of a rule at a range stands.
  const seen = new Set<string>();
  const unique = findings.filter(f => {
    const key = `${f.ruleId}@${f.range.start}:${f.range.end}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  return unique.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
}

function emptyModel(file: string, language: LanguageId): FileModel {
  return { file, language, sites: [], wiring: [], settings: [], hasSyntaxErrors: false };
}
