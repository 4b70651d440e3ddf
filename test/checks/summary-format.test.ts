import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const summary = (text: string) => nomination({ body: `## Achievements\nText.\n\n## Summary\n${text}\n` });
const LIST = '- Tripled the line\n- Answered 94% of calls within 60 seconds';

const intro = summary(`Our key accomplishments:\n\n${LIST}`);
const closing = summary(`${LIST}\n\nThank you for reading.`);
const nested = summary('- Tripled the line\n  - in Kyiv\n  - in Lviv\n- Answered calls\n  1. within 60 seconds');
const both = summary(`Intro.\n\n- Tripled the line\n  - in Kyiv\n\nOutro.`);
const codeBeside = summary(`${LIST}\n\n\`\`\`\n- not a bullet\n\`\`\``);
const subHeading = summary(`${LIST}\n\n### More\n- A third`);
const quote = summary(`${LIST}\n\n> A quote from a customer.`);
const acrossLists = summary('- One\n\nBetween.\n\n- Two\n  - nested');

checkTable('summary-format', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'a plain list', text: summary(LIST) },
    { name: 'an ordered list', text: summary('1. Tripled the line\n2. Answered calls') },
    { name: 'a paragraph inside a list item', text: summary('- Tripled the line\n\n  within two weeks, in March 2024\n- Answered calls') },
    { name: 'a lazy continuation line', text: summary('- Tripled the line\nwithin two weeks\n- Answered calls') },
    { name: 'a comment beside the list', text: summary(`<!-- keep to ten -->\n${LIST}\n\n<!-- check the figures -->`) },
    // With no list at all, summary-bullets says what to do.
    { name: 'a paragraph and no list', text: summary('We tripled the line.') },
    { name: 'no summary', text: nomination({ body: '## Achievements\nText.\n' }) },
    { name: 'text outside lists in other sections', text: nomination({ body: `## Achievements\nText.\n\n- a list\n\nMore text.\n\n## Summary\n${LIST}\n` }) },
  ],
  invalid: [
    { name: 'a paragraph before the list', text: intro, errors: [{ messageId: 'textOutsideList', line: lineOf(intro, 'Our key'), column: 1, includes: ['"Summary"', 'outside its bulleted list'] }] },
    { name: 'a paragraph after the list', text: closing, errors: [{ messageId: 'textOutsideList', line: lineOf(closing, 'Thank you'), column: 1 }] },
    {
      name: 'nested items, at the first nested item of each bullet',
      text: nested,
      errors: [
        { messageId: 'nested', line: lineOf(nested, 'in Kyiv'), column: 3, includes: ['Bullet 1', '2 nested item'] },
        { messageId: 'nested', line: lineOf(nested, 'within 60'), column: 3, includes: ['Bullet 2', '1 nested item'] },
      ],
    },
    {
      name: 'paragraphs and nested items together, in file order',
      text: both,
      errors: [
        { messageId: 'textOutsideList', line: lineOf(both, 'Intro.'), column: 1 },
        { messageId: 'nested', line: lineOf(both, 'in Kyiv'), column: 3, includes: ['Bullet 1'] },
        { messageId: 'textOutsideList', line: lineOf(both, 'Outro.'), column: 1 },
      ],
    },
    { name: 'a code block beside the list', text: codeBeside, errors: [{ messageId: 'textOutsideList', line: lineOf(codeBeside, '```'), column: 1 }] },
    { name: 'a ### sub-heading beside the list', text: subHeading, errors: [{ messageId: 'textOutsideList', line: lineOf(subHeading, '### More'), column: 1 }] },
    { name: 'a block quote beside the list', text: quote, errors: [{ messageId: 'textOutsideList', line: lineOf(quote, '> A quote'), column: 1 }] },
    {
      name: 'bullets are numbered across lists',
      text: acrossLists,
      errors: [
        { messageId: 'textOutsideList', line: lineOf(acrossLists, 'Between.'), column: 1 },
        { messageId: 'nested', line: lineOf(acrossLists, '- nested'), column: 3, includes: ['Bullet 2'] },
      ],
    },
  ],
});
