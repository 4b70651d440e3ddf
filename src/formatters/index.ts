import { localeOption, optionalBoolean, optionalString, optionsObject, resultsArgument, rulesetOption, shown, ArgumentError } from '../library-arguments.js';
import compact from './compact.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { FormatName } from './load.js';
import type { Formatter, FormatterContext, LibraryFormatter } from './types.js';

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
  optionalBoolean(fn, 'options.color', options.color);
  optionalString(fn, 'options.cwd', options.cwd);
  const rulesets = options.rulesets;
  if (rulesets !== undefined && typeof (rulesets as { get?: unknown } | null)?.get !== 'function') {
    throw new ArgumentError('options.rulesets', `${fn}: options.rulesets must be a Map of file paths to rulesets, not ${shown(rulesets)}`);
  }
  return {
    color: options.color === true,
    cwd: (options.cwd as string | undefined) ?? process.cwd(),
    ruleset: rulesetOption(fn, 'options.ruleset', options.ruleset),
    ...(rulesets !== undefined && { rulesets: rulesets as FormatterContext['rulesets'] }),
    locale: localeOption(fn, 'options.locale', options.locale),
  };
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
