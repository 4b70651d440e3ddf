import { fail, knownKeys, localeOption, optionalBoolean, optionalString, optionsObject, resultsArgument, rulesetOption, shown } from '../library-arguments.js';
import compact from './compact.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { FormatName } from './load.js';
import type { Formatter, FormatterContext, FormatterOptions, LibraryFormatter } from './types.js';

export type { Formatter, FormatterContext, FormatterOptions, LibraryFormatter } from './types.js';
export { FORMAT_NAMES, isFormatName, type FormatName } from './load.js';

/**
 * A formatter as a program calls it: the arguments checked before any work, and the
 * context's defaults filled in (the CLI builds a whole context and calls the
 * formatters themselves, through load.ts).
 */
function forLibrary(name: FormatName, formatter: Formatter): LibraryFormatter {
  const fn = `formatters.${name}`;
  return (results, given) => formatter(resultsArgument(fn, results), context(fn, given));
}

function context(fn: string, given: unknown): FormatterContext {
  const options = optionsObject(fn, given);
  knownKeys(fn, 'options', options, FORMATTER_OPTIONS);
  optionalBoolean(fn, 'options.color', options.color);
  optionalString(fn, 'options.cwd', options.cwd);
  const ruleset = rulesetOption(fn, 'options.ruleset', options.ruleset);
  return {
    color: options.color === true,
    cwd: (options.cwd as string | undefined) ?? process.cwd(),
    ruleset,
    ...(options.rulesets !== undefined && { rulesets: rulesetsOption(fn, options.rulesets) }),
    locale: localeOption(fn, 'options.locale', options.locale),
  };
}

/** The keys of FormatterOptions: every one, or this does not compile. */
const FORMATTER_OPTIONS = Object.keys({ color: 1, cwd: 1, ruleset: 1, rulesets: 1, locale: 1 } satisfies Record<keyof FormatterOptions, 1>);

/**
 * Each file's ruleset, by its path: a Map whose rulesets are checked as `ruleset`
 * is (a file without one, or with null, gets `ruleset`). The CLI's map holds one
 * ruleset for many files, so each distinct object is validated once.
 */
function rulesetsOption(fn: string, rulesets: unknown): FormatterContext['rulesets'] {
  if (!(rulesets instanceof Map)) fail(fn, 'options.rulesets', 'a Map of file paths to rulesets', rulesets);
  const checked = new Set<unknown>();
  for (const [path, ruleset] of rulesets as Map<unknown, unknown>) {
    if (ruleset === undefined || ruleset === null || checked.has(ruleset)) continue;
    rulesetOption(fn, `options.rulesets.get(${shown(path)})`, ruleset);
    checked.add(ruleset);
  }
  return rulesets as FormatterContext['rulesets'];
}

/** The output formats, by the name `--format` takes (the CLI loads them one by one: see load.ts). */
export const formatters = {
  stylish: forLibrary('stylish', stylish),
  json: forLibrary('json', json),
  compact: forLibrary('compact', compact),
  github: forLibrary('github', github),
  sarif: forLibrary('sarif', sarif),
  junit: forLibrary('junit', junit),
} satisfies Record<FormatName, LibraryFormatter>;
