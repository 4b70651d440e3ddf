import type { FileResult, Ruleset } from '../types.js';

export interface FormatterContext {
  /** Colour on or off, decided once by the CLI. */
  color: boolean;
  /** File paths are shown relative to this folder. */
  cwd: string;
  ruleset: Ruleset;
}

/** A formatter is pure: results in, text out. The CLI does the writing. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;
