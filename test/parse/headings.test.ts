/**
 * Headings as writers copy them from the rules page (issue 12, item 1): the page's own
 * labels, with their a./b./c., notes and Required/Optional words, in English and Polish,
 * name their sections; headings that only look alike do not.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { normalizeHeading, sectionOfHeading } from '../../src/parse/sections.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { linearTime } from '../helpers/linear-time.js';
import { nomination } from '../helpers/nomination.js';

const ruleset = loadRuleset();

/** The labels exactly as the two pages print them (the Polish one is the seed page). */
const PAGE = {
  a: {
    en: "a. Describe the nominee's accomplishments since 1 January 2024 (up to 4,900 characters) Required",
    pl: 'a. Opis osiągnięć kandydata od 1 stycznia 2024 r. (maksymalnie 4900 znaków) Wymagane',
  },
  b: {
    en: 'b. In bullet-list form, a brief summary (up to 1,150 characters) of up to ten (10) key accomplishments of the nominee since 1 January 2024 Required',
    pl: 'b. Krótkie podsumowanie (maksymalnie 1150 znaków) w formie listy punktowanej, zawierające maksymalnie dziesięć (10) głównych osiągnięć kandydata od 1 stycznia 2024 r. Wymagane',
  },
  c: {
    en: 'c. Reference any attachments that provide supporting material for this nomination and explain how they support the claims made in the nomination (up to 1,500 characters) Optional',
    pl: 'c. Odwołaj się do wszelkich załączników zawierających materiały uzupełniające do niniejszej nominacji i wyjaśnij, w jaki sposób potwierdzają one twierdzenia zawarte w nominacji (maksymalnie 1500 znaków). Opcjonalne',
  },
};

describe('a heading names its section', () => {
  it.each([
    // The page's labels, whole, in both languages.
    [PAGE.a.en, 'achievements'],
    [PAGE.a.pl, 'achievements'],
    [PAGE.b.en, 'summary'],
    [PAGE.b.pl, 'summary'],
    [PAGE.c.en, 'attachments'],
    [PAGE.c.pl, 'attachments'],
    // Shortened as writers shorten them.
    ['a. Opis osiągnięć kandydata od 1 stycznia 2024 r.', 'achievements'],
    ['b. Krótkie podsumowanie', 'summary'],
    ['c. Odwołaj się do wszelkich załączników', 'attachments'],
    ["Describe the nominee's accomplishments", 'achievements'],
    ['In bullet-list form, a brief summary', 'summary'],
    ['Brief summary (up to 1,150 characters)', 'summary'],
    ['Reference any attachments', 'attachments'],
    // Enumerators: letters with . or ), numbers; a colon; notes; the Required/Optional words.
    ['b) Summary', 'summary'],
    ['1. Achievements', 'achievements'],
    ['2) Podsumowanie:', 'summary'],
    ['Summary (maksymalnie 1150 znaków)', 'summary'],
    ['Summary: Required', 'summary'],
    ['Summary – Required', 'summary'],
    ['Załączniki (Opcjonalne)', 'attachments'],
    ['Attachments Optional', 'attachments'],
    ['Podsumowanie **Wymagane**', 'summary'],
    ['**Krótkie podsumowanie**', 'summary'],
    ['KRÓTKIE   PODSUMOWANIE', 'summary'],
    ['Krótkie podsumowanie'.normalize('NFD'), 'summary'],
    ['Nominee’s achievements', 'achievements'],
    // Begins with an alias, as whole words: documented in docs/checks/unknown-section.md.
    ['Summary of our year', 'summary'],
    ['Achievements and awards', 'achievements'],
    ['Achievements, 2024–2025', 'achievements'],
    ['Osiągnięcia zespołu', 'achievements'],
    // The longest alias decides: "Key achievements" is the summary, not the achievements.
    ['Key achievements', 'summary'],
  ])('%s → %s', (heading, id) => {
    expect(sectionOfHeading(heading, ruleset)).toBe(id);
  });

  it.each([
    // An alias must end at a word's end: a longer word is another word.
    ['Summarized results'],
    ['Summaryx'],
    ['Achievementsy'],
    ["Summary's notes"],
    ['Podsumowania'],
    ['Załącznikiem'],
    // Words before the alias: the heading does not begin with it.
    ['Our achievements'],
    ['Notes on the summary'],
    ['Executive summary'],
    ['Krótko'],
    // Nothing left once the noise is gone.
    ['Required'],
    ['a. (up to 4,900 characters) Wymagane'],
    ['Notes'],
    // A note is removed only when it closes; the word inside it is not the heading.
    ['(Summary)'],
  ])('%s → not a section', (heading) => {
    expect(sectionOfHeading(heading, ruleset)).toBeNull();
  });

  it('strips only whole Required/Optional words, and only at the end', () => {
    expect(normalizeHeading('Summary Required')).toBe('summary');
    expect(normalizeHeading('Summary Unrequired')).toBe('summary unrequired');
    expect(normalizeHeading('Required summary')).toBe('required summary');
    expect(normalizeHeading('Summary (draft (2)) Optional:')).toBe('summary');
    expect(normalizeHeading('Summary (unclosed')).toBe('summary (unclosed');
  });
});

describe('an entry written with the page labels', () => {
  const entry = (a: string, b: string, c: string) =>
    nomination({
      front: 'category: E01\nnominee: Contact Center, Example Bank\nattachments:\n  - chart.pdf',
      body: `## ${a}\nIn 2024 the line tripled.\n\n## ${b}\n- Tripled the line\n\n## ${c}\nchart.pdf shows the call volume.\n`,
    });

  it.each(['en', 'pl'] as const)('in %s: the three sections are found, nothing is missing or unknown', (language) => {
    const result = lintText(entry(PAGE.a[language], PAGE.b[language], PAGE.c[language]), { ruleset, filePath: '/nominations/entry.md', attachmentKind: () => 'file' });
    expect(result.messages).toEqual([]);
    expect(Object.keys(result.sections).filter((id) => result.sections[id] !== null)).toEqual(['achievements', 'summary', 'attachments']);
  });
});

describe('a hostile heading is matched in time linear in its length', () => {
  const lint = (text: string) => lintText(text, { ruleset, filePath: '/nominations/entry.md' });
  const expectLinear = linearTime(lint);
  const heading = (line: string) => nomination({ body: `## Achievements\nText.\n\n## Summary\n- One\n\n## ${line}\nMore.\n` });
  // Each is a shape a backtracking pattern would take quadratic time over: runs of
  // spaces, unclosed notes, Required words and colons, and a near-alias prefix.
  it.each([
    ['spaces inside', (n: number) => heading(`Notes${' '.repeat(n)}x`)],
    ['unclosed notes', (n: number) => heading('Summary '.concat('( '.repeat(n)))],
    ['closed notes', (n: number) => heading('Summary '.concat('(a) '.repeat(n)))],
    ['Required words', (n: number) => heading('Notes'.concat(' Required:'.repeat(n)))],
    ['emphasis marks', (n: number) => heading(`x${'*_'.repeat(n)}x`)],
    ['a near-alias then words', (n: number) => heading(`Sumary ${'word '.repeat(n)}`)],
  ])('%s', (name, make) => {
    expectLinear(name, make, 5000);
  });
});
