import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
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
const oneAndTenNested = summary(`- Bullet 1\n${items(10, '  -', 2)}`);
const deepNested = summary(`${items(9)}\n  - Bullet 10\n    - Bullet 11`);
const pastedAndDashes = summary(`${items(5, '•')}\n${items(6, '-', 6)}`);
const pastedNested = summary(`${items(10)}\n  • Bullet 11`);

checkTable('summary-bullets', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'one bullet', text: summary('- The only accomplishment') },
    { name: 'exactly 10 bullets', text: summary(items(10)) },
    { name: 'exactly 10 ordered items', text: summary(items(10, '1.')) },
    { name: 'a loose list of 10', text: summary(items(10).replace(/\n/g, '\n\n')) },
    { name: 'nested items count: 1 bullet with 9 nested is 10', text: summary(`- Bullet 1\n${items(9, '  -', 2)}`) },
    { name: 'ten pasted "•" bullets', text: summary(items(10, '•')) },
    { name: 'pasted bullets after a tab, as Word pastes them', text: summary(items(10, '•').replace(/• /g, '•\t')) },
    { name: 'a dash inside a sentence is no bullet', text: summary('- Tripled the line – in Kyiv — and Lviv') },
    { name: '"- " lines in a fenced code block do not count', text: summary(`${items(9)}\n\n${code(items(5, '-', 100))}`) },
    { name: 'a list item continued over several lines is one bullet', text: summary(`${items(9)}\n- Bullet 10 goes on\n  over a second line\n  and a third`) },
    // section-missing reports these.
    { name: 'an empty summary', text: summary('<!-- to do -->') },
    { name: 'no summary at all', text: nomination({ body: '## Achievements\nText.\n' }) },
    { name: 'the limit comes from the ruleset', text: summary(items(3)), ruleset: smallRuleset },
  ],
  invalid: [
    {
      name: 'one bullet with ten nested items is eleven points',
      text: oneAndTenNested,
      errors: [{ messageId: 'tooMany', line: lineOf(oneAndTenNested, 'Bullet 11'), column: 3, includes: ['11 bullets', 'remove 1', 'bullet 11'] }],
    },
    { name: 'nested at any depth count', text: deepNested, errors: [{ messageId: 'tooMany', line: lineOf(deepNested, 'Bullet 11'), column: 5 }] },
    ...(['•', '◦', '▪', '‣', '·', '–', '—'] as const).map((marker) => {
      const text = summary(items(11, marker));
      return { name: `11 pasted "${marker}" bullets`, text, errors: [{ messageId: 'tooMany', line: lineOf(text, 'Bullet 11'), column: 1, includes: ['11 bullets'] }] };
    }),
    { name: 'pasted and Markdown bullets add up', text: pastedAndDashes, errors: [{ messageId: 'tooMany', line: lineOf(pastedAndDashes, 'Bullet 11'), column: 1, includes: ['11 bullets'] }] },
    { name: 'a pasted bullet nested under a Markdown item counts', text: pastedNested, errors: [{ messageId: 'tooMany', line: lineOf(pastedNested, 'Bullet 11'), column: 3 }] },
    { name: '"•" with no space is not a bullet', text: summary('•Tripled the line\n•Answered calls'), errors: [{ messageId: 'noList', line: 8, column: 1 }] },
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

describe('the JSON report counts what summary-bullets counts', () => {
  it.each([
    ['Markdown bullets', summary(items(3)), 3],
    ['pasted bullets', summary(items(4, '•')), 4],
    ['nested items, Markdown and pasted', summary('- One\n  - a\n  • b\n• Two'), 4],
    ['one bullet with ten nested items', oneAndTenNested, 11],
  ])('%s', (_name, text, bullets) => {
    const result = lintText(text, { ruleset: loadRuleset() });
    expect(result.sections.summary?.bullets).toBe(bullets);
    const tooMany = lintText(text, { ruleset: { ...smallRuleset, sections: { ...smallRuleset.sections, summary: { ...smallRuleset.sections.summary!, bullets: bullets - 1 } } } });
    expect(tooMany.messages.find((m) => m.ruleId === 'summary-bullets')?.message).toContain(`has ${bullets} bullets`);
  });
});
