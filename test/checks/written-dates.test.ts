import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenDates, type YearPick } from '../../src/checks/written-dates.js';
import { parseNomination } from '../../src/parse/document.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { nomination } from '../helpers/nomination.js';
import { runs, SEED } from '../helpers/seed.js';

/*
 * writtenDates with a year pick scans only the lines that name a wanted year. It must
 * find exactly what a scan of the whole text finds, filtered by the same pick: these
 * compare the two on texts made of the pieces dates are made of, line breaks among them.
 */
const ruleset = loadRuleset();

const piece = fc.constantFrom(
  '2019', '2023', '2024', '2025', '2026', '1899', '12019', '2019.5', '20190', "'19", "'23", '’25', 'FY23', 'fy 2022/23', 'FY2019', 'Q4 ', 'IV kw. ',
  '15.03.', '03.', '3/', '2022–', '2023-', '-24', '/2023', ' r.', ' roku', 'marca ', 'March ', 'Mar. ', '15th of ', 'maj–czerwiec ', ' calls', ' klientów',
  '$', '€', ' ', ' ', '\n', '\n\n', ',', '.', 'a', 'in ', 'w ', 'İ', '<!-- 2019 -->', 'https://news.web.example/2019/x ', '\t', '\u00a0', "'", '’',
);
const body = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const entry = fc.tuple(body, body).map(([a, s]) => nomination({ body: `## Achievements\n${a}\n\n## Summary\n- ${s}\n` }));

const picks: Record<string, YearPick> = {
  'eligibility (first year before 2024)': { year: (y) => y >= 1900 && y < 2024, by: 'first' },
  'a recent mention (any year 2025 or 2026)': { year: (y) => y === 2025 || y === 2026, by: 'any' },
  'one year, first': { year: (y) => y === 2023, by: 'first' },
};

describe('writtenDates, lines with a wanted year only', () => {
  for (const [name, pick] of Object.entries(picks)) {
    it(`finds what a whole-text scan finds: ${name}`, () => {
      fc.assert(
        fc.property(entry, (text) => {
          const doc = parseNomination(text, ruleset);
          const wanted = (years: readonly number[]) => (pick.by === 'first' ? pick.year(years[0]!) : years.some(pick.year));
          const whole = [...writtenDates(doc, ruleset)].filter((d) => wanted(d.years));
          expect([...writtenDates(doc, ruleset, pick)]).toEqual(whole);
        }),
        { seed: SEED, numRuns: runs(400) },
      );
    });
  }

  it('finds a wanted date on a later line, with its position, and not the other lines\' dates', () => {
    const doc = parseNomination(nomination({ body: '## Achievements\nIn 2024 we began.\nFounded in March 2019, we grew.\n\n## Summary\n- In 2025\n' }), ruleset);
    const found = [...writtenDates(doc, ruleset, picks['eligibility (first year before 2024)']!)];
    expect(found.map((d) => [d.text, d.at.line, d.at.column])).toEqual([['March 2019', doc.lines.indexOf('Founded in March 2019, we grew.') + 1, 12]]);
  });

  it('a year hidden by another form is still found (\'2019 holds \'20 and 2019)', () => {
    const doc = parseNomination(nomination({ body: "## Achievements\nSince '2019 we grew.\n\n## Summary\n- One\n" }), ruleset);
    expect([...writtenDates(doc, ruleset, picks['eligibility (first year before 2024)']!)].map((d) => d.text)).toEqual(['2019']);
  });
});

describe('checks that read the same section', () => {
  it('each place what they find in it, whichever reads it first', async () => {
    const { lintText } = await import('../../src/lint.js');
    const text = nomination({ body: '## Achievements\nFounded in 2019.\n\nWe grew.\n\nTODO: add the survey.\n\nIn 2018 we began.\n\n## Summary\n- One\n' });
    const found = lintText(text).messages.filter((m) => m.ruleId === 'eligibility-date' || m.ruleId === 'placeholder').map((m) => [m.ruleId, m.line, m.column]);
    const lines = text.split('\n');
    expect(found).toEqual([
      ['eligibility-date', lines.indexOf('Founded in 2019.') + 1, 12],
      ['placeholder', lines.indexOf('TODO: add the survey.') + 1, 1],
      ['eligibility-date', lines.indexOf('In 2018 we began.') + 1, 4],
    ]);
  });
});
