// Which files a scan reads: the paths given, recursively, skipping dependency, build and hidden folders.
import { walkSourceFiles } from '../node/source-files';

export interface Collected {
  readonly files: string[];
  readonly missing: string[];
}

export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const missing: string[] = [];
  for (const entry of walkSourceFiles(paths)) {
    if ('file' in entry) files.push(entry.file);
    else missing.push(entry.missing);
  }
  return { files, missing };
}
