/**
 * Messages in English and Polish: plural words, the Polish catalogue kept in step with
 * every check's English messages, lintText's locale, and the Polish stylish report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nominationTemplate } from '../src/commands/init.js';
import { eligibilityDate } from '../src/checks/helpers.js';
import { CHECKS } from '../src/checks/index.js';
import { CHECK_IDS } from '../src/checks/ids.js';
import stylish from '../src/formatters/stylish.js';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import { PL } from '../src/i18n/pl.js';
import { SCHEMA_DESCRIPTIONS_PL } from '../src/i18n/terms.js';
import { UI } from '../src/i18n/ui.js';
import { lintText } from '../src/lint.js';
import { formatMessage, placeholders, pluralCategories, QUOTE_MAX } from '../src/messages.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { parseNomination } from '../src/parse/document.js';
import type { AttachmentKind, FileResult, Report, Ruleset } from '../src/types.js';
import { DEFAULT_FRONT, nomination } from './helpers/nomination.js';
import { fileResult, message } from './helpers/results.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const ruleset = loadRuleset();

describe('plural words {{count|…}}', () => {
  const render = (locale: Locale, template: string, count: number) => formatMessage('test', { m: template }, 'm', { count }, locale);

  it('orders the forms by CLDR category: en one, other; pl one, few, many, other', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
  });

  it.each([
    [0, '0 znaków'],
    [1, '1 znak'],
    [2, '2 znaki'],
    [4, '4 znaki'],
    [5, '5 znaków'],
    [12, '12 znaków'],
    [21, '21 znaków'],
    [22, '22 znaki'],
    [25, '25 znaków'],
    [1.5, '1,5 znaku'],
  ])('pl: %s → %s', (count, expected) => {
    expect(render('pl', '{{count}} {{count|znak|znaki|znaków|znaku}}', count)).toBe(expected);
  });

  it.each([
    [0, '0 characters'],
    [1, '1 character'],
    [2, '2 characters'],
    [5, '5 characters'],
    [21, '21 characters'],
    [1.5, '1.5 characters'],
  ])('en: %s → %s', (count, expected) => {
    expect(render('en', '{{count}} {{count|character|characters}}', count)).toBe(expected);
  });

  it('reads the number from any data key, and a numeric string too', () => {
    expect(formatMessage('t', { m: 'at most {{limit}} {{limit|is|are}} allowed' }, 'm', { limit: 1 })).toBe('at most 1 is allowed');
    expect(formatMessage('t', { m: '{{n|plik|pliki|plików|pliku}}' }, 'm', { n: '22' }, 'pl')).toBe('pliki');
  });

  it('throws on a plural with the wrong number of forms for the locale', () => {
    expect(() => render('en', '{{count|znak|znaki|znaków|znaku}}', 1)).toThrow(/\{\{count\|…\}\} has 4 plural forms; en needs 2 \(one, other\)/);
    expect(() => render('pl', '{{count|character|characters}}', 1)).toThrow(/has 2 plural forms; pl needs 4 \(one, few, many, other\)/);
    // Even when the count would pick a form that exists.
    expect(() => render('pl', '{{count|a|b|c}}', 1)).toThrow(/3 plural forms/);
  });

  it('throws on a plural without data or with a count that is not a number', () => {
    expect(() => formatMessage('t', { m: '{{count|a|b}}' }, 'm', {})).toThrow('t: message "m" has no data for {{count}}');
    expect(() => formatMessage('t', { m: '{{count|a|b}}' }, 'm', { count: 'many' })).toThrow(/needs a number/);
  });
});

describe('formatMessage keeps its checks', () => {
  it('throws on an unknown messageId and on a placeholder without data', () => {
    expect(() => formatMessage('c', { a: 'x' }, 'b')).toThrow('c: unknown messageId "b"');
    expect(() => formatMessage('c', { a: 'x {{y}}' }, 'a')).toThrow('c: message "a" has no data for {{y}}');
    expect(() => formatMessage('c', { a: 'x {{y}}' }, 'a', {}, 'pl')).toThrow('c: message "a" (pl) has no data for {{y}}');
  });

  it('throws on a malformed placeholder rather than printing it', () => {
    expect(() => formatMessage('c', { a: 'x {{y}' }, 'a', { y: 1 })).toThrow(/malformed placeholder \{\{y\}/);
    expect(() => formatMessage('c', { a: 'x {{count|a|b' }, 'a', { count: 1 })).toThrow(/malformed/);
  });

  it('fills {{ name }} with spaces as before, and leaves data that looks like a placeholder alone', () => {
    expect(formatMessage('c', { a: '"## {{ heading }}"' }, 'a', { heading: 'Notes {{name}}' })).toBe('"## Notes {{name}}"');
  });

  it('picks the locale of a Localized value; plain values read the same in every language', () => {
    const data = { title: { en: 'Summary', pl: 'Podsumowanie' }, count: 3 };
    expect(formatMessage('c', { a: '{{title}}: {{count}}' }, 'a', data, 'en')).toBe('Summary: 3');
    expect(formatMessage('c', { a: '{{title}}: {{count}}' }, 'a', data, 'pl')).toBe('Podsumowanie: 3');
  });

  it('a heading written with braces does not crash the linter', () => {
    const text = nomination({ body: '## Achievements\nText.\n\n## Summary\n- One\n\n## Notes {{name}}\nMore.\n' });
    for (const locale of LOCALES) {
      const result = lintText(text, { ruleset, locale });
      expect(result.messages.map((m) => m.messageId)).toEqual(['unknown']);
      expect(result.messages[0]!.message).toContain('Notes {{name}}');
    }
  });
});

describe('dates in the locale', () => {
  it('formats the eligibility date as writers read it', () => {
    expect(eligibilityDate(ruleset)).toBe('1 January 2024');
    expect(eligibilityDate(ruleset, 'en')).toBe('1 January 2024');
    expect(eligibilityDate(ruleset, 'pl')).toBe('1 stycznia 2024');
  });
});

/** The problems of a translation against its English source: missing or extra ids, placeholders, plural forms. */
function catalogueProblems(name: string, english: Record<string, string>, translated: Record<string, string> | undefined, locale: Locale): string[] {
  if (!translated) return [`${name}: no ${locale} messages`];
  const problems: string[] = [];
  for (const id of Object.keys(translated)) if (!Object.hasOwn(english, id)) problems.push(`${name}.${id}: not an English messageId`);
  const names = (template: string) => [...new Set(placeholders(template).map((p) => p.name))].sort();
  const formProblems = (template: string, lang: Locale, id: string) =>
    placeholders(template)
      .filter((p) => p.forms && p.forms.length !== pluralCategories(lang).length)
      .map((p) => `${name}.${id} (${lang}): {{${p.name}|…}} has ${p.forms!.length} forms, not ${pluralCategories(lang).length}`);
  for (const [id, source] of Object.entries(english)) {
    problems.push(...formProblems(source, 'en', id));
    const target = translated[id];
    if (target === undefined) {
      problems.push(`${name}.${id}: no ${locale} translation`);
      continue;
    }
    if (names(source).join() !== names(target).join()) problems.push(`${name}.${id}: placeholders ${names(source).join(', ')} in en, ${names(target).join(', ')} in ${locale}`);
    problems.push(...formProblems(target, locale, id));
  }
  return problems;
}

