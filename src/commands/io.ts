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
  /**
   * Reads standard input (for the file argument `-`): all of it, or at least
   * `limit` bytes when there are more. Bytes are checked like a file's (size,
   * UTF-8); a string is taken as already decoded.
   */
  readStdin?: (limit: number) => Promise<Buffer | string>;
}

/** A failure of the run (not a lint problem): one line on stderr and exit 2. */
export class UsageError extends Error {}
