import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { HOSTS, ROOT, inProcess, matchSnapshot, render, type CliCase } from '../helpers/cli.js';

/**
 * CLI golden tests: each case runs in process (main with captured streams) and as
 * the spawned bin, and both must match the same readable snapshot file.
 * UPDATE_SNAPSHOTS=1 npm test rewrites the snapshots. The helpers are shared with
 * formats.test.ts in test/helpers/cli.ts.
 */
const E01 = 'examples/e01-crisis-response.md';
const MISTAKES = 'examples/common-mistakes.md';
const WARNINGS_ONLY = 'test/cli/inputs/warnings-only.md';
/** Written with the rules page's own Polish headings and bullets pasted as "•": it passes, with one note. */
const PL_EXAMPLE = 'examples/pl/e04-dzial-obslugi-klienta.md';

type Case = CliCase;

const CASES: Case[] = [
  { name: 'e01-example', args: [E01], exitCode: 0 },
  { name: 'common-mistakes', args: [MISTAKES], exitCode: 1 },
  { name: 'common-mistakes-pl', args: ['--locale', 'pl', MISTAKES], exitCode: 1 },
  { name: 'polish-example-pl', args: ['--locale', 'pl', PL_EXAMPLE], exitCode: 0 },
  { name: 'polish-example', args: [PL_EXAMPLE], exitCode: 0 },
  { name: 'polish-example-json', args: ['--format', 'json', PL_EXAMPLE], exitCode: 0 },
  { name: 'two-files-pl', args: ['--locale', 'pl', E01, MISTAKES], exitCode: 1 },
  { name: 'two-files', args: [E01, MISTAKES], exitCode: 1 },
  { name: 'json-e01', args: ['--format', 'json', E01], exitCode: 0 },
  { name: 'json-common-mistakes', args: ['-f', 'json', MISTAKES], exitCode: 1 },
  { name: 'missing-file-others-still-linted', args: ['no-such-entry.md', E01], exitCode: 2 },
  { name: 'folder-means-every-md-below', args: ['examples'], exitCode: 1 },
  { name: 'glob-expanded-by-iba-lint', args: ['examples/*.md'], exitCode: 1 },
  { name: 'pattern-matching-nothing', args: ['drafts/**/*.md', E01], exitCode: 2 },
  { name: 'quiet-errors-only', args: ['--quiet', MISTAKES], exitCode: 1 },
  { name: 'unknown-option', args: ['--bogus', E01], exitCode: 2 },
  { name: 'unknown-format', args: ['--format', 'xml', E01], exitCode: 2 },
  { name: 'max-warnings-not-a-number', args: ['--max-warnings', 'many', E01], exitCode: 2 },
  { name: 'no-files', args: [], exitCode: 2 },
  { name: 'warnings-pass-by-default', args: [WARNINGS_ONLY], exitCode: 0 },
  { name: 'max-warnings-exceeded', args: ['--max-warnings', '0', WARNINGS_ONLY], exitCode: 1 },
  { name: 'max-warnings-not-exceeded', args: ['--max-warnings', '5', WARNINGS_ONLY], exitCode: 0 },
  { name: 'force-color', args: [MISTAKES], env: { FORCE_COLOR: '1' }, exitCode: 1 },
  { name: 'no-color-flag-beats-force-color', args: ['--no-color', E01], env: { FORCE_COLOR: '1' }, exitCode: 0 },
  { name: 'color-flag-beats-no-color', args: ['--color', E01], env: { NO_COLOR: '1' }, exitCode: 0 },
  { name: 'unknown-ruleset', args: ['--ruleset', 'iba-1999', E01], exitCode: 2 },
  { name: 'version', args: ['--version'], exitCode: 0 },
  { name: 'help', args: ['--help'], exitCode: 0 },
];

describe.each(HOSTS)('CLI (%s)', (_host, runCase) => {
  it.each(CASES)('$name', async (c) => {
    const outcome = await runCase(c);
    expect(outcome.exitCode).toBe(c.exitCode);
    matchSnapshot(c, render(c, outcome));
  });
});

const ANSI = /\x1b\[[0-9;]*m/g;

describe('CLI output rules', () => {
  it('failures are one line on stderr and never a stack trace', async () => {
    for (const c of CASES.filter((k) => k.exitCode === 2)) {
      const { stderr } = await inProcess(c);
      expect(stderr.trimEnd().split('\n'), c.name).toHaveLength(1);
      expect(stderr, c.name).toMatch(/^iba-lint: /);
      expect(stderr, c.name).not.toMatch(/\n\s+at /);
    }
  });

  it('FORCE_COLOR colours the report and the colours carry no other change', async () => {
    const colored = await inProcess({ name: 'c', args: [MISTAKES], env: { FORCE_COLOR: '1' }, exitCode: 1 });
    const plain = await inProcess({ name: 'p', args: [MISTAKES], exitCode: 1 });
    expect(colored.stdout).toMatch(ANSI);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(colored.stdout.replace(ANSI, '')).toBe(plain.stdout);
  });

  it('NO_COLOR turns colour off even on a terminal', async () => {
    let stdout = '';
    await main([E01], { stdout: (t) => (stdout += t), stderr: () => {}, env: { NO_COLOR: '1' }, cwd: ROOT, isTTY: true });
    expect(stdout).not.toMatch(ANSI);
    let tty = '';
    await main([E01], { stdout: (t) => (tty += t), stderr: () => {}, env: {}, cwd: ROOT, isTTY: true });
    expect(tty).toMatch(ANSI);
  });

  it('JSON output has the SPEC §5 shape, field for field', async () => {
    const { stdout } = await inProcess({ name: 'j', args: ['--format', 'json', MISTAKES, E01], exitCode: 1 });
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    const [mistakes, e01] = results as [Record<string, any>, Record<string, any>];
    expect(mistakes.filePath).toBe(join(ROOT, MISTAKES));
    expect(Object.keys(mistakes)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'sections']));
    expect(mistakes.errorCount).toBe(mistakes.messages.filter((m: any) => m.severity === 2).length);
    expect(mistakes.warningCount).toBe(mistakes.messages.filter((m: any) => m.severity === 1).length);
    for (const m of mistakes.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column']));
      expect([1, 2]).toContain(m.severity);
    }
    expect(Object.keys(mistakes.sections)).toEqual(['achievements', 'summary', 'attachments']);
    expect(mistakes.sections.attachments).toBeNull();
    expect(mistakes.sections.summary).toEqual({ characters: expect.any(Number), limit: 1150, unit: 'characters', line: 34, bullets: 12, bulletLimit: 10 }); // 11 bullets and 1 nested item: what summary-bullets counts
    expect(Object.keys(e01.sections.achievements).sort()).toEqual(['characters', 'limit', 'line', 'unit']);
    expect(e01.sections.achievements.limit).toBe(4900);
    expect(e01.sections.attachments).toEqual({ characters: expect.any(Number), limit: 1500, unit: 'characters', line: expect.any(Number) });
  });

  it('--help teaches: usage, every option, examples and exit codes', async () => {
    const { stdout } = await inProcess({ name: 'h', args: ['--help'], exitCode: 0 });
    for (const part of ['Usage: iba-lint [options] <file|folder|pattern|-...>', '--output-file', '--quiet', '--config', '--no-config', '--print-config', '--stdin-filename', '--no-error-on-unmatched-pattern', 'Configuration:', '--format', '--max-warnings', '--no-color', '--version', 'Examples:', 'Exit codes:']) {
      expect(stdout).toContain(part);
    }
  });
});
