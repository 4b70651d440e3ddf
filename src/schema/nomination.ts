import type { ErrorObject } from 'ajv';
import type { Locale } from '../i18n/locale.js';
import { PATH_WORDS, SCHEMA_DESCRIPTIONS_PL, TERMS } from '../i18n/terms.js';
import { inEvery, type Localized, type MessageData, type MessageValue } from '../i18n/text.js';
import type { KeyPath } from '../types.js';
import { nominationSchema } from './validators.js';

/** One schema failure, worded for a writer by the schema check. */
export interface SchemaProblem {
  messageId: 'type' | 'required' | 'requiredTop' | 'enum' | 'empty';
  data: MessageData;
  path: KeyPath;
  /** Point at the key itself rather than its value. */
  atKey: boolean;
}

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

const { validate, schema } = nominationSchema<SchemaNode>();

/** Validates front-matter data against `schemas/nomination.schema.json`. */
export function validateNomination(data: Record<string, unknown>): SchemaProblem[] {
  if (validate(data)) return [];
  return relevantErrors(validate.errors ?? []).map(toProblem);
}

/** The keys the schema knows at a path, or undefined where it does not list them. */
export function knownKeys(path: KeyPath): string[] | undefined {
  let node: SchemaNode | undefined = schema;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      const items: SchemaNode | undefined = node.items;
      node = items?.anyOf?.find((branch) => branch.properties) ?? items;
    } else {
      node = node.properties?.[segment];
    }
  }
  return node?.properties ? Object.keys(node.properties) : undefined;
}

/**
 * For a value that matches no branch of an `anyOf` (a link is a string or a
 * {url, title} mapping), keep only the errors of the branch of the same JSON
 * type, so `{url: 3}` says "url must be…" instead of listing every branch.
 * Each error is compared only with the anyOf errors of its own value and of the
 * values that hold it, so a list of thousands of wrong items stays linear.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfAt = new Map<string, ErrorObject[]>();
  const branch = new Map<ErrorObject, number>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    anyOfAt.set(error.instancePath, [...(anyOfAt.get(error.instancePath) ?? []), error]);
    branch.set(error, (error.schema as SchemaNode[]).findIndex((b) => b.type === jsonType(error.data)));
  }
  if (anyOfAt.size === 0) return errors;
  return errors.filter((error) => {
    // The anyOf's own error says only what it has to: that no branch has the value's type.
    if (branch.has(error) && branch.get(error) !== -1) return false;
    for (let path: string | null = error.instancePath; path !== null; path = path === '' ? null : path.slice(0, path.lastIndexOf('/'))) {
      for (const anyOf of anyOfAt.get(path) ?? []) {
        const prefix = `${anyOf.schemaPath}/`;
        if (anyOf === error || !error.schemaPath.startsWith(prefix)) continue;
        const index = branch.get(anyOf)!;
        if (index === -1 || !error.schemaPath.startsWith(`${prefix}${index}/`)) return false;
      }
    }
    return true;
  });
}

function toProblem(error: ErrorObject): SchemaProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const key = inEvery((locale) => describePath(path, locale));
  const parent = error.parentSchema as SchemaNode | undefined;
  // schemaPath names the failed keyword; without it, it is the pointer of the node that failed.
  const parentPointer = error.schemaPath.replace(/\/[^/]*$/, '');
  const type = (error.params as { type?: string }).type;
  const expected = parent?.description
    ? described(parentPointer, parent.description)
    : type === undefined ? TERMS.aValue : inEvery((locale) => PATH_WORDS[locale].aType(String(type)));
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const property = parent?.properties?.[missing];
      const about = property?.description ? described(`${parentPointer}/properties/${missing}`, property.description) : TERMS.aValue;
      return path.length === 0
        ? { messageId: 'requiredTop', data: { missing, expected: about }, path, atKey: true }
        : { messageId: 'required', data: { key, missing, expected: about }, path, atKey: true };
    }
    case 'enum':
      return {
        messageId: 'enum',
        data: { key, ...enumData((error.params as { allowedValues: unknown[] }).allowedValues ?? [], error.data) },
        path,
        atKey: false,
      };
    case 'minLength':
    case 'pattern': // the only pattern is "not just white space"
      return { messageId: 'empty', data: { key, expected }, path, atKey: false };
    default:
      return { messageId: 'type', data: { key, expected }, path, atKey: false };
  }
}

/**
 * The allowed values and the value written, for the enum message. English keeps JSON's
 * straight quotes; Polish quotes text values with „…”, as Polish prose does.
 */
function enumData(allowed: unknown[], actual: unknown): { allowed: Localized; actual: MessageValue } {
  const pl = (value: unknown) => (typeof value === 'string' ? `„${value}”` : JSON.stringify(value));
  return {
    allowed: { en: allowed.map(String).join(', '), pl: allowed.map(pl).join(', ') },
    actual: actual === undefined ? TERMS.nothing : { en: JSON.stringify(actual), pl: pl(actual) },
  };
}

/** A schema description in every language; the Polish is looked up by the node's JSON pointer. */
function described(pointer: string, english: string): Localized {
  return { en: english, pl: SCHEMA_DESCRIPTIONS_PL[pointer] ?? english };
}

/**
 * `['links', 1, 'url']` → "url of links item 2" (pl "url w pozycji 2 listy links");
 * `['prior_win', 'updated']` → "prior_win.updated".
 */
export function describePath(path: KeyPath, locale: Locale = 'en'): string {
  const words = PATH_WORDS[locale];
  const index = path.findIndex((p) => typeof p === 'number');
  if (index === -1) return path.join('.') || words.root;
  const list = path.slice(0, index).join('.');
  const number = (path[index] as number) + 1;
  const rest = path.slice(index + 1);
  return rest.length > 0 ? words.within(describePath(rest, locale), list, number) : words.item(list, number);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
