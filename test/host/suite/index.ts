// The Mocha entry the extension host loads (`extensionTestsPath`); the same module serves the
// offline runner (scripts/run-host-tests.js) and @vscode/test-electron (test/host/run-electron.ts).
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30_000,
    color: false,
    grep: process.env.CORS_LENS_HOST_GREP || undefined,
  });
  for (const file of readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const stats = await new Promise<Mocha.Stats>(resolve => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1 } as Mocha.Stats));
  });
  // The offline runner reads the counts from here for its last line.
  const resultFile = process.env.CORS_LENS_HOST_RESULT;
  if (resultFile) writeFileSync(resultFile, JSON.stringify({ passed: stats.passes, failed: stats.failures }));
  if (stats.failures > 0) throw new Error(`${stats.failures} host test(s) failed`);
}
