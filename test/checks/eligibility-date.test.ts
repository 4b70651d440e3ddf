import { describe, expect, it } from 'vitest';
import { checkTable, runCheck } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';
import { lintText } from '../../src/lint.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const entry = (achievements: string, summary = '- Tripled the line', rest = '') =>
  nomination({ body: `## Achievements\n${achievements}\n\n## Summary\n${summary}\n${rest}` });
/** 1-based column of `needle` on its line. */
const columnOf = (text: string, needle: string) => text.split('\n')[lineOf(text, needle) - 1]!.indexOf(needle) + 1;

const since2019 = entry('Founded in 2019, the team tripled the line in 2024.');
const inSummary = entry('Tripled the line.', '- Tripled the line\n- Up 40% on 2022 figures');
const twoOnALine = entry('Between 2018 and 2023 the queue doubled; in 2024 it halved.');
const bounds = entry('Records since 1900 and until 2023.');
const afterComment = entry('<!-- 2018 was bad --> Unlike 2019, 2024 went well.');
const afterMultiLineComment = entry('<!--\nnotes from 2017\n-->\nIn 2020 we began.');
const punctuation = entry('(2019) and 2019, and 2019. and 2019-2020 and 2019–2021.');
const polish = nomination({ body: '## Osiągnięcia\nOd 2021 roku zespół się rozwija.\n\n## Podsumowanie\n- Punkt\n' });
const crlf = entry('In 2019 we began.').replace(/\n/g, '\r\n');
const duplicate = entry('In 2024.', '- One', '\n## Achievements\nAgain, in 2015.\n');

checkTable('eligibility-date', {
  valid: [
    { name: 'eligible years only', text: entry('In 2024 and 2025 the line tripled; the 2026 plan is ready.') },
    { name: 'a year in an HTML comment', text: entry('The line tripled. <!-- founded 2019 -->') },
    { name: 'a year in a multi-line comment', text: entry('The line tripled.\n<!--\nBackground: 2019,\n2020\n-->') },
    { name: 'years before 1900 are not dates of achievements', text: entry('The bank was founded in 1899.') },
    { name: 'digits inside longer numbers', text: entry('We answered 12,019 calls, 12019 chats, 2019.5 hours, 1,999 emails and 20190 tickets.') },
    { name: 'a year before earliestYear in a date form', text: entry('The bank opened on 15.03.1899, in March 1899.') },
    { name: 'a decimal after a dot', text: entry('Score 3.2019 on the index.') },
    { name: 'the Attachments section is not scanned', text: entry('In 2024.', '- One', '\n## Attachments\nThe 2019 baseline chart.\n') },
    { name: 'an unknown section is not scanned', text: entry('In 2024.', '- One', '\n## Background\nFounded 2010.\n') },
    { name: 'the title is not scanned', text: nomination({ body: '# Since 2010\n\n## Achievements\nIn 2024.\n\n## Summary\n- One\n' }) },
    { name: 'front matter is not scanned', text: nomination({ front: 'category: E01\nnominee: Team founded in 2010' }) },
  ],
  invalid: [
    {
      name: 'a year in the achievements, at its column',
      text: since2019,
      errors: [{ messageId: 'before', line: lineOf(since2019, 'Founded'), column: 12, includes: ['The date "2019" is before 1 January 2024'] }],
    },
    { name: 'a year in the summary', text: inSummary, errors: [{ messageId: 'before', line: lineOf(inSummary, 'Up 40%'), column: columnOf(inSummary, '2022') }] },
    {
      name: 'two years on a line',
      text: twoOnALine,
      errors: [
        { messageId: 'before', line: 6, column: columnOf(twoOnALine, '2018'), includes: ['2018'] },
        { messageId: 'before', line: 6, column: columnOf(twoOnALine, '2023'), includes: ['2023'] },
      ],
    },
    {
      name: '1900 and 2023 are the bounds',
      text: bounds,
      errors: [
        { messageId: 'before', line: 6, column: columnOf(bounds, '1900') },
        { messageId: 'before', line: 6, column: columnOf(bounds, '2023') },
      ],
    },
    { name: 'after a comment on the same line, column unchanged', text: afterComment, errors: [{ messageId: 'before', line: 6, column: columnOf(afterComment, '2019') }] },
    { name: 'after a multi-line comment, line unchanged', text: afterMultiLineComment, errors: [{ messageId: 'before', line: 9, column: 4, includes: ['2020'] }] },
    {
      name: 'next to punctuation; a range is one date, at its first year',
      text: punctuation,
      errors: [2, 12, 22, 32, 46].map((column) => ({ messageId: 'before', line: 6, column })),
    },
    { name: 'under a Polish title', text: polish, errors: [{ messageId: 'before', line: 6, column: 4, includes: ['2021'] }] },
    { name: 'CRLF line endings', text: crlf, errors: [{ messageId: 'before', line: 6, column: 4 }] },
    { name: 'a repeated achievements section is scanned too', text: duplicate, errors: [{ messageId: 'before', line: lineOf(duplicate, 'Again'), column: 11 }] },
  ],
});

