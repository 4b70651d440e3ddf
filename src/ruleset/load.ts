import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import type { Ruleset } from '../types.js';

const PACKAGE_ROOT = new URL('../../', import.meta.url);
/** The ruleset used when none is named. */
export const DEFAULT_RULESET = 'iba-2026';

/** A ruleset that could not be loaded; its message is one line for the user. */
export class RulesetError extends Error {}

/**
 * Loads a ruleset by bundled name (`iba-2026`) or file path, and validates it
 * against `schemas/ruleset.schema.json`. Parsed once per name or path.
 */
export function loadRuleset(nameOrPath: string = DEFAULT_RULESET, cwd: string = process.cwd()): Ruleset {
  const file = /^[a-z0-9][a-z0-9-]*$/.test(nameOrPath)
    ? new URL(`rulesets/${nameOrPath}.yaml`, PACKAGE_ROOT).pathname
    : isAbsolute(nameOrPath) ? nameOrPath : resolve(cwd, nameOrPath);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new RulesetError(`ruleset "${nameOrPath}" not found (looked for ${file})`);
  }
  const ruleset = parseRuleset(text, file);
  cache.set(file, ruleset);
  return ruleset;
}

const cache = new Map<string, Ruleset>();

/** Parses and validates ruleset YAML; `source` names it in errors. */
export function parseRuleset(text: string, source: string): Ruleset {
  let data: unknown;
  try {
    data = parse(text, { strict: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    throw new RulesetError(`ruleset ${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const validate = new Ajv({ allErrors: false, strict: true }).compile(rulesetSchema());
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const where = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : 'top level';
    throw new RulesetError(`ruleset ${source} is invalid at ${where}: ${first?.message ?? 'unknown error'}`);
  }
  return data as Ruleset;
}

function rulesetSchema(): object {
  return JSON.parse(readFileSync(new URL('schemas/ruleset.schema.json', PACKAGE_ROOT), 'utf8')) as object;
}
