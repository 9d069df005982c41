// analyze(text) → { model, findings }: the one entry point the editor, the CLI and the tests share.
import type { AppChain } from './app/model';
import { Budget, withBudget } from './budget';
import { EXTRACTORS } from './frameworks';
import type { ExtractContext } from './frameworks/extractor';
import { withFixFile } from './fixes/syntax';
import type { Finding, Severity } from './model/finding';
import type { CorsSite, FileModel, LanguageId, SettingUse, WiringFact } from './model/policy';
import { ModuleGraph, type ReadFile } from './modules/graph';
import { localToMain, takesEffectAt } from './modules/cross-file';
import { pythonModuleResolver } from './modules/python-resolve';
import { languageFromPath, parserFor, withTree } from './parse/parser';
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
  /**
   * Reads another file of the project (undefined when it cannot), so values imported from options
   * modules, allowlists, config classes and split settings are followed. Without it the file is read alone.
   */
  readonly readFile?: ReadFile;
}

export interface AnalysisResult {
  readonly model: FileModel;
  /** Findings in the analysed file, and (with `file` set) in the files its CORS values came from. */
  readonly findings: Finding[];
  /** The other files the analysis read: when one of them changes, this file's results may change. */
  readonly dependencies: readonly string[];
  /** Why the file was not analysed (binary, too large, internal error), in one sentence. */
  readonly skipped?: string;
  /**
   * Values the analysis did not follow to the end, one sentence each ("app.js:12: the value of
   * `origins` was not followed (the analysis's work budget was reached)."): nested too deep, grown
   * too large, or too costly to evaluate. They count as unknown, so no finding rests on them; the
   * findings reported are every one found elsewhere. Absent when every value was followed.
   */
  readonly incomplete?: readonly string[];
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
  const none = { model, findings: [], dependencies: [] };
  if (!language) return { ...none, skipped: `${input.file} is not a Python, JavaScript or TypeScript file.` };
  if (input.text.length > MAX_CHARS) {
    return { ...none, skipped: `${input.file} is larger than ${MAX_CHARS / 1e6} million characters; CORS Lens does not analyse it.` };
  }
  if (input.text.includes('\u0000')) return { ...none, skipped: `${input.file} looks like a binary file.` };

  const extractors = EXTRACTORS.filter(e => e.languages.includes(language) && e.mentions(input.text));
  if (extractors.length === 0) return none;

  try {
    const read = options.readFile;
    const ctx: ExtractContext = {
      file: input.file, text: input.text, language, devFile: isDevFile(input.file),
      resolveModule: read && pythonModuleResolver(read),
    };
    // An imported module in a language whose grammar is not loaded yet: load it, then analyse again.
    for (let attempt = 0; ; attempt++) {
      const missing = new Set<LanguageId>();
      // Rules run while the trees are alive: fix builders re-read the syntax through withLoadedTree.
      const budget = new Budget(input.file);
      let cutNote: string | undefined;
      const result = await withTree(input.text, language, (tree, cut): AnalysisResult | undefined => withBudget(budget, () => {
        if (cut) cutNote = `${input.file}:${cut.line + 1}: the file from this line on was not analysed (tree-sitter's recovery from the syntax errors here took longer than ${(cut.ms / 1000).toFixed(1)} s).`;
        const graph = read && new ModuleGraph(read, { file: input.file, text: input.text, language, root: tree.rootNode });
        try {
          const sites: CorsSite[] = [];
          const wiring: WiringFact[] = [];
          const settings: SettingUse[] = [];
          const apps: AppChain[] = [];
          for (const e of extractors) {
            const x = e.extract(tree.rootNode, ctx);
            sites.push(...x.sites);
            wiring.push(...x.wiring);
            settings.push(...x.settings);
            apps.push(...(x.apps ?? []));
          }
          graph?.missingGrammars.forEach(l => missing.add(l));
          if (missing.size && attempt === 0) return undefined;
          const built: FileModel = { ...model, sites, wiring, settings, ...(apps.length ? { apps } : {}), hasSyntaxErrors: tree.rootNode.hasError };
          if (!graph) return { model: built, findings: runRules(built, input.text, options), dependencies: [] };
          return { ...localToMain(input.file, { model: built, findings: runRulesPerFile(built, graph, options) }), dependencies: graph.dependencies };
        } finally {
          graph?.dispose();
        }
      }));
      const incomplete = [...(cutNote ? [cutNote] : []), ...budget.incomplete()];
      if (result) return incomplete.length ? { ...result, incomplete } : result;
      await Promise.all([...missing].map(parserFor));
    }
  } catch (err) {
    return { ...none, skipped: `CORS Lens could not analyse ${input.file}: ${(err as Error).message}` };
  }
}

/**
 * Rules once per file the model's values come from, each time with that file's text, so a finding
 * about an imported allowlist sits (and is fixed) in the allowlist's file and points back to the call.
 */
function runRulesPerFile(model: FileModel, graph: ModuleGraph, options: AnalyzeOptions): Finding[] {
  const main = graph.main.file;
  const out: Finding[] = [];
  for (const file of [main, ...graph.dependencies]) {
    const m = graph.get(file)!;
    const findings = withFixFile(file, () => runRules({ ...model, language: m.language }, m.text, options));
    for (const f of findings) {
      if ((f.range.file ?? file) !== file) continue;
      const fixes = f.fixes.filter(fix => fix.edits.every(e => (e.range.file ?? file) === file));
      out.push(file === main ? { ...f, fixes } : { ...f, fixes, related: [...f.related, ...takesEffectAt(f, model, main)] });
    }
  }
  return out;
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
    const key = `${f.ruleId}@${f.range.file ?? ''}:${f.range.start}:${f.range.end}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  return unique.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
}

function emptyModel(file: string, language: LanguageId): FileModel {
  return { file, language, sites: [], wiring: [], settings: [], hasSyntaxErrors: false };
}
