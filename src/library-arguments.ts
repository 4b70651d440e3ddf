/**
 * The library's door: every argument of lintText, lintFiles and the exported
 * formatters is checked here, before any work, so that a wrong one is one
 * ArgumentError naming it — not a TypeError from deep inside a check, and never a
 * silent default (ESLint's `0` is off; a misspelt check id is not ignored).
 */
import { CHECK_IDS, isCheckId } from './checks/ids.js';
import { isLocale, LOCALES, type Locale } from './i18n/locale.js';
import { notADate, REAL_DATE } from './ruleset/dates.js';
import { loadRuleset, render } from './ruleset/load.js';
import { excerpt } from './sanitize.js';
import { rulesetSchema } from './schema/validators.js';
import { isSeveritySetting, SEVERITY_SETTINGS_TEXT } from './severity.js';
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

/** Throws the ArgumentError `fn: argument must be …, not …`. */
export const fail = (fn: string, argument: string, must: string, value: unknown): never => {
  throw new ArgumentError(argument, `${fn}: ${argument} must be ${must}, not ${shown(value)}`);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `options` itself: absent, or an object (null is a mistake, not "no options"). */
export function optionsObject(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) fail(fn, 'options', 'an object', options);
  return options as Record<string, unknown>;
}

/**
 * No key but the known ones: a misspelt option (`colour`, `maxWarning`) is a mistake
 * to name, not a default to apply in silence — as ESLint's "Unknown options". The
 * error's `argument` is the object that holds the key, as for an unknown check id.
 */
export function knownKeys(fn: string, name: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    // A did-you-mean only for a key short enough to be a typo: edit distance is O(n·m).
    const suggestion = key.length <= 64 ? nearest(key, known) : undefined;
    const hint = suggestion ? `did you mean "${suggestion}"?` : `the options are ${known.join(', ')}`;
    throw new ArgumentError(name, `${fn}: unknown option ${shown(key)} in ${name}; ${hint}`);
  }
}

export function optionalString(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') fail(fn, name, 'a string', value);
}

export function optionalBoolean(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') fail(fn, name, 'true or false', value);
}

/** ESLint's reportUnusedDisableDirectives: a boolean (true is `warn`), `off`, `warn` or `error`. */
export function unusedDirectivesOption(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean' && value !== 'off' && value !== 'warn' && value !== 'error') fail(fn, name, 'true, false, "off", "warn" or "error"', value);
}

export function optionalFunction(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') fail(fn, name, 'a function', value);
}

/** A count of bytes or warnings: a whole number, 0 or more (as the CLI's --max-file-size). */
export function optionalCount(fn: string, name: string, value: unknown): void {
  if (value !== undefined) count(fn, name, value);
}

/** en or pl; English when absent. */
export function localeOption(fn: string, name: string, value: unknown): Locale {
  if (value === undefined) return 'en';
  if (typeof value !== 'string' || !isLocale(value)) fail(fn, name, `one of ${LOCALES.join(', ')}`, value);
  return value as Locale;
}

/**
 * A ruleset object valid against schemas/ruleset.schema.json, with real calendar
 * dates (the check parseRuleset makes: src/ruleset/dates.ts); the bundled one when
 * absent. Checked on every call: a ruleset is a few kilobytes, and an object can
 * change between calls.
 */
/** Ruleset objects found valid: a ruleset is data that is read, not changed, once made. */
const VALID_RULESETS = new WeakSet<object>();

export function rulesetOption(fn: string, name: string, value: unknown): Ruleset {
  if (value === undefined) return loadRuleset();
  if (!isObject(value)) fail(fn, name, 'a ruleset object (see loadRuleset)', value);
  // One run lints many files with one ruleset object: it is checked once, not once a file
  // (the schema check of every file was a twentieth of a 1,000-file run).
  if (VALID_RULESETS.has(value as object)) return value as Ruleset;
  const { validate } = rulesetSchema();
  if (validate(value)) {
    const date = notADate(value);
    if (date) fail(fn, `${name}.${render(date.path)}`, REAL_DATE, date.value);
    VALID_RULESETS.add(value as object);
    return value as Ruleset;
  }
  const error = validate.errors?.[0];
  const where = (error?.instancePath ?? '').slice(1).split('/').filter(Boolean).join('.');
  const what = `${where ? `${where} ` : ''}${error?.message ?? 'is not valid'}`;
  throw new ArgumentError(name, `${fn}: ${name} is not a valid ruleset (schemas/ruleset.schema.json): ${excerpt(what, 200)}`);
}

