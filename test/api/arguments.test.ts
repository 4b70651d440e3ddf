import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ArgumentError, exitCode, formatters, lintFiles, LintFilesError, lintText, loadRuleset, parseRuleset, RulesetError, type FileResult, type FormatName } from '../../src/index.js';
import compact from '../../src/formatters/compact.js';
import github from '../../src/formatters/github.js';
import json from '../../src/formatters/json.js';
import junit from '../../src/formatters/junit.js';
import { loadFormatter } from '../../src/formatters/load.js';
import { SEVERITY_SETTINGS, SEVERITY_SETTINGS_TEXT } from '../../src/severity.js';
import sarif from '../../src/formatters/sarif.js';
import stylish from '../../src/formatters/stylish.js';
import { runs, SEED } from '../helpers/seed.js';

/**
 * The library fails at its door (issue 11, item 7): every wrong argument of lintText,
 * lintFiles and the exported formatters is one ArgumentError — a TypeError — whose
 * message and `argument` name it, thrown before any work; the options have defaults.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MISTAKES = readFileSync(join(ROOT, 'examples/common-mistakes.md'), 'utf8');
const WARNS = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');
const ruleset = loadRuleset();
const { categories: _dropped, ...withoutCategories } = ruleset;

/** Runs `call`; returns the ArgumentError it threw (failing the test when it threw anything else or nothing). */
function argumentError(call: () => unknown): ArgumentError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(ArgumentError);
    return error as ArgumentError;
  }
  throw new Error('did not throw');
}

