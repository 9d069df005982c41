// Disk access shared by the CLI and the tests: read a source file without ever throwing.
import { MAX_CHARS } from '../analysis/analyze';
import { readBounded } from './source-files';

/** The file's text, or undefined when it is missing, a directory, or too large to be configuration. */
export function readSource(file: string): string | undefined {
  return readBounded(file, MAX_CHARS * 4);
}
