/** Where the CLI writes; tests pass their own and read it back. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}