describe('the Polish catalogue (meta-test)', () => {
  it('has every messageId of every check, with the same placeholders and four-form plurals', () => {
    const problems = CHECKS.flatMap((check) => catalogueProblems(check.id, check.messages, PL[check.id], 'pl'));
    expect(problems).toEqual([]);
    expect(Object.keys(PL).sort()).toEqual([...CHECK_IDS].sort());
  });

  it('the stylish report has every string in both languages, in step', () => {
    expect(catalogueProblems('ui', UI.en, UI.pl, 'pl')).toEqual([]);
    expect(Object.keys(UI.pl).sort()).toEqual(Object.keys(UI.en).sort());
  });

  it('would catch a missing translation, other placeholders and the wrong number of forms', () => {
    const english = { a: 'x {{title}}', b: '{{count}} {{count|item|items}}', c: 'y', d: '{{count|one}}' };
    const polish = { a: 'x {{tytul}}', b: '{{count}} {{count|punkt|punkty}}', e: 'z', d: '{{count|a|b|c|d}}' };
    expect(catalogueProblems('probe', english, polish, 'pl')).toEqual([
      'probe.e: not an English messageId',
      'probe.a: placeholders title in en, tytul in pl',
      'probe.b (pl): {{count|…}} has 2 forms, not 4',
      'probe.c: no pl translation',
      'probe.d (en): {{count|…}} has 1 forms, not 2',
    ]);
    // Plural variables count as placeholders: English {{n|…}} and Polish {{count}} differ.
    expect(catalogueProblems('probe', { a: '{{n|x|y}}' }, { a: '{{count}}' }, 'pl')).toEqual(['probe.a: placeholders n in en, count in pl']);
  });

  it('has Polish for every description of the nomination schema, and no other', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/nomination.schema.json`, 'utf8')) as unknown;
    const pointers: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${pointer}/${i}`));
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (typeof record.description === 'string') pointers.push(pointer);
        for (const [key, child] of Object.entries(record)) if (key !== 'description') walk(child, `${pointer}/${key}`);
      }
    };
    walk(schema, '#');
    expect(Object.keys(SCHEMA_DESCRIPTIONS_PL).sort()).toEqual(pointers.sort());
  });

  it('the bundled ruleset has a Polish title for each section, which is one of its aliases', () => {
    for (const [id, rule] of Object.entries(ruleset.sections)) {
      expect(rule.titlePl, id).toBeDefined();
      expect(rule.aliases, id).toContain(rule.titlePl);
    }
    expect(Object.values(ruleset.sections).map((r) => r.titlePl)).toEqual(['Osiągnięcia', 'Podsumowanie', 'Załączniki']);
  });

  it('the bundled ruleset names the competition and describes each section in Polish, short enough to be quoted whole', () => {
    expect(ruleset.competitionPl).toBe('IBA 2026 (obsługa klienta)');
    for (const [id, rule] of Object.entries(ruleset.sections)) {
      // Longer data is cut to an excerpt in messages (QUOTE_MAX), which would clip the page's words.
      for (const text of [rule.description, rule.descriptionPl]) expect(text?.length ?? Infinity, id).toBeLessThanOrEqual(QUOTE_MAX);
    }
    expect(ruleset.competitionPl!.length).toBeLessThanOrEqual(QUOTE_MAX);
  });
});

