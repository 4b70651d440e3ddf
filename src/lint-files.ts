import { runLint } from './run.js';
import type { FileResult } from './types.js';

export interface LintFilesOptions {
  /** Folder that relative paths and patterns start from; default: the process's. */
  cwd?: string;
  /** A config file for every nomination, or false for none; default: the nearest config file. */
  config?: string | false;
  /** A ruleset name or file that overrides the config's. */
  ruleset?: string;
  /** Report errors only. */
  quiet?: boolean;
  /** Fail when a pattern or folder matches nothing (default true). */
  errorOnUnmatchedPattern?: boolean;
}

/** Some files could not be linted; the results of the others are kept. */
export class LintFilesError extends Error {
  constructor(
    readonly failures: readonly string[],
    readonly results: readonly FileResult[],
  ) {
    super(failures.join('; '));
    this.name = 'LintFilesError';
  }
}

/**
 * Lints files, folders (every .md below) and glob patterns as the CLI does, with
 * config files. Throws LintFilesError when any could not be read or matched.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const outcome = await runLint(patterns, {
    cwd: options.cwd ?? process.cwd(),
    ...(options.config !== undefined && { config: options.config }),
    ...(options.ruleset !== undefined && { ruleset: options.ruleset }),
    ...(options.quiet !== undefined && { quiet: options.quiet }),
    ...(options.errorOnUnmatchedPattern !== undefined && { errorOnUnmatchedPattern: options.errorOnUnmatchedPattern }),
  });
  if (outcome.failures.length > 0) throw new LintFilesError(outcome.failures, outcome.results);
  return outcome.results;
}
