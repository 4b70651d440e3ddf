/**
 * Dates in a ruleset are days of the calendar (issue 11, item 8): the schema checks
 * only the shape YYYY-MM-DD, so `since: "2024-13-45"` passed it and then ended in
 * `internal error: Invalid time value`. Now it is a ruleset error with its line,
 * like any other, from the library and through the spawned bin (`npm run build` first).
 * A ruleset object given to the library (lintText's `ruleset`, a formatter's) gets the
 * same check (src/ruleset/dates.ts): `9999-99-99` threw `RangeError: Invalid time
 * value` and `2023-02-29` became "1 March 2023" in the messages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArgumentError, formatters, lintText, loadRuleset } from '../src/index.js';
import { RulesetError, parseRuleset } from '../src/ruleset/load.js';
import { boundedRun } from './helpers/bounded.js';
import { ROOT } from './helpers/cli.js';

const BUNDLED = readFileSync(join(ROOT, 'rulesets/iba-2026.yaml'), 'utf8');
const SINCE_LINE = BUNDLED.split('\n').findIndex((line) => /^ {2}since: /.test(line)) + 1;
const withSince = (since: string) => BUNDLED.replace(/^ {2}since: .*$/m, `  since: ${since}`);

describe('eligibility.since must be a real date', () => {
  it.each(['"2024-13-45"', '"2024-00-10"', '"2023-02-29"', '"2024-04-31"', '"2024-01-00"'])('%s is an error naming the file, the line and the key', (since) => {
    expect(() => parseRuleset(withSince(since), 'my.yaml')).toThrowError(
      new RulesetError(`ruleset my.yaml, line ${SINCE_LINE}: eligibility.since must be a real date written YYYY-MM-DD, not ${since}`),
    );
  });

  it.each(['"2024-02-29"', '"2000-02-29"', '"2024-12-31"', '"0099-01-01"'])('%s is a date', (since) => {
    expect(parseRuleset(withSince(since), 'my.yaml').eligibility.since).toBe(since.slice(1, -1));
  });

  it('the wrong shape is still the schema\'s message', () => {
    expect(() => parseRuleset(withSince('"1 January 2024"'), 'my.yaml')).toThrowError(/eligibility\.since must be a date written YYYY-MM-DD, in quotes, not "1 January 2024"$/);
  });
});

describe('a ruleset object given to the library', () => {
  const bundled = loadRuleset();
  const withDate = (since: string) => ({ ...bundled, eligibility: { ...bundled.eligibility, since } });
  // Mentions a year before any eligibility date: the eligibility-date check reads `since`.
  const TEXT = '---\ncategory: E01\nnominee: Team\n---\n## Achievements\n\nIn 2019 we answered every call.\n';
  const thrown = (call: () => unknown): unknown => {
    try {
      call();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each(['2024-13-45', '9999-99-99', '2024-00-10', '2023-02-29', '0000-00-00', '2024-04-31'])('%s: lintText throws an ArgumentError naming options.ruleset.eligibility.since', (since) => {
    const error = thrown(() => lintText(TEXT, { ruleset: withDate(since) }));
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).argument).toBe('options.ruleset.eligibility.since');
    expect((error as Error).message).toBe(`lintText: options.ruleset.eligibility.since must be a real date written YYYY-MM-DD, not "${since}"`);
  });

  it.each(['2024-13-45', '2023-02-29'])('%s: a formatter\'s ruleset, and each of rulesets, too', (since) => {
    const result = lintText(TEXT);
    const fromOption = thrown(() => formatters.stylish([result], { ruleset: withDate(since) }));
    expect((fromOption as Error).message).toBe(`formatters.stylish: options.ruleset.eligibility.since must be a real date written YYYY-MM-DD, not "${since}"`);
    const fromMap = thrown(() => formatters.stylish([result], { rulesets: new Map([['<text>', withDate(since)]]) }));
    expect((fromMap as ArgumentError).argument).toBe('options.rulesets.get("<text>").eligibility.since');
  });

  it.each([
    ['2024-02-29', '29 February 2024'],
    ['2028-02-29', '29 February 2028'],
    ['2024-12-31', '31 December 2024'],
  ])('%s is a date, and the message says it as written', (since, words) => {
    const messages = lintText(TEXT, { ruleset: withDate(since) }).messages.filter((m) => m.ruleId === 'eligibility-date');
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining(`"2019" is before ${words}:`)]);
  });
});

describe('through the bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iba-dates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exit 2 and one line, not an internal error', () => {
    writeFileSync(join(dir, 'my.yaml'), withSince('"2024-13-45"'));
    writeFileSync(join(dir, 'entry.md'), readFileSync(join(ROOT, 'examples/e01-crisis-response.md')));
    const r = boundedRun(['--ruleset', 'my.yaml', 'entry.md'], { cwd: dir });
    expect(r.stderr).toBe(`iba-lint: ruleset my.yaml, line ${SINCE_LINE}: eligibility.since must be a real date written YYYY-MM-DD, not "2024-13-45"\n`);
    expect(r.status).toBe(2);
  });
});
