import type { Locale } from './i18n/locale.js';
import { pick, type MessageData } from './i18n/text.js';
import { excerpt } from './sanitize.js';

/**
 * The longest value a message quotes whole; a longer one is cut to an excerpt with an
 * ellipsis. Every face of a message (stylish, compact, github, SARIF, JUnit) then stays
 * readable and its size grows with the number of problems, not with what they quote: a
 * 100 KB link must not make its message 100 KB. The longest text of iba-lint's
 * own that a message quotes, the top-level known keys, is 84 characters.
 */
export const QUOTE_MAX = 100;

/**
 * Fills a message template. Wording lives in each check's `messages` (English) and
 * in `src/i18n/` (other languages); checks report only an id and data, so an unknown
 * id, a placeholder without data or a plural with the wrong forms is a bug in the
 * check or the catalogue and fails loudly in tests.
 *
 * Templates hold `{{name}}`, filled with the data's value, and plural words
 * `{{count|form|form…}}`, which print only the form `Intl.PluralRules` picks for
 * the number in `count`, the forms in the CLDR order of the locale's categories:
 * English `{{count|character|characters}}` (one, other), Polish
 * `{{count|znak|znaki|znaków|znaku}}` (one, few, many, other).
 *
 * Data is untrusted (a heading, a key, a URL as written): each string value is cut to
 * QUOTE_MAX characters and its control, bidi and line-separator characters shown as
 * visible escapes (src/sanitize.ts), so a message is always one safe line. `fullData`
 * gives the values as written for the machine formats.
 */
export function formatMessage(
  checkId: string,
  messages: Record<string, string>,
  messageId: string,
  data: MessageData = {},
  locale: Locale = 'en',
): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`${checkId}: unknown messageId "${messageId}"`);
  const where = (): string => `${checkId}: message "${messageId}"${locale === 'en' ? '' : ` (${locale})`}`;
  const parts = templateParts(template, where);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  // Each placeholder is checked as it is filled, never the result: the data (a heading
  // as written, say) may itself contain "{{…}}" without being a placeholder.
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const { name, forms } = part;
    if (!Object.hasOwn(data, name)) throw new Error(`${where()} has no data for {{${name}}}`);
    const value = pick(data[name]!, locale);
    if (forms === undefined) {
      text += formatValue(value, locale);
      continue;
    }
    const categories = pluralCategories(locale);
    if (forms.length !== categories.length) {
      throw new Error(`${where()}: {{${name}|…}} has ${forms.length} plural forms; ${locale} needs ${categories.length} (${categories.join(', ')})`);
    }
    const count = Number(value);
    if (!Number.isFinite(count)) throw new Error(`${where()}: {{${name}|…}} needs a number, not ${JSON.stringify(value)}`);
    text += forms[categories.indexOf(rules(locale).select(count))]!;
  }
  return text;
}

/**
 * A template cut into its text and its placeholders, once: a run fills the same few
 * templates thousands of times. A malformed placeholder is an error when first cut.
 */
function templateParts(template: string, where: () => string): Array<string | Placeholder> {
  let parts = cut.get(template);
  if (parts) return parts;
  const malformed = template.replace(PLACEHOLDER, '').match(/\{\{[^}]*\}?\}?/);
  if (malformed) throw new Error(`${where()} has a malformed placeholder ${malformed[0]}`);
  parts = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > from) parts.push(template.slice(from, match.index));
    const [, name, plural] = match;
    parts.push(plural === undefined ? { name: name! } : { name: name!, forms: plural.split('|').slice(1) });
    from = match.index + match[0].length;
  }
  if (from < template.length || parts.length === 0) parts.push(template.slice(from));
  cut.set(template, parts);
  return parts;
}

const cut = new Map<string, Array<string | Placeholder>>();

/** `{{name}}` or `{{name|form|form…}}`: group 1 the name, group 2 the forms with their bars. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*((?:\|[^|{}]*)+)?\}\}/g;

export interface Placeholder {
  name: string;
  /** The forms of a plural word; absent for a plain `{{name}}`. */
  forms?: string[];
}

/** The placeholders of a template, in order (for tests that compare catalogues). */
export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map(([, name, plural]) => (plural === undefined ? { name: name! } : { name: name!, forms: plural.split('|').slice(1) }));
}

/** CLDR's order of plural categories, which is the order of a plural word's forms. */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const cache = new Map<Locale, { rules: Intl.PluralRules; categories: Intl.LDMLPluralRule[] }>();

function entry(locale: Locale) {
  let hit = cache.get(locale);
  if (!hit) {
    const rules = new Intl.PluralRules(locale);
    const categories = [...rules.resolvedOptions().pluralCategories].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
    hit = { rules, categories };
    cache.set(locale, hit);
  }
  return hit;
}

const rules = (locale: Locale): Intl.PluralRules => entry(locale).rules;

/** The plural categories of a locale in form order: en one, other; pl one, few, many, other. */
export function pluralCategories(locale: Locale): readonly Intl.LDMLPluralRule[] {
  return entry(locale).categories;
}

/**
 * The data a message was filled with, each value as written (picked for the locale),
 * when the message does not show one of them so: a value cut to an excerpt or with
 * characters made visible. Otherwise undefined: the message holds the values exactly.
 * The JSON output keeps full data this way.
 */
export function fullData(data: MessageData | undefined, locale: Locale = 'en'): Record<string, string | number> | undefined {
  if (data === undefined) return undefined;
  const values: Record<string, string | number> = {};
  let changed = false;
  for (const [name, value] of Object.entries(data)) {
    const written = pick(value, locale);
    values[name] = written;
    if (typeof written === 'string' && excerpt(written, QUOTE_MAX) !== written) changed = true;
  }
  return changed ? values : undefined;
}

/** Whole numbers as written (4900, 2019); fractions with the locale's decimal sign (pl 1,5); text as a safe excerpt. */
function formatValue(value: string | number, locale: Locale): string {
  if (typeof value === 'string') return excerpt(value, QUOTE_MAX);
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}