/**
 * Every number a message prints carries its unit (meta-test). The rule, per template:
 * a numeric placeholder `{{n}}` passes when
 *   - a plural word of the same number follows it: `{{n}} {{n|znak|znaki|znaków|znaku}}`,
 *     or it is the first of a pair that shares one: `{{count}}/{{limit}} {{limit|bullet|bullets}}`;
 *   - `%` follows it: `{{percent}}%`;
 *   - a noun that names what is numbered comes just before it: "line {{firstLine}}",
 *     "bullet {{number}}", "punkt nr {{number}}" (a line or an item's number, not an amount);
 *   - it is a year (`{{year}}`, `{{thisYear}}`, `{{givenYear}}`): a year is not an amount.
 * Numeric placeholders are the names in NUMERIC; a test below keeps that list complete
 * against the data the checks really report.
 */
const NUMERIC = ['count', 'limit', 'overflow', 'number', 'percent', 'firstLine', 'line', 'year', 'thisYear', 'givenYear', 'breaks', 'links', 'documents', 'files', 'problems', 'errors', 'warnings'];
const NUMBERING_NOUNS: Record<Locale, string[]> = { en: ['line', 'bullet', 'Bullet', 'link', 'attachment'], pl: ['wierszu', 'nr', 'Punkt'] };
/** Justified exceptions, `catalogue.messageId.placeholder`: the video check's values are m:ss clocks ("0:30"), whose colon is their unit. */
const UNIT_EXCEPTIONS = ['video.tooLong.overflow'];

function unitProblems(name: string, messages: Record<string, string>, locale: Locale): string[] {
  const problems: string[] = [];
  for (const [id, template] of Object.entries(messages)) {
    for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      const variable = match[1]!;
      if (!NUMERIC.includes(variable) || /^(?:year|\w+Year)$/.test(variable) || UNIT_EXCEPTIONS.includes(`${name}.${id}.${variable}`)) continue;
      const after = template.slice(match.index + match[0].length);
      const before = template.slice(0, match.index);
      const plural = (v: string) => new RegExp(`^\\s*\\{\\{\\s*${v}\\s*\\|`);
      const pair = after.match(/^\/\{\{\s*(\w+)\s*\}\}/);
      const ok =
        plural(variable).test(after) ||
        (pair !== null && plural(pair[1]!).test(after.slice(pair[0].length))) ||
        after.startsWith('%') ||
        NUMBERING_NOUNS[locale].some((noun) => new RegExp(`(?:^|[\\s(„"])${noun}\\s$`).test(before));
      if (!ok) problems.push(`${name}.${id} (${locale}): {{${variable}}} has no unit`);
    }
  }
  return problems;
}

