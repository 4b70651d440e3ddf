import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';
import { placeWin } from '../../src/ruleset/previous-edition.js';
import type { Ruleset } from '../../src/types.js';
import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_BODY, nomination } from '../helpers/nomination.js';

const ruleset = loadRuleset();
const E01 = 'Best Crisis Response in Customer Service';
const E04 = 'Customer Service Department of the Year';
const E04_PL = 'Dział obsługi klienta roku';

/** Front matter with `category` on line 2 and a prior_win block: `categories` on line 6. */
const entry = (category: string, year: string, categories: string, updated: string, body = DEFAULT_BODY) =>
  nomination({ front: `category: ${category}\nnominee: Contact Center, Example Bank\nprior_win:\n  year: ${year}\n  categories: ${categories}\n  updated: ${updated}`, body });

/** A body whose achievements say `sentence` (and nothing else dated). */
const saying = (sentence: string) => `## Achievements\n${sentence}\n\n## Summary\n- Answered every call\n`;

/**
 * The previous edition listed with its own codes, as a ruleset that knows them would:
 * 2025's E01 was the department award, which is E04 in 2026 (codes move between editions).
 */
const withPrevious: Ruleset = {
  ...ruleset,
  previousYear: {
    year: 2025,
    categories: [
      { code: 'E01', name: E04, namePl: E04_PL },
      { code: 'E09', name: 'Best Customer Service Bot' },
    ],
  },
};

