/**
 * Dates in a ruleset are days of the calendar (issue 11, item 8). The schema checks
 * only the shape YYYY-MM-DD, so `since: "2024-13-45"` passed it and then ended in
 * `Invalid time value` deep in a check, and "2023-02-29" silently became 1 March.
 * One check for both doors: parseRuleset (YAML, with the line) and the library's
 * ruleset option (an object, with the option's name).
 */
import { rulesetSchema } from '../schema/validators.js';

/** A key path into a ruleset: keys, and indexes of lists. */
export type KeyPath = Array<string | number>;

/** What a date must be, in the words both doors' messages use. */
export const REAL_DATE = 'a real date written YYYY-MM-DD';

/** The schema's pattern for a date (its shape only). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

interface SchemaNode {
  pattern?: string;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  items?: unknown;
  $ref?: string;
}

/** The ruleset schema, looked up when a date is first checked (its validator is made on first use). */
const rulesetSchemaNode = () => rulesetSchema<SchemaNode & { definitions?: Record<string, unknown> }>().schema;

/**
 * The first value that the schema wants as a date but that is no day of the
 * calendar (2024-13-45, 2023-02-29, 0000-00-00), with its key path; undefined when
 * every date is real. Call it on data the schema accepted. Found by walking the
 * schema with the data, so a date field added to the schema is checked too (the
 * walk follows properties, additionalProperties, items and $ref: the keywords the
 * schema uses).
 */
export function notADate(data: unknown): { path: KeyPath; value: string } | undefined {
  const path: KeyPath = [];
  const value = walk(data, rulesetSchemaNode(), path);
  return value === undefined ? undefined : { path, value };
}

/**
 * The first date that is not a day, leaving `path` at it. The library checks a
 * ruleset on every lintText call, so the walk is kept small: one `path` array,
 * pushed and popped, and only into the parts of the schema that can hold a date.
 */
function walk(data: unknown, node: unknown, path: KeyPath): string | undefined {
  const rule = resolved(node);
  if (!rule || !holdsDate(rule)) return undefined;
  if (rule.pattern === DATE_PATTERN && typeof data === 'string') return isCalendarDate(data) ? undefined : data;
  if (data === null || typeof data !== 'object') return undefined;
  const entries: Iterable<[string | number, unknown]> = Array.isArray(data) ? data.entries() : Object.entries(data);
  for (const [key, value] of entries) {
    path.push(key);
    const found = walk(value, typeof key === 'number' ? rule.items : (rule.properties?.[key] ?? rule.additionalProperties), path);
    if (found !== undefined) return found;
    path.pop();
  }
  return undefined;
}

/** A schema node, with a `$ref` to a definition followed. */
function resolved(node: unknown): SchemaNode | undefined {
  const rule = node as SchemaNode | undefined;
  if (!rule || typeof rule !== 'object') return undefined;
  return rule.$ref?.startsWith('#/definitions/') ? resolved(rulesetSchemaNode().definitions?.[rule.$ref.slice(14)]) : rule;
}

/**
 * Whether a date can be anywhere under this schema node: the walk skips the rest
 * (section titles, aliases, categories), which is most of a ruleset. Worked out
 * once per node.
 */
const holding = new Map<SchemaNode, boolean>();
function holdsDate(rule: SchemaNode): boolean {
  let holds = holding.get(rule);
  if (holds !== undefined) return holds;
  holding.set(rule, true); // a schema that refers to itself: assume yes while working it out
  const children = [rule.items, rule.additionalProperties, ...Object.values(rule.properties ?? {})];
  holds = rule.pattern === DATE_PATTERN || children.some((child) => {
    const next = resolved(child);
    return next !== undefined && holdsDate(next);
  });
  holding.set(rule, holds);
  return holds;
}

/** Whether `YYYY-MM-DD` names a day of the (proleptic Gregorian) calendar. */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return month >= 1 && month <= 12 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
