import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const body = (achievements: string, summary = '- One bullet') => `## Achievements\n${achievements}\n\n## Summary\n${summary}\n`;
const over = nomination({ body: body('a'.repeat(4901)) });

checkTable('section-length', {
  valid: [
    { name: 'exactly at the limit', text: nomination({ body: body('a'.repeat(4900)) }) },
    { name: 'comments are not counted', text: nomination({ body: body(`${'a'.repeat(4900)}<!-- ${'x'.repeat(500)} -->`) }) },
    { name: 'trailing spaces are not counted', text: nomination({ body: body(`${'a'.repeat(4900)}     `) }) },
    { name: 'summary of 1150 characters', text: nomination({ body: body('ok', `- ${'b'.repeat(1148)}`) }) },
  ],
  invalid: [
    {
      name: 'one character over',
      text: over,
      errors: [{ messageId: 'tooLong', line: lineOf(over, '## Achievements'), column: 1, includes: ['4901', '4900', 'cut 1'] }],
    },
    {
      name: 'an emoji counts two units',
      text: nomination({ body: body(`${'a'.repeat(4899)}🚀`) }),
      errors: [{ messageId: 'tooLong', line: 5, column: 1, includes: ['4901'] }],
    },
    {
      name: 'summary over 1150',
      text: nomination({ body: body('ok', `- ${'b'.repeat(1149)}`) }),
      errors: [{ messageId: 'tooLong', line: 8, column: 1, includes: ['1151', '1150'] }],
    },
  ],
});
