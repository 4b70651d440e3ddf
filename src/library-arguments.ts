/**
 * The library's door: every argument of lintText, lintFiles and the exported
 * formatters is checked here, before any work, so that a wrong one is one
 * ArgumentError naming it — not a TypeError from deep inside a check, and never a
 * silent default (ESLint's `0` is off; a misspelt check id is not ignored).
 */
import { CHECK_IDS, isCheckId } from './checks/ids.js';
import { isLocale, LOCALES, type Locale } from './i18n/locale.js';
import { loadRuleset } from './ruleset/load.js';
import { excerpt } from './sanitize.js';
import { rulesetSchema } from './schema/validators.js';
import { isSeveritySetting, SEVERITY_SETTINGS } from './severity.js';
import { nearest } from './suggest.js';
import type { FileResult, Ruleset } from './types.js';

/** An argument a library function cannot use; `argument` names it (such as `options.locale`). */
export class ArgumentError extends TypeError {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** A value as an error message shows it: its kind, or a short, visible quote of a string. */
export function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(excerpt(value, 40));
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return typeof value === 'bigint' || typeof value === 'symbol' ? `a ${typeof value}` : String(value);
}

const fail = (fn: string, argument: string, must: string, value: unknown): never => {
  throw new ArgumentError(argument, `${fn}: ${argument} must be ${must}, not ${shown(value)}`);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `options` itself: absent, or an object (null is a mistake, not "no options"). */
export function optionsObject(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) fail(fn, 'options', 'an object', options);
  return options as Record<string, unknown>;
}

export function optionalString(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') fail(fn, name, 'a string', value);
}

export function optionalBoolean(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') fail(fn, name, 'true or false', value);
}

export function optionalFunction(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') fail(fn, name, 'a function', value);
}

/** en or pl; English when absent. */
export function localeOption(fn: string, name: string, value: unknown): Locale {
  if (value === undefined) return 'en';
  if (typeof value !== 'string' || !isLocale(value)) fail(fn, name, `one of ${LOCALES.join(', ')}`, value);
  return value as Locale;
}

const { validate } = rulesetSchema();

/**
 * A ruleset object valid against schemas/ruleset.schema.json; the bundled one when
 * absent. Checked on every call: a ruleset is a few kilobytes, and an object can
 * change between calls.
 */
export function rulesetOption(fn: string, name: string, value: unknown): Ruleset {
  if (value === undefined) return loadRuleset();
  if (!isObject(value)) fail(fn, name, 'a ruleset object (see loadRuleset)', value);
  if (validate(value)) return value as Ruleset;
  const error = validate.errors?.[0];
  const where = (error?.instancePath ?? '').slice(1).split('/').filter(Boolean).join('.');
  const what = `${where ? `${where} ` : ''}${error?.message ?? 'is not valid'}`;
  throw new ArgumentError(name, `${fn}: ${name} is not a valid ruleset (schemas/ruleset.schema.json): ${excerpt(what, 200)}`);
}

/** `rules`: known check ids, each off, warn, warning, error, 0, 1 or 2. */
export function rulesOption(fn: string, name: string, value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail(fn, name, 'an object of check ids and severities', value);
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!isCheckId(id)) {
      const suggestion = nearest(id, CHECK_IDS);
      throw new ArgumentError(`${name}`, `${fn}: ${name} names an unknown check ${shown(id)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
    if (!isSeveritySetting(setting)) fail(fn, `${name}["${id}"]`, SEVERITY_SETTINGS.join(', '), setting);
  }
}

/** Results as lintText and lintFiles return them: what the formatters read is there. */
export function resultsArgument(fn: string, results: unknown): readonly FileResult[] {
  if (!Array.isArray(results)) fail(fn, 'results', 'an array of results (from lintText or lintFiles)', results);
  (results as unknown[]).forEach((result, i) => {
    const name = `results[${i}]`;
    if (!isObject(result)) fail(fn, name, 'a result object', result);
    const r = result as Record<string, unknown>;
    if (typeof r.filePath !== 'string') fail(fn, `${name}.filePath`, 'a string', r.filePath);
    if (!Array.isArray(r.messages) || !r.messages.every(isObject)) fail(fn, `${name}.messages`, 'an array of messages', r.messages);
    if (!isObject(r.sections)) fail(fn, `${name}.sections`, 'an object', r.sections);
  });
  return results as readonly FileResult[];
}
