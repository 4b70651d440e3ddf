import { inEvery } from '../i18n/text.js';
import type { Check } from '../types.js';
import { eligibilityDate } from './helpers.js';
import { writtenDates } from './written-dates.js';

/** Dates before the eligibility date in the sections judges score: only recent achievements count. */
const check: Check = {
  id: 'eligibility-date',
  description: 'The achievements and summary do not mention dates before the eligibility date.',
  severity: 'warning',
  messages: {
    before: 'The date "{{date}}" is before {{since}}: only achievements since then count, so make sure this is background, not a claim',
  },
  check(doc, ctx) {
    const firstEligibleYear = Number(ctx.ruleset.eligibility.since.slice(0, 4));
    const early = (year: number) => year >= ctx.ruleset.eligibility.earliestYear && year < firstEligibleYear;
    for (const date of writtenDates(doc, ctx.ruleset, { year: early, by: 'first' })) {
      ctx.report({ messageId: 'before', data: { date: date.text, since: inEvery((locale) => eligibilityDate(ctx.ruleset, locale)) }, at: date.at });
    }
  },
};

export default check;
