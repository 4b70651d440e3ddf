import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const ACHIEVEMENTS = '## Achievements\nIn 2024 the line tripled.\n';
const SUMMARY = '## Summary\n- Tripled the line\n';
const ATTACHMENTS = '## Attachments\nThe call log shows the volumes.\n';
const body = (...parts: string[]) => nomination({ body: parts.join('\n') });

const twice = body(ACHIEVEMENTS, SUMMARY, '## Achievements\nMore achievements.\n');
const aliases = body(ACHIEVEMENTS, SUMMARY, '## Key accomplishments\n- Another list\n', '## summary:\n- A third\n');
const polish = body(ACHIEVEMENTS, SUMMARY, ATTACHMENTS, '## Załączniki\nRaport.\n');
const emptyFirst = body('## Achievements\n', ACHIEVEMENTS, SUMMARY);

checkTable('section-duplicate', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'each section once, Attachments included', text: body(ACHIEVEMENTS, SUMMARY, ATTACHMENTS) },
    { name: 'a ## line inside a fenced code block', text: body(ACHIEVEMENTS, '```\n## Achievements\n```\n', SUMMARY) },
    { name: 'a ### sub-heading with a section title', text: body(ACHIEVEMENTS, '### Achievements in March\n\n### Summary of the crisis\nText.\n', SUMMARY) },
    // Unrecognised headings are unknown-section's business.
    { name: 'an unrecognised heading twice', text: body(ACHIEVEMENTS, '## Notes\nA.\n', '## Notes\nB.\n', SUMMARY) },
  ],
  invalid: [
    {
      name: 'Achievements twice, at the second heading',
      text: twice,
      errors: [{ messageId: 'duplicate', line: lineOf(twice, 'More achievements') - 1, column: 1, includes: ['"Achievements"', `line ${lineOf(twice, '## Achievements')}`] }],
    },
    {
      name: 'the same section under alias titles, each repeat reported',
      text: aliases,
      errors: [
        { messageId: 'duplicate', line: lineOf(aliases, '## Key accomplishments'), column: 1, includes: ['"Summary"', `line ${lineOf(aliases, '## Summary')}`] },
        { messageId: 'duplicate', line: lineOf(aliases, '## summary:'), column: 1, includes: ['"Summary"', `line ${lineOf(aliases, '## Summary')}`] },
      ],
    },
    {
      name: 'Attachments and Załączniki',
      text: polish,
      errors: [{ messageId: 'duplicate', line: lineOf(polish, '## Załączniki'), column: 1, includes: ['"Attachments"', `line ${lineOf(polish, '## Attachments')}`] }],
    },
    {
      name: 'an empty first occurrence still counts as the first',
      text: emptyFirst,
      errors: [{ messageId: 'duplicate', line: lineOf(emptyFirst, 'In 2024') - 1, column: 1, includes: [`line ${lineOf(emptyFirst, '## Achievements')}`] }],
    },
  ],
});