describe('eligibility-date ignores web addresses', () => {
  it('a year in a URL path is not a claim', () => {
    const text = nomination({ body: '## Achievements\nCovered at https://news.org.example/2019/05/story and www.web.example/2018 in 2024.\n\n## Summary\n- One\n' });
    expect(runCheck('eligibility-date', { name: 'url', text })).toEqual([]);
  });
  it('a year after a URL on the same line is still found', () => {
    const text = nomination({ body: '## Achievements\nSee https://org.example/x, founded 2019.\n\n## Summary\n- One\n' });
    expect(runCheck('eligibility-date', { name: 'url', text }).map((m) => [m.line, m.column])).toEqual([[6, 36]]);
  });
});

/**
 * Real sentences, as Polish and English entries write dates (issue 12, item 3), each with
 * the dates it must report, quoted as written and found at their own column; [] for none.
 * The seed story (../shared/seeds/003_…) is among them: the PKO BP contact centre.
 */
const POLISH: Array<[string, string[]]> = [
  ['Po 24.02.2022 ruch na linii ukraińskiej w Contact Center banku wzrósł o kilkaset procent.', ['24.02.2022']],
  ['Od 03.2022 Contact Center rekrutuje konsultantów mówiących po ukraińsku.', ['03.2022']],
  ['Już w marcu pierwsza grupa przyszłych konsultantów rozpoczęła szkolenie.', []],
  ['W sumie w Contact Center pracę znalazło ponad 40 osób z Ukrainy.', []],
  ['W marcu 2023 uruchomiliśmy infolinię dla uchodźców.', ['marcu 2023']],
  ['Projekt ruszył w marzec 2023, a zakończył się w maju 2024.', ['marzec 2023']],
  ['Od 15 marca 2023 r. konsultanci pracują w trybie hybrydowym.', ['15 marca 2023 r.']],
  ['Zespół powstał w 2021 roku i od tego czasu się rozwija.', ['2021 roku']],
  ['Wdrożenie zakończyliśmy w 2023 r., a w 2024 r. podwoiliśmy liczbę czatów.', ['2023 r.']],
  ['W IV kwartale 2023 r. czas oczekiwania spadł o połowę.', ['IV kwartale 2023 r.']],
  ['W latach 2019–2024 obsłużyliśmy ponad 2000 zgłoszeń dziennie.', ['2019–2024']],
  ['Każdego dnia odbieramy 1999 połączeń i 2000 czatów.', []],
  ['Budżet projektu wyniósł 1 999 zł, a nagroda 2000 zł.', []],
  ['Zatrudniliśmy 2000 nowych konsultantów w ciągu roku.', []],
  ['Od 2019 klienci mogą rozmawiać z nami po ukraińsku.', ['2019']],
  ['Zapis rozmowy z 12.12.2023 pokazuje, jak pracuje zespół.', ['12.12.2023']],
  ['W grudniu ubiegłego roku zespół odebrał 3000 połączeń w jeden dzień.', []],
  ['Do końca lutego 2022 linia działała tylko w dni robocze.', ['lutego 2022']],
  ['Szkolenie trwało od 10.2023 do 01.2024.', ['10.2023']],
  ['Wynik NPS za 2024 rok to 72 punkty.', []],
  ['W styczniu 2025 r. zespół otrzymał nagrodę branżową.', []],
  ['Dane za 3/2023 pokazują wzrost o 40%.', ['3/2023']],
  ['Infolinia 801 302 1999 działa całą dobę od stycznia 2024 r.', []],
  ['Średni czas oczekiwania\u00a0w marcu\u00a02023 wynosił 4 minuty.', ['marcu\u00a02023']],
];
const ENGLISH: Array<[string, string[]]> = [
  ['Since March 2023 the team has answered every call within 60 seconds.', ['March 2023']],
  ['On 15.03.2023 we opened a second site in Lviv.', ['15.03.2023']],
  ['We handled 2000 calls a day during the floods.', []],
  ['The line grew from 1999 agents to 2400 agents.', []],
  ['In Q4 2023 we piloted the callback queue.', ['Q4 2023']],
  ['FY23 results were the baseline; FY24 and FY2025 show the change.', ['FY23']],
  ["Our '23 survey set the baseline for this entry.", ["'23"]],
  ['The rollout ran from 2023-03 to 2024-06.', ['2023-03']],
  ['In 2022 calls rose by 300% and the team had to grow.', ['2022']],
  ['Between 2022–2024 the team tripled in size.', ['2022–2024']],
  ['The service launched on March 15, 2023 and was rebuilt in 2024.', ['March 15, 2023']],
  ['In FY2023 the contact centre cost $2000 per agent.', ['FY2023']],
  ['We answered 94% of calls within 60 seconds in 2024 and 2025.', []],
  ['Our 2019 customer survey showed long waits.', ['2019']],
  ['Customer satisfaction rose to 4.6 out of 5 after 12 months.', []],
  ['Average handling time fell from 9 minutes in 2023 to 6 minutes in 2025.', ['2023']],
  ['The award of 2,000 points came in Q1 2024.', []],
  ['From 1 June 2023 to 31 May 2024 the hotline never closed.', ['1 June 2023']],
  ['The backlog of 1950 complaints was cleared in 2024.', []],
  ['A pilot in H2 2023 proved the model.', ['H2 2023']],
  ['Our 2022/23 fiscal year was the last before the change.', ['2022/23']],
  ["Since Jan '22 the team has grown from 12 to 40 people.", ["Jan '22"]],
];
const SENTENCES = [...POLISH, ...ENGLISH];

