import { writeFileSync } from 'node:fs';
import { analyze } from '../analysis/analyze';
import { fixFile } from '../analysis/fixes/fix-file';
import type { Severity } from '../analysis/model/finding';
import { readSource, resolveFromDisk } from '../node/read-source';
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

  const located: LocatedFinding[] = [];
  for (const file of files) {
    let text = readSource(file);
    if (text === undefined) {
      io.err(`cors-lens: skipped ${file}: unreadable or too large.`);
      continue;
    }
    const analyzeOptions = { devOrigins: options.devOrigins, resolveModule: resolveFromDisk };
    let result = await analyze({ file, text }, analyzeOptions);
    if (result.skipped) io.err(`cors-lens: skipped ${result.skipped}`);
    if (options.fix && result.findings.length) {
      // Only safe fixes (they keep legitimate callers working), re-analysing between passes.
      const fixed = await fixFile({ file, text }, analyzeOptions);
      if (fixed.applied.length) {
        writeFileSync(file, fixed.text);
        for (const a of fixed.applied) io.err(`cors-lens: fixed ${file}: ${a.title} [${a.ruleId}]`);
        text = fixed.text;
        result = { ...result, findings: fixed.remaining };
      }
    }
    located.push(...locate(file, text, result.findings));
  }

  if (options.format === 'json') io.out(formatJson(located));
  else if (options.format === 'sarif') io.out(formatSarif(located, version));
  else io.out(formatText(located, files.length));
  const failOn = options.failOn;
  if (failOn === 'none') return 0;
  return located.some(f => RANK[f.finding.severity] >= RANK[failOn]) ? 1 : 0;
}
