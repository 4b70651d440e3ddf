import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { KeyPath } from '../types.js';

/** One schema failure, worded for a writer by the schema check. */
export interface SchemaProblem {
  messageId: 'type' | 'required' | 'requiredTop' | 'enum' | 'empty';
  data: Record<string, string>;
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

const SCHEMA_URL = new URL('../../schemas/nomination.schema.json', import.meta.url);
let schema: SchemaNode | undefined;
let validate: ValidateFunction | undefined;

function loadSchema(): SchemaNode {
  schema ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as SchemaNode;
  return schema;
}

/** Validates front-matter data against `schemas/nomination.schema.json`. */
export function validateNomination(data: Record<string, unknown>): SchemaProblem[] {
  validate ??= new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(loadSchema());
  if (validate(data)) return [];
  return relevantErrors(validate.errors ?? []).map(toProblem);
}

/** The keys the schema knows at a path, or undefined where it does not list them. */
export function knownKeys(path: KeyPath): string[] | undefined {
  let node: SchemaNode | undefined = loadSchema();
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
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = anyOf.schema as SchemaNode[];
    const index = branches.findIndex((b) => b.type === jsonType(anyOf.data));
    const prefix = `${anyOf.schemaPath}/`;
    // Every item of a list shares the schema path; only this item's errors are its.
    const within = (e: ErrorObject): boolean => e.instancePath === anyOf.instancePath || e.instancePath.startsWith(`${anyOf.instancePath}/`);
    kept = kept.filter((e) => {
      if (e === anyOf) return index === -1;
      if (!e.schemaPath.startsWith(prefix) || !within(e)) return true;
      return index !== -1 && e.schemaPath.startsWith(`${prefix}${index}/`);
    });
  }
  return kept;
}

function toProblem(error: ErrorObject): SchemaProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const key = describePath(path);
  const parent = error.parentSchema as SchemaNode | undefined;
  const expected = parent?.description ?? `a ${String((error.params as { type?: string }).type ?? 'value')}`;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const about = parent?.properties?.[missing]?.description ?? 'a value';
      return path.length === 0
        ? { messageId: 'requiredTop', data: { missing, expected: about }, path, atKey: true }
        : { messageId: 'required', data: { key, missing, expected: about }, path, atKey: true };
    }
    case 'enum':
      return {
        messageId: 'enum',
        data: { key, allowed: ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', '), actual: JSON.stringify(error.data) ?? 'nothing' },
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

/** `['links', 1, 'url']` → "url of links item 2"; `['prior_win', 'updated']` → "prior_win.updated". */
export function describePath(path: KeyPath): string {
  const index = path.findIndex((p) => typeof p === 'number');
  if (index === -1) return path.join('.') || 'the front matter';
  const item = `${path.slice(0, index).join('.')} item ${(path[index] as number) + 1}`;
  const rest = path.slice(index + 1);
  return rest.length > 0 ? `${describePath(rest)} of ${item}` : item;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
