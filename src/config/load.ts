import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { configSchema } from '../schema/validators.js';
import { parse } from 'yaml';
import { CHECK_IDS, type CheckId } from '../checks/ids.js';
import { DEFAULT_RULESET } from '../ruleset/load.js';
import { nearest } from '../suggest.js';
import type { SeveritySetting } from '../types.js';

/** What a team's config file may set. */
export interface Config {
  ruleset?: string;
  locale?: string;
  rules?: Partial<Record<CheckId, SeveritySetting>>;
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
}

/** A config file that cannot be used: one line naming the file, the key and what to write. */
export class ConfigError extends Error {}

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.iba-lintrc.yaml', '.iba-lintrc.yml', '.iba-lintrc.json', 'package.json'] as const;
const PACKAGE_KEY = 'iba-lint';
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
 * with `.git`). Folders and files are each read once per run.
 */
export class ConfigResolver {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, Config>();

  constructor(private readonly options: ConfigOptions) {}

  forFile(filePath: string): ResolvedConfig {
    if (this.options.noConfig) return resolved(null, {});
    const file = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : this.nearest(dirname(filePath));
    return file ? resolved(file, this.load(file, Boolean(this.options.configFile))) : resolved(null, {});
  }

  private nearest(folder: string): string | null {
    const cached = this.found.get(folder);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    const here = CONFIG_NAMES.map((name) => join(folder, name)).find((path) => isConfigFile(path));
    if (here) result = here;
    else if (!existsSync(join(folder, '.git')) && dirname(folder) !== folder) result = this.nearest(dirname(folder));
    this.found.set(folder, result);
    return result;
  }

  private load(file: string, named: boolean): Config {
    let config = this.loaded.get(file);
    if (!config) {
      config = readConfig(file, named, this.options.cwd);
      this.loaded.set(file, config);
    }
    return config;
  }
}

function resolved(file: string | null, config: Config): ResolvedConfig {
  const ruleset = config.ruleset ?? DEFAULT_RULESET;
  return {
    file,
    ruleset: BUNDLED.test(ruleset) || isAbsolute(ruleset) || !file ? ruleset : resolve(dirname(file), ruleset),
    rules: config.rules ?? {},
    ...(config.locale !== undefined && { locale: config.locale }),
  };
}

function isConfigFile(path: string): boolean {
  if (!existsSync(path)) return false;
  if (!path.endsWith('package.json')) return true;
  try {
    return Object.hasOwn(JSON.parse(readFileSync(path, 'utf8')) as object, PACKAGE_KEY);
  } catch {
    return false; // a broken package.json is npm's business, not a config of ours
  }
}

/** Reads and validates one config file; `named` when the user gave it with --config. */
export function readConfig(file: string, named: boolean, cwd: string): Config {
  const shown = relative(cwd, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`config file ${shown} ${named ? 'not found' : 'cannot be read'}`);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parse(text, { strict: true, uniqueKeys: true, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    const kind = file.endsWith('.json') ? 'JSON' : 'YAML';
    throw new ConfigError(`config file ${shown} is not valid ${kind}: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (file.endsWith('package.json')) data = (data as Record<string, unknown>)[PACKAGE_KEY];
  if (data === null || data === undefined) return {};
  return validateConfig(data, shown);
}

const { validate } = configSchema();

/** Validates config data against `schemas/config.schema.json`, naming the key and the nearest valid one. */
export function validateConfig(data: unknown, shown: string): Config {
  if (validate(data)) return data as Config;
  const error = validate.errors?.[0];
  throw new ConfigError(`config file ${shown}: ${describe(error, data)}`);
}

function describe(error: ErrorObject | undefined, data: unknown): string {
  if (!error) return 'is not valid';
  const where = error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const inRules = where === 'rules';
    const known = inRules ? [...CHECK_IDS] : ['ruleset', 'locale', 'rules'];
    const suggestion = nearest(key, known);
    const what = inRules ? `unknown check "${key}" in rules` : `unknown key "${key}"`;
    return suggestion ? `${what}; did you mean "${suggestion}"?` : `${what}; valid ${inRules ? 'checks are listed in docs/checks/README.md' : 'keys are ruleset, locale and rules'}`;
  }
  if (error.keyword === 'enum' && where === 'locale') return `locale is ${JSON.stringify((data as Record<string, unknown>).locale)}; use en or pl`;
  if (error.keyword === 'enum') {
    const value = where.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], data);
    const suggestion = typeof value === 'string' ? nearest(value, ['off', 'warn', 'error']) : undefined;
    return `${where} is ${JSON.stringify(value)}; use off, warn or error${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
  }
  if (error.keyword === 'type' && where === '') return 'must be a mapping with the keys ruleset, locale and rules';
  return `${where || 'the config'} ${error.message ?? 'is not valid'}`;
}
