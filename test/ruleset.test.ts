import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.js';
import { lintText } from '../src/lint.js';
import { RulesetError, loadRuleset, parseRuleset, precompiled } from '../src/ruleset/load.js';
import { nomination } from './helpers/nomination.js';

/**
 * Rulesets: the bundled one, the word-limits example, and the one-line errors a
 * broken user ruleset gives. The spawned-bin cases need `npm run build` first
 * (npm test runs it).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const BIN = join(ROOT, 'bin/iba-lint.js');
const WORD_LIMITS = 'examples/rulesets/word-limits.yaml';
const WORD_ENTRY = 'examples/word-limits/entry.md';
const BUNDLED_TEXT = readFileSync(join(ROOT, 'rulesets/iba-2026.yaml'), 'utf8');

const words = loadRuleset(WORD_LIMITS, ROOT);
const iba = loadRuleset();

/** `n` words of two letters: 3n characters. */
const shortWords = (n: number) => Array(n).fill('ok').join(' ');
/** `n` words of fifteen letters: 16n - 1 characters. */
const longWords = (n: number) => Array(n).fill('responsiveness.').join(' ');
/** A nomination for the word-limits example (category S01) with these sections. */
const entry = (achievements: string, summary = '- Resolved four in five complaints in the first conversation') =>
  nomination({ front: 'category: S01\nnominee: Escalations Team, Example Energy', body: `## Achievements\n${achievements}\n\n## Summary\n${summary}\n` });
const lintWith = (text: string, ruleset = words) => lintText(text, { ruleset, filePath: join(ROOT, 'examples/entry.md') });
const ruleIds = (text: string, ruleset = words) => lintWith(text, ruleset).messages.map((m) => m.ruleId);

describe('the bundled ruleset', () => {
  it('loads, counting characters', () => {
    expect(iba.id).toBe('iba-2026');
    expect(iba.unit).toBe('characters');
    expect(Object.keys(iba.sections)).toEqual(['achievements', 'summary', 'attachments']);
    expect(loadRuleset('iba-2026')).toBe(iba); // parsed once
  });
});

describe('the bundled ruleset as the build stored it (dist/rulesets/)', () => {
  const yaml = readFileSync(join(ROOT, 'rulesets', 'iba-2026.yaml'), 'utf8');

  it('is exactly what parsing the YAML gives', () => {
    expect(precompiled('iba-2026', yaml)).toEqual(parseRuleset(yaml, 'iba-2026'));
  });

  it('is not used once the YAML has changed, so an edited ruleset is parsed again', () => {
    expect(precompiled('iba-2026', yaml.replace('limit: 4900', 'limit: 4800'))).toBeUndefined();
    expect(precompiled('no-such-ruleset', yaml)).toBeUndefined();
  });
});

