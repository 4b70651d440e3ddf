import type { Locale } from '../i18n/locale.js';
import type { FileResult, Ruleset } from '../types.js';

export interface FormatterContext {
  /** Colour on or off, decided once by the CLI. */
  color: boolean;
  /** File paths are shown relative to this folder. */
  cwd: string;
  /** The ruleset of the run; `rulesets` has each file's own when config files differ. */
  ruleset: Ruleset;
  rulesets?: ReadonlyMap<string, Ruleset>;
  /** The language of the stylish report's own words (default English); the machine formats ignore it. */
  locale?: Locale;
}

/** A formatter is pure: results in, text out. The CLI does the writing. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;

/**
 * The context as a program gives it to the exported `formatters`: every field may be
 * left out — colour off, paths relative to process.cwd(), the bundled ruleset, English.
 */
export type FormatterOptions = Partial<FormatterContext>;

/** An exported formatter: it checks its arguments (an ArgumentError names a wrong one) and fills in the defaults. */
export type LibraryFormatter = (results: readonly FileResult[], options?: FormatterOptions) => string;