describe('every number carries its unit (meta-test)', () => {
  it('in every check message, English and Polish, and in the stylish report', () => {
    const problems = [
      ...CHECKS.flatMap((check) => [...unitProblems(check.id, check.messages, 'en'), ...unitProblems(check.id, PL[check.id], 'pl')]),
      ...LOCALES.flatMap((locale) => unitProblems('ui', UI[locale], locale)),
    ];
    expect(problems).toEqual([]);
  });

  it('would catch a bare number, and accepts a unit, a percentage, a numbered item and a year', () => {
    const probe = {
      bare: 'skróć ją o {{overflow}}',
      wrongWord: 'cut {{overflow}} {{count|word|words}}',
      unit: 'skróć ją o {{overflow}} {{overflow|znak|znaki|znaków|znaku}}',
      fraction: '{{count}}/{{limit}} {{limit|punkt|punkty|punktów|punktu}}',
      percent: '{{percent}}%',
      numbered: 'to jest punkt nr {{number}}, w wierszu {{firstLine}}',
      year: 'Rok {{year}}',
      notNumeric: '„{{title}}”',
    };
    expect(unitProblems('probe', probe, 'pl')).toEqual(['probe.bare (pl): {{overflow}} has no unit', 'probe.wrongWord (pl): {{overflow}} has no unit']);
  });

  it('NUMERIC names every placeholder the checks fill with a number', () => {
    // The checks' own reports, before formatting: the data each message is filled with.
    const reports = CASES.flatMap((c) => {
      const doc = parseNomination(c.text, c.ruleset ?? ruleset);
      const said: Report[] = [];
      for (const check of CHECKS) check.check(doc, { ruleset: c.ruleset ?? ruleset, filePath: c.filePath ?? '/nominations/entry.md', attachmentKind: c.attachmentKind ?? (() => 'missing'), report: (r) => said.push(r) });
      return said;
    });
    const numeric = new Set(reports.flatMap((r) => Object.entries(r.data ?? {}).filter(([, v]) => typeof v === 'number').map(([k]) => k)));
    expect([...numeric].filter((name) => !NUMERIC.includes(name))).toEqual([]);
    expect([...numeric]).toEqual(expect.arrayContaining(['count', 'limit', 'overflow', 'number', 'firstLine', 'year'])); // the data is really read
  });
});

/** Nominations that between them make every check say every message. */
interface Case {
  name: string;
  text: string;
  filePath?: string;
  exists?: (path: string) => boolean;
  attachmentKind?: (path: string) => AttachmentKind;
  ruleset?: Ruleset;
  /** Lint with reportUnusedDisableDirectives, so that the unused-directive messages are said too. */
  reportUnused?: boolean;
}

const front = (lines: string) => nomination({ front: `${DEFAULT_FRONT}\n${lines}` });
const video = (lines: string) => nomination({ front: `${DEFAULT_FRONT}\nformat: video\n${lines}`, body: '' });
const BODY = '## Achievements\nText.\n\n## Summary\n- One bullet\n';
const wordsRuleset: Ruleset = {
  ...ruleset,
  unit: 'words' as Ruleset['unit'],
  sections: { ...ruleset.sections, achievements: { ...ruleset.sections.achievements!, limit: 2 } },
};

