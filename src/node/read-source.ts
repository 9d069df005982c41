// Disk access shared by the CLI and the tests: read a source file without ever throwing.
import { readFileSync, statSync } from 'node:fs';
import { MAX_CHARS } from '../analysis/analyze';

/** The file's text, or undefined when it is missing, a directory, or too large to be configuration. */
export function readSource(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_CHARS * 4) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
