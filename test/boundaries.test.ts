/**
 * Boundary tests: each pins one behaviour at its edge, where a one-line change (a
 * mutant) used to pass the whole suite — `--max-warnings` off by one, a run failure
 * reported as exit 1, compact output that a lone CR, U+2028 or U+2029 splits, a
 * did-you-mean that minds case, and the order of messages on one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCode, tooManyWarnings } from '../src/exit-code.js';
import { formatters } from '../src/formatters/index.js';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { nearest } from '../src/suggest.js';
import { ROOT } from './helpers/cli.js';
import { CWD, fileResult, message } from './helpers/results.js';

const ruleset = loadRuleset();
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bin(args: string[]) {
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[key];
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const WARNINGS_ONLY = 'test/cli/inputs/warnings-only.md';
const MISTAKES = 'examples/common-mistakes.md';

describe('--max-warnings n: exit 1 from n + 1 warnings, not at n', () => {
  const withWarnings = (...counts: number[]) => counts.map((w, i) => ({ ...fileResult(`/n/${i}.md`, []), warningCount: w }));

  it('exitCode: n warnings pass, n + 1 fail, counted over every file', () => {
    expect(exitCode({ results: withWarnings(2), maxWarnings: 2, failed: false })).toBe(0);
    expect(exitCode({ results: withWarnings(3), maxWarnings: 2, failed: false })).toBe(1);
    expect(exitCode({ results: withWarnings(1, 1), maxWarnings: 2, failed: false })).toBe(0);
    expect(exitCode({ results: withWarnings(1, 2), maxWarnings: 2, failed: false })).toBe(1);
    expect(exitCode({ results: withWarnings(0), maxWarnings: 0, failed: false })).toBe(0);
    expect(exitCode({ results: withWarnings(1), maxWarnings: 0, failed: false })).toBe(1);
  });

  it('tooManyWarnings: no limit when undefined or negative; 0 is a limit', () => {
    expect(tooManyWarnings(withWarnings(1_000), undefined)).toBe(false);
    expect(tooManyWarnings(withWarnings(1_000), -1)).toBe(false);
    expect(tooManyWarnings(withWarnings(1), 0)).toBe(true);
    expect(tooManyWarnings(withWarnings(0), 0)).toBe(false);
  });

  it('through the bin: as many warnings as the limit pass, one more fails', () => {
    const [result] = JSON.parse(bin(['--format', 'json', WARNINGS_ONLY]).stdout) as Array<{ warningCount: number; errorCount: number }>;
    const n = result!.warningCount;
    expect(n).toBeGreaterThan(0);
    expect(result!.errorCount).toBe(0);
    expect(bin(['--max-warnings', String(n), WARNINGS_ONLY]).code).toBe(0);
    expect(bin(['--max-warnings', String(n - 1), WARNINGS_ONLY]).code).toBe(1);
  });
});

describe('a run failure is exit 2, even when another file has errors', () => {
  it('exitCode: failed wins over errors and over too many warnings', () => {
    const errors = { ...fileResult('/n/a.md', [message('category', 2, 1, 1, 'x')]) };
    expect(exitCode({ results: [errors], failed: true })).toBe(2);
    expect(exitCode({ results: [{ ...errors, errorCount: 0, warningCount: 5 }], maxWarnings: 0, failed: true })).toBe(2);
    expect(exitCode({ results: [errors], failed: false })).toBe(1);
    expect(exitCode({ results: [], failed: false })).toBe(0);
  });

  it('through the bin: a missing file next to a nomination with errors is exit 2, and the other is still linted', () => {
    const run = bin(['--format', 'json', 'no-such-entry.md', MISTAKES]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^iba-lint: no-such-entry\.md/);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.some((r) => r.filePath.endsWith('common-mistakes.md') && r.errorCount > 0)).toBe(true);
  });
});

describe('compact output: one line per problem, whatever the message holds', () => {
  it.each([
    ['a lone CR', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['U+2028 LINE SEPARATOR', '\u2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
  ])('%s inside a message', (_name, breaker) => {
    const results = [
      fileResult(join(CWD, 'a.md'), [
        message('unknown-section', 1, 3, 1, `Heading "one${breaker}two" is not a section`),
        message('unknown-key', 1, 4, 2, `Unknown key "k${breaker}${breaker}v"`),
      ]),
    ];
    const out = formatters.compact(results, { cwd: CWD });
    // Exactly two lines, each a whole problem; nothing any terminal or editor takes for a line break.
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    // Each line break (CRLF as one) is a space, as compact's own comment says; it is not escaped like a control character.
    expect(lines[0]).toBe('a.md:3:1: warning Heading "one two" is not a section [unknown-section]');
    expect(lines[1]).toBe('a.md:4:2: warning Unknown key "k  v" [unknown-key]');
    expect(out).not.toMatch(/[\r\u2028\u2029\u0085]/);
  });

  it('through the bin: a heading holding U+2028 and U+2029 is one line of compact output', () => {
    const file = join(dir, 'separators.md');
    writeFileSync(file, '---\ncategory: E01\nnominee: Team\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n\n## Notes\u2028one\u2029two\n\nx\n');
    const run = bin(['--format', 'compact', file]);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\S.*:\d+:\d+: (error|warning) .* \[[a-z-]+\]$/);
    expect(lines.some((l) => l.includes('[unknown-section]') && l.includes('Notes'))).toBe(true);
    expect(run.stdout).not.toMatch(/[\r\u2028\u2029]/);
  });
});

describe('did-you-mean ignores case', () => {
  it('nearest: an upper-case or mixed-case key finds its lower-case candidate', () => {
    expect(nearest('CATEGORY', ['category', 'nominee'])).toBe('category');
    expect(nearest('Nominee', ['category', 'nominee'])).toBe('nominee');
    expect(nearest('LINKS', ['links', 'title'])).toBe('links');
    // and still only when it is close: a typo, not another word
    expect(nearest('zzzzzzzz', ['category', 'nominee'])).toBeUndefined();
  });

  it('lintText: `CATEGORY:` is an unknown key that suggests `category`', () => {
    const text = '---\nCATEGORY: E01\nnominee: Team\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n';
    const unknown = lintText(text, { ruleset }).messages.filter((m) => m.ruleId === 'unknown-key');
    expect(unknown.map((m) => [m.line, m.column, m.message])).toEqual([[2, 1, 'Unknown key "CATEGORY" is ignored; did you mean "category"?']]);
  });
});

describe('the order of messages on one line', () => {
  const entry = (links: string) => `---\ncategory: E01\nnominee: Team\nlinks: ${links}\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n`;
  const onLine4 = (text: string) =>
    lintText(text, { ruleset })
      .messages.filter((m) => m.line === 4)
      .map((m) => `${m.column} ${m.ruleId}`);

  it('by column, even when the check that runs first reports the later column', () => {
    // link-url runs before duplicate-link, but here its problem is further right.
    expect(onLine4(entry('[https://a.example/, https://a.example/, ftp://b]'))).toEqual(['29 duplicate-link', '49 link-url']);
  });

  it('at one position, in the registry order of the checks (link-url before duplicate-link), not by name', () => {
    expect(onLine4(entry('[ftp://b, ftp://b]'))).toEqual(['9 link-url', '18 link-url', '18 duplicate-link']);
  });

  it('the same through the bin', () => {
    const file = join(dir, 'order.md');
    writeFileSync(file, entry('[https://a.example/, https://a.example/, ftp://b, ftp://b]'));
    const out = bin(['--format', 'compact', file]).stdout;
    const onLine = out.split('\n').filter((l) => l.includes(':4:')).map((l) => l.replace(/^.*?:4:(\d+): \w+ .* \[([a-z-]+)\]$/, '$1 $2'));
    expect(onLine).toEqual(['29 duplicate-link', '49 link-url', '58 link-url', '58 duplicate-link']);
  });
});