describe('lintText', () => {
  it('with no options, or {}, lints with the bundled ruleset in English', () => {
    const explicit = lintText(MISTAKES, { ruleset, locale: 'en' });
    expect(explicit.errorCount).toBeGreaterThan(0);
    expect(lintText(MISTAKES)).toEqual(explicit);
    expect(lintText(MISTAKES, {})).toEqual(explicit);
    expect(lintText(MISTAKES, undefined)).toEqual(explicit);
  });

  const bad: Array<[string, () => unknown, string, RegExp]> = [
    ['a number as text', () => lintText(42 as unknown as string), 'text', /^lintText: text must be a string, not 42$/],
    ['no text', () => (lintText as (t?: string) => unknown)(), 'text', /^lintText: text must be a string, not undefined$/],
    ['a Buffer as text', () => lintText(Buffer.from('x') as unknown as string), 'text', /text must be a string, not an object/],
    ['null options', () => lintText('x', null as never), 'options', /^lintText: options must be an object, not null$/],
    ['a string as options', () => lintText('x', 'iba-2026' as never), 'options', /^lintText: options must be an object, not "iba-2026"$/],
    ['an unknown locale', () => lintText('x', { locale: 'xx' as never }), 'options.locale', /^lintText: options.locale must be one of en, pl, not "xx"$/],
    ['a ruleset name, not an object', () => lintText('x', { ruleset: 'iba-2026' as never }), 'options.ruleset', /options.ruleset must be a ruleset object/],
    ['a ruleset without categories', () => lintText('x', { ruleset: withoutCategories as never }), 'options.ruleset', /^lintText: options.ruleset is not a valid ruleset \(schemas\/ruleset.schema.json\): .*categories/],
    ['a ruleset with a text limit', () => lintText('x', { ruleset: { ...ruleset, links: { max: 'ten' } } as never }), 'options.ruleset', /options.ruleset is not a valid ruleset .*links.max/],
    ['severity "bogus"', () => lintText('x', { rules: { 'section-length': 'bogus' as never } }), 'options.rules["section-length"]', /^lintText: options.rules\["section-length"\] must be off, warn, warning, error, 0, 1 or 2, not "bogus"$/],
    ['severity 3', () => lintText('x', { rules: { 'section-length': 3 as never } }), 'options.rules["section-length"]', /must be off, warn, warning, error, 0, 1 or 2, not 3$/],
    ['severity true', () => lintText('x', { rules: { video: true as never } }), 'options.rules["video"]', /not true$/],
    ['a misspelt check', () => lintText('x', { rules: { 'secton-length': 'off' } as never }), 'options.rules', /^lintText: options.rules names an unknown check "secton-length"; did you mean "section-length"\?$/],
    ['rules as a list', () => lintText('x', { rules: ['video'] as never }), 'options.rules', /options.rules must be an object of check ids and severities, not an array/],
    ['a numeric filePath', () => lintText('x', { filePath: 5 as never }), 'options.filePath', /^lintText: options.filePath must be a string, not 5$/],
    ['exists that is not a function', () => lintText('x', { exists: true as never }), 'options.exists', /options.exists must be a function, not true/],
    ['attachmentKind that is not a function', () => lintText('x', { attachmentKind: {} as never }), 'options.attachmentKind', /options.attachmentKind must be a function, not an object/],
    // Unknown options are named, as ESLint's "Unknown options", with the nearest known one (case ignored).
    // "zzz": no option is within typo distance of it ("foo" is of "fix"), so the message lists them all.
    ['an unknown option', () => lintText('x', { zzz: 1 } as never), 'options', /^lintText: unknown option "zzz" in options; the options are ruleset, filePath, attachmentKind, exists, rules, locale, fix(, [a-zA-Z]+)*$/],
    ['a misspelt option', () => lintText('x', { local: 'pl' } as never), 'options', /^lintText: unknown option "local" in options; did you mean "locale"\?$/],
    ['an option in the wrong case', () => lintText('x', { filepath: '/n/e.md' } as never), 'options', /^lintText: unknown option "filepath" in options; did you mean "filePath"\?$/],
    ['lintFiles\' option maxFileSize', () => lintText('x', { maxFileSize: 10 } as never), 'options', /^lintText: unknown option "maxFileSize" in options; the options are /],
  ];
  it.each(bad)('%s: an ArgumentError naming the option', (_name, call, argument, message) => {
    const error = argumentError(call);
    expect(error.argument).toBe(argument);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('checks every argument before any work: the attachment callback is never called', () => {
    const exists = vi.fn(() => true);
    argumentError(() => lintText(MISTAKES, { filePath: '/n/entry.md', exists, locale: 'xx' as never }));
    argumentError(() => lintText(MISTAKES, { filePath: '/n/entry.md', exists, ruleset: withoutCategories as never }));
    expect(exists).not.toHaveBeenCalled();
    lintText(MISTAKES, { filePath: '/n/entry.md', exists });
    expect(exists).toHaveBeenCalled(); // the same call with good options does reach the attachment check
  });

  it('a quoted bad value is short and shows control characters as escapes', () => {
    const error = argumentError(() => lintText('x', { locale: `\u001b[2J${'x'.repeat(500)}` as never }));
    expect(error.message).not.toContain('\u001b');
    expect(error.message).toContain('\\e[2J');
    expect(error.message.length).toBeLessThan(120);
  });
});

describe('severities: ESLint’s 0, 1 and 2 alongside off, warn and error', () => {
  // warnings-only.md has two warnings: unknown-key and eligibility-date.
  const severities = (rules: Record<string, unknown>) =>
    lintText(WARNS, { rules: rules as never }).messages.filter((m) => m.ruleId === 'unknown-key').map((m) => m.severity);

  it.each([
    ['off', []],
    [0, []],
    ['warn', [1]],
    ['warning', [1]],
    [1, [1]],
    ['error', [2]],
    [2, [2]],
  ] as const)('%j', (setting, expected) => {
    expect(severities({ 'unknown-key': setting })).toEqual(expected);
  });

  it('one list: the config schema accepts exactly SEVERITY_SETTINGS, and the messages list them all', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8')) as { definitions: { severity: { enum: unknown[] } } };
    expect(schema.definitions.severity.enum).toEqual([...SEVERITY_SETTINGS]);
    expect(SEVERITY_SETTINGS_TEXT).toBe('off, warn, warning, error, 0, 1 or 2');
  });

  it('the default applies when a check is not named', () => {
    expect(severities({})).toEqual([1]);
  });
});

describe('lintFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iba-api-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'ab'));
  mkdirSync(join(dir, 'other'));
  writeFileSync(join(dir, 'ab/entry.md'), WARNS);
  writeFileSync(join(dir, 'other/entry.md'), MISTAKES);

  it('takes one pattern as a string: the folder, not each of its characters', async () => {
    const one = await lintFiles('ab/', { cwd: dir });
    expect(one.map((r) => r.filePath)).toEqual([join(dir, 'ab/entry.md')]);
    expect(await lintFiles(['ab/'], { cwd: dir })).toEqual(one);
  });

  it('still takes an array of several', async () => {
    const both = await lintFiles(['ab/', 'other/entry.md'], { cwd: dir });
    expect(both.map((r) => r.filePath)).toEqual([join(dir, 'ab/entry.md'), join(dir, 'other/entry.md')]);
  });

  const bad: Array<[string, () => Promise<unknown>, string, RegExp]> = [
    ['a number', () => lintFiles(5 as never), 'patterns', /^lintFiles: patterns must be a string or an array of strings, not 5$/],
    ['null', () => lintFiles(null as never), 'patterns', /not null$/],
    ['a number in the list', () => lintFiles(['ab/', 5] as never), 'patterns[1]', /^lintFiles: patterns\[1\] must be a file, folder or glob pattern, not 5$/],
    ['an empty string', () => lintFiles(''), 'patterns', /^lintFiles: patterns must be a file, folder or glob pattern, not ""$/],
    ['null options', () => lintFiles('ab/', null as never), 'options', /^lintFiles: options must be an object, not null$/],
    ['a numeric cwd', () => lintFiles('ab/', { cwd: 1 as never }), 'options.cwd', /options.cwd must be a string, not 1/],
    ['config true', () => lintFiles('ab/', { config: true as never }), 'options.config', /options.config must be a file path or false, not true/],
    ['a ruleset object', () => lintFiles('ab/', { ruleset: ruleset as never }), 'options.ruleset', /options.ruleset must be a string, not an object/],
    ['quiet "yes"', () => lintFiles('ab/', { quiet: 'yes' as never }), 'options.quiet', /options.quiet must be true or false, not "yes"/],
    ['errorOnUnmatchedPattern 0', () => lintFiles('ab/', { errorOnUnmatchedPattern: 0 as never }), 'options.errorOnUnmatchedPattern', /not 0$/],
    ['an unknown option', () => lintFiles('ab/', { zzz: 1 } as never), 'options', /^lintFiles: unknown option "zzz" in options; the options are cwd, config, ruleset, quiet, errorOnUnmatchedPattern, locale, maxFileSize(, [a-zA-Z]+)*, fix(, [a-zA-Z]+)*$/],
    ['a misspelt option', () => lintFiles('ab/', { quite: true } as never), 'options', /^lintFiles: unknown option "quite" in options; did you mean "quiet"\?$/],
    ['lintText\'s option exists', () => lintFiles('ab/', { exists: () => true } as never), 'options', /^lintFiles: unknown option "exists" in options; the options are /],
    ['an unknown locale', () => lintFiles('ab/', { locale: 'xx' as never }), 'options.locale', /^lintFiles: options.locale must be one of en, pl, not "xx"$/],
    ['maxFileSize -1', () => lintFiles('ab/', { maxFileSize: -1 }), 'options.maxFileSize', /^lintFiles: options.maxFileSize must be a whole number, 0 or more, not -1$/],
    ['maxFileSize 1.5', () => lintFiles('ab/', { maxFileSize: 1.5 }), 'options.maxFileSize', /^lintFiles: options.maxFileSize must be a whole number, 0 or more, not 1.5$/],
    ['maxFileSize Infinity', () => lintFiles('ab/', { maxFileSize: Infinity }), 'options.maxFileSize', /not Infinity$/],
    ['maxFileSize "10"', () => lintFiles('ab/', { maxFileSize: '10' as never }), 'options.maxFileSize', /not "10"$/],
  ];
  it.each(bad)('%s: rejects with an ArgumentError naming it', async (_name, call, argument, message) => {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).argument).toBe(argument);
    expect((error as Error).message).toMatch(message);
  });

  it('locale: the messages in that language, over the config\'s (as --locale)', async () => {
    const [english] = await lintFiles('other/entry.md', { cwd: dir });
    const [polish] = await lintFiles('other/entry.md', { cwd: dir, locale: 'pl' });
    expect(polish!.messages.map((m) => m.ruleId)).toEqual(english!.messages.map((m) => m.ruleId));
    // The attachments it names are not in the temporary folder: missing, as lintText is told.
    const expected = lintText(MISTAKES, { filePath: join(dir, 'other/entry.md'), attachmentKind: () => 'missing', locale: 'pl' });
    expect(polish!.messages.map((m) => m.message)).toEqual(expected.messages.map((m) => m.message));
    expect(polish!.messages[0]!.message).not.toBe(english!.messages[0]!.message);
  });

  it('maxFileSize: a larger file is file-too-large, unread (as --max-file-size); one that fits is linted', async () => {
    const size = Buffer.byteLength(MISTAKES);
    const [over] = await lintFiles('other/entry.md', { cwd: dir, maxFileSize: size - 1 });
    expect(over!.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['file-too-large', true]]);
    const [fits] = await lintFiles('other/entry.md', { cwd: dir, maxFileSize: size });
    expect(fits!.messages.map((m) => m.ruleId)).not.toContain('file-too-large');
    expect(fits!.errorCount).toBeGreaterThan(0);
  });

  it('checks the options before it looks for files: a missing file is not what it reports', async () => {
    const error = await lintFiles(['no-such.md'], { cwd: dir, quiet: 'yes' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentError);
    const missing = await lintFiles(['no-such.md'], { cwd: dir }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(LintFilesError); // the same call, good options: the file is looked for
  });
});

