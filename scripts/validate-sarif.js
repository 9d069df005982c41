#!/usr/bin/env node
// CI gate for GitHub code scanning: the SARIF of examples/ and of the rule fixtures must pass
// Microsoft's SARIF Multitool (`validate --rule-kind "Gh;Sarif"`) with no error and no warning.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const tool = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
// npm 11 skips the package's own `chmod u+x` postinstall.
chmodSync(tool, 0o755);
const work = mkdtempSync(path.join(os.tmpdir(), 'cors-lens-sarif-'));
let failed = false;
try {
  for (const target of ['examples', 'test/fixtures']) {
    const sarif = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'scan', target, '--format', 'sarif', '--fail-on', 'none'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const input = path.join(work, `${target.replace(/\W/g, '-')}.sarif`);
    const output = `${input}.validation.sarif`;
    writeFileSync(input, sarif);
    // Invariant globalization: the .NET tool then needs no libicu on a bare CI image.
    const run = spawnSync(tool, ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output],
      { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    const results = run.status === 0 ? JSON.parse(readFileSync(output, 'utf8')).runs.flatMap(r => r.results ?? []) : [];
    const count = level => results.filter(r => (r.level ?? 'warning') === level).length;
    const scanned = JSON.parse(sarif).runs[0].results.length;
    console.log(`${target}: ${scanned} findings; validator: ${count('error')} errors, ${count('warning')} warnings, ${count('note')} notes`);
    for (const r of results.filter(x => x.level !== 'note')) console.log(`  ${r.level ?? 'warning'} ${r.ruleId}: ${r.message?.text ?? ''}`);
    if (run.status !== 0) console.log(run.stdout, run.stderr);
    if (run.status !== 0 || count('error') || count('warning')) failed = true;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
