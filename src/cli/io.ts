/** Where the CLI writes; tests pass their own and read it back. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * Runs between a file's analysis and the write of its fixes: the moment a user's save can land.
   * Tests edit the file here to prove the edit survives; the command line leaves it unset.
   */
  beforeFixWrite?(file: string): void;
}

export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}
