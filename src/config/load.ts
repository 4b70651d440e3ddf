import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { configSchema } from '../schema/validators.js';
import { parse } from 'yaml';
import { CHECK_IDS, type CheckId } from '../checks/ids.js';
import { DEFAULT_RULESET, keyLine } from '../ruleset/load.js';
import { patternProblem } from '../ignores.js';
import { FileReadError, readTextFile } from '../read-content.js';
import { resolveWithin } from '../resolve-within.js';
import { visible } from '../sanitize.js';
import { shownPath } from '../shown-path.js';
import { SEVERITY_SETTINGS_TEXT, SEVERITY_WORDS } from '../severity.js';
import { nearest } from '../suggest.js';
import { syntaxErrorText } from '../syntax-error.js';
import type { SeveritySetting } from '../types.js';

/** What a team's config file may set. */
export interface Config {
  ruleset?: string;
  locale?: string;
  rules?: Partial<Record<CheckId, SeveritySetting>>;
  /** Globs relative to the config file's folder: files left out of folder walks and patterns (see src/ignores.ts). */
  ignores?: string[];
}

/** The settings that apply to one nomination. */
export interface ResolvedConfig {
  /** The config file used, or null. */
  file: string | null;
  /** A bundled ruleset name or an absolute path to a ruleset file. */
  ruleset: string;
  /** The config's `locale`, when it sets one. */
  locale?: string;
  rules: Partial<Record<CheckId, SeveritySetting>>;
  /** The config's `ignores`, relative to the folder of `file`. */
  ignores?: string[];
}

/** A config file that cannot be used: one line naming the file, the key and what to write. */
export class ConfigError extends Error {
  constructor(message: string) {
    // Names of files and keys come from the repository: no newline or escape sequence gets through.
    super(visible(message));
  }
}

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.iba-lintrc.yaml', '.iba-lintrc.yml', '.iba-lintrc.json', 'package.json'] as const;
const PACKAGE_KEY = 'iba-lint';
/** A config file is a few lines; package.json can be long, but not longer than this. */
export const CONFIG_MAX_BYTES = 64 * 1024;
export const PACKAGE_JSON_MAX_BYTES = 1024 * 1024;
const BUNDLED = /^[a-z0-9][a-z0-9-]*$/;

export interface ConfigOptions {
  cwd: string;
  /** --config FILE: use this file for every nomination. */
  configFile?: string;
  /** --no-config: use none. */
  noConfig?: boolean;
}

/**
 * Finds and loads the config for each nomination: the nearest config file from
 * the nomination's folder upward, stopping at the repository root (the folder
 * with `.git`). Folders and files are each read once per run. A config file that
 * is a link leading out of its repository is an error, never read; so is a
 * `ruleset:` in a config file that leads out of the config's repository.
 */
export class ConfigResolver {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, ResolvedConfig>();

  constructor(private readonly options: ConfigOptions) {}

  forFile(filePath: string): ResolvedConfig {
    if (this.options.noConfig) return { file: null, ruleset: DEFAULT_RULESET, rules: {} };
    const file = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : this.nearest(dirname(filePath));
    return file ? this.load(file, Boolean(this.options.configFile)) : { file: null, ruleset: DEFAULT_RULESET, rules: {} };
  }

  private nearest(folder: string): string | null {
    const cached = this.found.get(folder);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    const here = CONFIG_NAMES.map((name) => join(folder, name)).find((path) => this.isConfigFile(path));
    if (here) result = here;
    else if (!existsSync(join(folder, '.git')) && dirname(folder) !== folder) result = this.nearest(dirname(folder));
    this.found.set(folder, result);
    return result;
  }

  /**
   * Whether a config file is at `path`. A link is followed only inside the repository:
   * one that leads out is an error whether or not its target exists, so a repository
   * can neither make iba-lint read a file of the machine nor learn that one exists.
   */
  private isConfigFile(path: string): boolean {
    let link: boolean;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      return false;
    }
    if (link) {
      const folder = dirname(path);
      const repository = repositoryOf(folder);
      const to = resolveWithin(repository, folder, basename(path));
      if (to.kind === 'outside') {
        throw new ConfigError(`config file ${this.shown(path)} is a link that leads outside its repository ${repository}: it was not read`);
      }
      // A config that is a broken link or a loop is a mistake to say, not a file to pass over
      // for a parent folder's config: that would apply settings the writer did not choose.
      if (to.kind === 'missing') throw new ConfigError(`config file ${this.shown(path)} is a link that leads to no file (a broken link or a link loop): fix or remove it`);
    }
    if (basename(path) !== 'package.json') return true;
    const text = readOrThrow(path, false, this.shown(path));
    try {
      return Object.hasOwn(JSON.parse(text) as object, PACKAGE_KEY);
    } catch {
      return false; // a broken package.json is npm's business, not a config of ours
    }
  }

  private load(file: string, named: boolean): ResolvedConfig {
    let config = this.loaded.get(file);
    if (!config) {
      config = this.resolved(file, readConfig(file, named, this.options.cwd));
      this.loaded.set(file, config);
    }
    return config;
  }

  /** The config with its ruleset as a bundled name or the real path of a file inside the config's repository. */
  private resolved(file: string, config: Config): ResolvedConfig {
    let ruleset = config.ruleset ?? DEFAULT_RULESET;
    if (!BUNDLED.test(ruleset)) {
      const folder = dirname(file);
      const repository = repositoryOf(folder);
      const to = resolveWithin(repository, folder, ruleset);
      if (to.kind === 'outside') {
        throw new ConfigError(
          `config file ${this.shown(file)}: ruleset ${ruleset} leads outside the repository that holds the config, ${repository}: keep the ruleset in the repository, or give it with --ruleset`,
        );
      }
      // A missing one is named as written, for loadRuleset's "not found".
      ruleset = 'real' in to ? to.real : resolve(folder, ruleset);
    }
    return { file, ruleset, rules: config.rules ?? {}, ...(config.locale !== undefined && { locale: config.locale }), ...(config.ignores !== undefined && { ignores: config.ignores }) };
  }

  private shown(path: string): string {
    return shownPath(path, this.options.cwd);
  }
}

