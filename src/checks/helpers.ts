import { formatDate } from '../i18n/dates.js';
import type { Locale } from '../i18n/locale.js';
import { inEvery, type Localized } from '../i18n/text.js';
import type { KeyPath, NominationDoc, Position, Ruleset, Section, SectionRule } from '../types.js';

export const FILE_START: Position = { line: 1, column: 1 };

/** The front-matter mapping, or an empty one when it could not be read. */
export function frontMatterData(doc: NominationDoc): Record<string, unknown> {
  return doc.frontMatter.data ?? {};
}

/** The first occurrence of a known section (later ones are section-duplicate's business). */
export function firstSection(doc: NominationDoc, id: string): Section | undefined {
  return doc.sections.find((s) => s.id === id);
}

/** Each section rule with its id, in ruleset order. */
export function sectionRules(ruleset: Ruleset): Array<[string, SectionRule]> {
  return Object.entries(ruleset.sections);
}

export function isVideoEntry(doc: NominationDoc): boolean {
  return frontMatterData(doc).format === 'video';
}

/** The list items of `links` or `attachments` with the string that identifies each. */
export function listedEntries(
  doc: NominationDoc,
  key: 'links' | 'attachments',
  field: 'url' | 'path',
): Array<{ value: string; title?: string; path: KeyPath }> {
  const list = frontMatterData(doc)[key];
  if (!Array.isArray(list)) return [];
  const entries: Array<{ value: string; title?: string; path: KeyPath }> = [];
  list.forEach((item: unknown, index) => {
    if (typeof item === 'string') {
      entries.push({ value: item, path: [key, index] });
    } else if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const value = record[field];
      if (typeof value !== 'string') return;
      entries.push({
        value,
        path: [key, index, field],
        ...(typeof record.title === 'string' && { title: record.title }),
      });
    }
  });
  return entries;
}

/** The eligibility start date as writers read it: "1 January 2024", in Polish "1 stycznia 2024". */
export function eligibilityDate(ruleset: Ruleset, locale: Locale = 'en'): string {
  return formatDate(ruleset.eligibility.since, locale);
}

/** A section's title for messages, in every language: `titlePl` in Polish, when the ruleset has one. */
export function sectionTitle(rule: SectionRule): Localized {
  return { en: rule.title, pl: rule.titlePl ?? rule.title };
}

/** Section title for messages: the ruleset's title of a known section. */
export function titleOf(ruleset: Ruleset, id: string): Localized {
  const rule = ruleset.sections[id];
  return rule ? sectionTitle(rule) : inEvery(() => id);
}

/** A `url` or a plain string link is an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value.trim())) return false;
  // The URL parser repairs `https:example.com` and `https:/example.com` (and
  // backslashes) into a full URL, but as written they are not absolute URLs.
  if (!/^https?:\/\//i.test(value.trim())) return false;
  // Whether the URL parser takes it, without building the URL: an http(s) URL it takes
  // always has a host (a special scheme's URL without one does not parse).
  return URL.canParse(value.trim());
}
