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
const ordered = summary('1. Tripled the line\n2. Answered calls');
const bulletsThenNumbers = summary('- Tripled the line\n\n1) Answered calls\n2) Kept waits short');
const pasted = summary('• Tripled the line\n• Answered 94% of calls\n• Kept waits short');
const pastedLevels = summary('– Tripled the line\n  ◦ in Kyiv\n– Answered calls');
const introPasted = summary('Our key accomplishments:\n· Tripled the line\n· Answered calls');
const pastedInMarkdown = summary('- Tripled the line\n  ▪ in Kyiv\n— Answered calls');

checkTable('summary-format', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'a plain list', text: summary(LIST) },
    { name: 'a dash inside a bullet is no pasted bullet', text: summary('- Tripled the line – in Kyiv\n- Answered calls — all of them') },
    { name: 'a paragraph inside a list item', text: summary('- Tripled the line\n\n  within two weeks, in March 2024\n- Answered calls') },
    { name: 'a lazy continuation line', text: summary('- Tripled the line\nwithin two weeks\n- Answered calls') },
    { name: 'a comment beside the list', text: summary(`<!-- keep to ten -->\n${LIST}\n\n<!-- check the figures -->`) },
    // With no list at all, summary-bullets says what to do.
    { name: 'a paragraph and no list', text: summary('We tripled the line.') },
    { name: 'no summary', text: nomination({ body: '## Achievements\nText.\n' }) },
    { name: 'text outside lists in other sections', text: nomination({ body: `## Achievements\nText.\n\n- a list\n\nMore text.\n\n## Summary\n${LIST}\n` }) },
  ],
  invalid: [
    { name: 'a numbered list: once, at its first item', text: ordered, errors: [{ messageId: 'ordered', line: lineOf(ordered, 'Tripled'), column: 1, includes: ['numbered list ("1.")', 'asks for a bulleted list', '"- "'] }] },
    { name: 'a numbered list after bullets', text: bulletsThenNumbers, errors: [{ messageId: 'ordered', line: lineOf(bulletsThenNumbers, '1) Answered'), column: 1, includes: ['("1)")'] }] },
    { name: 'pasted "•" bullets: one note, at the first', text: pasted, errors: [{ messageId: 'pasted', line: lineOf(pasted, '• Tripled'), column: 1, includes: ['"•"', 'counts them as bullets', 'shows "•" as typed'] }] },
    {
      name: 'each pasted character once; a more indented one is nested',
      text: pastedLevels,
      errors: [
        { messageId: 'pasted', line: lineOf(pastedLevels, '– Tripled'), column: 1, includes: ['"–"'] },
        { messageId: 'pasted', line: lineOf(pastedLevels, '◦ in Kyiv'), column: 3, includes: ['"◦"'] },
        { messageId: 'nested', line: lineOf(pastedLevels, '◦ in Kyiv'), column: 3, includes: ['Bullet 1', '1 nested item', 'counts toward the limit of 10 bullets'] },
      ],
    },
    {
      name: 'a sentence then pasted bullets, with no blank line between',
      text: introPasted,
      errors: [
        { messageId: 'textOutsideList', line: lineOf(introPasted, 'Our key'), column: 1 },
        { messageId: 'pasted', line: lineOf(introPasted, '· Tripled'), column: 1 },
      ],
    },
    {
      name: 'a pasted bullet inside a Markdown item is nested; at the marker\'s indentation, a bullet of its own',
      text: pastedInMarkdown,
      errors: [
        { messageId: 'pasted', line: lineOf(pastedInMarkdown, '▪ in Kyiv'), column: 3 },
        { messageId: 'nested', line: lineOf(pastedInMarkdown, '▪ in Kyiv'), column: 3, includes: ['Bullet 1'] },
        { messageId: 'pasted', line: lineOf(pastedInMarkdown, '— Answered'), column: 1 },
      ],
    },
    { name: 'a paragraph before the list', text: intro, errors: [{ messageId: 'textOutsideList', line: lineOf(intro, 'Our key'), column: 1, includes: ['"Summary"', 'outside its bulleted list'] }] },
    { name: 'a paragraph after the list', text: closing, errors: [{ messageId: 'textOutsideList', line: lineOf(closing, 'Thank you'), column: 1 }] },
    {
      name: 'nested items, at the first nested item of each bullet',
      text: nested,
      errors: [
        { messageId: 'nested', line: lineOf(nested, 'in Kyiv'), column: 3, includes: ['Bullet 1', '2 nested items', 'each is a point of its own', 'limit of 10 bullets', 'lift them'] },
        // A nested numbered item is a numbered list too.
        { messageId: 'ordered', line: lineOf(nested, 'within 60'), column: 3, includes: ['("1.")'] },
        { messageId: 'nested', line: lineOf(nested, 'within 60'), column: 3, includes: ['Bullet 2', '1 nested item', 'it is a point of its own', 'lift it'] },
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
