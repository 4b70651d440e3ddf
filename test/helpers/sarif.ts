import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/**
 * The official SARIF 2.1.0 schema (OASIS standard with Errata 01, copied unchanged
 * from oasis-tcs/sarif-spec sarif-2.1/schema/sarif-schema-2.1.0.json) is JSON Schema
 * draft-04, which Ajv 8 reads only through ajv-draft-04; ajv-formats checks its
 * "uri", "uri-reference" and "date-time" formats. Ajv's default strictness
 * compiles it as published.
 */
export const SARIF_SCHEMA = JSON.parse(readFileSync(new URL('../fixtures-schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Both packages are CommonJS whose module.exports is also their `.default`.
const Ajv = ajvDraft04.default;
const ajv = new Ajv({ allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(SARIF_SCHEMA);

/** The schema's errors for `log`, as readable lines; empty when it is valid SARIF. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}