const CASES: Case[] = [
  { name: 'the common mistakes example', text: readFileSync(`${ROOT}/examples/common-mistakes.md`, 'utf8'), filePath: `${ROOT}/examples/common-mistakes.md`, exists: () => false },
  { name: 'no front matter', text: `# Title\n\n${BODY}` },
  { name: 'unclosed front matter', text: `---\ncategory: E01\nnominee: Team\n\n${BODY}` },
  { name: 'JavaScript front matter', text: `---js\n({ category: 'E01' })\n---\n${BODY}` },
  { name: 'YAML that does not parse', text: nomination({ front: 'category: E01\nnominee: [unclosed' }) },
  { name: 'a key written twice', text: nomination({ front: 'category: E01\nnominee: Team\ncategory: E02' }) },
  { name: 'attachments outside the folder', text: front('attachments:\n  - /etc/report.pdf\n  - ../report.pdf') },
  {
    name: 'attachments that are a folder, a FIFO and a link out',
    text: front('attachments:\n  - evidence\n  - pipe.pdf\n  - link.pdf'),
    attachmentKind: (path) => (path.endsWith('evidence') ? 'folder' : path.endsWith('pipe.pdf') ? 'special' : 'outside'),
  },
  { name: 'a JavaScript tag', text: nomination({ front: 'category: E01\nnominee: !!js/function "function () {}"' }) },
  { name: 'a list as front matter', text: nomination({ front: '- category: E01\n- nominee: Team' }) },
  { name: 'wrong types and values', text: front('links: 3\nformat: film\nzzqqxx: 1') },
  { name: 'no nominee, no category', text: nomination({ front: 'organization: Example Bank' }) },
  { name: 'an empty nominee, an unknown code', text: nomination({ front: 'category: X99\nnominee: ""' }) },
  { name: 'no summary', text: nomination({ body: '## Achievements\nText.\n' }) },
  { name: 'an empty summary, a misspelt heading', text: nomination({ body: '## Achievements\nText.\n\n## Summary\n\n## Sumary\nText.\n' }) },
  { name: 'a summary without a list', text: nomination({ body: '## Achievements\nText.\n\n## Summary\nOne paragraph.\n' }) },
  { name: 'a numbered summary, a pasted bullet', text: nomination({ body: '## Achievements\nText.\n\n## Summary\n1. One\n• Two\n' }) },
  {
    name: 'eleven attachments, one not mentioned',
    text: front(`attachments:\n${Array.from({ length: 11 }, (_, i) => `  - a${i + 1}.pdf`).join('\n')}`).replace(/$/, `\n## Attachments\n${Array.from({ length: 10 }, (_, i) => `a${i + 1}.pdf`).join(', ')}\n`),
  },
  { name: 'a video entry without video', text: video('') },
  { name: 'a video without url or duration', text: video('video: {}') },
  { name: 'a duration that is not one', text: video('video: {url: https://v.example/1, duration: soon}') },
  { name: 'a video too long', text: video('video: {url: https://v.example/1, duration: "6:30"}') },
  { name: 'a video with neither url nor file, and no length', text: video('video: {duration: 0}') },
  { name: 'a missing video file, a length below zero', text: video('video: {file: film.mp4, duration: -1}'), attachmentKind: () => 'missing' },
  { name: 'a video file outside the folder, a url without its scheme', text: video('video: {url: v.example/1, file: ../film.mp4, duration: 60}') },
  { name: 'a video file that is a folder', text: video('video: {file: films, duration: 60}'), attachmentKind: () => 'folder' },
  { name: 'a video block in an essay', text: front('video: {url: https://v.example/1, duration: 60}') },
  { name: 'a misspelt summary heading', text: nomination({ body: '## Achievements\nText.\n\n## Sumary\n- One\n' }) },
  { name: 'a prior winner not updated', text: front('prior_win: {year: 2025, categories: [E01], updated: false}') },
  {
    name: 'a prior winner not updated, its won categories by name, code, a new one and an unknown one',
    text: front('prior_win: {year: 2025, categories: [Best Crisis Response in Customer Service, E01, Best Use of Technology in Customer Service, Best Bank], updated: false}'),
  },
  { name: 'a prior winner updated without a recent year', text: front('prior_win: {year: 2025, categories: [E01], updated: true}') },
  { name: 'the video template untouched', text: nominationTemplate(ruleset, { category: ruleset.categories[0]!, format: 'video' }) },
  { name: 'a mark left for later and an example address', text: nomination({ body: '## Achievements\nCut waits by TBD.\n\n## Summary\n- See https://example.com/x\n' }) },
  {
    name: 'markup the plain-text form shows, and decomposed letters',
    text: nomination({ body: '## Achievements\n### Sub\n\n**Bold**, `code`, [a](https://b.example), <br>, Zaz\u0307o\u0301ł.\n\n| a | b |\n|---|---|\n\n## Summary\n- x\n' }),
  },
  { name: 'a win in another year', text: front('prior_win: {year: 2023, categories: [E01], updated: false}') },
  { name: 'a word limit', text: nomination({ body: '## Achievements\nThree whole words.\n\n## Summary\n- One\n' }), ruleset: wordsRuleset },
  {
    name: 'directives that cannot be applied, and unused ones',
    text: nomination({
      body: [
        '## Achievements',
        '<!-- iba-lint-enable -->',
        '<!-- iba-lint-enable visible-markup -->',
        '<!-- iba-lint-disable section-length, directive, zzqqxxvv, placeholdr -->',
        '<!-- iba-lint-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz -->',
        '<!-- iba-lint-disable-nextline placeholder -->',
        '<!-- iba-lint-disable-line',
        'placeholder -->',
        '<!-- iba-lint-disable-next-line eligibility-date, placeholder -->',
        'Text.',
        'Plain words. <!-- iba-lint-disable-line -->',
        '',
        '## Summary',
        '- One',
        '',
      ].join('\n'),
    }),
    reportUnused: true,
  },
];

