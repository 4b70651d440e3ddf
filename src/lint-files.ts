import type { Locale } from './i18n/locale.js';
import type { LintOptions } from './lint.js';
import { ArgumentError, knownKeys, localeOption, optionalBoolean, optionalCount, optionalString, optionsObject, shown, unusedDirectivesOption } from './library-arguments.js';
import { patternProblem } from './ignores.js';
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
  /** The language of the messages, over every config's (as --locale); default: each file's config, else English. */
  locale?: Locale;
  /** Files larger than this many bytes are reported as file-too-large, unread (as --max-file-size; default 1 MiB). */
  maxFileSize?: number;
  /** False: inline directives are ignored (as --no-inline-config); default true. */
  inlineConfig?: boolean;
  /** Report directives that switched nothing off (as --report-unused-disable-directives): true or `warn`, `error`; default off. */
  reportUnusedDisableDirectives?: LintOptions['reportUnusedDisableDirectives'];
  /** Fix what is mechanical in memory, as ESLint's `fix`: results are the fixed text's, with `output` when it changed. No file is written. */
  fix?: boolean;
  /** False: no .iba-lintignore, config `ignores` or `ignorePatterns` applies (as --no-ignore); default true. */
  ignore?: boolean;
  /** Globs relative to `cwd` to leave out as well (as --ignore-pattern, ESLint's `ignorePatterns`). */
  ignorePatterns?: string[];
}

/** The keys of LintFilesOptions: every one, or this does not compile. */
const LINT_FILES_OPTIONS = Object.keys({ cwd: 1, config: 1, ruleset: 1, quiet: 1, errorOnUnmatchedPattern: 1, locale: 1, maxFileSize: 1, inlineConfig: 1, reportUnusedDisableDirectives: 1, fix: 1, ignore: 1, ignorePatterns: 1 } satisfies Record<keyof LintFilesOptions, 1>);

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
 * config files: one (a string) or several (an array). Throws LintFilesError when
 * any could not be read or matched, and an ArgumentError (a TypeError) naming a
 * wrong argument before any work.
 */
export async function lintFiles(patterns: string | readonly string[], lintOptions?: LintFilesOptions): Promise<FileResult[]> {
  const options = checkArguments(patterns, lintOptions);
  const outcome = await runLint(typeof patterns === 'string' ? [patterns] : patterns, {
    cwd: options.cwd ?? process.cwd(),
    ...(options.config !== undefined && { config: options.config }),
    ...(options.ruleset !== undefined && { ruleset: options.ruleset }),
    ...(options.quiet !== undefined && { quiet: options.quiet }),
    ...(options.errorOnUnmatchedPattern !== undefined && { errorOnUnmatchedPattern: options.errorOnUnmatchedPattern }),
    ...(options.locale !== undefined && { locale: options.locale }),
    ...(options.maxFileSize !== undefined && { maxFileSize: options.maxFileSize }),
    ...(options.inlineConfig !== undefined && { inlineConfig: options.inlineConfig }),
    ...(options.reportUnusedDisableDirectives !== undefined && { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives }),
    ...(options.fix === true && { fix: true }),
    ...(options.ignore === false && { ignore: false }),
    ...(options.ignorePatterns !== undefined && { ignorePatterns: options.ignorePatterns }),
  });
  if (outcome.failures.length > 0) throw new LintFilesError(outcome.failures, outcome.results);
  return outcome.results;
}

/** A string is one pattern (never its characters, which would make '/' of 'ab/' a pattern). */
function checkArguments(patterns: unknown, given: unknown): LintFilesOptions {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  if (!Array.isArray(list)) throw new ArgumentError('patterns', `lintFiles: patterns must be a string or an array of strings, not ${shown(patterns)}`);
  list.forEach((pattern: unknown, i) => {
    const name = typeof patterns === 'string' ? 'patterns' : `patterns[${i}]`;
    if (typeof pattern !== 'string' || pattern === '') throw new ArgumentError(name, `lintFiles: ${name} must be a file, folder or glob pattern, not ${shown(pattern)}`);
  });
  const options = optionsObject('lintFiles', given);
  knownKeys('lintFiles', 'options', options, LINT_FILES_OPTIONS);
  optionalString('lintFiles', 'options.cwd', options.cwd);
  if (options.config !== undefined && options.config !== false && typeof options.config !== 'string') {
    throw new ArgumentError('options.config', `lintFiles: options.config must be a file path or false, not ${shown(options.config)}`);
  }
  optionalString('lintFiles', 'options.ruleset', options.ruleset);
  optionalBoolean('lintFiles', 'options.quiet', options.quiet);
  optionalBoolean('lintFiles', 'options.errorOnUnmatchedPattern', options.errorOnUnmatchedPattern);
  if (options.locale !== undefined) localeOption('lintFiles', 'options.locale', options.locale);
  optionalCount('lintFiles', 'options.maxFileSize', options.maxFileSize);
  optionalBoolean('lintFiles', 'options.inlineConfig', options.inlineConfig);
  unusedDirectivesOption('lintFiles', 'options.reportUnusedDisableDirectives', options.reportUnusedDisableDirectives);
  optionalBoolean('lintFiles', 'options.fix', options.fix);
  optionalBoolean('lintFiles', 'options.ignore', options.ignore);
  ignorePatternsOption(options.ignorePatterns);
  return options as LintFilesOptions;
}

/** `ignorePatterns`: a list of non-empty globs, none of which could take very long to match (see patternProblem). */
function ignorePatternsOption(value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new ArgumentError('options.ignorePatterns', `lintFiles: options.ignorePatterns must be an array of glob patterns, not ${shown(value)}`);
  value.forEach((pattern: unknown, i) => {
    const name = `options.ignorePatterns[${i}]`;
    if (typeof pattern !== 'string' || pattern === '') throw new ArgumentError(name, `lintFiles: ${name} must be a glob pattern, not ${shown(pattern)}`);
    const problem = patternProblem(pattern);
    if (problem) throw new ArgumentError(name, `lintFiles: ${name} ${shown(pattern)} ${problem}`);
  });
}
