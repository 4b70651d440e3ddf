/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (for the colour default). */
  isTTY: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
  /** Reads all of standard input (for the file argument `-`). */
  readStdin?: () => Promise<string>;
}

/** A failure of the run (not a lint problem): one line on stderr and exit 2. */
export class UsageError extends Error {}
