import { checkTable } from '../helpers/check-tester.js';
import { nomination } from '../helpers/nomination.js';

/** Front matter with `category` on line 2 and a prior_win block. */
const entry = (category: string, year: string, categories: string, updated: string) =>
  nomination({ front: `category: ${category}\nnominee: Contact Center, Example Bank\nprior_win:\n  year: ${year}\n  categories: ${categories}\n  updated: ${updated}` });

checkTable('prior-winner', {
  valid: [
    { name: 'no prior win', text: nomination() },
    { name: '2025 winner, updated, same category', text: entry('E04', '2025', '[E04]', 'true') },
    { name: '2025 winner, not updated, another category', text: entry('E01', '2025', '[E04]', 'false') },
    { name: '2025 winner of two, not updated, a third category', text: entry('E07', '2025', '[E04, E05]', 'false') },
    { name: '2024 winner, not updated, same category', text: entry('E04', '2024', '[E04]', 'false') },
    { name: '2026 is not the previous competition', text: entry('E04', '2026', '[E04]', 'false') },
    // A prior_win without `updated` is a schema error, not a guess that it was not updated.
    { name: 'updated missing is the schema check\'s', text: nomination({ front: 'category: E04\nnominee: X\nprior_win:\n  year: 2025\n  categories: [E04]' }) },
    { name: 'updated written as a string is not false', text: entry('E04', '2025', '[E04]', '"no"') },
  ],
  invalid: [
    {
      name: '2025, not updated, same category: at the category value',
      text: entry('E04', '2025', '[E04]', 'false'),
      errors: [{ messageId: 'sameCategory', line: 2, column: 11, includes: ['won E04 in 2025', 'updated: false'] }],
    },
    { name: 'one of several won categories', text: entry('E05', '2025', '[E04, E05]', 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11, includes: ['E05'] }] },
    { name: 'categories as a block list', text: entry('E04', '2025', '\n    - E04', 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11 }] },
    { name: 'codes compared without case', text: entry('e04', '2025', '[E04]', 'false'), errors: [{ messageId: 'sameCategory', line: 2, column: 11 }] },
    {
      name: 'prior_win before category',
      text: nomination({ front: 'prior_win: {year: 2025, categories: [E02], updated: false}\nnominee: X\ncategory:   E02' }),
      errors: [{ messageId: 'sameCategory', line: 4, column: 13 }],
    },
  ],
});