describe('examples/rulesets/word-limits.yaml', () => {
  it('loads, counting words', () => {
    expect(words.unit).toBe('words');
    expect(words.sections.achievements).toMatchObject({ limit: 650, required: true });
    expect(words.sections.summary).toMatchObject({ limit: 150, bullets: 10, required: true });
    expect(words.sections.attachments).toMatchObject({ limit: 200, required: false, describesAttachments: true });
    expect(words.categories.map((c) => c.code)).toEqual(['S01', 'S02', 'S03', 'S04', 'S05']);
  });

  it('passes its example entry with no problem at all, though its sections are far over 650 characters', () => {
    const text = readFileSync(join(ROOT, WORD_ENTRY), 'utf8');
    const result = lintText(text, { ruleset: words, filePath: join(ROOT, WORD_ENTRY), exists: () => true });
    expect(result.messages).toEqual([]);
    const achievements = result.sections.achievements!;
    expect(achievements.characters).toBeGreaterThan(400);
    expect(achievements.characters).toBeLessThanOrEqual(650);
    expect(text.slice(text.indexOf('## Achievements'), text.indexOf('## Summary')).length).toBeGreaterThan(2_500);
  });

  it('fires section-length over the word limit, though far under IBA’s character limit', () => {
    const text = entry(shortWords(651)); // 1,952 characters
    expect(shortWords(651)).toHaveLength(1_952);
    const over = lintWith(text).messages.filter((m) => m.ruleId === 'section-length');
    expect(over).toHaveLength(1);
    expect(over[0]!.messageId).toMatch(/^tooLong/);
    expect(over[0]!.message).toContain('651');
    expect(over[0]!.message).toContain('650');
    expect(over[0]!.line).toBe(5);
    expect(lintWith(text).sections.achievements).toMatchObject({ characters: 651, limit: 650 });
    // Under IBA 2026 the same 1,952 characters are well within 4,900.
    expect(lintWith(text, iba).sections.achievements?.characters).toBe(1_952);
    expect(ruleIds(text, iba)).not.toContain('section-length');
  });

  it('passes at the word limit, however many characters that is', () => {
    expect(ruleIds(entry(shortWords(650)))).not.toContain('section-length');
    const long = entry(longWords(600)); // 9,599 characters
    expect(ruleIds(long)).not.toContain('section-length');
    expect(lintWith(long).sections.achievements?.characters).toBe(600);
    expect(ruleIds(long, iba)).toContain('section-length');
  });

  it('applies the summary’s word limit, and keeps its bullet limit a count of bullets', () => {
    const wordy = ['- ' + shortWords(50), '- ' + shortWords(50), '- ' + shortWords(51)].join('\n');
    const result = lintWith(entry('We answered every call.', wordy));
    expect(result.sections.summary).toMatchObject({ characters: 151, limit: 150, bullets: 3, bulletLimit: 10 });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['section-length']);
    const eleven = Array.from({ length: 11 }, (_, i) => `- Bullet ${i + 1}`).join('\n');
    expect(ruleIds(entry('We answered every call.', eleven))).toEqual(['summary-bullets']);
  });

  it('takes link and attachment limits from the ruleset, as counts of items', () => {
    const links = Array.from({ length: 6 }, (_, i) => `  - https://web.example/${i}`).join('\n');
    const text = nomination({ front: `category: S01\nnominee: Example\nlinks:\n${links}`, body: '## Achievements\nDone.\n\n## Summary\n- Done\n' });
    expect(ruleIds(text)).toEqual(['links-limit']);
    expect(ruleIds(text, iba)).not.toContain('links-limit');
  });

  it('gives word counts in the JSON sections', () => {
    const result = lintWith(entry(longWords(600)));
    const json = JSON.parse(formatters.json([result], { color: false, cwd: ROOT, ruleset: words })) as Array<{ sections: Record<string, { characters: number } | null> }>;
    expect(json[0]!.sections).toEqual({
      achievements: { characters: 600, limit: 650, unit: 'words', line: 5 },
      summary: { characters: 9, limit: 150, unit: 'words', line: 8, bullets: 1, bulletLimit: 10 },
      attachments: null,
    });
  });
});

