import * as path from 'node:path';
import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import { autoFix, fixFile, fixPasses, type FixFileResult } from '../analysis/fixes/fix-file';
import { fileParsesCleanly } from '../analysis/fixes/parses';
import type { Finding, Severity } from '../analysis/model/finding';
import { readSource } from '../node/read-source';
import { saveFix } from '../node/write-fixed';
import { collectFiles } from './collect-files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import type { CliIO, ExitCode } from './io';
import { locate, type LocatedFinding } from './located-finding';
import { parseScanArgs } from './scan-options';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function runScan(argv: readonly string[], io: CliIO, version: string): Promise<ExitCode> {
  const options = parseScanArgs(argv);
  const { files, missing } = collectFiles(options.paths);
  for (const m of missing) io.err(`cors-lens: cannot read ${m}: no such file or directory.`);
  if (missing.length && files.length === 0) return 2;

  const analyzeOptions: AnalyzeOptions = { devOrigins: options.devOrigins, readFile: readSource };
  // Findings by the file they sit in: a file's own, and those its importers found in it.
  const byFile = new Map<string, Finding[]>();
  const add = (file: string, findings: readonly Finding[]) => byFile.set(file, [...(byFile.get(file) ?? []), ...findings]);
  const importers: string[] = [];
  // Texts of files with findings of their own, so placing those findings reads nothing again.
  const analysedTexts = new Map<string, string>();
  for (const file of files) {
    const text = readSource(file);
    if (text === undefined) {
      io.err(`cors-lens: skipped ${file}: unreadable or too large.`);
      continue;
    }
    let result = await analyze({ file, text }, analyzeOptions);
    if (result.skipped) io.err(`cors-lens: skipped ${result.skipped}`);
    // A value cut short by the analysis's budget: its findings may be missing, and CI should know.
    for (const note of result.incomplete ?? []) io.err(`cors-lens: ${note}`);
    if (options.fix && result.findings.some(f => !f.file && autoFix(f))) {
      // Only safe fixes (they keep legitimate callers working), re-analysing between passes.
      const fixed = await fixFile({ file, text }, analyzeOptions);
      if (await save(file, text, fixed, io)) result = await analyze({ file, text: fixed.text }, analyzeOptions);
    }
    if (result.dependencies.length) importers.push(file);
    add(file, result.findings.filter(f => !f.file));
    if (!options.fix && result.findings.some(f => !f.file)) analysedTexts.set(file, text);
  }
  // Findings in imported modules, read once every file's own fixes are on disk.
  const foreign = new Map<string, Finding[]>();
  for (const file of importers) {
    const text = readSource(file);
    const result = text === undefined ? undefined : await analyze({ file, text }, analyzeOptions);
    for (const f of result?.findings ?? []) if (f.file) foreign.set(f.file, [...(foreign.get(f.file) ?? []), f]);
  }
  for (const [file, found] of foreign) {
    const fixed = options.fix && found.some(f => autoFix(f)) ? await fixImported(file, importers, analyzeOptions) : undefined;
    if (fixed && await save(file, fixed.analysed, fixed, io)) add(file, fixed.remaining);
    else add(file, found);
  }

  const located: LocatedFinding[] = [];
  for (const [file, found] of byFile) {
    if (found.length === 0) continue;
    const text = analysedTexts.get(file) ?? readSource(file);
    if (text !== undefined) located.push(...locate(file, text, unique(found), readSource));
  }
  if (options.format === 'json') io.out(formatJson(located));
  else if (options.format === 'sarif') io.out(formatSarif(located, version));
  else io.out(formatText(located, files.length));
  const failOn = options.failOn;
  if (failOn === 'none') return 0;
  return located.some(f => RANK[f.finding.severity] >= RANK[failOn]) ? 1 : 0;
}

/**
 * Writes a file's fixes, or says in one line why not. A file that cannot be written keeps its
 * findings in the report, so the exit status follows --fail-on as without --fix; exit 2 stays for
 * usage errors and paths that do not exist.
 */
async function save(file: string, analysed: string, fixed: FixFileResult, io: CliIO): Promise<boolean> {
  if (fixed.unparsable) {
    io.err(`cors-lens: ${file} has syntax errors; not fixed — fix them and run again.`);
    return false;
  }
  for (const r of fixed.rejected) io.err(`cors-lens: not fixed in ${file}: ${r.title} [${r.ruleId}] would leave code that does not parse.`);
  if (!fixed.applied.length) return false;
  io.beforeFixWrite?.(file);
  const outcome = await saveFix(file, analysed, fixed.text);
  if (!outcome.written) {
    io.err(`cors-lens: ${outcome.message}`);
    return false;
  }
  for (const a of fixed.applied) io.err(`cors-lens: fixed ${file}: ${a.title} [${a.ruleId}]`);
  return true;
}

/** `--fix` on a module's findings that only its importers see: each pass re-analyses them over the new text. */
async function fixImported(file: string, importers: readonly string[], options: AnalyzeOptions) {
  const text = readSource(file);
  if (text === undefined) return undefined;
  const key = path.normalize(file);
  const findingsOf = async (now: string) => {
    const read = (f: string) => (path.normalize(f) === key ? now : readSource(f));
    const found: Finding[] = [];
    for (const importer of importers) {
      const source = read(importer);
      if (source === undefined) continue;
      const result = await analyze({ file: importer, text: source }, { ...options, readFile: read });
      found.push(...result.findings.filter(f => f.file !== undefined && path.normalize(f.file) === key));
    }
    return unique(found);
  };
  return { ...(await fixPasses(text, findingsOf, now => fileParsesCleanly(file, now))), analysed: text };
}

/** One finding per rule and place, however many files reached it. */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const key = `${f.ruleId}@${f.range.start}:${f.range.end}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
