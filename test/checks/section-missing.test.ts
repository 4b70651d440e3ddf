import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const ACHIEVEMENTS = '## Achievements\nIn 2024 the line tripled.\n';
const SUMMARY = '## Summary\n- Tripled the line\n';
const body = (...parts: string[]) => nomination({ body: parts.join('\n') });
const video = (text: string) => nomination({ front: 'category: E01\nnominee: Team\nformat: video\nvideo: {url: https://v.example/1, duration: "4:30"}', body: text });

const commentOnly = body('## Achievements\n<!-- to do: the March figures -->\n', SUMMARY);
const blankOnly = body('## Achievements\n   \n\t\n', SUMMARY);
const summaryComment = body(ACHIEVEMENTS, '## Summary\n<!--\n- a bullet kept as a note\n-->\n');
const fenced = body('```markdown\n## Achievements\nNot a heading: code.\n```\n', SUMMARY);
const subOnly = body('### Achievements\nA level-3 heading is not a section.\n', SUMMARY);

checkTable('section-missing', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'Attachments is optional', text: body(ACHIEVEMENTS, SUMMARY) },
    { name: 'titles with a. / B) enumerators and a colon', text: body('## a. Achievements:\nText.\n', '## B) Key accomplishments\n- One\n') },
    { name: 'Polish titles', text: body('## Osiągnięcia\nTekst.\n', '## Podsumowanie\n- Jeden\n') },
    { name: 'alias titles in other words', text: body("## Nominee's achievements\nText.\n", '## Key achievements\n- One\n') },
    { name: 'a section whose only text is under a ### sub-heading', text: body('## Achievements\n### March\n', SUMMARY) },
    { name: 'format: video needs no sections', text: video('# Crisis line\n') },
    { name: 'format: video with empty sections', text: video('## Achievements\n\n## Summary\n<!-- on film -->\n') },
  ],
  invalid: [
    {
      name: 'Summary absent',
      text: body(ACHIEVEMENTS),
      errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Summary"', '"## Summary"', 'bulleted list'] }],
    },
    {
      name: 'Achievements absent',
      text: body(SUMMARY),
      errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Achievements"', '"## Achievements"'] }],
    },
    {
      name: 'both absent, in ruleset order',
      text: body('# Just a title\n'),
      errors: [
        { messageId: 'missing', line: 1, column: 1, includes: ['"Achievements"'] },
        { messageId: 'missing', line: 1, column: 1, includes: ['"Summary"'] },
      ],
    },
    {
      name: 'only Attachments',
      text: body('## Attachments\nThe call log.\n'),
      errors: [
        { messageId: 'missing', line: 1, column: 1, includes: ['"Achievements"'] },
        { messageId: 'missing', line: 1, column: 1, includes: ['"Summary"'] },
      ],
    },
    {
      name: 'Achievements holding only a comment is empty, at its heading',
      text: commentOnly,
      errors: [{ messageId: 'empty', line: lineOf(commentOnly, '## Achievements'), column: 1, includes: ['"Achievements" is empty'] }],
    },
    { name: 'Achievements holding only white space', text: blankOnly, errors: [{ messageId: 'empty', line: lineOf(blankOnly, '## Achievements'), column: 1 }] },
    {
      name: 'Summary holding only a multi-line comment',
      text: summaryComment,
      errors: [{ messageId: 'empty', line: lineOf(summaryComment, '## Summary'), column: 1, includes: ['"Summary" is empty'] }],
    },
    { name: 'a ## line inside a fenced code block is not a heading', text: fenced, errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Achievements"'] }] },
    { name: 'a ### heading is not a section', text: subOnly, errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Achievements"'] }] },
    {
      name: 'format: essay is not exempt',
      text: nomination({ front: 'category: E01\nnominee: Team\nformat: essay', body: ACHIEVEMENTS }),
      errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Summary"'] }],
    },
  ],
});
