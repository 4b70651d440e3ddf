import { expandArguments } from './files.js';
import { resolveLocale, type Locale } from './i18n/locale.js';
import { createFileLinter, type FileLinterOptions, type FileOutcome } from './lint-file.js';
import { loadRuleset } from './ruleset/load.js';
import type { FileResult, Ruleset } from './types.js';

export { DEFAULT_MAX_FILE_SIZE } from './read-content.js';

export interface RunOptions extends FileLinterOptions {
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
  const { files, errors, skipped } = await expandArguments(args, options.cwd, options.errorOnUnmatchedPattern ?? true);
  const lintFile = createFileLinter(options, options.readStdin);
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