describe('formatters', () => {
  const NAMES = Object.keys(formatters) as FormatName[];
  const result = lintText(MISTAKES, { filePath: join(process.cwd(), 'nominations/entry.md') });

  it.each(NAMES)('%s with no options, or {}: colour off, paths relative to process.cwd(), the bundled ruleset', (name) => {
    const full = formatters[name]([result], { color: false, cwd: process.cwd(), ruleset, locale: 'en' });
    expect(formatters[name]([result], {})).toBe(full);
    expect(formatters[name]([result])).toBe(full);
    expect(full).not.toContain('\u001b');
    expect(full).toContain('entry.md');
    // JSON keeps ESLint's absolute filePath; the other formats show the path relative to cwd.
    if (name !== 'json') expect(full).not.toContain(join(process.cwd(), 'nominations/entry.md'));
  });

  it('stylish in Polish when asked', () => {
    expect(formatters.stylish([result], { locale: 'pl' })).not.toBe(formatters.stylish([result]));
  });

  const bad: Array<[string, () => unknown, string, RegExp]> = [
    ['results not an array', () => formatters.stylish(result as never), 'results', /^formatters.stylish: results must be an array of results \(from lintText or lintFiles\), not an object$/],
    ['a result without a path', () => formatters.json([{ ...result, filePath: undefined }] as never), 'results[0].filePath', /^formatters.json: results\[0\].filePath must be a string, not undefined$/],
    ['a result without messages', () => formatters.compact([{ ...result, messages: 'none' }] as never), 'results[0].messages', /must be an array of messages/],
    ['a result without sections', () => formatters.stylish([{ ...result, sections: null }] as never), 'results[0].sections', /must be an object, not null/],
    ['null options', () => formatters.sarif([result], null as never), 'options', /^formatters.sarif: options must be an object, not null$/],
    ['a numeric cwd', () => formatters.github([result], { cwd: 5 as never }), 'options.cwd', /options.cwd must be a string, not 5/],
    ['color "yes"', () => formatters.stylish([result], { color: 'yes' as never }), 'options.color', /options.color must be true or false/],
    ['an unknown locale', () => formatters.stylish([result], { locale: 'de' as never }), 'options.locale', /options.locale must be one of en, pl, not "de"/],
    ['an invalid ruleset', () => formatters.junit([result], { ruleset: withoutCategories as never }), 'options.ruleset', /options.ruleset is not a valid ruleset/],
    ['rulesets not a Map', () => formatters.stylish([result], { rulesets: {} as never }), 'options.rulesets', /^formatters.stylish: options.rulesets must be a Map of file paths to rulesets, not an object$/],
    ['an invalid ruleset in rulesets', () => formatters.stylish([result], { rulesets: new Map([[result.filePath, ruleset], ['/x.md', {} as never]]) }), 'options.rulesets.get("/x.md")', /^formatters.stylish: options.rulesets.get\("\/x.md"\) is not a valid ruleset/],
    ['a misspelt option', () => formatters.stylish([result], { colour: true } as never), 'options', /^formatters.stylish: unknown option "colour" in options; did you mean "color"\?$/],
    ['an unknown option', () => formatters.json([result], { maxWarningsExceeded: {} } as never), 'options', /^formatters.json: unknown option "maxWarningsExceeded" in options; the options are color, cwd, ruleset, rulesets, locale$/],
  ];
  it.each(bad)('%s: an ArgumentError naming it', (_name, call, argument, message) => {
    const error = argumentError(call);
    expect(error.argument).toBe(argument);
    expect(error.message).toMatch(message);
  });

  /** The result with one field of its first message (or of itself) replaced. */
  const withMessage = (field: string, value: unknown) => [{ ...result, messages: [result.messages[0], { ...result.messages[1], [field]: value }] }] as never;
  const withField = (field: string, value: unknown) => [{ ...result, [field]: value }] as never;
  const achievements = result.sections.achievements!;

  /** Results of the wrong shape: each made a formatter throw from inside, or print nonsense, before the check. */
  const badShapes: Array<[string, unknown, string, string]> = [
    ['no errorCount (stylish threw "needs a number, not null")', withField('errorCount', undefined), 'results[0].errorCount', 'must be a whole number, 0 or more, not undefined'],
    ['a negative warningCount', withField('warningCount', -1), 'results[0].warningCount', 'must be a whole number, 0 or more, not -1'],
    ['errorCount 1.5', withField('errorCount', 1.5), 'results[0].errorCount', 'must be a whole number, 0 or more, not 1.5'],
    ['a message that is a number (compact threw "text.replace is not a function")', withMessage('message', 5), 'results[0].messages[1].message', 'must be a string, not 5'],
    ['a line that is text (github printed line=a)', withMessage('line', 'a'), 'results[0].messages[1].line', 'must be a whole number, 1 or more, not "a"'],
    ['a column that is an object (github printed col=[object Object])', withMessage('column', {}), 'results[0].messages[1].column', 'must be a whole number, 1 or more, not an object'],
    ['column 0', withMessage('column', 0), 'results[0].messages[1].column', 'must be a whole number, 1 or more, not 0'],
    ['a null ruleId (github printed title=null)', withMessage('ruleId', null), 'results[0].messages[1].ruleId', 'must be a string, not null'],
    ['severity 3', withMessage('severity', 3), 'results[0].messages[1].severity', 'must be 1 (warning) or 2 (error), not 3'],
    ['severity "error"', withMessage('severity', 'error'), 'results[0].messages[1].severity', 'must be 1 (warning) or 2 (error), not "error"'],
    ['a messageId that is a number', withMessage('messageId', 7), 'results[0].messages[1].messageId', 'must be a string, not 7'],
    ['data holding a bigint (JSON.stringify threw)', withMessage('data', { value: 1n }), 'results[0].messages[1].data["value"]', 'must be a string or a number, not a bigint'],
    ['a message that is text', [{ ...result, messages: ['oops'] }], 'results[0].messages[0]', 'must be a message object, not "oops"'],
    ['a negative section count (stylish threw "Invalid count value")', withField('sections', { ...result.sections, achievements: { ...achievements, characters: -500 } }), 'results[0].sections["achievements"].characters', 'must be a whole number, 0 or more, not -500'],
    ['a section summary that is a number', withField('sections', { ...result.sections, achievements: 5 }), 'results[0].sections["achievements"]', 'must be a section summary object or null, not 5'],
    ['a cut sentence that is a number', withField('fits', { achievements: 5 }), 'results[0].fits["achievements"]', 'must be a string or null, not 5'],
    ['a result that is null', [result, null], 'results[1]', 'must be a result object, not null'],
  ];
  describe.each(badShapes)('a result with %s', (_name, results, argument, must) => {
    it.each(NAMES)('%s: an ArgumentError naming the field, before formatting', (name) => {
      const error = argumentError(() => formatters[name](results as never));
      expect(error.argument).toBe(argument);
      expect(error.message).toBe(`formatters.${name}: ${argument} ${must}`);
    });
  });

  it('the shapes the check accepts are what lintText and lintFiles return: fatal results, data, fits, null sections', async () => {
    const long = lintText(`## Achievements\n\n${'Word one. '.repeat(600)}\n`, { filePath: join(process.cwd(), 'long.md') });
    expect(long.fits).toBeDefined();
    const quoted = lintText('---\nnominee: T\n"b\\u001bx": 1\n---\n');
    expect(quoted.messages.some((m) => m.data !== undefined)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'iba-api-shape-'));
    writeFileSync(join(dir, 'entry.md'), MISTAKES);
    const fatal = await lintFiles('entry.md', { cwd: dir, maxFileSize: 1 });
    for (const name of NAMES) expect(typeof formatters[name]([result, long, quoted, ...fatal])).toBe('string');
    rmSync(dir, { recursive: true, force: true });
  });

  const OWN: Record<FormatName, unknown> = { stylish, json, compact, github, sarif, junit };
  it('the CLI calls the formatters themselves, not these checked wrappers (its speed is not the library\'s door)', async () => {
    for (const name of NAMES) {
      const own = OWN[name];
      const loaded = await loadFormatter(name);
      expect(loaded).toBe(own);
      expect(loaded).not.toBe(formatters[name]);
    }
  });

  it('SARIF for a path holding a lone surrogate: U+FFFD in the URI, not a URIError', () => {
    const inside = { ...result, filePath: join(process.cwd(), 'bad\uD800name.md') };
    const outside = { ...result, filePath: '/elsewhere/\uDC00.md' };
    const log = JSON.parse(formatters.sarif([inside, outside])) as { runs: Array<{ artifacts: Array<{ location: { uri: string } }> }> };
    expect(log.runs[0]!.artifacts.map((a) => a.location.uri)).toEqual(['bad%EF%BF%BDname.md', 'file:///elsewhere/%EF%BF%BD.md']);
  });

  /** Any string: lone surrogates, controls, separators, astral characters. */
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u001b', '\r', '\n', '\u2028', '\u202e', '/', '..', '%', '&', '<', ']]>'), fc.constant('\uD83D\uDE80'), fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))), maxLength: 40 });
  const message = fc.record({
    ruleId: fc.constantFrom('section-length', 'unknown-key', 'link-url'),
    severity: fc.constantFrom(1, 2),
    message: anyText,
    line: fc.integer({ min: 1, max: 1000 }),
    column: fc.integer({ min: 1, max: 1000 }),
    messageId: anyText,
  });
  const fileResult = fc.record({
    filePath: fc.oneof(anyText, anyText.map((t) => `/${t}`), anyText.map((t) => join(process.cwd(), t))),
    messages: fc.array(message, { maxLength: 4 }),
  }).map(({ filePath, messages }): FileResult => ({
    filePath,
    messages: messages as FileResult['messages'],
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    sections: result.sections,
  }));

  it.each(NAMES)('%s never throws, whatever the strings in paths and messages', (name) => {
    fc.assert(
      fc.property(fc.array(fileResult, { maxLength: 3 }), anyText, (results, cwd) => {
        expect(typeof formatters[name](results)).toBe('string');
        expect(typeof formatters[name](results, { cwd: `/${cwd}`, color: true })).toBe('string');
      }),
      { seed: SEED, numRuns: runs(100) },
    );
  });
});

