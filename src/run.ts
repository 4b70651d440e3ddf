import { expandArguments } from './files.js';
import { resolveLocale, type Locale } from './i18n/locale.js';
import { ignoresOf, type IgnoreOptions } from './ignores.js';
import { configResolverFor, createFileLinter, type FileLinterOptions, type FileOutcome } from './lint-file.js';
import { loadRuleset } from './ruleset/load.js';
import type { FileResult, Ruleset } from './types.js';

export { DEFAULT_MAX_FILE_SIZE } from './read-content.js';

export interface RunOptions extends FileLinterOptions, Omit<IgnoreOptions, 'cwd'> {
  errorOnUnmatchedPattern?: boolean;
  /** Reads standard input, for the argument `-` (see CliIo.readStdin). */
  readStdin?: (limit: number) => Promise<Buffer | string>;
}

export interface RunOutcome {
  results: FileResult[];
  /** One line per argument or file that could not be linted. */
  failures: string[];
  /** One line per folder or link a folder walk skipped (unreadable, a loop): worth saying, not a failure. */
  skipped: string[];
  /** The ruleset each result was linted with, by file path. */
  rulesets: Map<string, Ruleset>;
  /** The language of the report: the first file's. */
  locale: Locale;
}

/** Expands the arguments, reads each nomination, finds its config and lints it. */
export async function runLint(args: readonly string[], options: RunOptions): Promise<RunOutcome> {
  // One set of config files for the ignore settings and the lint: each is read once.
  const configs = configResolverFor(options);
  const ignores = ignoresOf(options, configs);
  const { files, errors, skipped } = await expandArguments(args, options.cwd, options.errorOnUnmatchedPattern ?? true, ignores);
  const lintFile = createFileLinter({ ...options, configs, ignores }, options.readStdin);
  const outcomes = await lintInTurn(files, lintFile);

  const failures = [...errors];
  const results: FileResult[] = [];
  const rulesets = new Map<string, Ruleset>();
  let locale: Locale | undefined;
  for (const outcome of outcomes) {
    if ('failure' in outcome) {
      failures.push(outcome.failure);
      continue;
    }
    results.push(outcome.result);
    // --fix could not write the file: a failure of the run, and the result says what the file still holds.
    if (outcome.unwritten !== undefined) failures.push(outcome.unwritten);
    // Loaded once per name: this is the very ruleset the file was linted with.
    rulesets.set(outcome.result.filePath, loadRuleset(outcome.ruleset, options.cwd));
    locale ??= outcome.locale;
  }
  return { results, failures, skipped, rulesets, locale: locale ?? resolveLocale(options.locale, undefined, options.env ?? {}) };
}

/**
 * One file at a time, read synchronously: a nomination is a few kilobytes, so
 * reading is a fraction of linting, and never more than one file is open. (Worker
 * threads were measured: on two cores they are slower, as they compete with V8's
 * own compiler and collector threads; see README, Performance.)
 */
async function lintInTurn(files: readonly string[], lintFile: (file: string) => Promise<FileOutcome>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await lintFile(file));
  return outcomes;
}
