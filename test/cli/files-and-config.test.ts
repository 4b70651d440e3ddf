import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checks/ids.js';

/** Files, folders, globs, stdin, --quiet, --output-file and config files, through the spawned bin. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
const E01 = readFileSync(join(ROOT, 'examples/e01-crisis-response.md'), 'utf8');
const MISTAKES = readFileSync(join(ROOT, 'examples/common-mistakes.md'), 'utf8');
/** Passes but for two warnings: an unknown key and a year before 2024. */
const WARNS = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-cli-'));
  mkdirSync(join(dir, '.git')); // the repository root: config lookup stops here
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(join(ROOT, 'examples/evidence'), join(dir, 'evidence'), { recursive: true });
  return dir;
}

function cli(cwd: string, args: string[], input?: string) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', ...(input !== undefined && { input }) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(cwd: string, args: string[], input?: string) {
  const run = cli(cwd, ['--format', 'json', ...args], input);
  return { ...run, results: run.stdout ? (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>) : [] };
}

describe('which files are linted', () => {
  const dir = tree({
    'e01.md': E01,
    'drafts/mistakes.md': MISTAKES,
    'drafts/deep/warns.md': WARNS,
    'drafts/notes.txt': 'not markdown',
    'node_modules/pkg/README.md': MISTAKES,
    '.hidden/secret.md': MISTAKES,
  });
  const names = (results: Array<{ filePath: string }>) => results.map((r) => r.filePath.slice(dir.length + 1));

  it('a folder means every .md below it, skipping node_modules and dot-folders', () => {
    const { code, results } = json(dir, ['.']);
    expect(names(results)).toEqual(['drafts/deep/warns.md', 'drafts/mistakes.md', 'e01.md']);
    expect(code).toBe(1);
  });

  it('a quoted glob is expanded by iba-lint', () => {
    expect(names(json(dir, ['drafts/**/*.md']).results)).toEqual(['drafts/deep/warns.md', 'drafts/mistakes.md']);
    expect(names(json(dir, ['*.md']).results)).toEqual(['e01.md']);
  });

  it('a file named twice, or by a file and a pattern, is linted once', () => {
    expect(names(json(dir, ['e01.md', './e01.md', '*.md']).results)).toEqual(['e01.md']);
  });

  it('a pattern that matches nothing is exit 2, unless --no-error-on-unmatched-pattern', () => {
    const failing = cli(dir, ['nominations/**/*.md']);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toBe('iba-lint: no files match the pattern nominations/**/*.md\n');
    const allowed = cli(dir, ['--no-error-on-unmatched-pattern', 'nominations/**/*.md', 'e01.md']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('');
  });

  it('- reads stdin; --stdin-filename names it and places its attachments', () => {
    const named = json(dir, ['-', '--stdin-filename', 'sub/../entry.md'], E01);
    expect(named.code).toBe(0);
    expect(named.results[0]!.filePath).toBe(join(dir, 'entry.md'));
    // Resolved from another folder, the E01 attachments are missing: proof they are resolved from the name.
    const elsewhere = json(dir, ['-', '--stdin-filename', 'drafts/entry.md'], E01);
    expect(elsewhere.results[0]!.messages.filter((m) => m.ruleId === 'attachment-missing')).toHaveLength(3);
    const anonymous = json(dir, ['-'], MISTAKES);
    expect(anonymous.results[0]!.filePath).toBe('<stdin>');
    expect(anonymous.code).toBe(1);
  });
});

describe('--quiet and --output-file', () => {
  const dir = tree({ 'warns.md': WARNS, 'mistakes.md': MISTAKES });

  it('--quiet reports errors only, and warnings then do not fail --max-warnings', () => {
    const loud = json(dir, ['mistakes.md']).results[0]!.messages;
    const quiet = json(dir, ['--quiet', 'mistakes.md']).results[0]!.messages;
    expect(loud.some((m) => m.severity === 1)).toBe(true);
    expect(quiet).toEqual(loud.filter((m) => m.severity === 2));
    expect(cli(dir, ['--quiet', '--max-warnings', '0', 'warns.md']).code).toBe(0);
    expect(cli(dir, ['--max-warnings', '0', 'warns.md']).code).toBe(1);
  });

  it('--output-file writes the whole report to the file and nothing to stdout', () => {
    const run = cli(dir, ['--format', 'json', '--output-file', 'report.json', 'mistakes.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(written[0].errorCount).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--output-file into a missing folder fails with one line and leaves nothing behind', () => {
    const run = cli(dir, ['--output-file', 'no/such/folder/report.txt', 'warns.md']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^iba-lint: cannot write .*report\.txt: ENOENT/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

describe('config files', () => {
  it('a config in a parent folder turns a check off, and another to a warning', () => {
    const dir = tree({
      '.iba-lintrc.yaml': 'rules:\n  eligibility-date: off\n  section-length: warn\n',
      'team/a/mistakes.md': MISTAKES,
    });
    const { results, code } = json(dir, ['team/a/mistakes.md']);
    const messages = results[0]!.messages;
    expect(messages.some((m) => m.ruleId === 'eligibility-date')).toBe(false);
    expect(messages.find((m) => m.ruleId === 'section-length')?.severity).toBe(1);
    expect(code).toBe(1); // other errors remain
    // Without the config, both are back at their defaults.
    const plain = json(dir, ['--no-config', 'team/a/mistakes.md']).results[0]!.messages;
    expect(plain.some((m) => m.ruleId === 'eligibility-date')).toBe(true);
    expect(plain.find((m) => m.ruleId === 'section-length')?.severity).toBe(2);
  });

  it('the nearest config wins: package.json "iba-lint" in a nearer folder over .iba-lintrc.json above', () => {
    const dir = tree({
      '.iba-lintrc.json': JSON.stringify({ rules: { 'unknown-key': 'off' } }),
      'team/package.json': JSON.stringify({ name: 'team', 'iba-lint': { rules: { 'unknown-key': 'error' } } }),
      'team/warns.md': WARNS,
      'other/warns.md': WARNS,
    });
    const results = json(dir, ['team/warns.md', 'other/warns.md']).results;
    expect(results[0]!.messages.find((m) => m.ruleId === 'unknown-key')?.severity).toBe(2);
    expect(results[1]!.messages.some((m) => m.ruleId === 'unknown-key')).toBe(false);
  });

  it('a package.json without an "iba-lint" key is not a config', () => {
    const dir = tree({
      '.iba-lintrc.yaml': 'rules:\n  unknown-key: off\n',
      'team/package.json': JSON.stringify({ name: 'team' }),
      'team/warns.md': WARNS,
    });
    expect(json(dir, ['team/warns.md']).results[0]!.messages.some((m) => m.ruleId === 'unknown-key')).toBe(false);
  });

  it('the search stops at the repository root', () => {
    const outer = tree({ '.iba-lintrc.yaml': 'rules:\n  unknown-key: off\n' });
    mkdirSync(join(outer, 'repo/.git'), { recursive: true });
    writeFileSync(join(outer, 'repo/warns.md'), WARNS);
    expect(json(outer, ['repo/warns.md']).results[0]!.messages.some((m) => m.ruleId === 'unknown-key')).toBe(true);
  });

  it('--config names the file for every nomination', () => {
    const dir = tree({ 'settings/strict.yaml': 'rules:\n  unknown-key: error\n  eligibility-date: error\n', 'warns.md': WARNS });
    const run = json(dir, ['--config', 'settings/strict.yaml', 'warns.md']);
    expect(run.code).toBe(1);
    expect(run.results[0]!.messages.map((m) => m.severity)).toEqual([2, 2]);
  });

  it.each([
    ['an unknown check id, with the nearest', 'rules:\n  section-lenght: off\n', /^iba-lint: config file \.iba-lintrc\.yaml, line 2: unknown check "section-lenght" in rules; did you mean "section-length"\?\n$/],
    ['a bad severity', 'rules:\n  section-length: fatal\n', /^iba-lint: config file \.iba-lintrc\.yaml, line 2: rules\.section-length is "fatal"; use off, warn, warning, error, 0, 1 or 2\n$/],
    ['an unknown key, with the nearest', 'rule:\n  section-length: off\n', /^iba-lint: config file \.iba-lintrc\.yaml, line 1: unknown key "rule"; did you mean "rules"\?\n$/],
    ['broken YAML', 'rules: [\n', /^iba-lint: config file \.iba-lintrc\.yaml, line 2, column 1: not valid YAML: the indentation is wrong, or a bracket or quote is not closed\n$/],
    ['a list', '- rules\n', /^iba-lint: config file \.iba-lintrc\.yaml: must be a mapping with the keys ruleset, locale, rules and ignores\n$/],
    ['an unknown ruleset', 'ruleset: iba-1999\n', /^iba-lint: ruleset "iba-1999" not found/],
  ])('a broken config (%s) is one clear line and exit 2', (_name, config, message) => {
    const dir = tree({ '.iba-lintrc.yaml': config, 'warns.md': WARNS });
    const run = cli(dir, ['warns.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a ruleset path in a config is relative to the config file', () => {
    const tight = readFileSync(join(ROOT, 'rulesets/iba-2026.yaml'), 'utf8').replace('limit: 4900', 'limit: 100');
    const dir = tree({ 'rules/tight.yaml': tight, 'team/.iba-lintrc.yaml': 'ruleset: ../rules/tight.yaml\n', 'team/e01.md': E01 });
    const messages = json(dir, ['team/e01.md']).results[0]!.messages;
    expect(messages.map((m) => m.ruleId)).toContain('section-length');
  });

  it('--print-config shows the merged settings for a file', () => {
    const dir = tree({ '.iba-lintrc.yaml': 'rules:\n  eligibility-date: off\n  summary-format: error\n', 'a/b.md': WARNS });
    const run = cli(dir, ['--print-config', 'a/b.md']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe(join(dir, '.iba-lintrc.yaml'));
    expect(printed.ruleset).toBe('iba-2026');
    expect(printed.rules['eligibility-date']).toBe('off');
    expect(printed.rules['summary-format']).toBe('error');
    expect(printed.rules['section-length']).toBe('error');
    expect(printed.rules['unknown-key']).toBe('warn');
    expect(Object.keys(printed.rules)).toEqual([...CHECK_IDS]);
  });
});
