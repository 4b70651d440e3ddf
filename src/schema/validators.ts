import type { ErrorObject } from 'ajv';
import * as config from '../generated/config-validator.js';
import * as nomination from '../generated/nomination-validator.js';
import * as ruleset from '../generated/ruleset-validator.js';

/** A validator compiled from a schema at build time (scripts/generate-validators.mjs). */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A schema and its pre-compiled validator. */
export interface CompiledSchema<Schema> {
  validate: Validator;
  schema: Schema;
}

/** Each validator is made on first use (see scripts/generate-validators.mjs): most runs read no config file or ruleset YAML. */
function compiled<Schema>(module: { load: () => { validate: unknown; schema: unknown } }): CompiledSchema<Schema> {
  const { validate, schema } = module.load();
  return { validate: validate as Validator, schema: schema as Schema };
}

/** schemas/nomination.schema.json: the front matter of a nomination. */
export const nominationSchema = <Schema>(): CompiledSchema<Schema> => compiled<Schema>(nomination);
/** schemas/ruleset.schema.json: a competition's rules. */
export const rulesetSchema = <Schema>(): CompiledSchema<Schema> => compiled<Schema>(ruleset);
/** schemas/config.schema.json: .iba-lintrc files. */
export const configSchema = <Schema>(): CompiledSchema<Schema> => compiled<Schema>(config);
