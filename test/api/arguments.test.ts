import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ArgumentError, formatters, lintFiles, LintFilesError, lintText, loadRuleset, type FileResult, type FormatName } from '../../src/index.js';
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
    ['severity "bogus"', () => lintText('x', { rules: { 'section-length': 'bogus' as never } }), 'options.rules["section-length"]', /^lintText: options.rules\["section-length"\] must be off, warn, warning, error, 0, 1, 2, not "bogus"$/],
    ['severity 3', () => lintText('x', { rules: { 'section-length': 3 as never } }), 'options.rules["section-length"]', /must be off, warn, warning, error, 0, 1, 2, not 3$/],
    ['severity true', () => lintText('x', { rules: { video: true as never } }), 'options.rules["video"]', /not true$/],
    ['a misspelt check', () => lintText('x', { rules: { 'secton-length': 'off' } as never }), 'options.rules', /^lintText: options.rules names an unknown check "secton-length"; did you mean "section-length"\?$/],
    ['rules as a list', () => lintText('x', { rules: ['video'] as never }), 'options.rules', /options.rules must be an object of check ids and severities, not an array/],
    ['a numeric filePath', () => lintText('x', { filePath: 5 as never }), 'options.filePath', /^lintText: options.filePath must be a string, not 5$/],
    ['exists that is not a function', () => lintText('x', { exists: true as never }), 'options.exists', /options.exists must be a function, not true/],
    ['attachmentKind that is not a function', () => lintText('x', { attachmentKind: {} as never }), 'options.attachmentKind', /options.attachmentKind must be a function, not an object/],
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
    ['rulesets not a Map', () => formatters.stylish([result], { rulesets: {} as never }), 'options.rulesets', /options.rulesets must be a Map/],
  ];
  it.each(bad)('%s: an ArgumentError naming it', (_name, call, argument, message) => {
    const error = argumentError(call);
    expect(error.argument).toBe(argument);
    expect(error.message).toMatch(message);
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
