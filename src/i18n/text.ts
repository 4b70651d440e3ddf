import { LOCALES, type Locale } from './locale.js';

/**
 * A piece of message data that depends on the language, such as a section title
 * ("Summary" / "Podsumowanie") or a date. Checks report it with both spellings; the
 * engine picks the one of the run's locale, so a check never knows the locale.
 */
export type Localized = Readonly<Record<Locale, string>>;

/** A value a message template may be filled with. */
export type MessageValue = string | number | Localized;
export type MessageData = Record<string, MessageValue>;

/**
 * The same text for every locale: `inEvery((l) => formatDate(date, l))`. Each
 * spelling is built when first read, so a run pays only for its own language
 * (loading a locale's date or number data costs more than a whole lint).
 */
export function inEvery(make: (locale: Locale) => string): Localized {
  const localized = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    Object.defineProperty(localized, locale, {
      enumerable: true,
      configurable: true,
      get() {
        const text = make(locale);
        Object.defineProperty(localized, locale, { value: text, enumerable: true, writable: false });
        return text;
      },
    });
  }
  return localized;
}

export function isLocalized(value: MessageValue | undefined): value is Localized {
  return typeof value === 'object' && value !== null;
}

/** Data that reads the same in every language (a word written by the nominee, a code) need not be localized. */
export function pick(value: MessageValue, locale: Locale): string | number {
  return isLocalized(value) ? value[locale] : value;
}
