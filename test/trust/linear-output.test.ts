/**
 * Linear time, linear output (issue 11, item 5).
 *
 * eligibility-date found each year's line by counting line breaks from the start of
 * the section (a 1 MB section of year-lines took 151 s); the stylish report padded
 * every row to the widest message and quoted values whole, so one 100 KB link and
 * 2,000 short problems printed 200 MB. Timing is relative only (n against 8n, with
 * the suite's helper); output size is compared the same way, in bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import stylish from '../../src/formatters/stylish.js';
import { lintText } from '../../src/lint.js';
import { QUOTE_MAX } from '../../src/messages.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { ROOT } from '../helpers/cli.js';
import { linearTime } from '../helpers/linear-time.js';

const ruleset = loadRuleset();
const lint = (text: string) => lintText(text, { ruleset, filePath: '/n/entry.md', exists: () => false });
const report = (text: string): string => stylish([lint(text)], { color: false, cwd: '/n', ruleset });

const FRONT = 'category: E01\nnominee: Contact Center';
/** A nomination whose Achievements section holds `text`. */
const withAchievements = (text: string): string => `---\n${FRONT}\n---\n## Summary\n\n- A bullet\n\n## Achievements\n\n${text}\n`;
/** One link `size` characters long, then `count` short links that are not web addresses: count + 1 problems. */
const longLinkAndProblems = (size: number, count: number): string =>
  `---\n${FRONT}\nlinks:\n  - https://web.example/${'a'.repeat(size)}\n  - https://web.example/${'a'.repeat(size)}\n${'  - x\n'.repeat(count)}---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n`;

describe('eligibility-date runs in one pass', () => {
  const expectLinear = linearTime(lint);

  it('a section of n lines, each naming an old year', () => {
    expectLinear('year-lines', (n) => withAchievements('In 2019.\n'.repeat(n)), 4_000);
  });

  it('one line of n old years', () => {
    expectLinear('years on one line', (n) => withAchievements('2019 and '.repeat(n)), 2_000);
  });

  it('one line of n dates in every written form, and n quantities (issue 12)', () => {
    expectLinear('dates as written', (n) => withAchievements("15.03.2019, 03.2019, 3/2019, marca 2019, 15th of March 2019, Q4 2019, IV kw. 2019, FY19, '19, 2019 r., 2019–2020, 2000 calls, 1 999 zł; ".repeat(n)), 300);
  });

  it('runs of spaces after the start of a date', () => {
    expectLinear('spaces after a date start', (n) => withAchievements(`15 ${' '.repeat(n)}x Q4 ${' '.repeat(n)}x marca ${' '.repeat(n)}x 2019 ${' '.repeat(n)}`), 20_000);
  });

  const lintSummary = linearTime((body: string) => lint(`---\n${FRONT}\n---\n## Achievements\n\nText.\n\n## Summary\n\n${body}\n`));
  it('a summary of n pasted bullets, and n pasted lines in one Markdown item', () => {
    lintSummary('pasted bullets', (n) => '• A bullet\n  ◦ nested\n'.repeat(n), 2_000);
    lintSummary('pasted lines in an item', (n) => `- A bullet\n${'  • nested\n'.repeat(n)}`, 2_000);
  });

  it('still finds each year at its line and column', () => {
    const result = lint(withAchievements('Text.\n'.repeat(3) + 'x 2019 and 2018\n'.repeat(2)));
    const dates = result.messages.filter((m) => m.ruleId === 'eligibility-date').map((m) => [m.line, m.column]);
    expect(dates).toEqual([[14, 3], [14, 12], [15, 3], [15, 12]]);
  });
});

describe('the stylish report grows with the number of problems', () => {
  const expectLinear = linearTime(report);
  // The size of the long link grows with n too: the file grows linearly, and a report
  // that padded rows to it or quoted it whole would grow with n².
  const make = (n: number): string => longLinkAndProblems(50 * n, n);

  it('in time: a long link and n short problems', () => {
    expectLinear('long link and n problems', make, 200);
  });

  it('in bytes: 8 times the problems give at most about 8 times the report', () => {
    const small = report(make(250));
    const large = report(make(2_000));
    expect(Buffer.byteLength(large)).toBeLessThanOrEqual(10 * Buffer.byteLength(small));
  });

  it(`quotes a long value as an excerpt of at most ${QUOTE_MAX} characters with an ellipsis; the JSON keeps it whole`, () => {
    const url = `https://web.example/${'a'.repeat(100_000)}`;
    const result = lint(`---\n${FRONT}\nlinks:\n  - ${url}\n  - ${url}\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n`);
    const duplicate = result.messages.find((m) => m.ruleId === 'duplicate-link')!;
    expect(duplicate.message).toBe(`Link "${url.slice(0, QUOTE_MAX - 1)}…" is listed twice (first on line 5): remove one`);
    expect(duplicate.data).toEqual({ url, firstLine: 5 });
    expect(report(`---\n${FRONT}\nlinks:\n  - ${url}\n  - ${url}\n---\n`).length).toBeLessThan(3_000);
  });

  it("quotes iba-lint's own longest list, the known top-level keys, whole", () => {
    const result = lint(`---\n${FRONT}\nzzzzzzzzzz: 1\n---\n`);
    const unknown = result.messages.find((m) => m.ruleId === 'unknown-key')!;
    expect(unknown.message).toMatch(/known keys here are category, nominee, .*prior_win$/);
    expect(unknown.data).toBeUndefined();
  });
});

describe('through the bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iba-linear-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (text: string) => {
    writeFileSync(join(dir, 'entry.md'), text);
    return spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--no-color', 'entry.md'], { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 30 });
  };

  it("the issue's report: a 100 KB link and 2,000 short problems print short lines, under 1 MB in all (was 200 MB)", () => {
    const out = run(longLinkAndProblems(100_000, 2_000));
    expect(out.status).toBe(1);
    expect(out.stderr.toString()).toBe('');
    const lines = out.stdout.toString().split('\n');
    expect(lines.filter((line) => line.endsWith('link-url'))).toHaveLength(2_000);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(300);
    expect(out.stdout.length).toBeLessThan(1_000_000);
  });

  it('8 times the problems, 8 times the file: at most about 8 times the bytes', () => {
    const small = run(longLinkAndProblems(12_500, 250)).stdout.length;
    const large = run(longLinkAndProblems(100_000, 2_000)).stdout.length;
    expect(large).toBeLessThanOrEqual(10 * small);
  });
});

describe('a file under the size cap with a hundred thousand problems or blocks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iba-many-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (text: string, format: string) => {
    writeFileSync(join(dir, 'entry.md'), text);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024); // under the default --max-file-size: linted, not refused
    return spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--no-color', '--format', format, 'entry.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  };

  it('190,000 old years in the Achievements: every one reported in the stylish report, no stack overflow', () => {
    const out = run(withAchievements('2019\n'.repeat(190_000)), 'stylish');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
    expect(out.stdout.split('\n').filter((line) => line.endsWith('eligibility-date'))).toHaveLength(190_000);
  });

  it.each(['stylish', 'json', 'compact'])('150,000 stray paragraphs before the first section (%s): every one reported, no stack overflow', (format) => {
    const out = run(`---\n${FRONT}\n---\n${'a\n\n'.repeat(150_000)}## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n`, format);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0); // unknown-section is a warning
    const strays = format === 'json' ? (JSON.parse(out.stdout) as Array<{ messages: unknown[] }>)[0]!.messages.length : out.stdout.split('\n').filter((l) => /unknown-section\]?$/.test(l)).length;
    expect(strays).toBe(150_000);
  });
});
