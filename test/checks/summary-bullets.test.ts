import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const summary = (text: string, heading = '## Summary') => nomination({ body: `## Achievements\nText.\n\n${heading}\n${text}\n` });
/** `n` items numbered from `from`, e.g. "- Bullet 3"; ordered markers get their number. */
const items = (n: number, marker = '-', from = 1) =>
  Array.from({ length: n }, (_, i) => `${marker === '1.' || marker === '1)' ? `${from + i}${marker[1]}` : marker} Bullet ${from + i}`).join('\n');
const code = (text: string) => `\`\`\`\n${text}\n\`\`\``;

const eleven = summary(items(11));
const twelveStars = summary(items(12, '*'));
const elevenPlus = summary(items(11, '+'));
const elevenOrdered = summary(items(11, '1.'));
const elevenParen = summary(items(11, '1)'));
const mixedMarkers = summary(`${items(5, '-')}\n${items(6, '*', 6)}`);
const splitByParagraph = summary(`${items(5)}\n\nAnd further:\n\n${items(6, '-', 6)}`);
const aroundCode = summary(`${items(5)}\n\n${code(items(5, '-', 100))}\n\n${items(6, '-', 6)}`);
const underSubHeading = summary(`${items(10)}\n\n### Also\n\n- Bullet 11`);
const aliasHeading = summary(items(11), '## b) Key accomplishments:');
const smallRuleset = (() => {
  const ruleset = loadRuleset();
  return { ...ruleset, sections: { ...ruleset.sections, summary: { ...ruleset.sections.summary!, bullets: 3 } } };
})();
const fourOfThree = summary(items(4));

checkTable('summary-bullets', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'one bullet', text: summary('- The only accomplishment') },
    { name: 'exactly 10 bullets', text: summary(items(10)) },
    { name: 'exactly 10 ordered items', text: summary(items(10, '1.')) },
    { name: 'a loose list of 10', text: summary(items(10).replace(/\n/g, '\n\n')) },
    { name: 'nested items are not bullets', text: summary(`- Bullet 1\n  - detail a\n  - detail b\n  - detail c\n${items(9, '-', 2)}`) },
    { name: '"- " lines in a fenced code block do not count', text: summary(`${items(9)}\n\n${code(items(5, '-', 100))}`) },
    { name: 'a list item continued over several lines is one bullet', text: summary(`${items(9)}\n- Bullet 10 goes on\n  over a second line\n  and a third`) },
    // section-missing reports these.
    { name: 'an empty summary', text: summary('<!-- to do -->') },
    { name: 'no summary at all', text: nomination({ body: '## Achievements\nText.\n' }) },
    { name: 'the limit comes from the ruleset', text: summary(items(3)), ruleset: smallRuleset },
  ],
  invalid: [
    { name: 'a paragraph and no list, at the heading', text: summary('We tripled the line and answered 94% of calls.'), errors: [{ messageId: 'noList', line: 8, column: 1, includes: ['"Summary"', '"- "'] }] },
    { name: '"-" with no space is not a bullet', text: summary('-Tripled the line\n-Answered calls'), errors: [{ messageId: 'noList', line: 8, column: 1 }] },
    { name: 'only "- " lines inside a fenced code block', text: summary(code(items(3))), errors: [{ messageId: 'noList', line: 8, column: 1 }] },
    { name: 'only an indented code block', text: summary('    - Bullet 1\n    - Bullet 2'), errors: [{ messageId: 'noList', line: 8, column: 1 }] },
    {
      name: '11 bullets: the 11th is flagged',
      text: eleven,
      errors: [{ messageId: 'tooMany', line: lineOf(eleven, 'Bullet 11'), column: 1, includes: ['11 bullets', 'at most 10', 'remove 1', 'bullet 11'] }],
    },
    { name: '12 "*" bullets', text: twelveStars, errors: [{ messageId: 'tooMany', line: lineOf(twelveStars, 'Bullet 11'), column: 1, includes: ['12 bullets', 'remove 2'] }] },
    { name: '11 "+" bullets', text: elevenPlus, errors: [{ messageId: 'tooMany', line: lineOf(elevenPlus, 'Bullet 11'), column: 1, includes: ['11 bullets'] }] },
    { name: '11 "1." items', text: elevenOrdered, errors: [{ messageId: 'tooMany', line: lineOf(elevenOrdered, 'Bullet 11'), column: 1, includes: ['11 bullets'] }] },
    { name: '11 "1)" items', text: elevenParen, errors: [{ messageId: 'tooMany', line: lineOf(elevenParen, 'Bullet 11'), column: 1 }] },
    { name: 'two lists with different markers add up', text: mixedMarkers, errors: [{ messageId: 'tooMany', line: lineOf(mixedMarkers, 'Bullet 11'), column: 1, includes: ['11 bullets'] }] },
    { name: 'two lists split by a paragraph add up', text: splitByParagraph, errors: [{ messageId: 'tooMany', line: lineOf(splitByParagraph, 'Bullet 11'), column: 1 }] },
    {
      name: 'code lines between lists are not counted',
      text: aroundCode,
      errors: [{ messageId: 'tooMany', line: lineOf(aroundCode, 'Bullet 11'), column: 1, includes: ['11 bullets', 'remove 1'] }],
    },
    { name: 'a list under a ### sub-heading is still in the summary', text: underSubHeading, errors: [{ messageId: 'tooMany', line: lineOf(underSubHeading, 'Bullet 11'), column: 1 }] },
    { name: 'an alias title of the summary', text: aliasHeading, errors: [{ messageId: 'tooMany', line: lineOf(aliasHeading, 'Bullet 11'), column: 1, includes: ['"Summary"'] }] },
    {
      name: 'an indented bullet is reported at its marker',
      text: summary(`  ${items(11).replace(/\n/g, '\n  ')}`),
      errors: [{ messageId: 'tooMany', line: 19, column: 3 }],
    },
    {
      name: 'a ruleset allowing 3',
      text: fourOfThree,
      ruleset: smallRuleset,
      errors: [{ messageId: 'tooMany', line: lineOf(fourOfThree, 'Bullet 4'), column: 1, includes: ['4 bullets', 'at most 3', 'bullet 4'] }],
    },
  ],
});