function lint(c: Case, locale?: Locale) {
  return lintText(c.text, {
    ruleset: c.ruleset ?? ruleset,
    filePath: c.filePath ?? '/nominations/entry.md',
    ...(c.exists && { exists: c.exists }),
    ...(c.attachmentKind && { attachmentKind: c.attachmentKind }),
    ...(locale && { locale }),
    ...(c.reportUnused && { reportUnusedDisableDirectives: true }),
  });
}

describe('lintText in every locale', () => {
  it('together, the cases make every check say every one of its messages', () => {
    const said = new Set(CASES.flatMap((c) => lint(c).messages.map((m) => `${m.ruleId}.${m.messageId}`)));
    const all = CHECKS.flatMap((check) => Object.keys(check.messages).map((id) => `${check.id}.${id}`));
    expect(all.filter((key) => !said.has(key))).toEqual([]);
  });

  it.each(CASES)('$name: the same problems in both languages, worded in each', (c) => {
    const en = lint(c, 'en');
    const pl = lint(c, 'pl');
    const shape = (r: FileResult) => ({ ...r, messages: r.messages.map(({ message: _message, ...rest }) => rest) });
    expect(shape(pl)).toEqual(shape(en));
    expect(lint(c)).toEqual(en); // English is the default
    pl.messages.forEach((m, i) => {
      const english = en.messages[i]!.message;
      expect(m.message, `${m.ruleId}.${m.messageId}`).not.toBe(english);
      for (const text of [m.message, english]) expect(text, `${m.ruleId}.${m.messageId}`).not.toMatch(UNFILLED);
    });
  });

  it('Polish messages read as Polish: titles, plurals, dates and category names', () => {
    const messages = (c: Case) => lint(c, 'pl').messages.map((m) => m.message);
    const mistakes = messages(CASES[0]!);
    expect(mistakes).toContain('Sekcja „Podsumowanie” ma 1258 znaków, a limit to 1150 znaków: skróć ją o 108 znaków');
    expect(mistakes).toContain('Sekcja „Podsumowanie” ma 12 punktów, a limit to 10 punktów: usuń 2 punkty (to jest punkt nr 11)');
    expect(mistakes).toContain('Lista „links” ma 11 linków, a limit to 10 linków: usuń 1 link (to jest link nr 11)');
    expect(mistakes.some((m) => m.includes('ma 1 zagnieżdżony punkt: to osobny punkt, który wlicza się do limitu 10 punktów; przenieś go na najwyższy poziom albo włącz go do treści punktu'))).toBe(true);
    expect(mistakes.some((m) => m.startsWith('Data „1998” przypada przed 1 stycznia 2024 r., a liczą się'))).toBe(true);
    // The competition's name in Polish, from the ruleset's competitionPl.
    expect(mistakes.some((m) => m.startsWith('„e1” nie jest kodem kategorii konkursu IBA 2026 (obsługa klienta): czy chodziło'))).toBe(true);
    expect(mistakes.some((m) => m.includes('„E01” (Najlepsza reakcja na sytuacje kryzysowe w obsłudze klienta)'))).toBe(true);
    expect(mistakes.some((m) => m.includes('## Osiągnięcia, ## Podsumowanie, ## Załączniki'))).toBe(true);
    expect(messages(CASES.find((c) => c.name === 'a word limit')!)).toEqual(['Sekcja „Osiągnięcia” ma 3 słowa, a limit to 2 słowa: skróć ją o 1 słowo']);
    // Polish quotation marks, also around the schema's keys and values.
    expect(messages(CASES.find((c) => c.name === 'wrong types and values')!)).toEqual(
      expect.arrayContaining(['„links”: to musi być lista adresów internetowych', '„format”: dozwolone wartości to „essay”, „video”, a nie „film”']),
    );
    // What a missing or empty section should hold, in the page's Polish words.
    expect(messages(CASES.find((c) => c.name === 'no summary')!)).toEqual([
      'Brakuje wymaganej sekcji „Podsumowanie”: dodaj nagłówek „## Podsumowanie”, a pod nim krótkie podsumowanie w formie listy punktowanej: do 10 głównych osiągnięć od 1 stycznia 2024 r.',
    ]);
    expect(messages({ name: 'empty achievements', text: nomination({ body: '## Achievements\n\n## Summary\n- One\n' }) })).toEqual([
      'Sekcja „Osiągnięcia” jest pusta: wpisz opis osiągnięć kandydata od 1 stycznia 2024 r.',
    ]);
  });

  it('a ruleset without Polish names falls back to its English name and a generic phrase', () => {
    const { competitionPl: _c, ...rest } = ruleset;
    const bare: Ruleset = { ...rest, sections: Object.fromEntries(Object.entries(ruleset.sections).map(([id, { descriptionPl: _d, ...rule }]) => [id, rule])) };
    const pl = (text: string) => lintText(text, { ruleset: bare, locale: 'pl' }).messages.map((m) => m.message);
    expect(pl(nomination({ front: 'category: X99\nnominee: Team' }))[0]).toMatch(/^„X99” nie jest kodem kategorii konkursu IBA 2026 \(Customer Service\): użyj/);
    expect(pl(nomination({ body: '## Achievements\nText.\n' }))).toEqual(['Brakuje wymaganej sekcji „Podsumowanie”: dodaj nagłówek „## Podsumowanie”, a pod nim jej tekst']);
  });

  it('English says the unit of the ruleset, in the singular for one', () => {
    const words = lint(CASES.find((c) => c.name === 'a word limit')!).messages.map((m) => m.message);
    expect(words).toEqual(['The section "Achievements" has 3 words; the limit is 2 words: cut 1 word']);
    const one = lint({ name: 'one nested item', text: nomination({ body: '## Achievements\nText.\n\n## Summary\n- One\n  - detail\n' }) });
    expect(one.messages.map((m) => m.message)).toEqual(['Bullet 1 of "Summary" has 1 nested item: it is a point of its own and counts toward the limit of 10 bullets; lift it to the top level or fold it into the bullet']);
    const empty = lint({ name: 'empty achievements', text: nomination({ body: '## Achievements\n\n## Summary\n- One\n' }) });
    expect(empty.messages.map((m) => m.message)).toEqual(['The section "Achievements" is empty: write a description of the nominee\'s achievements since 1 January 2024']);
  });
});

