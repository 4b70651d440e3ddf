import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { findMarkup, MARKUP_SCAN_CHARS } from '../../src/parse/inline-markup.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { checkTable } from '../helpers/check-tester.js';
import { nomination } from '../helpers/nomination.js';

/** Achievements (their body from line 6) and a summary. */
const entry = (achievements: string, summary = '- Answered every call') => nomination({ body: `## Achievements\n${achievements}\n\n## Summary\n${summary}\n` });

checkTable('visible-markup', {
  valid: [
    { name: 'plain text, a bulleted summary', text: entry('The team answered every call in 2024.', '- One\n- Two\n  - Nested') },
    { name: 'characters that are not markup: 2 * 3, snake_case, a lone #, C# and a < b', text: entry('2 * 3 = 6, snake_case, issue #4, C# and a < b.') },
    { name: 'a web address written out is text', text: entry('Read more at https://bank.example/report.') },
    { name: 'comments are the writer\'s notes', text: entry('Text. <!-- **draft** [todo](x) -->') },
    { name: 'text under an unknown heading is not sent', text: `${entry('Text.')}\n## Notes\n**bold**\n` },
    { name: 'composed letters', text: entry('Zażółć gęślą jaźń.') },
  ],
  invalid: [
    {
      name: 'bold, emphasis and code, each with what it adds',
      text: entry('We **tripled** the line, _fast_, with `IVR`.'),
      errors: [
        { messageId: 'emphasis', line: 6, column: 4, severity: 1, includes: ['"**tripled**"', '4 characters'] },
        { messageId: 'emphasis', line: 6, column: 26, includes: ['"_fast_"', '2 characters'] },
        { messageId: 'code', line: 6, column: 39, includes: ['"`IVR`"', '2 characters'] },
      ],
    },
    {
      name: 'a link: everything but its text',
      text: entry('See [the report](https://bank.example/r).'),
      errors: [{ messageId: 'link', line: 6, column: 5, includes: ['"[the report](https://bank.example/r)"', '26 characters', 'links:'] }],
    },
    {
      name: 'a sub-heading, an HTML tag and a table',
      text: entry('### Results\n\nCalls <br> doubled.\n\n| Year | Calls |\n|---|---|\n| 2024 | 9 |'),
      errors: [
        { messageId: 'heading', line: 6, column: 1, includes: ['"### Results"', '4 characters'] },
        { messageId: 'html', line: 8, column: 7, includes: ['"<br>"', '4 characters'] },
        { messageId: 'table', line: 10, column: 1, includes: ['"| Year | Calls |"', '16 characters'] },
      ],
    },
    {
      name: 'in a summary bullet, nested, and in the attachments section',
      text: nomination({ body: '## Achievements\nText.\n\n## Summary\n- One **key** point\n  - and `more`\n\n## Attachments\nThe <i>log</i>.\n' }),
      errors: [
        { messageId: 'emphasis', line: 9, column: 7 },
        { messageId: 'code', line: 10, column: 9 },
        { messageId: 'html', line: 13, column: 5 },
        { messageId: 'html', line: 13, column: 11 },
      ],
    },
    {
      name: 'decomposed letters: one note for the section, at the first',
      text: entry('Za\u0307z\u0307o\u0301łc\u0301 text.'),
      errors: [{ messageId: 'decomposed', line: 6, column: 2, severity: 1, includes: ['The section "Achievements" holds 4 letters written decomposed', 'iba-lint export'] }],
    },
  ],
});

describe('findMarkup', () => {
  it('finds nothing and parses nothing in text without a markup character', () => {
    expect(findMarkup('Plain text, 2024, 94% of calls.')).toEqual([]);
  });

  it('a fence counts its two fence lines; an autolink its brackets; an image all but its alt text', () => {
    expect(findMarkup('```\ncode\n```').map((m) => [m.kind, m.cost])).toEqual([['code', 6]]);
    expect(findMarkup('<https://x.example>').map((m) => [m.kind, m.cost])).toEqual([['link', 2]]);
    expect(findMarkup('![chart](c.png)').map((m) => [m.kind, m.cost])).toEqual([['link', 10]]);
  });

  it('looks only at the first MARKUP_SCAN_CHARS characters of a section, ending at a line break', () => {
    const line = `${'x'.repeat(99)}\n`;
    const text = `${line.repeat(MARKUP_SCAN_CHARS / line.length - 1)}**in**\n${line.repeat(5)}**beyond**\n`;
    expect(findMarkup(text).map((m) => m.source)).toEqual(['**in**']);
  });

  it('locates markup on later lines of a long paragraph, each once', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i} **b${i}**`).join('\n');
    const found = findMarkup(text);
    expect(found).toHaveLength(50);
    found.forEach((m, i) => expect(text.slice(m.offset, m.offset + m.source.length)).toBe(`**b${i}**`));
  });
});

describe('visible-markup in Polish', () => {
  it('says what it adds with the unit in its plural form', () => {
    const messages = lintText(entry('**Bardzo** dużo i *x*.'), { ruleset: loadRuleset(), locale: 'pl' }).messages.filter((m) => m.ruleId === 'visible-markup');
    expect(messages.map((m) => m.message)).toEqual([
      'Formularz przyjmuje zwykły tekst: „**Bardzo**” pojawi się razem z gwiazdkami lub podkreślnikami, które dodają do licznika 4 znaki; usuń je',
      'Formularz przyjmuje zwykły tekst: „*x*” pojawi się razem z gwiazdkami lub podkreślnikami, które dodają do licznika 2 znaki; usuń je',
    ]);
  });
});