/** The repository that holds a folder: the nearest folder with `.git` from it upward, or the folder itself when there is none. */
export function repositoryOf(folder: string): string {
  for (let at = folder; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return folder;
  }
}

/** A config file's text, through the one capped reader; anything else is a ConfigError. */
function readOrThrow(file: string, named: boolean, shown: string): string {
  try {
    return readTextFile(file, basename(file) === 'package.json' ? PACKAGE_JSON_MAX_BYTES : CONFIG_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new ConfigError(`config file ${shown} ${named ? 'not found' : 'cannot be read'}`);
    throw new ConfigError(`config file ${shown} ${error.reason}`);
  }
}

/**
 * Reads and validates one config file; `named` when the user gave it with --config.
 * An error names the file, the line and the key, and quotes nothing from a file that
 * is not a mapping: it may be a link to a secret.
 */
export function readConfig(file: string, named: boolean, cwd: string): Config {
  const shown = shownPath(file, cwd);
  const text = readOrThrow(file, named, shown);
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parse(text, { strict: true, uniqueKeys: true, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    throw new ConfigError(`config file ${shown}${syntaxErrorText(error, text, file.endsWith('.json') ? 'JSON' : 'YAML')}`);
  }
  if (basename(file) === 'package.json') data = (data as Record<string, unknown>)[PACKAGE_KEY];
  if (data === null || data === undefined) return {};
  return validateConfig(data, shown, text, basename(file) === 'package.json' ? [PACKAGE_KEY] : []);
}

/**
 * Validates config data against `schemas/config.schema.json`, naming the key, its
 * line (when the file's `text` is given; `under` the key that holds the config in
 * package.json) and the nearest valid key.
 */
export function validateConfig(data: unknown, shown: string, text?: string, under: readonly string[] = []): Config {
  const fail = (problem: string, at?: ReadonlyArray<string | number>): never => {
    const line = text !== undefined && at ? keyLine(text, [...under, ...at]) : undefined;
    throw new ConfigError(`config file ${shown}${line ? `, line ${line}` : ''}: ${problem}`);
  };
  const { validate } = configSchema();
  if (!validate(data)) {
    const { problem, at } = describe(validate.errors?.[0], data);
    return fail(problem, at);
  }
  const config = data as Config;
  // A pattern the schema allows but that could take very long to match (a pull request writes the config).
  config.ignores?.forEach((pattern, index) => {
    const problem = patternProblem(pattern);
    if (problem) fail(`ignores[${index}] ${quote(pattern)} ${problem}`, ['ignores', index]);
  });
  return config;
}

/** What is wrong, and the path of the key whose line to show. */
function describe(error: ErrorObject | undefined, data: unknown): { problem: string; at?: Array<string | number> } {
  if (!error) return { problem: 'is not valid' };
  const path = error.instancePath.split('/').slice(1).map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
  const where = path.join('.');
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const inRules = where === 'rules';
    const known = inRules ? [...CHECK_IDS] : ['ruleset', 'locale', 'rules', 'ignores'];
    const suggestion = nearest(key, known);
    const what = inRules ? `unknown check ${quote(key)} in rules` : `unknown key ${quote(key)}`;
    const hint = suggestion ? `did you mean "${suggestion}"?` : `valid ${inRules ? 'checks are listed in docs/checks/README.md' : 'keys are ruleset, locale, rules and ignores'}`;
    return { problem: `${what}; ${hint}`, at: [...path, key] };
  }
  if (error.keyword === 'enum' && where === 'locale') return { problem: `locale is ${quote((data as Record<string, unknown>).locale)}; use en or pl`, at: path };
  if (error.keyword === 'enum') {
    const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], data);
    const suggestion = typeof value === 'string' ? nearest(value, SEVERITY_WORDS) : undefined;
    return { problem: `${where} is ${quote(value)}; use ${SEVERITY_SETTINGS_TEXT}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, at: path };
  }
  // Not a mapping: nothing of it is quoted, for the file may be anything at all.
  if (error.keyword === 'type' && where === '') return { problem: 'must be a mapping with the keys ruleset, locale, rules and ignores' };
  if (path[0] === 'ignores') {
    const at = path.map((key) => (/^\d+$/.test(key) ? Number(key) : key)); // an item's line is found by its index
    return { problem: 'ignores must be a list of glob patterns relative to the config file, such as ["drafts/**"]', at };
  }
  return { problem: `${where || 'the config'} ${error.message ?? 'is not valid'}`, ...(path.length > 0 && { at: path }) };
}

/** A value from a config that is a mapping, quoted short and on one line. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 42 ? `${text.slice(0, 40)}…` : text;
}
