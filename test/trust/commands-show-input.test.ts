/**
 * `export` prints a nomination's own text, `categories` a ruleset's names and `init` the
 * file name and category it wrote: text from input on stdout, so it passes the
 * sanitiser too. Ordinary prose (Polish letters, tabs,
 * line breaks) comes out byte for byte, as pasting needs; control and direction
 * characters, and a line that would begin a CI workflow command, come out as visible
 * escapes, with one stderr line saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleLines } from '../../src/sanitize.js';
import { ROOT } from '../helpers/cli.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const dir = mkdtempSync(join(tmpdir(), 'iba-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bin = (args: string[]) => {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

const nomination = (summary: string): string => ['---', 'category: E01', 'nominee: Team', '---', '## Achievements', '', 'Zażółć gęślą jaźń.', '', '## Summary', '', summary, ''].join('\n');

describe('export shows input text, never obeys it', () => {
  it('plain text with tabs and Polish letters is printed exactly as counted', () => {
    writeFileSync(join(dir, 'plain.md'), nomination('- Jeden\tdwa\n- Trzy'));
    const run = bin(['export', 'plain.md', '--section', 'summary']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('- Jeden\tdwa\n- Trzy');
    expect(run.stderr).toBe('Summary: 18 / 1150 characters\n');
  });

  it.each([
    ['ESC[2J', '- a\x1b[2Jb', '- a\\e[2Jb'],
    ['OSC 52', '- a\x1b]52;c;cHduZWQ=\x07', '- a\\e]52;c;cHduZWQ=\\a'],
    ['U+202E', '- evil\u202Efdp', '- evil\\u{202E}fdp'],
    ['C1 CSI', '- a\u009b2J', '- a\\x9b2J'],
    ['a workflow command line', '- one\n::error file=README.md::forged', '- one\n\\x3a:error file=README.md::forged'],
  ])('%s in the summary: escaped on stdout, and stderr says so in one line', (_name, summary, shown) => {
    writeFileSync(join(dir, 'hostile.md'), nomination(summary));
    const run = bin(['export', 'hostile.md', '--section', 'summary']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(shown);
    expect(run.stdout).not.toMatch(RAW);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('iba-lint: Summary holds control or direction characters, shown here as escapes such as \\e: remove them from hostile.md');
    // The whole-file report and the JSON carry it too: escaped, or exact JSON.
    const report = bin(['export', 'hostile.md']);
    expect(report.stdout).toContain(shown);
    expect(report.stdout).not.toMatch(RAW);
    const json = bin(['export', 'hostile.md', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW);
    expect((JSON.parse(json.stdout) as Array<{ section: string; text: string }>).find((s) => s.section === 'summary')!.text).toBe(summary);
  });

  it('a file with no section of the entry form: one line and exit 2, not an empty export that looks fine', () => {
    writeFileSync(join(dir, 'none.md'), '---\ncategory: E01\n---\n## Background\n\nText.\n');
    for (const format of ['text', 'json']) {
      const run = bin(['export', 'none.md', '--format', format]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('iba-lint: none.md has no section of the entry form (## Achievements, ## Summary, ## Attachments): nothing to export\n');
    }
  });

  it('visibleLines returns plain text as the same string', () => {
    const text = 'Line one\n\tindented — zażółć 🚀\n';
    expect(visibleLines(text)).toBe(text);
  });
});

describe('categories shows a ruleset it was given, never obeys it', () => {
  it('names with controls are escaped in the table, exact in JSON', () => {
    const base = bin(['categories', '--format', 'json']);
    expect(base.status).toBe(0);
    const ruleset = join(ROOT, 'rulesets/iba-2026.yaml');
    const yaml = spawnSync(process.execPath, ['-e', `process.stdout.write(require('fs').readFileSync(${JSON.stringify(ruleset)}, 'utf8'))`], { encoding: 'utf8' }).stdout;
    // The first category's English name gains an OSC 52 clipboard write and U+202E.
    const hostile = yaml.replace(/(\n\s*name: )(.+)/, '$1"Crisis\\e]52;c;eA==\\a\\u202e"');
    expect(hostile).not.toBe(yaml);
    writeFileSync(join(dir, 'hostile-ruleset.yaml'), hostile);
    const text = bin(['categories', '--ruleset', 'hostile-ruleset.yaml']);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout).toContain('Crisis\\e]52;c;eA==\\a\\u{202E}');
    const json = bin(['categories', '--ruleset', 'hostile-ruleset.yaml', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW);
    expect((JSON.parse(json.stdout) as Array<{ name: string }>).some((c) => c.name === 'Crisis\x1b]52;c;eA==\x07\u202e')).toBe(true);
  });
});

describe('init shows the name it wrote, never obeys it', () => {
  it('a file name with an escape sequence, a newline and a workflow command: one visible line', () => {
    const name = 'n\x1b[2J\n::error::x.md';
    const run = bin(['init', name, '--category', 'E01']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout.split('\n')).toHaveLength(2); // one line and its line break
    expect(run.stdout).toBe('Wrote n\\e[2J\\n::error::x.md (E01 Best Crisis Response in Customer Service, essay). Fill in the sections, then run: iba-lint n\\e[2J\\n::error::x.md\n');
  });
});
