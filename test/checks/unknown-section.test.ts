import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const ACH = '## Achievements\nIn 2024 the line tripled.\n';
const SUM = '## Summary\n- Tripled the line\n';
const body = (...parts: string[]) => nomination({ body: parts.join('\n') });

const typo = body(ACH.replace('Achievements', 'Achievments'), SUM);
const notes = body(ACH, SUM, '## Notes\nAsk Ann about the figures.\n');
const enumeratedTypo = body('## a. Achievments:\nText.\n', SUM);
const intro = body('This nomination is for the hotline team.\n', ACH, SUM);
const afterTitle = body('# Crisis line\n', 'Written by the comms team.\n', ACH, SUM);
const indented = body('   Draft 3\n', ACH, SUM);
const twoTitles = body('# Crisis line\n', '# Second title\n', ACH, SUM);
const appendix = body(ACH, SUM, '# Appendix\n', 'More text the form never sees.\n');
const listBefore = body('- a stray bullet\n', ACH, SUM);
const fenceBefore = body('```\n## Achievements\n```\n', ACH, SUM);
const titleAfterStray = body('Stray.\n', '# Title\n', ACH, SUM);

checkTable('unknown-section', {
  valid: [
    { name: 'a title and the known sections', text: nomination() },
    { name: 'no title', text: body(ACH, SUM) },
    { name: 'all three sections', text: body(ACH, SUM, '## Attachments\nThe chart.\n') },
    { name: 'Polish titles', text: body('## Osiągnięcia\nTekst.\n', '## Podsumowanie\n- Punkt\n', '## Załączniki\nWykres.\n') },
    { name: 'Polish titles written decomposed', text: body('## Osiągnięcia\nTekst.\n'.normalize('NFD'), '## Załączniki\nWykres.\n'.normalize('NFD')) },
    { name: 'other aliases', text: body('## Description of achievements\nText.\n', '## Key accomplishments\n- One\n', '## Supporting materials\nThe chart.\n') },
    { name: 'a curly apostrophe', text: body('## Nominee’s achievements\nText.\n', SUM) },
    { name: 'enumerated with a colon', text: body('## a. Achievements:\nText.\n', '## b) Summary\n- One\n', '## C. Attachments:\nThe chart.\n') },
    { name: 'other cases', text: body('## ACHIEVEMENTS\nText.\n', '## summary\n- One\n') },
    { name: 'the page labels in Polish', text: body('## a. Opis osiągnięć kandydata od 1 stycznia 2024 r. (maksymalnie 4900 znaków) Wymagane\nTekst.\n', '## b. Krótkie podsumowanie (maksymalnie 1150 znaków) w formie listy punktowanej Wymagane\n- Jeden\n', '## c. Odwołaj się do wszelkich załączników (maksymalnie 1500 znaków). Opcjonalne\nWykres.\n') },
    { name: 'the page labels in English', text: body("## a. Describe the nominee's accomplishments (up to 4,900 characters) Required\nText.\n", '## b. In bullet-list form, a brief summary (up to 1,150 characters) Required\n- One\n', '## c. Reference any attachments (up to 1,500 characters) Optional\nThe chart.\n') },
    // Begins-with is whole words: these are the achievements and the summary (a second one would be section-duplicate's).
    { name: 'headings that begin with an alias', text: body('## Achievements and awards\nText.\n', '## Summary of our year\n- One\n') },
    { name: 'closing hashes', text: body('## Achievements ##\nText.\n', SUM) },
    { name: '### sub-headings inside a section', text: body(ACH, '### Background\nMore.\n', SUM) },
    { name: 'a "## " line in a fenced code block is code', text: body(ACH, '```\n## Notes\n```\n', SUM) },
    { name: 'a "## " line in a tilde fence', text: body(ACH, '~~~md\n## Notes\n~~~\n', SUM) },
    { name: 'comments before the first section are notes', text: body('<!-- draft 3 -->\n', '<!--\n## Notes\nsee Ann\n-->\n', ACH, SUM) },
    { name: 'a title and comments', text: body('# Crisis line\n', '<!-- for E01 -->\n', ACH, SUM) },
    { name: 'a body with no text at all', text: nomination({ body: '\n\n' }) },
  ],
  invalid: [
    {
      name: 'a page label with a typo: did you mean its alias',
      text: body('## b. Krótkie podsumowanei (maksymalnie 1150 znaków) Wymagane\n- Jeden\n', ACH),
      errors: [{ messageId: 'suggest', line: 5, column: 1, includes: ['did you mean "## Krótkie podsumowanie"'] }],
    },
    {
      name: 'words before an alias: not a section, and no suggestion',
      text: body(ACH, SUM, '## Our achievements in 2024\nMore.\n'),
      errors: [{ messageId: 'unknown', line: 11, column: 1, includes: ['"## Our achievements in 2024"'] }],
    },
    {
      name: 'an alias run into a longer word: did you mean',
      text: body(ACH, SUM, '## Summarys\nMore.\n'),
      errors: [{ messageId: 'suggest', line: 11, column: 1, includes: ['did you mean "## Summary"'] }],
    },
    {
      name: 'a misspelt title: did you mean',
      text: typo,
      errors: [{ messageId: 'suggest', line: lineOf(typo, '## Achievments'), column: 1, includes: ['"## Achievments"', 'did you mean "## Achievements"'] }],
    },
    {
      name: 'an unknown title lists the sections',
      text: notes,
      errors: [{ messageId: 'unknown', line: lineOf(notes, '## Notes'), column: 1, includes: ['"## Notes"', '## Achievements, ## Summary, ## Attachments'] }],
    },
    {
      name: 'an enumerated misspelt title',
      text: enumeratedTypo,
      errors: [{ messageId: 'suggest', line: 5, column: 1, includes: ['"## Achievements"'] }],
    },
    { name: 'text before the first section', text: intro, errors: [{ messageId: 'outside', line: 5, column: 1, includes: ['## Achievements'] }] },
    { name: 'text between the title and the first section', text: afterTitle, errors: [{ messageId: 'outside', line: lineOf(afterTitle, 'Written by'), column: 1 }] },
    { name: 'at the first character of indented text', text: indented, errors: [{ messageId: 'outside', line: 5, column: 4 }] },
    { name: 'a second # title', text: twoTitles, errors: [{ messageId: 'outside', line: lineOf(twoTitles, '# Second'), column: 1 }] },
    {
      name: 'a # heading after the sections, and its text',
      text: appendix,
      errors: [
        { messageId: 'outside', line: lineOf(appendix, '# Appendix'), column: 1 },
        { messageId: 'outside', line: lineOf(appendix, 'More text'), column: 1 },
      ],
    },
    { name: 'a list before the first section', text: listBefore, errors: [{ messageId: 'outside', line: 5, column: 1 }] },
    { name: 'a fenced block before the first section', text: fenceBefore, errors: [{ messageId: 'outside', line: 5, column: 1 }] },
    {
      name: 'text before a # title',
      text: titleAfterStray,
      errors: [{ messageId: 'outside', line: 5, column: 1 }],
    },
  ],
});
