// A workspace as explain() and the route mapper take it, from files in memory or a folder on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import type { FileModel } from '../../src/analysis/model/policy';
import type { SourceFile } from '../../src/analysis/routes';
import { readSource } from '../../src/node/read-source';

/** The repository root (tests run from out/test/...). */
export const ROOT = path.join(__dirname, '..', '..', '..');

export async function workspace(files: SourceFile[]): Promise<{ models: FileModel[]; files: SourceFile[] }> {
  const models: FileModel[] = [];
  for (const f of files) if (/\.(py|[cm]?[jt]sx?)$/.test(f.file)) models.push((await analyze(f, { readFile: readSource })).model);
  return { models, files };
}

/** Every file under `dir`, named relative to the repository root. */
export function walk(dir: string): SourceFile[] {
  return readdirSync(dir).flatMap(n => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [{ file: path.relative(ROOT, p), text: readFileSync(p, 'utf8') }];
  });
}