describe('eligibility-date finds dates as written (a table of real sentences)', () => {
  it('holds at least forty sentences, at least half of them Polish', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(40);
    expect(POLISH.length).toBeGreaterThanOrEqual(SENTENCES.length / 2);
  });
  it.each(SENTENCES)('%s', (sentence, dates) => {
    const text = entry(sentence);
    const line = lineOf(text, sentence);
    let from = 0;
    const expected = dates.map((date) => {
      const column = sentence.indexOf(date, from) + 1;
      from = column;
      return { line, column, message: `The date "${date}" is before 1 January 2024: only achievements since then count, so make sure this is background, not a claim` };
    });
    expect(runCheck('eligibility-date', { name: sentence, text }).map((m) => ({ line: m.line, column: m.column, message: m.message }))).toEqual(expected);
  });
  it('quotes the date as written in Polish too', () => {
    const text = entry('Od 03.2022 rośniemy.');
    const [message] = lintText(text, { locale: 'pl' }).messages.filter((m) => m.ruleId === 'eligibility-date');
    expect(message?.message).toBe('Data „03.2022” przypada przed 1 stycznia 2024 r., a liczą się tylko osiągnięcia od tej daty: upewnij się, że to tylko tło, a nie opisywane osiągnięcie');
  });
  it("the earliest year considered is still the ruleset's eligibility.earliestYear", () => {
    const ruleset = loadRuleset();
    const late = { ...ruleset, eligibility: { ...ruleset.eligibility, earliestYear: 2022 } };
    const text = entry("In FY21, on 15.03.2021, in March 2021 and '21 — but also in Q4 2022.");
    expect(runCheck('eligibility-date', { name: 'late', text, ruleset: late }).map((m) => m.column)).toEqual([text.split('\n')[5]!.indexOf('Q4 2022') + 1]);
  });
});

describe('dates in any case, matched in small letters', () => {
  const at = (text: string) =>
    lintText(nomination({ body: `## Achievements\n${text}\n\n## Summary\n- x\n` }), { rules: { 'prior-winner': 'off' } })
      .messages.filter((m) => m.ruleId === 'eligibility-date')
      .map((m) => `${m.column} ${m.message.match(/"([^"]+)"/)?.[1]}`);

  it('finds MARCH 2023, fy23 and q4 2023 and quotes them as written', () => {
    expect(at('MARCH 2023, fy23 and q4 2023.')).toEqual(['1 MARCH 2023', '13 fy23', '22 q4 2023']);
  });

  it('a text whose small letters are longer (İ) is matched as written, at the right columns', () => {
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(at('İstanbul opened in March 2023.')).toEqual(['20 March 2023']);
  });
});