checkTable('prior-winner', {
  valid: [
    { name: 'no prior win', text: nomination() },
    { name: '2025 winner, not updated, another category (by name)', text: entry('E01', '2025', `[${E04}]`, 'false') },
    { name: '2025 winner of two, not updated, a third category', text: entry('E07', '2025', `[${E04}, Customer Service Executive of the Year]`, 'false') },
    { name: '2025 winner, updated, same category, the achievements name 2025', text: entry('E04', '2025', `[${E04}]`, 'true', saying('Since its win the team cut waiting times again in 2025.')) },
    { name: 'updated: a range ending in this year is recent', text: entry('E04', '2025', `[${E04}]`, 'true', saying('Between 2024–2026 the team rebuilt its queue.')) },
    { name: 'updated: a Polish date is recent', text: entry('E04', '2025', `[${E04}]`, 'true', saying('W marcu 2026 r. zespół skrócił czas oczekiwania.')) },
    { name: 'updated: the summary counts too', text: entry('E04', '2025', `[${E04}]`, 'true', '## Achievements\nText.\n\n## Summary\n- Halved waiting times in Q1 2026\n') },
    { name: 'updated video entry: its text is the video', text: nomination({ front: `category: E04\nnominee: X\nformat: video\nvideo: {url: https://v.example/1, duration: 60}\nprior_win: {year: 2025, categories: [${E04}], updated: true}`, body: '' }) },
    // A prior_win without `updated` is a schema error, not a guess that it was not updated.
    { name: "updated missing is the schema check's", text: nomination({ front: `category: E04\nnominee: X\nprior_win:\n  year: 2025\n  categories: [${E04}]` }) },
    { name: 'updated written as a string is not false', text: entry('E04', '2025', `[${E04}]`, '"no"') },
    { name: 'the previous edition lists the code: 2025 E01 is 2026 E04, so E01 is another category', text: entry('E01', '2025', '[E01]', 'false'), ruleset: withPrevious },
    { name: 'a listed previous category with no counterpart this year', text: entry('E02', '2025', '[E09]', 'false'), ruleset: withPrevious },
  ],
  invalid: [
    {
      name: 'won by English name, re-entered not updated: at the category value',
      text: entry('E04', '2025', `[${E04}]`, 'false'),
      errors: [{ messageId: 'sameCategory', line: 2, column: 11, severity: 2, includes: [`won "${E04}" in 2025`, 'E04', 'updated: false'] }],
    },
    { name: 'by Polish name', text: entry('E04', '2025', `[${E04_PL}]`, 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11, severity: 2 }] },
    { name: 'by name with the code in front, as copied from the page', text: entry('E04', '2025', `["E04. ${E04_PL}"]`, 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11 }] },
    { name: 'names compared without case or extra spaces', text: entry('e04', '2025', '["customer  service department OF the year"]', 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11 }] },
    { name: 'one of several won categories, said once though listed twice', text: entry('E05', '2025', `[${E04}, Customer Service Executive of the Year, Kierownik działu obsługi klienta roku]`, 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11, includes: ['E05'] }] },
    { name: 'categories as a block list', text: entry('E04', '2025', `\n    - ${E04}`, 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11 }] },
    {
      name: 'prior_win before category',
      text: nomination({ front: `prior_win: {year: 2025, categories: [${E01}], updated: false}\nnominee: X\ncategory:   E01` }),
      errors: [{ messageId: 'sameCategory', line: 4, column: 13 }],
    },
    {
      name: 'the previous edition lists the code: 2025 E01 is 2026 E04',
      text: entry('E04', '2025', '[E01]', 'false'),
      ruleset: withPrevious,
      errors: [{ messageId: 'sameCategory', line: 2, column: 11, includes: ['won "E01" in 2025', `E04 (${E04})`] }],
    },
    {
      name: 'a code the ruleset cannot place: a warning at the code, asking for the name',
      text: entry('E04', '2025', '[E04]', 'false'),
      errors: [{ messageId: 'code', line: 6, column: 16, severity: 1, includes: ['"E04"', 'codes move between editions', `"${E01}"`] }],
    },
    {
      name: 'codes that exist in no edition, and an unknown name',
      text: entry('E04', '2025', '[E99, X1, Best Bank]', 'false'),
      errors: [
        { messageId: 'code', line: 6, column: 16, severity: 1 },
        { messageId: 'code', line: 6, column: 21, severity: 1 },
        { messageId: 'unknown', line: 6, column: 25, severity: 1, includes: ['"Best Bank"', 'could not be checked'] },
      ],
    },
    {
      name: 'a category new this year was not won last year',
      text: entry('E02', '2025', '[Best Use of Technology in Customer Service]', 'false'),
      errors: [{ messageId: 'notPrevious', line: 6, column: 16, severity: 1, includes: ['E02', 'new in 2026'] }],
    },
    {
      name: 'with the previous list, a name it lacks is unknown even if it is a category this year',
      text: entry('E01', '2025', `[${E01}, E05]`, 'false'),
      ruleset: withPrevious,
      errors: [
        { messageId: 'unknown', line: 6, column: 16, severity: 1, includes: [`"${E04}"`] },
        { messageId: 'code', line: 6, column: 58, severity: 1 },
      ],
    },
    {
      name: 'updated, but no 2025 or 2026 in the achievements or summary',
      text: entry('E04', '2025', `[${E04}]`, 'true', saying('In March 2024 the team tripled its line.')),
      errors: [{ messageId: 'notRecent', line: 7, column: 12, severity: 1, includes: ['2025 or 2026'] }],
    },
    {
      name: 'updated: "2025 calls" is a quantity, not a year',
      text: entry('E04', '2025', `[${E04}]`, 'true', saying('The team answered 2025 calls a day.')),
      errors: [{ messageId: 'notRecent', line: 7, column: 12 }],
    },
    {
      name: 'updated: a year in a comment or a web address is not in the entry',
      text: entry('E04', '2025', `[${E04}]`, 'true', saying('See https://org.example/2025/story <!-- add 2026 -->')),
      errors: [{ messageId: 'notRecent', line: 7, column: 12 }],
    },
    {
      name: 'a win in another year: a note that the rule was not applied',
      text: entry('E04', '2024', `[${E04}]`, 'false'),
      errors: [{ messageId: 'otherYear', line: 5, column: 9, severity: 1, includes: ['2024', 'winners of 2025'] }],
    },
    { name: 'this year is not the previous one', text: entry('E04', '2026', '[E04]', 'false'), errors: [{ messageId: 'otherYear', line: 5, column: 9 }] },
  ],
});

describe('placeWin: a won category placed by name, not by code', () => {
  it.each([
    [E04, 'placed', 'E04'],
    [E04_PL, 'placed', 'E04'],
    [`„${E04_PL}”`, 'placed', 'E04'],
    [`E04 – ${E04}`, 'placed', 'E04'],
    ['E04', 'code', undefined],
    ['e4', 'code', undefined],
    ['Najlepsze wykorzystanie technologii w obsłudze klienta', 'new', 'E02'],
    ['Customer Service', 'unknown', undefined],
    ['', 'unknown', undefined],
  ])('%j → %s %s', (written, kind, code) => {
    const place = placeWin(written, ruleset);
    expect(place.kind).toBe(kind);
    expect('category' in place ? place.category?.code : undefined).toBe(code);
  });

  it('through the previous edition: its code and its names lead to the category of the same name this year', () => {
    expect(placeWin('e01', withPrevious)).toEqual({ kind: 'placed', category: ruleset.categories.find((c) => c.code === 'E04') });
    expect(placeWin(E04_PL, withPrevious)).toEqual({ kind: 'placed', category: ruleset.categories.find((c) => c.code === 'E04') });
    expect(placeWin('Best Customer Service Bot', withPrevious)).toEqual({ kind: 'placed', category: undefined });
    expect(placeWin('E04', withPrevious)).toEqual({ kind: 'code' });
  });
});
