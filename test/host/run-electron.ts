// `npm run test:vscode`: the same host suite in desktop VS Code, downloaded by @vscode/test-electron.
// Needs the internet (update.code.visualstudio.com); CI uses scripts/run-host-tests.js instead.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // Tests edit files; they get a copy of the examples, as in the offline runner.
  const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'cors-lens-electron-')), 'workspace');
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'suite', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
