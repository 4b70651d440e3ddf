/**
 * Dates in a ruleset are days of the calendar (issue 11, item 8): the schema checks
 * only the shape YYYY-MM-DD, so `since: "2024-13-45"` passed it and then ended in
 * `internal error: Invalid time value`. Now it is a ruleset error with its line,
 * like any other, from the library and through the spawned bin (`npm run build` first).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
