import type { Locale } from './locale.js';

/**
 * A day of the calendar as messages write it: English as en-GB writes it ("1 January
 * 2024"), Polish with the month in the genitive ("1 stycznia 2024"). The same text
 * `Intl.DateTimeFormat` gives with `{ day: 'numeric', month: 'long', year: 'numeric' }`
 * (test/i18n/dates.test.ts compares the two over the years 0000 to 9999 a ruleset's
 * dates can have), without building a formatter: that loads the locale's calendar
 * data, about 17 ms, more than the checks of a one-file run take.
 */
const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};

/** `date` is a real date written YYYY-MM-DD (as the ruleset loader makes sure). */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // The year 0 is 1 BC, which a date without its era shows as the year 1.
  return `${day} ${MONTHS[locale][month - 1]} ${year > 0 ? year : 1 - year}`;
}
