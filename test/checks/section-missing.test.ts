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
    // The rules page's own labels, as writers paste them (issue 12): every form is in test/parse/headings.test.ts.
    { name: 'the Polish page labels', text: body('## a. Opis osiągnięć kandydata od 1 stycznia 2024 r. (maksymalnie 4900 znaków) Wymagane\nTekst.\n', '## b. Krótkie podsumowanie\n- Jeden\n') },
    { name: 'the English page labels', text: body("## a. Describe the nominee's accomplishments since 1 January 2024 (up to 4,900 characters) Required\nText.\n", '## b. In bullet-list form, a brief summary (up to 1,150 characters) Required\n- One\n') },
    { name: 'a heading that begins with an alias', text: body('## Achievements and awards\nText.\n', '## Summary of our year\n- One\n') },
    { name: 'alias titles in other words', text: body("## Nominee's achievements\nText.\n", '## Key achievements\n- One\n') },
    { name: 'a section whose only text is under a ### sub-heading', text: body('## Achievements\n### March\n', SUMMARY) },
    { name: 'format: video needs no sections', text: video('# Crisis line\n') },
    { name: 'format: video with empty sections', text: video('## Achievements\n\n## Summary\n<!-- on film -->\n') },
  ],
  invalid: [
    // A heading close to the missing section is named as the likely culprit, at its line.
    {
      name: 'a misspelt Summary heading is the likely culprit',
      text: body(ACHIEVEMENTS, '## Sumary\n- Tripled the line\n'),
      errors: [{ messageId: 'missingMeant', line: 8, column: 1, includes: ['The required section "Summary" is missing; "## Sumary" on line 8 may be meant as it: name it "## Summary"'] }],
    },
    {
      name: 'a Polish page label with a typo is the culprit for Achievements',
      text: body('## a. Opis osiągnięc kandydata od 1 stycznia 2024 r. (maksymalnie 4900 znaków) Wymagane\nTekst.\n', SUMMARY),
      errors: [{ messageId: 'missingMeant', line: 5, column: 1, includes: ['"Achievements" is missing', 'on line 5'] }],
    },
    {
      name: 'a heading far from every section is no culprit',
      text: body(ACHIEVEMENTS, '## Notes\n- Tripled the line\n'),
      errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"Summary"'] }],
    },
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