/** A fresh folder with these files; ruleset paths are given relative to it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-ruleset-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The RulesetError message for loading `name` from a folder holding it with `text`. */
function loadError(name: string, text?: string): string {
  const dir = folder(text === undefined ? {} : { [name]: text });
  try {
    loadRuleset(name, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesetError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message.replaceAll(dir, '<dir>');
  }
  throw new Error(`${name} loaded`);
}

const edited = (from: string | RegExp, to: string) => {
  const text = BUNDLED_TEXT.replace(from, to);
  expect(text).not.toBe(BUNDLED_TEXT);
  return text;
};

describe('previousYear as a mapping of the year and its categories', () => {
  it('loads, and placing a won category goes through it', () => {
    const text = edited('previousYear: 2025', 'previousYear:\n  year: 2025\n  categories:\n    - {code: E01, name: Customer Service Department of the Year}');
    const loaded = parseRuleset(text, 'my.yaml');
    expect(loaded.previousYear).toEqual({ year: 2025, categories: [{ code: 'E01', name: 'Customer Service Department of the Year' }] });
    const front = 'category: E04\nnominee: X\nprior_win: {year: 2025, categories: [E01], updated: false}';
    const messages = lintText(nomination({ front }), { ruleset: loaded }).messages.filter((m) => m.ruleId === 'prior-winner');
    expect(messages.map((m) => [m.messageId, m.severity])).toEqual([['sameCategory', 2]]);
    // The same entry under the bundled ruleset, which lists no codes: the rule could not be checked.
    expect(lintText(nomination({ front })).messages.filter((m) => m.ruleId === 'prior-winner').map((m) => [m.messageId, m.severity])).toEqual([['code', 1]]);
  });
});

describe('a broken user ruleset is one line naming the file, the line and the key', () => {
  it.each([
    [
      'an unknown key, with the nearest valid one',
      edited('    limit: 4900', '    limt: 4900'),
      'ruleset my.yaml, line 27: unknown key "limt" in sections.achievements; did you mean "limit"?',
    ],
    ['an unknown top-level key', edited(/^links:/m, 'linkz:'), 'ruleset my.yaml, line 63: unknown key "linkz"; did you mean "links"?'],
    [
      'an unknown key with nothing near, with the valid keys',
      edited('    limit: 1150', '    limit: 1150\n    wordCount: 150'),
      /^ruleset my\.yaml, line \d+: unknown key "wordCount" in sections\.summary; valid keys are title, (titlePl, )?(headingPl, )?description, (descriptionPl, )?required, limit, bullets, checkDates, describesAttachments and aliases$/,
    ],
    ['a bad unit, with the allowed values', edited('unit: characters', 'unit: chars'), 'ruleset my.yaml, line 10: unit must be characters or words, not "chars"'],
    ['a near-miss unit', edited('unit: characters', 'unit: word'), 'ruleset my.yaml, line 10: unit must be characters or words, not "word"; did you mean "words"?'],
    ['a missing limit', edited('    limit: 1150\n', ''), 'ruleset my.yaml, line 36: missing key "limit" in sections.summary'],
    [
      'a limit that is not a number',
      edited('    limit: 4900', '    limit: 650 words'),
      'ruleset my.yaml, line 27: sections.achievements.limit must be a whole number, not "650 words"',
    ],
    ['a limit of 0', edited('    limit: 4900', '    limit: 0'), 'ruleset my.yaml, line 27: sections.achievements.limit must be at least 1, not 0'],
    [
      'a bad category code',
      edited('  - code: E03', '  - code: e-3'),
      'ruleset my.yaml, line 82: categories[2].code must be capital letters then digits, such as A01, not "e-3"',
    ],
    // previousYear is a year, or a mapping of the year and its categories: the message is about the form meant.
    ['previousYear as text', edited('previousYear: 2025', 'previousYear: "2025"'), 'ruleset my.yaml, line 19: previousYear must be a whole number, not "2025"'],
    [
      'a bad code among the previous edition\'s categories',
      edited('previousYear: 2025', 'previousYear: {year: 2025, categories: [{code: e-1, name: X}]}'),
      'ruleset my.yaml, line 19: previousYear.categories[0].code must be capital letters then digits, such as A01, not "e-1"',
    ],
    [
      'a misspelt key of a previous category',
      edited('previousYear: 2025', 'previousYear:\n  year: 2025\n  categories:\n    - {code: E01, name: X, nam: Y}'),
      'ruleset my.yaml, line 22: unknown key "nam" in previousYear.categories[0]; did you mean "name"?',
    ],
    ['the previous year as text inside the mapping', edited('previousYear: 2025', 'previousYear: {year: x}'), 'ruleset my.yaml, line 19: previousYear.year must be a whole number, not "x"'],
    [
      'a section id that is not lowercase',
      edited(/^ {2}achievements:/m, '  Achievements:'),
      'ruleset my.yaml, line 22: the name "Achievements" in sections must be lowercase letters, digits and hyphens, starting with a letter, such as achievements',
    ],
  ])('%s', (_name, text, message: string | RegExp) => {
    // The bundled file's line numbers shift when its comments change; the rest must not.
    const actual = loadError('my.yaml', text);
    if (message instanceof RegExp) expect(actual).toMatch(message);
    else expect(actual.replace(/line \d+/, 'line N')).toBe(message.replace(/line \d+/, 'line N'));
  });

  it('the line is the line of the key in the file', () => {
    const text = edited('    limit: 4900', '    limt: 4900');
    const line = text.split('\n').findIndex((l) => l.includes('limt:')) + 1;
    expect(loadError('my.yaml', text)).toMatch(new RegExp(`^ruleset my\\.yaml, line ${line}: `));
  });

  it.each([
    // The position and a description of the mistake; never the parser's message, which quotes the file.
    ['broken YAML', 'id: x\nsections: [\n', /^ruleset my\.yaml, line 3, column 1: not valid YAML: the indentation is wrong, or a bracket or quote is not closed$/],
    ['a duplicate key', BUNDLED_TEXT.replace('unit: characters', 'unit: characters\nunit: words'), /^ruleset my\.yaml, line 11, column 1: not valid YAML: a key appears twice in one mapping$/],
    // A `...` line would otherwise end the ruleset there, silently, and drop the keys after it.
    ['a "..." line with keys after it', BUNDLED_TEXT.replace('previousYear: 2025', 'previousYear: 2025\n...\nyear: 1999'), /^ruleset my\.yaml, line \d+, column 1: not valid YAML: the file holds more than one YAML document/],
    ['an empty file', '', /^ruleset my\.yaml is empty: a ruleset is a mapping of id, programme, .* and categories \(start from a copy of rulesets\/iba-2026\.yaml\)$/],
    ['a list', '- id: x\n', /^ruleset my\.yaml: must be a mapping of id, programme, .* and categories, not a list$/],
    ['Markdown, not YAML', '# Word limits\n\nAchievements: at most 650 words.\nSummary: at most 150.\n', /^ruleset my\.yaml, line 3: unknown key "Achievements"; valid keys are id, programme/],
    // A file that is not a mapping may be anything (a link to /proc/self/environ): only its kind is told.
    ['prose, not YAML', 'Achievements are limited to 650 words\n', /^ruleset my\.yaml: must be a mapping of id, .* and categories, not text$/],
  ])('%s', (_name, text, message) => {
    expect(loadError('my.yaml', text)).toMatch(message);
  });

  it('a missing file', () => {
    expect(loadError('rules/missing.yaml')).toBe('ruleset "rules/missing.yaml" not found (looked for <dir>/rules/missing.yaml)');
  });

  it('a folder', () => {
    const dir = folder({});
    mkdirSync(join(dir, 'rules.yaml'));
    expect(() => loadRuleset('rules.yaml', dir)).toThrowError(new RulesetError('ruleset rules.yaml is a folder, not a file'));
  });

  it('a file outside the working folder is named by its absolute path', () => {
    const dir = folder({ 'my.yaml': edited('unit: characters', 'unit: chars') });
    expect(() => loadRuleset(join(dir, 'my.yaml'), ROOT)).toThrowError(`ruleset ${join(dir, 'my.yaml')}, line 10: unit must be characters or words`);
  });

  it('parseRuleset names its source', () => {
    expect(() => parseRuleset('unit: words\n', 'inline rules')).toThrowError(/^ruleset inline rules: missing key "id"$/);
  });
});

describe('--ruleset through the spawned bin', () => {
  const run = (args: string[], options: { cwd?: string; input?: string } = {}) => {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', ...(options.input !== undefined && { input: options.input }) });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('the word-limits example entry passes under the word-limits example ruleset', () => {
    const result = run(['--ruleset', WORD_LIMITS, WORD_ENTRY]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Counted in words (Unicode word segmentation).');
  });

  it('the JSON report counts words', () => {
    const result = run(['--ruleset', WORD_LIMITS, '--format', 'json', '-', '--stdin-filename', 'entry.md'], { input: entry(shortWords(651)) });
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string }>; sections: Record<string, { characters: number; limit: number } | null> }>;
    expect(report!.sections.achievements).toMatchObject({ characters: 651, limit: 650 });
    expect(report!.messages.map((m) => m.ruleId)).toEqual(['section-length']);
  });

  it('a broken ruleset file exits 2 with one line on stderr', () => {
    const dir = folder({ 'my.yaml': edited('    limit: 4900', '    limt: 4900') });
    const result = run(['--ruleset', 'my.yaml', join(ROOT, WORD_ENTRY)], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^iba-lint: ruleset my\.yaml, line \d+: unknown key "limt" in sections\.achievements; did you mean "limit"\?\n$/);
  });

  it('a ruleset file that is not YAML exits 2 with one line on stderr', () => {
    const dir = folder({ 'rules.yaml': 'sections: [\n' });
    const result = run(['--ruleset', 'rules.yaml', join(ROOT, WORD_ENTRY)], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iba-lint: ruleset rules\.yaml, line \d+, column \d+: not valid YAML: [^\n]+\n$/);
  });
});
