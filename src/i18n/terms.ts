import type { Locale } from './locale.js';
import type { Localized } from './text.js';

/**
 * Words that checks and parsers put into message data, in every language. The
 * templates they fill are in each check (English) and `pl.ts`; these are the
 * values, so they are written to fit the templates' grammar (Polish values are
 * in the nominative, which every Polish template expects after a colon or "to").
 */
export const TERMS = {
  /** What a required section holds when the ruleset does not describe it (the ruleset's descriptions are English only). */
  sectionText: { en: 'its text', pl: 'jej tekst' },
  /** Front matter that is not a mapping. */
  aList: { en: 'a list', pl: 'lista' },
  aSingleValue: { en: 'a single value', pl: 'pojedyncza wartość' },
  /** What a key expects when the schema does not describe it. */
  aValue: { en: 'a value', pl: 'wartość' },
  /** An enum value that is absent. */
  nothing: { en: 'nothing', pl: 'pusta wartość' },
} as const satisfies Record<string, Localized>;

/** How a place in the front matter is named: `url of links item 2` / `url w pozycji 2 listy „links”`. */
export const PATH_WORDS: Record<Locale, { root: string; item(list: string, number: number): string; within(inner: string, list: string, number: number): string; aType(type: string): string }> = {
  en: {
    root: 'the front matter',
    item: (list, number) => `${list} item ${number}`,
    within: (inner, list, number) => `${inner} of ${list} item ${number}`,
    aType: (type) => `a ${type}`,
  },
  pl: {
    root: 'front matter',
    item: (list, number) => `pozycja ${number} listy „${list}”`,
    within: (inner, list, number) => `${inner} w pozycji ${number} listy „${list}”`,
    aType: (type) => `wartość typu ${type}`,
  },
};

/**
 * Polish for every `description` of `schemas/nomination.schema.json`, by the JSON
 * pointer of the schema node that has it. The schema check words a key's expected
 * value from these; a test keeps the two files in step.
 */
export const SCHEMA_DESCRIPTIONS_PL: Record<string, string> = {
  '#': 'front matter zgłoszenia',
  '#/properties/category': 'kod kategorii z regulaminu konkursu (sprawdza go reguła category)',
  '#/properties/nominee': 'nazwa nominowanego zespołu, działu lub osoby',
  '#/properties/organization': 'nazwa organizacji nominowanego',
  '#/properties/title': 'tytuł zgłoszenia',
  '#/properties/format': '„essay” albo „video”',
  '#/properties/video': 'zestaw kluczy filmu: „url” lub „file” oraz „duration”',
  '#/properties/video/properties/url': 'adres internetowy filmu',
  '#/properties/video/properties/file': 'ścieżka przesyłanego pliku z filmem, względna wobec folderu zgłoszenia',
  '#/properties/video/properties/duration': 'długość filmu jako „m:ss” albo liczba sekund',
  '#/properties/links': 'lista adresów internetowych',
  '#/properties/links/items': 'adres internetowy albo zestaw kluczy „url” i „title”',
  '#/properties/links/items/anyOf/0': 'adres internetowy, np. https://example.com/news',
  '#/properties/links/items/anyOf/1/properties/url': 'adres internetowy',
  '#/properties/links/items/anyOf/1/properties/title': 'tytuł linku',
  '#/properties/attachments': 'lista ścieżek do plików, względnych wobec pliku zgłoszenia',
  '#/properties/attachments/items': 'ścieżka do pliku albo zestaw kluczy „path” i „title”',
  '#/properties/attachments/items/anyOf/0': 'ścieżka do pliku, względna wobec pliku zgłoszenia',
  '#/properties/attachments/items/anyOf/1/properties/path': 'ścieżka do pliku, względna wobec pliku zgłoszenia',
  '#/properties/attachments/items/anyOf/1/properties/title': 'tytuł załącznika',
  '#/properties/prior_win': 'zestaw kluczy „year”, „categories” i „updated”',
  '#/properties/prior_win/properties/year': 'rok edycji konkursu, w której zgłoszenie wygrało',
  '#/properties/prior_win/properties/categories': 'lista nazw kategorii, w których zgłoszenie wygrało, w brzmieniu z tamtego roku (kody zmieniają się między edycjami)',
  '#/properties/prior_win/properties/categories/items': 'nazwa kategorii po angielsku lub po polsku, np. Dział obsługi klienta roku',
  '#/properties/prior_win/properties/updated': '„true” albo „false”: czy zgłoszenie uzupełniono o najnowsze osiągnięcia',
};
