// Bundles the extension, its analysis worker, the CLI and the pure core library; copies the WASM grammars the parser loads.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const wasmSrc = join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
// Only the grammars the analyzer loads; the rest of the package is never shipped.
const GRAMMARS = ['tree-sitter.wasm', 'tree-sitter-python.wasm', 'tree-sitter-javascript.wasm',
  'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm'];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/wasm', { recursive: true });
for (const file of GRAMMARS) cpSync(join(wasmSrc, file), join('dist/wasm', file));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  // Only reached outside the bundle (tests run from out/); the bundle loads dist/wasm.
  external: ['@vscode/tree-sitter-wasm/package.json'],
};

await Promise.all([
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: [...common.external, 'vscode'] }),
  // Its own entry: the extension starts it as a worker thread (src/extension/worker).
  build({ ...common, entryPoints: ['src/worker/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['src/core.ts'], outfile: 'dist/core.js' }),
]);
