import { describe, expect, it } from 'vitest';
import { checkTable, runCheck } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const entry = (achievements: string, summary = '- Tripled the line', rest = '') =>
  nomination({ body: `## Achievements\n${achievements}\n\n## Summary\n${summary}\n${rest}` });
/** 1-based column of `needle` on its line. */
const columnOf = (text: string, needle: string) => text.split('\n')[lineOf(text, needle) - 1]!.indexOf(needle) + 1;

const since2019 = entry('Founded in 2019, the team tripled the line in 2024.');
const inSummary = entry('Tripled the line.', '- Tripled the line\n- Up 40% on 2022 figures');
const twoOnALine = entry('Between 2018 and 2023 the queue doubled; in 2024 it halved.');
const bounds = entry('Records since 1900 and until 2023.');
const afterComment = entry('<!-- 2018 was bad --> Unlike 2019, 2024 went well.');
const afterMultiLineComment = entry('<!--\nnotes from 2017\n-->\nIn 2020 we began.');
const punctuation = entry('(2019) and 2019, and 2019. and 2019-2020 and 2019–2021.');
const polish = nomination({ body: '## Osiągnięcia\nOd 2021 roku zespół się rozwija.\n\n## Podsumowanie\n- Punkt\n' });
const crlf = entry('In 2019 we began.').replace(/\n/g, '\r\n');
const duplicate = entry('In 2024.', '- One', '\n## Achievements\nAgain, in 2015.\n');

checkTable('eligibility-date', {
  valid: [
    { name: 'eligible years only', text: entry('In 2024 and 2025 the line tripled; the 2026 plan is ready.') },
    { name: 'a year in an HTML comment', text: entry('The line tripled. <!-- founded 2019 -->') },
    { name: 'a year in a multi-line comment', text: entry('The line tripled.\n<!--\nBackground: 2019,\n2020\n-->') },
    { name: 'years before 1900 are not dates of achievements', text: entry('The bank was founded in 1899.') },
    { name: 'digits inside longer numbers', text: entry('We answered 12,019 calls, 12019 chats, 2019.5 hours, 1,999 emails and 20190 tickets.') },
    { name: 'a decimal after a dot', text: entry('Score 3.2019 on the index.') },
    { name: 'the Attachments section is not scanned', text: entry('In 2024.', '- One', '\n## Attachments\nThe 2019 baseline chart.\n') },
    { name: 'an unknown section is not scanned', text: entry('In 2024.', '- One', '\n## Background\nFounded 2010.\n') },
    { name: 'the title is not scanned', text: nomination({ body: '# Since 2010\n\n## Achievements\nIn 2024.\n\n## Summary\n- One\n' }) },
    { name: 'front matter is not scanned', text: nomination({ front: 'category: E01\nnominee: Team founded in 2010' }) },
  ],
  invalid: [
    {
      name: 'a year in the achievements, at its column',
      text: since2019,
      errors: [{ messageId: 'before', line: lineOf(since2019, 'Founded'), column: 12, includes: ['2019 is before 1 January 2024'] }],
    },
    { name: 'a year in the summary', text: inSummary, errors: [{ messageId: 'before', line: lineOf(inSummary, 'Up 40%'), column: columnOf(inSummary, '2022') }] },
    {
      name: 'two years on a line',
      text: twoOnALine,
      errors: [
        { messageId: 'before', line: 6, column: columnOf(twoOnALine, '2018'), includes: ['2018'] },
        { messageId: 'before', line: 6, column: columnOf(twoOnALine, '2023'), includes: ['2023'] },
      ],
    },
    {
      name: '1900 and 2023 are the bounds',
      text: bounds,
      errors: [
        { messageId: 'before', line: 6, column: columnOf(bounds, '1900') },
        { messageId: 'before', line: 6, column: columnOf(bounds, '2023') },
      ],
    },
    { name: 'after a comment on the same line, column unchanged', text: afterComment, errors: [{ messageId: 'before', line: 6, column: columnOf(afterComment, '2019') }] },
    { name: 'after a multi-line comment, line unchanged', text: afterMultiLineComment, errors: [{ messageId: 'before', line: 9, column: 4, includes: ['2020'] }] },
    {
      name: 'next to punctuation, and both ends of a range',
      text: punctuation,
      errors: [2, 12, 22, 32, 37, 46, 51].map((column) => ({ messageId: 'before', line: 6, column })),
    },
    { name: 'under a Polish title', text: polish, errors: [{ messageId: 'before', line: 6, column: 4, includes: ['2021'] }] },
    { name: 'CRLF line endings', text: crlf, errors: [{ messageId: 'before', line: 6, column: 4 }] },
    { name: 'a repeated achievements section is scanned too', text: duplicate, errors: [{ messageId: 'before', line: lineOf(duplicate, 'Again'), column: 11 }] },
  ],
});

describe('eligibility-date ignores web addresses', () => {
  it('a year in a URL path is not a claim', () => {
    const text = nomination({ body: '## Achievements\nCovered at https://news.example.org/2019/05/story and www.example.com/2018 in 2024.\n\n## Summary\n- One\n' });
    expect(runCheck('eligibility-date', { name: 'url', text })).toEqual([]);
  });
  it('a year after a URL on the same line is still found', () => {
    const text = nomination({ body: '## Achievements\nSee https://example.org/x, founded 2019.\n\n## Summary\n- One\n' });
    expect(runCheck('eligibility-date', { name: 'url', text }).map((m) => [m.line, m.column])).toEqual([[6, 36]]);
  });
});