/** What would be left of a placeholder (no case writes braces of its own). */
const UNFILLED = /\{\{|\}\}/;

describe('the stylish report in Polish', () => {
  const ctx = (locale?: Locale) => ({ color: false, cwd: ROOT, ruleset, ...(locale && { locale }) });
  const tally = (results: FileResult[], locale?: Locale) => stylish(results, ctx(locale)).trimEnd().split('\n').at(-1);
  const withProblems = (errors: number, warnings: number, path = `${ROOT}/a.md`) =>
    fileResult(path, [...Array.from({ length: errors }, (_, i) => message('category', 2, i + 1, 1, 'e')), ...Array.from({ length: warnings }, (_, i) => message('unknown-key', 1, i + 1, 1, 'w'))]);
  const files = (n: number) => Array.from({ length: n }, (_, i) => fileResult(`${ROOT}/f${i}.md`, []));

  it.each([
    [[withProblems(1, 0)], '✖ 1 problem (1 błąd, 0 ostrzeżeń) w 1 pliku', '✖ 1 problem (1 error, 0 warnings) in 1 file'],
    [[withProblems(0, 2), ...files(1)], '✖ 2 problemy (0 błędów, 2 ostrzeżenia) w 2 plikach', '✖ 2 problems (0 errors, 2 warnings) in 2 files'],
    [[withProblems(2, 3), ...files(4)], '✖ 5 problemów (2 błędy, 3 ostrzeżenia) w 5 plikach', '✖ 5 problems (2 errors, 3 warnings) in 5 files'],
    [[withProblems(5, 1)], '✖ 6 problemów (5 błędów, 1 ostrzeżenie) w 1 pliku', '✖ 6 problems (5 errors, 1 warning) in 1 file'],
    [[withProblems(12, 10)], '✖ 22 problemy (12 błędów, 10 ostrzeżeń) w 1 pliku', '✖ 22 problems (12 errors, 10 warnings) in 1 file'],
    [[withProblems(22, 3)], '✖ 25 problemów (22 błędy, 3 ostrzeżenia) w 1 pliku', '✖ 25 problems (22 errors, 3 warnings) in 1 file'],
    [files(1), '✔ Sprawdzono 1 plik: brak problemów', '✔ 1 file checked: no problems'],
    [files(2), '✔ Sprawdzono 2 pliki: brak problemów', '✔ 2 files checked: no problems'],
    [files(5), '✔ Sprawdzono 5 plików: brak problemów', '✔ 5 files checked: no problems'],
    [files(22), '✔ Sprawdzono 22 pliki: brak problemów', '✔ 22 files checked: no problems'],
  ])('%#: %s', (results, polish, english) => {
    expect(tally(results, 'pl')).toBe(polish);
    expect(tally(results, 'en')).toBe(english);
    expect(tally(results)).toBe(english);
  });

  it('words the whole report in Polish: problems, section table and tally', () => {
    const filePath = `${ROOT}/examples/common-mistakes.md`;
    const result = lintText(readFileSync(filePath, 'utf8'), { ruleset, filePath, exists: () => false, locale: 'pl' });
    const report = stylish([result], ctx('pl'));
    expect(report).toContain('   3:11  błąd         „e1” nie jest kodem kategorii');
    expect(report).toMatch(/ {4}5:1 {2}ostrzeżenie {2}Nieznany klucz „organisation”/);
    expect(report).toMatch(/Sekcja +Użyto +Limit/);
    expect(report).toMatch(/Osiągnięcia +294 +4900 .* 6%\n/);
    expect(report).toMatch(/Podsumowanie +1258 +1150 .* 109%, 108 znaków ponad limit {2}12\/10 punktów\n/);
    expect(report).toMatch(/Załączniki +— +1500 .* pominięta \(sekcja opcjonalna\)\n/);
    expect(report).toContain('  Liczone w znakach (jednostkach kodowych UTF-16, tak jak liczą je liczniki formularzy w przeglądarkach).');
    expect(report.trimEnd().split('\n').at(-1)).toBe('✖ 20 problemów (10 błędów, 10 ostrzeżeń) w 1 pliku');
    // Advice, with each number's unit, and no claim about the jury the rules page never makes.
    expect(report).toContain('  ℹ Sekcja „Osiągnięcia” wykorzystuje 6% z 4900 znaków: możesz ją jeszcze uzupełnić\n');
    expect(report).toContain('  ✂ Sekcja „Podsumowanie” przekracza limit o 108 znaków: mieści się do „');
    expect(report).not.toMatch(/jury|juror/i);
    for (const english of ['error', 'warning', 'Section', 'Used', 'over', 'bullets', 'Counted in', 'not included', 'problems']) {
      // Rule ids such as summary-bullets stay as they are.
      expect(report, english).not.toMatch(new RegExp(`(?<![\\w-])${english}(?![\\w-])`));
    }
  });

  it('English advice lines carry units and make no claim about the judges', () => {
    const filePath = `${ROOT}/examples/common-mistakes.md`;
    const report = stylish([lintText(readFileSync(filePath, 'utf8'), { ruleset, filePath, exists: () => false })], ctx('en'));
    expect(report).toContain('  ℹ Achievements uses 6% of its 4900 characters: you may want to add to it\n');
    expect(report).toContain('  ✂ Summary is 108 characters over the limit: it fits up to “');
    expect(report).toMatch(/Summary +1258 +1150 .* 109%, 108 characters over {2}12\/10 bullets\n/);
    expect(report).not.toMatch(/judge/i);
  });

  it('a ruleset counted in words says words in the report', () => {
    const result = lintText(nomination({ body: '## Achievements\nThree whole words.\n\n## Summary\n- One\n' }), { ruleset: wordsRuleset, filePath: `${ROOT}/w.md` });
    const en = stylish([result], { color: false, cwd: ROOT, ruleset: wordsRuleset });
    expect(en).toMatch(/150%, 1 word over/);
    expect(en).toContain('Achievements is 1 word over the limit');
    const pl = stylish([lintText(nomination({ body: '## Achievements\nThree whole words.\n\n## Summary\n- One\n' }), { ruleset: wordsRuleset, filePath: `${ROOT}/w.md`, locale: 'pl' })], { color: false, cwd: ROOT, ruleset: wordsRuleset, locale: 'pl' as Locale });
    expect(pl).toMatch(/150%, 1 słowo ponad limit/);
    expect(pl).toContain('Sekcja „Osiągnięcia” przekracza limit o 1 słowo');
  });

  it('says a missing required section and a clean file in Polish', () => {
    const result = lintText(nomination({ body: '## Achievements\nText.\n' }), { ruleset, filePath: `${ROOT}/x.md`, locale: 'pl' });
    expect(stylish([result], ctx('pl'))).toMatch(/Podsumowanie +— +1150 .* brak\n/);
    const clean = lintText(nomination(), { ruleset, filePath: `${ROOT}/ok.md`, locale: 'pl' });
    expect(stylish([clean], ctx('pl'))).toContain('  ✔ brak problemów\n');
  });
});
