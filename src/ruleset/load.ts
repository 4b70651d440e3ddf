import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { type Document, LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { PACKAGE_ROOT } from '../package-root.js';
import { FileReadError, readTextFile } from '../read-content.js';
import { visible } from '../sanitize.js';
import { shownPath } from '../shown-path.js';
import { rulesetSchema } from '../schema/validators.js';
import { nearest } from '../suggest.js';
import { syntaxErrorText } from '../syntax-error.js';
import type { Ruleset } from '../types.js';
import { notADate, REAL_DATE } from './dates.js';

/** The ruleset used when none is named. */
export const DEFAULT_RULESET = 'iba-2026';
const BUNDLED = /^[a-z0-9][a-z0-9-]*$/;

/** A ruleset that could not be loaded; its message is one line for the user. */
export class RulesetError extends Error {
  constructor(message: string) {
    // Paths and keys come from the repository or the command line: no newline or escape sequence gets through.
    super(visible(message));
  }
}

/** A ruleset is a few kilobytes (the bundled one about 4 KiB): far more than that is not one. */
export const RULESET_MAX_BYTES = 256 * 1024;

/**
 * Loads a ruleset by bundled name (`iba-2026`) or file path, and validates it
 * against `schemas/ruleset.schema.json`. Parsed once per name or path. Read with
 * the one capped reader: a device, FIFO or folder, or a file over 256 KiB, is a
 * RulesetError, found before a byte of it is read.
 */
export function loadRuleset(nameOrPath: string = DEFAULT_RULESET, cwd: string = process.cwd()): Ruleset {
  const bundled = BUNDLED.test(nameOrPath);
  const file = bundled ? bundledFile(nameOrPath) : isAbsolute(nameOrPath) ? nameOrPath : resolve(cwd, nameOrPath);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readTextFile(file, RULESET_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (bundled || error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new RulesetError(`ruleset "${nameOrPath}" not found (looked for ${file})`);
    throw new RulesetError(`ruleset ${shownPath(file, cwd)} ${error.reason}`);
  }
  const ruleset = (bundled && precompiled(nameOrPath, text)) || parseRuleset(text, bundled ? nameOrPath : shownPath(file, cwd));
  cache.set(file, ruleset);
  return ruleset;
}

/**
 * A bundled ruleset as the build parsed and validated it (scripts/compile-rulesets.mjs),
 * if the YAML is still exactly the text it was made from: parsing YAML is most of
 * the time a one-file run takes.
 */
export function precompiled(name: string, text: string): Ruleset | undefined {
  let stored: { source?: unknown; ruleset?: Ruleset };
  try {
    stored = JSON.parse(readFileSync(new URL(`dist/rulesets/${name}.json`, PACKAGE_ROOT), 'utf8')) as typeof stored;
  } catch {
    return undefined;
  }
  return stored.source === text ? stored.ruleset : undefined;
}

const cache = new Map<string, Ruleset>();

/** A bundled ruleset's file, by name: asked for every file a run lints, and a URL is slow to make. */
const bundledFiles = new Map<string, string>();
function bundledFile(name: string): string {
  let file = bundledFiles.get(name);
  if (file === undefined) bundledFiles.set(name, (file = fileURLToPath(new URL(`rulesets/${name}.yaml`, PACKAGE_ROOT))));
  return file;
}


/**
 * Parses and validates ruleset YAML; `source` names it in errors. Every error is one
 * line: the source, the line of the YAML when known, and what is wrong in the words
 * of the file — the key and the nearest valid key for an unknown one, the allowed
 * values for an enum — e.g.
 * `ruleset my.yaml, line 27: unknown key "limt" in sections.achievements; did you mean "limit"?`
 */
export function parseRuleset(text: string, source: string): Ruleset {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, lineCounter, logLevel: 'error' }); // not 'silent', which drops the error for a second document (a `...` line)
  // The parser's own messages quote the file; the file may be a secret (see syntax-error.ts).
  const yamlError = doc.errors[0];
  if (yamlError) throw new RulesetError(`ruleset ${source}${syntaxErrorText(yamlError, text, 'YAML')}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new RulesetError(`ruleset ${source}${syntaxErrorText(error, text, 'YAML')}`);
  }
  if (data === null || data === undefined) {
    throw new RulesetError(`ruleset ${source} is empty: a ruleset is a mapping of ${list(topLevelKeys(), 'and')} (start from a copy of rulesets/${DEFAULT_RULESET}.yaml)`);
  }
  const { validate } = rulesetSchema();
  if (validate(data)) {
    const date = notADate(data);
    if (!date) return data as Ruleset;
    const line = lineOf(doc, lineCounter, date.path);
    throw new RulesetError(`ruleset ${source}${line ? `, line ${line}` : ''}: ${render(date.path)} must be ${REAL_DATE}, not ${show(date.value)}`);
  }
  const error = mostUseful(validate.errors ?? []);
  if (!error) throw new RulesetError(`ruleset ${source} is not valid`);
  const { text: problem, at } = describe(error, data);
  const line = at && lineOf(doc, lineCounter, at);
  throw new RulesetError(`ruleset ${source}${line ? `, line ${line}` : ''}: ${problem}`);
}

/** All errors are collected so that the clearest one can be told (see mostUseful). */
const topLevelKeys = (): string[] => Object.keys(rulesetSchema<{ properties: Record<string, unknown> }>().schema.properties);

/**
 * One mistake often breaks several rules: a misspelt `limt` is an unknown key and a
 * missing `limit`. The unknown key, with its suggestion, says what to fix; a missing
 * key only says what is absent. So: unknown keys, then wrong values, then missing keys.
 */
const RANK: Record<string, number> = { additionalProperties: 0, enum: 1, type: 2, required: 4, propertyNames: 5 };

function mostUseful(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return [...withinTheBranchMeant(errors)].sort((a, b) => (RANK[a.keyword] ?? 3) - (RANK[b.keyword] ?? 3))[0];
}

/**
 * A value that may take one of several forms (`previousYear`: a year, or a mapping of its
 * year and categories) fails every form. The forms it is not of say only "wrong type" at
 * the value; the one it is of says what is wrong inside it, deeper down. So a form's
 * wrong type is dropped when another form found something deeper, and oneOf's own
 * "must match exactly one" is never the one told.
 */
function withinTheBranchMeant(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const inOneOf = (e: ErrorObject) => /\/oneOf\/\d+\//.test(e.schemaPath);
  const deeperFound = (e: ErrorObject) => errors.some((other) => inOneOf(other) && other.instancePath.startsWith(`${e.instancePath}/`));
  return errors.filter((e) => e.keyword !== 'oneOf' && !(e.keyword === 'type' && inOneOf(e) && deeperFound(e)));
}

type Path = Array<string | number>;

/** What is wrong, and the path of the key whose line to show. */
function describe(error: ErrorObject, data: unknown): { text: string; at?: Path } {
  const path = pathOf(error.instancePath, data);
  const where = render(path);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const inWhere = where ? ` in ${where}` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = nearest(key, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `valid keys are ${list(known, 'and')}`;
      return { text: `unknown key ${quote(key)}${inWhere}; ${hint}`, at: [...path, key] };
    }
    case 'required':
      return { text: `missing key "${String(params.missingProperty)}"${inWhere}`, ...(path.length > 0 && { at: path }) };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? nearest(value, allowed) : undefined;
      return { text: `${where} must be ${list(allowed, 'or')}, not ${show(value)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`, at: path };
    }
    case 'type': {
      // Only the kind of a value that is not a mapping: the file may be anything (a link to /proc/self/environ).
      if (path.length === 0) return { text: `must be a mapping of ${list(topLevelKeys(), 'and')}, not ${kindOf(value)}` };
      return { text: `${where} must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, not ${show(value)}`, at: path };
    }
    case 'pattern': {
      const rule = PATTERNS[String(params.pattern)] ?? `text matching ${String(params.pattern)}`;
      if (error.propertyName !== undefined) {
        return { text: `the name ${quote(error.propertyName)}${inWhere} must be ${rule}`, at: [...path, error.propertyName] };
      }
      return { text: `${where} must be ${rule}, not ${show(value)}`, at: path };
    }
    case 'minimum':
      return { text: `${where} must be at least ${String(params.limit)}, not ${show(value)}`, at: path };
    case 'minLength':
      return { text: `${where} must not be empty`, at: path };
    case 'minItems':
    case 'minProperties':
      return { text: `${where} must not be empty`, at: path };
    default:
      return { text: `${where || 'the ruleset'} ${error.message ?? 'is not valid'}`, ...(path.length > 0 && { at: path }) };
  }
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list ("- " items)',
};

/** The schema's patterns, in words. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'lowercase letters, digits and hyphens, such as iba-2026',
  '^[a-z][a-z0-9-]*$': 'lowercase letters, digits and hyphens, starting with a letter, such as achievements',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date written YYYY-MM-DD, in quotes',
  '^[A-Z]+[0-9]+$': 'capital letters then digits, such as A01',
};

/** Ajv's JSON pointer as keys and array indexes. */
function pathOf(pointer: string, data: unknown): Path {
  const path: Path = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return path;
}

/**
 * `sections.achievements.limit`, `categories[2].code` (indexes from 0, as in the YAML
 * tools); a key that is not a plain word is quoted, so the message stays one line.
 */
export function render(path: Path): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const key = /^[\w-]+$/.test(segment) ? segment : quote(segment);
    return text ? `${text}.${key}` : key;
  }, '');
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment], data);
}

/** The 1-based line of the key at `path` in YAML (or JSON) text, when it has one: for errors found after parsing. */
export function keyLine(text: string, path: Path): number | undefined {
  const lineCounter = new LineCounter();
  return lineOf(parseDocument(text, { lineCounter, logLevel: 'silent' }), lineCounter, path);
}

/** The 1-based line of the key (or list item) at `path`, when the YAML has it. */
function lineOf(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    } else {
      return undefined;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A value as the message shows it: short, on one line. */
function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 39))}…` : JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : kindOf(value);
}

/** What kind of value it is, without a word of it. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return typeof value === 'number' ? 'a number' : 'true or false';
}

const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}


