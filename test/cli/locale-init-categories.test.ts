/**
 * `categories` and `init` in English and Polish: the Polish names and descriptions
 * are the rules page's, word for word; the Polish template uses the page's headings,
 * writes its limits with the right plural forms, and lints exactly like the English
 * one. The language comes as for lint: --locale, the config's `locale`, then LANG.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoriesReport } from '../../src/commands/categories.js';
import { nominationTemplate } from '../../src/commands/init.js';
import { lintText } from '../../src/lint.js';
import { loadRuleset, parseRuleset } from '../../src/ruleset/load.js';
import type { Ruleset } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';
import { tempRepositories } from '../helpers/temp-tree.js';

const ruleset = loadRuleset();
const category = (code: string) => ruleset.categories.find((c) => c.code === code)!;
const repository = tempRepositories('iba-locale-');

/** Sentences copied from the Polish rules page (seeds/000_610394a245cbe1cb.txt). */
const PAGE = {
  E03name: 'Program roku w zakresie utrzymania klientów',
  E03: 'Dla programów usługowych mających na celu poprawę utrzymania klientów, lojalności lub zmniejszenie ich odpływu poprzez doskonałe wsparcie.',
  E02: 'Dla zespołów serwisowych, które z powodzeniem wdrożyły technologie (np. sztuczną inteligencję, CRM, chatboty) w celu zwiększenia szybkości, personalizacji lub satysfakcji.',
  E07: 'Zgłoś się do tej kategorii, jeśli chcesz docenić część swojej organizacji obsługi klienta, np. konkretny zespół pierwszej linii, back-office, zespół ds. reklamacji klientów lub zespół ds. rozwiązywania problemów. Zespół może być multidyscyplinarny, obejmować wiele organizacji i mieć charakter stały lub tymczasowy.',
};
const E07_EN = 'Recognises a part of a customer service organisation, such as a front-line, back-office, complaints or problem-resolution team. The team may be multidisciplinary, span several organisations, and be permanent or temporary.';

/** The bin, with exactly the language variables given (a developer's LANG must not leak in). */
function bin(args: string[], cwd: string, language: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...language };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const) if (!(key in language)) delete env[key];
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the ruleset carries the page\'s Polish descriptions', () => {
  it.each([
    ['E02', PAGE.E02],
    ['E03', PAGE.E03],
    ['E07', PAGE.E07],
  ])('%s: descriptionPl is the page\'s sentence, word for word', (code, sentence) => {
    expect(category(code).descriptionPl).toBe(sentence);
  });

  it('E02 stops where the page runs on into E03, whose name and description follow it', () => {
    expect(category('E02').descriptionPl).not.toContain('Program roku');
    expect(category('E03').namePl).toBe(PAGE.E03name);
  });

  it('every category has a Polish description, and E07 its full English one', () => {
    for (const c of ruleset.categories) expect(c.descriptionPl, c.code).toMatch(/\S/);
    expect(category('E07').description).toBe(E07_EN);
  });

  it('the ruleset schema accepts descriptionPl and headingPl, and rejects a misspelt key', () => {
    const text = readFileSync(join(ROOT, 'rulesets/iba-2026.yaml'), 'utf8');
    expect(parseRuleset(text, 'copy').categories[6]!.descriptionPl).toBe(PAGE.E07);
    expect(() => parseRuleset(text.replace('    descriptionPl: "Docenia', '    descriptionPL: "Docenia'), 'copy')).toThrow(/descriptionPL/);
    expect(() => parseRuleset(text.replace('    descriptionPl: "Docenia', '    descriptionPl: 7\n    x: "Docenia'), 'copy')).toThrow();
  });

  it('each section\'s Polish heading is one of its aliases, so the template\'s headings are recognised', () => {
    for (const [id, rule] of Object.entries(ruleset.sections)) {
      expect(rule.headingPl, id).toBeDefined();
      expect(rule.aliases, id).toContain(rule.headingPl);
    }
  });
});

