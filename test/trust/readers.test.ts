/**
 * One reader for everything read (issue 11, item 1), and no echo of a file that is
 * not what it claims to be (item 2). Config files, package.json, rulesets, export's
 * input and nominations are read only when they are regular files, within a cap for
 * their kind: a device, FIFO or folder, or a file over its cap, is one line on stderr
 * and exit 2, in bounded time and memory (test/helpers/bounded.ts). Errors name the
 * file, the line and the key, and quote nothing of a file that is not a mapping.
 * Through the spawned bin, which needs `npm run build` first; and through the library.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver } from '../../src/config/load.js';
import { FileReadError, readRegularFile, readTextFile } from '../../src/read-content.js';
import { RulesetError, loadRuleset } from '../../src/ruleset/load.js';
import { boundedRun } from '../helpers/bounded.js';
import { tempRepositories } from '../helpers/temp-tree.js';
import { ROOT } from '../helpers/cli.js';

const ENTRY = readFileSync(join(ROOT, 'examples/e01-crisis-response.md'), 'utf8');
const BUNDLED = readFileSync(join(ROOT, 'rulesets/iba-2026.yaml'), 'utf8');
const folder = tempRepositories('iba-readers-');
/** Other folders a test makes (outside a repository, or without .git), removed after the file. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A repository (a folder with .git) holding entry.md and these files; a null file is a FIFO. */
const repository = (files: Record<string, string | null> = {}): string => folder({ 'entry.md': ENTRY, ...files });

/** Runs the bin and checks the shape every refusal has: it ended by itself, exit 2, nothing on stdout, exactly this one line on stderr. */
function refused(dir: string, args: string[], line: string, env?: Record<string, string>): void {
  const r = boundedRun(args, { cwd: dir, ...(env && { env }) });
  expect(r.signal, 'the run hung and was killed').toBeNull();
  expect(r.stderr).toBe(`iba-lint: ${line}\n`);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
}

