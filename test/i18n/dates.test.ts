import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { isCalendarDate } from '../../src/ruleset/dates.js';

const INTL_TAG = { en: 'en-GB', pl: 'pl' } as const;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The dates a ruleset can hold run from 0000-01-01 to 9999-12-31: every one of them
 * from 1900 to 2100, where a competition's dates are, and the first and last day of
 * every month of every other year (formatting the other 3.6 million days takes Intl
 * half a minute, and a date's text is made of its day, month and year alone).
 */
function* rulesetDates(): Generator<string> {
  for (let year = 0; year <= 9999; year++) {
    for (let month = 1; month <= 12; month++) {
      const last = new Date(Date.parse(`${pad(year, 4)}-${pad(month, 2)}-01T00:00:00Z`) + 31 * 86_400_000).getUTCDate() === 1 ? 31 : 30;
      const days = month === 2 ? (isCalendarDate(`${pad(year, 4)}-02-29`) ? 29 : 28) : last;
      for (let day = 1; day <= days; day++) {
        if (year < 1900 || year > 2100) if (day !== 1 && day !== days) continue;
        yield `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      }
    }
  }
}

describe('formatDate', () => {
  it('writes the dates a ruleset can hold as Intl.DateTimeFormat does, in every language', () => {
    const dates = [...rulesetDates()];
    expect(dates).toContain('0000-01-01');
    expect(dates).toContain('2024-02-29');
    expect(dates).toContain('9999-12-31');
    expect(dates.every(isCalendarDate)).toBe(true);
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(INTL_TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const differ = dates.filter((date) => formatDate(date, locale) !== intl.format(Date.parse(`${date}T00:00:00Z`)));
      expect(differ.slice(0, 5), locale).toEqual([]);
    }
  }, 120_000);

  it('spells the eligibility date of the bundled ruleset as the page does', () => {
    expect(formatDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatDate('2024-01-01', 'pl')).toBe('1 stycznia 2024');
  });
});