describe('exitCode, loadRuleset and parseRuleset', () => {
  const result = lintText(MISTAKES);
  const clean = { ...result, messages: [], errorCount: 0, warningCount: 0 };

  it('with good arguments, the exit code of SPEC §5', () => {
    expect(exitCode({ results: [result], failed: false })).toBe(1);
    expect(exitCode({ results: [clean], failed: false })).toBe(0);
    expect(exitCode({ results: [clean, { ...clean, warningCount: 1 }], maxWarnings: 0, failed: false })).toBe(1);
    expect(exitCode({ results: [clean], maxWarnings: -1, failed: true })).toBe(2);
  });

  const bad: Array<[string, () => unknown, string, string]> = [
    ['exitCode(5) (was "Cannot read properties of undefined")', () => exitCode(5 as never), 'input', 'exitCode: input must be an object { results, maxWarnings?, failed }, not 5'],
    ['exitCode without results', () => exitCode({ failed: false } as never), 'input.results', 'exitCode: input.results must be an array of results (from lintText or lintFiles), not undefined'],
    ['exitCode with a result of the wrong shape', () => exitCode({ results: [{ ...clean, errorCount: '1' }], failed: false } as never), 'input.results[0].errorCount', 'exitCode: input.results[0].errorCount must be a whole number, 0 or more, not "1"'],
    // A misspelt maxWarnings would otherwise mean no limit at all.
    ['exitCode with maxWarning', () => exitCode({ results: [], maxWarning: 0, failed: false } as never), 'input', 'exitCode: unknown option "maxWarning" in input; did you mean "maxWarnings"?'],
    ['exitCode with maxWarnings "0"', () => exitCode({ results: [], maxWarnings: '0', failed: false } as never), 'input.maxWarnings', 'exitCode: input.maxWarnings must be a whole number (negative for no limit), not "0"'],
    ['exitCode with maxWarnings NaN', () => exitCode({ results: [], maxWarnings: NaN, failed: false }), 'input.maxWarnings', 'exitCode: input.maxWarnings must be a whole number (negative for no limit), not NaN'],
    ['exitCode without failed', () => exitCode({ results: [] } as never), 'input.failed', 'exitCode: input.failed must be true or false, not undefined'],
    ['parseRuleset(5, …) (was the YAML parser\'s "source is not a string")', () => parseRuleset(5 as never, 'x'), 'text', 'parseRuleset: text must be a string of YAML, not 5'],
    ['parseRuleset without a source', () => parseRuleset('id: x', undefined as never), 'source', 'parseRuleset: source must be a string that names the ruleset in errors, not undefined'],
    ['loadRuleset(5)', () => loadRuleset(5 as never), 'nameOrPath', 'loadRuleset: nameOrPath must be a bundled ruleset name or a file path, not 5'],
    ['loadRuleset(\'\')', () => loadRuleset(''), 'nameOrPath', 'loadRuleset: nameOrPath must be a bundled ruleset name or a file path, not ""'],
    ['loadRuleset with a numeric cwd', () => loadRuleset('my.yaml', 5 as never), 'cwd', 'loadRuleset: cwd must be a string, not 5'],
  ];
  it.each(bad)('%s: an ArgumentError naming it', (_name, call, argument, message) => {
    const error = argumentError(call);
    expect(error.argument).toBe(argument);
    expect(error.message).toBe(message);
  });

  it('a ruleset that is not valid is still a RulesetError, not an ArgumentError', () => {
    expect(() => parseRuleset('id: [', 'my.yaml')).toThrow(RulesetError);
    expect(() => loadRuleset('no-such-ruleset')).toThrow(RulesetError);
  });
});

describe('README, Library API', () => {
  it('the errors it shows are the ones thrown', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Library API'), readme.indexOf('\n## ', readme.indexOf('## Library API') + 1));
    const shownErrors = /name it:\n\n```\n([^`]*)```/.exec(section)![1]!.trim().split('\n');
    const result = lintText(MISTAKES);
    const thrown = [
      () => lintText('x', { locale: 'xx' as never }),
      () => lintText('x', { local: 'pl' } as never),
      () => lintText('x', { ruleset: { ...ruleset, eligibility: { ...ruleset.eligibility, since: '2023-02-29' } } }),
      () => formatters.compact([{ ...result, messages: result.messages.map((m, i) => (i === 2 ? { ...m, message: 5 } : m)) }] as never),
    ].map((call) => argumentError(call).message);
    expect(shownErrors).toEqual(thrown);
  });
});