describe('a device, FIFO or folder where a config file or ruleset is expected: one line, exit 2, bounded', () => {
  it('.iba-lintrc.yaml -> /dev/zero', () => {
    const dir = repository();
    symlinkSync('/dev/zero', join(dir, '.iba-lintrc.yaml'));
    refused(dir, ['entry.md'], `config file .iba-lintrc.yaml is a link that leads outside its repository ${dir}: it was not read`);
  });

  it('package.json -> /dev/zero', () => {
    const dir = repository();
    symlinkSync('/dev/zero', join(dir, 'package.json'));
    refused(dir, ['entry.md'], `config file package.json is a link that leads outside its repository ${dir}: it was not read`);
  });

  it('a FIFO .iba-lintrc.yaml, package.json or .iba-lintrc.json does not hang', () => {
    refused(repository({ '.iba-lintrc.yaml': null }), ['entry.md'], 'config file .iba-lintrc.yaml is a FIFO (named pipe), not a file');
    refused(repository({ 'package.json': null }), ['entry.md'], 'config file package.json is a FIFO (named pipe), not a file');
    refused(repository({ '.iba-lintrc.json': null }), ['entry.md'], 'config file .iba-lintrc.json is a FIFO (named pipe), not a file');
  });

  it('a config that is a broken link, a link to itself or a loop of two: said, not passed over for a parent folder\'s config', () => {
    const line = (name: string) => `config file ${name} is a link that leads to no file (a broken link or a link loop): fix or remove it`;
    for (const [name, target, other] of [
      ['.iba-lintrc.yaml', 'nothere.yaml', undefined],
      ['.iba-lintrc.yml', '.iba-lintrc.yml', undefined],
      ['.iba-lintrc.json', 'b.json', ['b.json', '.iba-lintrc.json']],
    ] as const) {
      // A parent folder's config that would otherwise apply: Polish messages.
      const dir = repository({ 'sub/entry.md': ENTRY });
      writeFileSync(join(dir, '.iba-lintrc.yaml'), 'locale: pl\n');
      symlinkSync(target, join(dir, 'sub', name));
      if (other) symlinkSync(other[1], join(dir, 'sub', other[0]));
      refused(dir, ['sub/entry.md'], line(`sub/${name}`));
    }
  });

  it('a file whose read fails (/proc/self/mem: EIO) is one line for lint and export alike', () => {
    const dir = repository();
    refused(dir, ['export', '/proc/self/mem'], '/proc/self/mem cannot be read (EIO)');
    refused(dir, ['/proc/self/mem'], '/proc/self/mem: cannot be read (EIO)');
  });

  it('a config nested 30,000 levels deep is named as nesting, not only as aliases', () => {
    const dir = repository({ '.iba-lintrc.yaml': `rules: ${'['.repeat(30_000)}\n` });
    const r = boundedRun(['entry.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^iba-lint: config file \.iba-lintrc\.yaml, line 1, column \d+: not valid YAML: aliases repeat too much, or values are nested too deeply\n$/);
  });

  it('a folder named .iba-lintrc.yaml', () => {
    const dir = repository();
    mkdirSync(join(dir, '.iba-lintrc.yaml'));
    refused(dir, ['entry.md'], 'config file .iba-lintrc.yaml is a folder, not a file');
  });

  it('ruleset: /dev/zero in a config', () => {
    const dir = repository({ '.iba-lintrc.yaml': 'ruleset: /dev/zero\n' });
    refused(dir, ['entry.md'], `config file .iba-lintrc.yaml: ruleset /dev/zero leads outside the repository that holds the config, ${dir}: keep the ruleset in the repository, or give it with --ruleset`);
  });

  it('a ruleset that is a FIFO, named in a config or with --ruleset', () => {
    const dir = repository({ 'rules.yaml': null, '.iba-lintrc.yaml': 'ruleset: rules.yaml\n' });
    refused(dir, ['entry.md'], 'ruleset rules.yaml is a FIFO (named pipe), not a file');
    refused(dir, ['--no-config', '--ruleset', 'rules.yaml', 'entry.md'], 'ruleset rules.yaml is a FIFO (named pipe), not a file');
  });

  it('--ruleset /dev/zero', () => {
    refused(repository(), ['--ruleset', '/dev/zero', 'entry.md'], 'ruleset /dev/zero is a device, not a file');
  });

  it('--config /dev/zero --print-config', () => {
    refused(repository(), ['--config', '/dev/zero', '--print-config', 'entry.md'], 'config file /dev/zero is a device, not a file');
  });

  it('export /dev/zero, and export of a FIFO', () => {
    refused(repository(), ['export', '/dev/zero'], '/dev/zero is a device, not a file');
    refused(repository({ 'pipe.md': null }), ['export', 'pipe.md'], 'pipe.md is a FIFO (named pipe), not a file');
  });
});

describe('a file over the cap of its kind: one line, exit 2, not read whole', () => {
  it('a config file over 64 KiB', () => {
    const dir = repository({ '.iba-lintrc.yaml': `${'# a comment line of padding\n'.repeat(2600)}rules: {}\n` });
    refused(dir, ['entry.md'], 'config file .iba-lintrc.yaml is larger than 64 KiB, the most it may be');
  });

  it('a package.json over 1 MiB', () => {
    const dir = repository({ 'package.json': JSON.stringify({ name: 'x', description: 'x'.repeat(1100 * 1024), 'iba-lint': {} }) });
    refused(dir, ['entry.md'], 'config file package.json is larger than 1 MiB, the most it may be');
  });

  it('a ruleset over 256 KiB', () => {
    const dir = repository({ 'big.yaml': `${BUNDLED}\n${'# padding\n'.repeat(27000)}` });
    refused(dir, ['--ruleset', 'big.yaml', 'entry.md'], 'ruleset big.yaml is larger than 256 KiB, the most it may be');
  });

  it('just under the caps is read as usual', () => {
    const dir = repository({ '.iba-lintrc.yaml': `${'#'.repeat(60 * 1024)}\nrules:\n  unknown-key: off\n` });
    const r = boundedRun(['--format', 'json', 'entry.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // linted: the example's attachments are not in this folder
    expect((JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId)).not.toContain('unknown-key');
  });
});

describe('a nomination that is not a regular file', () => {
  it('a FIFO named on the command line is one failure line, never a hang; the other files are linted', () => {
    const dir = repository({ 'pipe.md': null });
    const r = boundedRun(['--format', 'json', 'pipe.md', 'entry.md'], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('iba-lint: pipe.md is a FIFO (named pipe), not a file\n');
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath)).toEqual([join(dir, 'entry.md')]);
  });

  it('a FIFO in a folder or matched by a pattern is passed over, as before', () => {
    const dir = repository({ 'n/pipe.md': null, 'n/a.md': ENTRY });
    for (const arg of ['n', 'n/*.md']) {
      const r = boundedRun(['--format', 'json', arg], { cwd: dir });
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath)).toEqual([join(dir, 'n/a.md')]);
    }
  });
});

describe('errors never quote a file that is not a mapping (item 2)', () => {
  const SECRET = 'SECRET_TOKEN=ghp_0123456789abcdef';

  it('ruleset: /proc/self/environ in a config is refused by its path, not read', () => {
    const dir = repository({ '.iba-lintrc.yaml': 'ruleset: /proc/self/environ\n' });
    const r = boundedRun(['entry.md'], { cwd: dir, env: { SECRET_TOKEN: 'ghp_0123456789abcdef' } });
    expect(r.stderr).toBe(
      `iba-lint: config file .iba-lintrc.yaml: ruleset /proc/self/environ leads outside the repository that holds the config, ${dir}: keep the ruleset in the repository, or give it with --ruleset\n`,
    );
    expect(r.status).toBe(2);
  });

  it.each([
    ['a line of text', `${SECRET}\n`, 'must be a mapping of id, programme, competition, competitionPl, year, unit, eligibility, previousYear, sections, links, attachments, video and categories, not text'],
    ['a list', `- ${SECRET}\n`, 'must be a mapping of id, programme, competition, competitionPl, year, unit, eligibility, previousYear, sections, links, attachments, video and categories, not a list'],
    ['an unclosed quote', `a: 1\nb: "${SECRET}\n`, 'line 3, column 1: not valid YAML: a closing quote or bracket is missing'],
    ['a stray list item', `a: 1\n- ${SECRET}\n`, 'line 2, column 1: not valid YAML: a key runs over more than one line (is a ":" or the indentation wrong?)'],
    ['a stray flow token', `a: 1\n]${SECRET}\n`, 'line 2, column 1: not valid YAML: something is where YAML does not allow it (a stray character, or wrong indentation)'],
    ['a nested mapping on one line', `a: ${SECRET}: b\n`, 'line 1, column 4: not valid YAML: a mapping is nested on one line (is a ": " missing a line break, or a value missing quotes?)'],
    ['an alias without anchor', `a: *${SECRET.slice(0, 12)}\n`, 'not valid YAML: an alias (*name) refers to no anchor (&name) before it'],
    ['NUL bytes, as in /proc/self/environ', `${SECRET}\0HOME=/root\0`, 'is not UTF-8 text'],
  ])('--ruleset given %s: the position and the kind of mistake, no byte of the file', (_name, text, problem) => {
    const dir = repository({ 'leak.yaml': text });
    const r = boundedRun(['--ruleset', 'leak.yaml', 'entry.md'], { cwd: dir });
    expect(r.stderr).toBe(`iba-lint: ruleset leak.yaml${problem.startsWith('line') ? ', ' : problem.startsWith('is') ? ' ' : ': '}${problem}\n`);
    expect(r.stderr).not.toContain('ghp_');
    expect(r.status).toBe(2);
  });

  it.each([
    ['.iba-lintrc.json', SECRET, 'config file .iba-lintrc.json: not valid JSON: a character is where JSON does not allow it'],
    ['.iba-lintrc.json', `{"rules": {},\n "x": "${SECRET}",}`, 'config file .iba-lintrc.json, line 2, column 43: not valid JSON: a character is where JSON does not allow it'],
    ['.iba-lintrc.yaml', `rules: [${SECRET}\n`, 'config file .iba-lintrc.yaml, line 2, column 1: not valid YAML: the indentation is wrong, or a bracket or quote is not closed'],
    ['.iba-lintrc.yaml', `${SECRET}\n`, 'config file .iba-lintrc.yaml: must be a mapping with the keys ruleset, locale, rules and ignores'],
  ])('a config %s that does not parse, or is not a mapping, is not quoted', (name, text, line) => {
    const dir = repository({ [name]: text });
    const r = boundedRun(['entry.md'], { cwd: dir });
    expect(r.stderr).toBe(`iba-lint: ${line}\n`);
    expect(r.status).toBe(2);
  });

  it('a config that is a link to a file outside the repository is not read, whether or not that file exists', () => {
    const outside = mkdtempSync(join(tmpdir(), 'iba-readers-outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), `${SECRET}: 1\n`);
    const lines = ['secret.yaml', 'no-such.yaml'].map((target) => {
      const dir = repository();
      symlinkSync(join(outside, target), join(dir, '.iba-lintrc.yaml'));
      const r = boundedRun(['entry.md'], { cwd: dir });
      expect(r.status).toBe(2);
      return r.stderr.replace(dir, '<dir>');
    });
    expect(lines[0]).toBe('iba-lint: config file .iba-lintrc.yaml is a link that leads outside its repository <dir>: it was not read\n');
    expect(lines[1]).toBe(lines[0]); // a missing target is told the same: nothing is learnt of the machine
  });

  it('config keys and paths with newlines and escape sequences stay on one line, made visible', () => {
    const dir = repository({ '.iba-lintrc.json': JSON.stringify({ rules: { 'x\n::error::forged\u001b[2J\u202e': 'off' } }) });
    const r = boundedRun(['entry.md'], { cwd: dir });
    expect(r.stderr).toBe('iba-lint: config file .iba-lintrc.json, line 1: unknown check "x\\n::error::forged\\u001b[2J\\u{202E}" in rules; valid checks are listed in docs/checks/README.md\n');
    const bad = boundedRun(['--ruleset', 'a\n::stop-commands::x\u202e.yaml', 'entry.md'], { cwd: repository() });
    expect(bad.stderr.split('\n')).toHaveLength(2); // one line, then the end
    expect(bad.stderr).toMatch(/^iba-lint: ruleset "a\\n::stop-commands::x\\u\{202E\}\.yaml" not found/);
  });
});

describe('a ruleset named in a config stays in the repository; --ruleset may be anywhere (item 2)', () => {
  const tight = BUNDLED.replace('limit: 4900', 'limit: 100');

  it('inside, through ../ or a link that stays inside: used', () => {
    const dir = repository({ 'rules/tight.yaml': tight, 'team/.iba-lintrc.yaml': 'ruleset: ../rules/tight.yaml\n', 'team/e.md': ENTRY });
    symlinkSync('../rules/tight.yaml', join(dir, 'team/alias.yaml'));
    writeFileSync(join(dir, 'team/.iba-lintrc.yaml'), 'ruleset: alias.yaml\n');
    const r = boundedRun(['--format', 'json', 'team/e.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId)).toContain('section-length');
  });

  it('outside the repository through ../, an absolute path or a link: exit 2 naming the path', () => {
    const outer = mkdtempSync(join(tmpdir(), 'iba-readers-outer-'));
    made.push(outer);
    writeFileSync(join(outer, 'tight.yaml'), tight);
    mkdirSync(join(outer, 'repo/.git'), { recursive: true });
    writeFileSync(join(outer, 'repo/e.md'), ENTRY);
    symlinkSync(join(outer, 'tight.yaml'), join(outer, 'repo/alias.yaml'));
    for (const ruleset of ['../tight.yaml', join(outer, 'tight.yaml'), 'alias.yaml']) {
      writeFileSync(join(outer, 'repo/.iba-lintrc.yaml'), `ruleset: ${ruleset}\n`);
      const r = boundedRun(['e.md'], { cwd: join(outer, 'repo') });
      expect(r.stderr).toBe(
        `iba-lint: config file .iba-lintrc.yaml: ruleset ${ruleset} leads outside the repository that holds the config, ${join(outer, 'repo')}: keep the ruleset in the repository, or give it with --ruleset\n`,
      );
      expect(r.status).toBe(2);
    }
    // The same file given on the command line is the user's own choice.
    writeFileSync(join(outer, 'repo/.iba-lintrc.yaml'), 'rules: {}\n');
    const r = boundedRun(['--format', 'json', '--ruleset', join(outer, 'tight.yaml'), 'e.md'], { cwd: join(outer, 'repo') });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('without a .git anywhere above, the config\'s own folder is the repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iba-readers-nogit-'));
    made.push(dir);
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'tight.yaml'), tight);
    writeFileSync(join(dir, 'team/.iba-lintrc.yaml'), 'ruleset: ../tight.yaml\n');
    writeFileSync(join(dir, 'team/e.md'), ENTRY);
    const r = boundedRun(['team/e.md'], { cwd: dir });
    expect(r.stderr).toBe(
      `iba-lint: config file team/.iba-lintrc.yaml: ruleset ../tight.yaml leads outside the repository that holds the config, ${join(dir, 'team')}: keep the ruleset in the repository, or give it with --ruleset\n`,
    );
    expect(r.status).toBe(2);
  });

  it('a bundled ruleset name is fine', () => {
    const r = boundedRun(['--print-config', 'entry.md'], { cwd: repository({ '.iba-lintrc.yaml': 'ruleset: iba-2026\n' }) });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { ruleset: string }).ruleset).toBe('iba-2026');
    expect(r.status).toBe(0);
  });
});