describe('categories', () => {
  it.each([
    ['en', 'IBA 2026 (Customer Service)', /^ {2}Code {2}Category +Kategoria$/m, '  E07   Customer Service Team of the Year', E07_EN],
    ['pl', 'IBA 2026 (obsługa klienta)', /^ {2}Kod {2}Kategoria$/m, '  E07  Zespół obsługi klienta roku', PAGE.E07],
  ] as const)('%s: the table, each description under its name', (locale, title, header, row, description) => {
    const text = categoriesReport(ruleset, 'text', locale);
    const lines = text.split('\n');
    expect(lines[0]).toBe(title);
    expect(text).toMatch(header);
    const at = lines.findIndex((l) => l.startsWith(row));
    expect(at).toBeGreaterThan(0);
    // The description is on the next line, starting where the name does.
    expect(lines[at + 1]).toBe(' '.repeat(row.indexOf(locale === 'pl' ? 'Zespół' : 'Customer')) + description);
  });

  it('pl: E03 is the page\'s name, marked new in the page\'s words, with the page\'s description', () => {
    const lines = categoriesReport(ruleset, 'text', 'pl').split('\n');
    const at = lines.indexOf(`  E03  ${PAGE.E03name} (nowość w 2026 r.)`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`       ${PAGE.E03}`);
  });

  it('en keeps English text only in its descriptions, pl Polish only', () => {
    const en = categoriesReport(ruleset, 'text', 'en');
    const pl = categoriesReport(ruleset, 'text', 'pl');
    expect(en).not.toContain(PAGE.E07);
    expect(pl).not.toContain(E07_EN);
    expect(pl).not.toContain('Customer Service Team of the Year');
  });

  it.each(['en', 'pl'] as const)('json (%s) is the same in every language and gains descriptionPl', (locale) => {
    const listed = JSON.parse(categoriesReport(ruleset, 'json', locale)) as Array<Record<string, unknown>>;
    expect(listed.find((c) => c.code === 'E07')).toEqual({ code: 'E07', name: 'Customer Service Team of the Year', namePl: 'Zespół obsługi klienta roku', new: false, description: E07_EN, descriptionPl: PAGE.E07 });
    expect(listed.find((c) => c.code === 'E03')).toMatchObject({ namePl: PAGE.E03name, new: true, descriptionPl: PAGE.E03 });
    expect(categoriesReport(ruleset, 'json', locale)).toBe(categoriesReport(ruleset, 'json', 'en'));
  });

  it('a description is shown, never obeyed: escape sequences in a ruleset become visible', () => {
    const hostile: Ruleset = { ...ruleset, categories: [{ ...category('E01'), descriptionPl: 'zły\u001b[2J opis' }] };
    expect(categoriesReport(hostile, 'text', 'pl')).not.toContain('\u001b');
  });
});

