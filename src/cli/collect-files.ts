// Which files a scan reads: the paths given, recursively, skipping dependency, build and hidden folders.
import { walkSourceFiles, type Walked } from '../node/source-files';

export type Collected = Walked;

export function collectFiles(paths: readonly string[]): Collected {
  return walkSourceFiles(paths);
}