/** `rules`: known check ids, each set to one of SEVERITY_SETTINGS (src/severity.ts). */
export function rulesOption(fn: string, name: string, value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail(fn, name, 'an object of check ids and severities', value);
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!isCheckId(id)) {
      const suggestion = id.length <= 64 ? nearest(id, CHECK_IDS) : undefined;
      throw new ArgumentError(`${name}`, `${fn}: ${name} names an unknown check ${shown(id)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
    if (!isSeveritySetting(setting)) fail(fn, `${name}["${id}"]`, SEVERITY_SETTINGS_TEXT, setting);
  }
}

/**
 * Results as lintText and lintFiles return them, every field the formatters read
 * checked in one pass (about 20 ms for 100,000 messages, little beside formatting them): a
 * wrong shape is an ArgumentError naming the field, not `text.replace is not a
 * function` from inside a formatter, nor `col=[object Object]` in its output.
 * The CLI calls the formatters themselves (formatters/load.ts) and skips this.
 */
export function resultsArgument(fn: string, results: unknown, name = 'results'): readonly FileResult[] {
  if (!Array.isArray(results)) fail(fn, name, 'an array of results (from lintText or lintFiles)', results);
  (results as unknown[]).forEach((result, i) => checkResult(fn, `${name}[${i}]`, result));
  return results as readonly FileResult[];
}

function checkResult(fn: string, name: string, result: unknown): void {
  if (!isObject(result)) fail(fn, name, 'a result object', result);
  const r = result as Record<string, unknown>;
  if (typeof r.filePath !== 'string') fail(fn, `${name}.filePath`, 'a string', r.filePath);
  if (!Array.isArray(r.messages)) fail(fn, `${name}.messages`, 'an array of messages', r.messages);
  (r.messages as unknown[]).forEach((message, j) => checkMessage(fn, `${name}.messages[${j}]`, message));
  count(fn, `${name}.errorCount`, r.errorCount);
  count(fn, `${name}.warningCount`, r.warningCount);
  if (!isObject(r.sections)) fail(fn, `${name}.sections`, 'an object', r.sections);
  for (const [id, summary] of Object.entries(r.sections as Record<string, unknown>)) {
    if (summary !== null) checkSummary(fn, `${name}.sections[${shown(id)}]`, summary);
  }
  if (r.notes !== undefined) checkNotes(fn, `${name}.notes`, r.notes);
  if (r.suppressedMessages !== undefined) checkSuppressed(fn, `${name}.suppressedMessages`, r.suppressedMessages);
  optionalString(fn, `${name}.output`, r.output);
  if (r.fits === undefined) return;
  if (!isObject(r.fits)) fail(fn, `${name}.fits`, 'an object', r.fits);
  for (const [id, sentence] of Object.entries(r.fits as Record<string, unknown>)) {
    if (sentence !== null && typeof sentence !== 'string') fail(fn, `${name}.fits[${shown(id)}]`, 'a string or null', sentence);
  }
}

/** Messages an inline directive switched off: messages, each with its suppressions, which json writes out as they are. */
function checkSuppressed(fn: string, name: string, suppressed: unknown): void {
  if (!Array.isArray(suppressed)) fail(fn, name, 'an array of suppressed messages', suppressed);
  (suppressed as unknown[]).forEach((message, j) => {
    checkMessage(fn, `${name}[${j}]`, message);
    const list = (message as Record<string, unknown>).suppressions;
    if (!Array.isArray(list)) fail(fn, `${name}[${j}].suppressions`, 'an array', list);
    (list as unknown[]).forEach((s, k) => {
      const ok = isObject(s) && s.kind === 'directive' && typeof s.justification === 'string';
      if (!ok) fail(fn, `${name}[${j}].suppressions[${k}]`, "{ kind: 'directive', justification: a string }", s);
    });
  });
}

/** The human report's notes (ReportNotes): each part optional, each number a count. */
function checkNotes(fn: string, name: string, notes: unknown): void {
  if (!isObject(notes)) fail(fn, name, 'an object', notes);
  const n = notes as Record<string, unknown>;
  if (n.noLinksOrAttachments !== undefined && n.noLinksOrAttachments !== true) fail(fn, `${name}.noLinksOrAttachments`, 'true or absent', n.noLinksOrAttachments);
  if (n.lineBreaks === undefined) return;
  if (!isObject(n.lineBreaks)) fail(fn, `${name}.lineBreaks`, 'an object', n.lineBreaks);
  for (const [id, entry] of Object.entries(n.lineBreaks as Record<string, unknown>)) {
    const where = `${name}.lineBreaks[${shown(id)}]`;
    if (!isObject(entry)) fail(fn, where, 'an object of breaks and counted', entry);
    count(fn, `${where}.breaks`, (entry as Record<string, unknown>).breaks);
    count(fn, `${where}.counted`, (entry as Record<string, unknown>).counted);
  }
}

function checkMessage(fn: string, name: string, message: unknown): void {
  if (!isObject(message)) fail(fn, name, 'a message object', message);
  const m = message as Record<string, unknown>;
  if (typeof m.ruleId !== 'string') fail(fn, `${name}.ruleId`, 'a string', m.ruleId);
  if (m.severity !== 1 && m.severity !== 2) fail(fn, `${name}.severity`, '1 (warning) or 2 (error)', m.severity);
  if (typeof m.message !== 'string') fail(fn, `${name}.message`, 'a string', m.message);
  position(fn, `${name}.line`, m.line);
  position(fn, `${name}.column`, m.column);
  optionalString(fn, `${name}.messageId`, m.messageId);
  optionalBoolean(fn, `${name}.fatal`, m.fatal);
  // `fix` is written out by json, and counted there: ESLint's shape or nothing.
  if (m.fix !== undefined) {
    const f = m.fix as { range?: unknown; text?: unknown } | null;
    const range = isObject(f) ? f.range : undefined;
    const ok = isObject(f) && typeof f.text === 'string' && Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n) && (n as number) >= 0);
    if (!ok) fail(fn, `${name}.fix`, '{ range: [start, end], text: a string }', m.fix);
  }
  // `data` is written out by json and sarif: only text and numbers, so it always serialises.
  if (m.data === undefined) return;
  if (!isObject(m.data)) fail(fn, `${name}.data`, 'an object of strings and numbers', m.data);
  for (const [key, value] of Object.entries(m.data as Record<string, unknown>)) {
    if (typeof value !== 'string' && typeof value !== 'number') fail(fn, `${name}.data[${shown(key)}]`, 'a string or a number', value);
  }
}

/** A section's count: stylish draws its bar from these (a negative count would be a negative repeat). */
function checkSummary(fn: string, name: string, summary: unknown): void {
  if (!isObject(summary)) fail(fn, name, 'a section summary object or null', summary);
  const s = summary as Record<string, unknown>;
  count(fn, `${name}.characters`, s.characters);
  count(fn, `${name}.limit`, s.limit);
  position(fn, `${name}.line`, s.line);
  // Absent in results made before sections said their unit; the ruleset's unit then.
  if (s.unit !== undefined && s.unit !== 'characters' && s.unit !== 'words') fail(fn, `${name}.unit`, '"characters" or "words"', s.unit);
  optionalCount(fn, `${name}.bullets`, s.bullets);
  optionalCount(fn, `${name}.bulletLimit`, s.bulletLimit);
}

function count(fn: string, name: string, value: unknown): void {
  if (!(Number.isSafeInteger(value) && (value as number) >= 0)) fail(fn, name, 'a whole number, 0 or more', value);
}

/** A line or column: 1-based. */
function position(fn: string, name: string, value: unknown): void {
  if (!(Number.isSafeInteger(value) && (value as number) >= 1)) fail(fn, name, 'a whole number, 1 or more', value);
}

/** exitCode's one argument, `{ results, maxWarnings?, failed }`, as src/exit-code.ts reads it. */
export function exitCodeArgument(input: unknown): void {
  const fn = 'exitCode';
  if (!isObject(input)) fail(fn, 'input', 'an object { results, maxWarnings?, failed }', input);
  const given = input as Record<string, unknown>;
  knownKeys(fn, 'input', given, ['results', 'maxWarnings', 'failed']);
  resultsArgument(fn, given.results, 'input.results');
  // Negative means no limit, as the CLI's default of -1.
  if (given.maxWarnings !== undefined && !Number.isSafeInteger(given.maxWarnings)) fail(fn, 'input.maxWarnings', 'a whole number (negative for no limit)', given.maxWarnings);
  if (typeof given.failed !== 'boolean') fail(fn, 'input.failed', 'true or false', given.failed);
}