describe('categories through the bin: the language as for lint', () => {
  it.each([
    ['--locale pl', ['--locale', 'pl'], {}, 'pl'],
    ['LANG=pl_PL.UTF-8', [], { LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['LC_ALL=pl_PL.UTF-8 over LANG=en_US', [], { LC_ALL: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' }, 'pl'],
    ['--locale en over LANG=pl_PL.UTF-8', ['--locale', 'en'], { LANG: 'pl_PL.UTF-8' }, 'en'],
    ['no language at all', [], {}, 'en'],
  ] as const)('%s', (_name, args, env, locale) => {
    const dir = repository();
    const run = bin(['categories', ...args], dir, env);
    expect(run).toEqual({ code: 0, stdout: categoriesReport(ruleset, 'text', locale), stderr: '' });
  });

  it('a config\'s locale: pl is followed, and --locale en still wins', () => {
    const dir = repository({ '.iba-lintrc.yaml': 'locale: pl\n' });
    expect(bin(['categories'], dir).stdout).toBe(categoriesReport(ruleset, 'text', 'pl'));
    expect(bin(['categories', '--locale', 'en'], dir).stdout).toBe(categoriesReport(ruleset, 'text', 'en'));
  });

  it('json through the bin has descriptionPl in either language', () => {
    const dir = repository();
    const run = bin(['categories', '--format', 'json'], dir, { LANG: 'pl_PL.UTF-8' });
    expect(run.stdout).toBe(categoriesReport(ruleset, 'json', 'en'));
  });

  it('an unknown --locale is one line and exit 2', () => {
    const run = bin(['categories', '--locale', 'de'], repository());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^iba-lint: option '--locale <language>' argument 'de' is invalid\. Allowed choices are en, pl\. \(see iba-lint --help\)\n$/);
  });
});

describe('init --locale pl: the page\'s headings and limits', () => {
  const polish = nominationTemplate(ruleset, { category: category('E07'), format: 'essay', locale: 'pl' });
  const english = nominationTemplate(ruleset, { category: category('E07'), format: 'essay' });

  it.each([
    ['the page\'s heading for question a', '\n## Opis osiągnięć kandydata\n'],
    ['the page\'s heading for question b', '\n## Krótkie podsumowanie\n'],
    ['the attachments heading', '\n## Załączniki\n'],
    ['the limit of a, in the page\'s words', '<!-- Opis osiągnięć kandydata od 1 stycznia 2024 r.: maksymalnie 4900 znaków. Wymagane. -->'],
    ['the limits of b', ': maksymalnie 1150 znaków i do 10 punktów. Wymagane. -->'],
    ['c is optional', ': maksymalnie 1500 znaków. Opcjonalne. -->'],
    ['the links', '# links:            # maksymalnie 10 linków do stron internetowych'],
    ['the attachments', '# attachments:      # maksymalnie 10 załączonych dokumentów, ścieżki względem tego pliku'],
    ['the category\'s Polish name as the title', '\n# Zespół obsługi klienta roku\n'],
    ['the competition in Polish', '  IBA 2026 (obsługa klienta) · E07 Zespół obsługi klienta roku\n'],
    ['the English name the form uses', '  (po angielsku: Customer Service Team of the Year)\n'],
    ['the page\'s description', `  ${PAGE.E07}\n`],
    ['the eligibility date', '  Liczą się tylko osiągnięcia od 1 stycznia 2024 r.\n'],
    ['a Polish placeholder nominee', 'nominee: Nazwa nominowanego zespołu, działu lub osoby\n'],
  ])('holds %s', (_what, text) => {
    expect(polish).toContain(text);
  });

  it('holds no English words of the English template', () => {
    for (const english of ['at most', 'Required', 'Optional', 'Only achievements', 'Achievements', 'Summary', E07_EN]) expect(polish).not.toContain(english);
  });

  it('the English template is unchanged in its words and gains the full E07 description', () => {
    expect(english).toContain('\n## Achievements\n');
    expect(english).toContain(': at most 4900 characters. Required. -->');
    expect(english).toContain(': at most 1150 characters and 10 bullets. Required. -->');
    expect(english).toContain('# links:            # at most 10 web addresses: press, reports, videos');
    expect(english).toContain(`  ${E07_EN}\n`);
  });

  it('a video template says in Polish that the sections are optional', () => {
    const video = nominationTemplate(ruleset, { category: category('E03'), format: 'video', locale: 'pl' });
    expect(video).toContain('  Film (maksymalnie 5:00) odpowiada na te same pytania co sekcje poniżej; sekcje są opcjonalne.\n');
    expect(video).toContain(': maksymalnie 4900 znaków. Opcjonalne. -->');
    expect(video).not.toContain('Wymagane');
  });

  // Polish plural forms: 1 znak, 2–4 znaki, 5+ znaków, 22 znaki; "do" takes the genitive: do 1 punktu, do 2 punktów.
  it.each([
    [1, 'maksymalnie 1 znak', 'do 1 punktu', 'maksymalnie 1 link ', 'maksymalnie 1 załączony dokument,'],
    [2, 'maksymalnie 2 znaki', 'do 2 punktów', 'maksymalnie 2 linki ', 'maksymalnie 2 załączone dokumenty,'],
    [5, 'maksymalnie 5 znaków', 'do 5 punktów', 'maksymalnie 5 linków ', 'maksymalnie 5 załączonych dokumentów,'],
    [12, 'maksymalnie 12 znaków', 'do 12 punktów', 'maksymalnie 12 linków ', 'maksymalnie 12 załączonych dokumentów,'],
    [22, 'maksymalnie 22 znaki', 'do 22 punktów', 'maksymalnie 22 linki ', 'maksymalnie 22 załączone dokumenty,'],
  ])('%i: %s, %s, %s, %s', (n, characters, bullets, links, files) => {
    const sections = Object.fromEntries(Object.entries(ruleset.sections).map(([id, rule]) => [id, { ...rule, limit: n, ...(rule.bullets !== undefined && { bullets: n }) }]));
    const made = nominationTemplate({ ...ruleset, sections, links: { max: n }, attachments: { max: n } }, { category: category('E01'), format: 'essay', locale: 'pl' });
    expect(made).toContain(`: ${characters}. Wymagane. -->`);
    expect(made).toContain(` i ${bullets}. Wymagane. -->`);
    expect(made).toContain(`# ${links}do stron`);
    expect(made).toContain(`# ${files} ścieżki`);
  });

  it.each([
    [1, ': at most 1 character. Required.', ': at most 1 character and 1 bullet. Required.'],
    [2, ': at most 2 characters. Required.', ': at most 2 characters and 2 bullets. Required.'],
  ])('%i in English: %s / %s', (n, essay, summary) => {
    const sections = Object.fromEntries(Object.entries(ruleset.sections).map(([id, rule]) => [id, { ...rule, limit: n, ...(rule.bullets !== undefined && { bullets: n }) }]));
    const made = nominationTemplate({ ...ruleset, sections }, { category: category('E01'), format: 'essay' });
    expect(made).toContain(essay);
    expect(made).toContain(summary);
  });

  it('a ruleset counting words says "słów"', () => {
    const made = nominationTemplate({ ...ruleset, unit: 'words' }, { category: category('E01'), format: 'essay', locale: 'pl' });
    expect(made).toContain('maksymalnie 4900 słów. Wymagane.');
  });

  it('untouched, it lints exactly like the English template: the nominee placeholder and the two section-missing errors of an essay', () => {
    const lint = (text: string) => lintText(text, { ruleset, filePath: '/nominations/entry.md', exists: () => true }).messages;
    const pl = lint(polish);
    expect(pl.map((m) => m.ruleId)).toEqual(['placeholder', 'section-missing', 'section-missing']);
    const en = lint(english);
    expect(pl.map((m) => [m.ruleId, m.messageId, m.line])).toEqual(en.map((m) => [m.ruleId, m.messageId, m.line]));
  });
});

describe('init through the bin: the language as for lint', () => {
  const lintJson = (file: string, dir: string) => {
    const run = bin(['--format', 'json', file], dir);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; messageId: string }>; sections: Record<string, { characters: number } | null> }>;
    return { code: run.code, result: result! };
  };

  it.each([
    ['--locale pl', ['--locale', 'pl'], {}, 'pl'],
    ['LANG=pl_PL.UTF-8', [], { LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['LC_MESSAGES=pl_PL over LANG=C', [], { LC_MESSAGES: 'pl_PL', LANG: 'C' }, 'pl'],
    ['--locale en over LANG=pl_PL.UTF-8', ['--locale', 'en'], { LANG: 'pl_PL.UTF-8' }, 'en'],
    ['no language at all', [], {}, 'en'],
  ] as const)('%s', (_name, args, env, locale) => {
    const dir = repository();
    const run = bin(['init', 'entry.md', '--category', 'e07', ...args], dir, env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(nominationTemplate(ruleset, { category: category('E07'), format: 'essay', locale }));
  });

  it('a config\'s locale: pl, the one the new file will be linted with, gives the Polish template', () => {
    const dir = repository({ 'noms/.iba-lintrc.yaml': 'locale: pl\n' });
    expect(bin(['init', 'noms/entry.md', '--category', 'E04'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'noms/entry.md'), 'utf8')).toContain('\n## Krótkie podsumowanie\n');
    // Outside that folder, the same command writes English.
    expect(bin(['init', 'entry.md', '--category', 'E04'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toContain('\n## Summary\n');
  });

  it('a config beyond a committed link that leads out of the repository is not read', () => {
    const elsewhere = repository({ '.iba-lintrc.yaml': 'locale: pl\n' });
    const dir = repository();
    symlinkSync(elsewhere, join(dir, 'out'));
    expect(bin(['init', 'out/entry.md', '--category', 'E04'], dir).code).toBe(0);
    expect(readFileSync(join(elsewhere, 'entry.md'), 'utf8')).toContain('\n## Summary\n');
  });

  it('the Polish template and the English one lint the same: two section-missing errors and the nominee placeholder, nothing counted', () => {
    const dir = repository();
    expect(bin(['init', 'pl.md', '--category', 'E03', '--locale', 'pl'], dir).code).toBe(0);
    expect(bin(['init', 'en.md', '--category', 'E03'], dir).code).toBe(0);
    const pl = lintJson('pl.md', dir);
    const en = lintJson('en.md', dir);
    expect(pl.code).toBe(1);
    expect(pl.result.messages.map((m) => m.ruleId)).toEqual(['placeholder', 'section-missing', 'section-missing']);
    expect(pl.result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(en.result.messages.map((m) => `${m.ruleId}/${m.messageId}`));
    expect(pl.result.sections).toEqual(en.result.sections);
    expect(pl.result.sections.achievements!.characters).toBe(0);
  });

  it('a Polish video template lints like the English one', () => {
    const dir = repository();
    expect(bin(['init', 'pl.md', '--category', 'E06', '--format', 'video', '--locale', 'pl'], dir).code).toBe(0);
    expect(bin(['init', 'en.md', '--category', 'E06', '--format', 'video'], dir).code).toBe(0);
    const pl = lintJson('pl.md', dir);
    const en = lintJson('en.md', dir);
    expect(pl.code).toBe(en.code);
    expect(pl.result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(en.result.messages.map((m) => `${m.ruleId}/${m.messageId}`));
  });

  it('--force replaces a file in the other language; without it, nothing is replaced', () => {
    const dir = repository();
    writeFileSync(join(dir, 'entry.md'), 'szkic\n');
    expect(bin(['init', 'entry.md', '--category', 'E01', '--locale', 'pl'], dir).code).toBe(2);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe('szkic\n');
    expect(bin(['init', 'entry.md', '--category', 'E01', '--locale', 'pl', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toContain('Najlepsza reakcja na sytuacje kryzysowe w obsłudze klienta');
  });
});