describe('the reader, through the library', () => {
  it('refuses a device, a FIFO and a folder before reading, and reads a regular file up to its cap', () => {
    const dir = repository({ 'pipe': null, 'small.txt': 'abc', 'big.txt': 'x'.repeat(100) });
    mkdirSync(join(dir, 'folder'));
    expect(() => readRegularFile('/dev/zero', 10)).toThrowError(new FileReadError('is a device, not a file'));
    expect(() => readRegularFile(join(dir, 'pipe'), 10)).toThrowError(new FileReadError('is a FIFO (named pipe), not a file'));
    expect(() => readRegularFile(join(dir, 'folder'), 10)).toThrowError(new FileReadError('is a folder, not a file'));
    expect(() => readRegularFile(join(dir, 'none'), 10)).toThrowError(new FileReadError('does not exist', 'ENOENT'));
    expect(readRegularFile(join(dir, 'small.txt'), 10)).toEqual({ bytes: Buffer.from('abc') });
    expect(readRegularFile(join(dir, 'big.txt'), 10)).toEqual({ size: 100 });
    // A /proc file says it is empty: read in chunks, still only up to the cap.
    expect(readRegularFile('/proc/self/status', 10)).toEqual({ size: null });
    expect(() => readTextFile(join(dir, 'big.txt'), 99)).toThrowError(new FileReadError('is larger than 99 bytes, the most it may be'));
  });

  it('loadRuleset and ConfigResolver throw their one-line errors', () => {
    expect(() => loadRuleset('/dev/zero')).toThrowError(new RulesetError('ruleset /dev/zero is a device, not a file'));
    const dir = repository({ '.iba-lintrc.yaml': null });
    expect(() => new ConfigResolver({ cwd: dir }).forFile(join(dir, 'entry.md'))).toThrowError(new ConfigError('config file .iba-lintrc.yaml is a FIFO (named pipe), not a file'));
  });
});
