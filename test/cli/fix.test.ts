import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { writeFix } from '../../src/write-fix.js';
import { ROOT } from '../helpers/cli.js';
import { nomination } from '../helpers/nomination.js';
import { tempRepositories } from '../helpers/temp-tree.js';

/*
 * --fix and --fix-dry-run through the spawned bin (npm run build first): a file really
 * rewritten, its line endings and permissions kept; what is refused (a link, a read-only
 * file, a file that is not UTF-8, standard input, --watch), each in one line; JSON's
 * `output` and fixable counts; and lintFiles's `fix`, which never writes.
 */

const repository = tempRepositories('iba-fix-');
const run = (cwd: string, args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd, encoding: 'utf8', ...(input !== undefined && { input }), env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
};

const BODY = ['## Achievements', 'We answered every call within a minute.', '', '## Summary', '• Every call answered', '• Within a minute', ''].join('\n');
const BROKEN = nomination({ front: 'category: e1\nnominee: Contact Center\nlinks:\n  - bank.example/report\n  - https://bank.example/report', body: BODY });
const FIXED = nomination({ front: 'category: E01\nnominee: Contact Center\nlinks:\n  - https://bank.example/report', body: BODY.replace(/• /g, '- ') });

describe('--fix', () => {
  it('rewrites the file with every mechanical fix, keeps its mode, reports what remains, and leaves no temporary file', () => {
    const dir = repository({ 'entry.md': BROKEN });
    chmodSync(join(dir, 'entry.md'), 0o640);
    const { exitCode, stdout, stderr } = run(dir, ['--fix', '--format', 'json', 'entry.md']);
    expect(stderr).toBe('');
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'entry.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'entry.md']);
    const [result] = JSON.parse(stdout);
    // What remains: the summary is short but the entry is otherwise valid; nothing fixable is left.
    expect(result.output).toBe(FIXED);
    expect(result.fixableErrorCount + result.fixableWarningCount).toBe(0);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('category');
    expect(exitCode).toBe(result.errorCount > 0 ? 1 : 0);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = (s: string): string => `\uFEFF${s.replace(/\n/g, '\r\n')}`;
    const dir = repository({ 'entry.md': crlf(BROKEN) });
    run(dir, ['--fix', 'entry.md']);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(crlf(FIXED));
  });

  it('leaves a file with nothing to fix untouched (not even rewritten)', () => {
    const dir = repository({ 'entry.md': FIXED });
    const before = statSync(join(dir, 'entry.md')).ino;
    run(dir, ['--fix', 'entry.md']);
    expect(statSync(join(dir, 'entry.md')).ino).toBe(before);
  });

  it('refuses a read-only file in one line, exit 2, and fixes the other files', () => {
    const dir = repository({ 'locked.md': BROKEN, 'other.md': BROKEN });
    chmodSync(join(dir, 'locked.md'), 0o444);
    const { exitCode, stderr } = run(dir, ['--fix', '--format', 'json', 'locked.md', 'other.md']);
    expect(stderr).toBe('iba-lint: locked.md: not fixed: it is read-only\n');
    expect(exitCode).toBe(2);
    expect(readFileSync(join(dir, 'locked.md'), 'utf8')).toBe(BROKEN);
    expect(statSync(join(dir, 'locked.md')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe(FIXED);
  });

  it('fixes the file a link inside the repository leads to, and keeps the link a link', () => {
    const dir = repository({ 'drafts/target.md': BROKEN });
    symlinkSync('drafts/target.md', join(dir, 'link.md'));
    const { exitCode, stderr } = run(dir, ['--fix', 'link.md']);
    // Exit 0: what remains of the fixed entry is no error.
    expect([stderr, exitCode]).toEqual(['', 0]);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'drafts/target.md'), 'utf8')).toBe(FIXED);
    expect(readdirSync(join(dir, 'drafts'))).toEqual(['target.md']);
  });

  it('refuses a link out of the repository in one line, exit 2, reading and writing nothing there', () => {
    const outside = repository({ 'entry.md': BROKEN });
    const dir = repository({});
    symlinkSync(join(outside, 'entry.md'), join(dir, 'entry.md'));
    const { exitCode, stderr } = run(dir, ['--fix', 'entry.md']);
    expect(stderr).toBe(`iba-lint: entry.md: it is a link to ${join(outside, 'entry.md')}, outside the repository\n`);
    expect(exitCode).toBe(2);
    expect(readFileSync(join(outside, 'entry.md'), 'utf8')).toBe(BROKEN);
    expect(lstatSync(join(dir, 'entry.md')).isSymbolicLink()).toBe(true);
  });

  it('reports a file it could not write as the file stands, with its fixable problems', () => {
    const dir = repository({ 'locked.md': BROKEN });
    chmodSync(join(dir, 'locked.md'), 0o444);
    const [result] = JSON.parse(run(dir, ['--fix', '--format', 'json', 'locked.md']).stdout);
    expect(result.output).toBeUndefined();
    expect(result.messages.find((m: { ruleId: string }) => m.ruleId === 'category').fix).toEqual({ range: [14, 16], text: 'E01' });
    expect(result.fixableErrorCount).toBe(2); // the category and the link without https://
    // The pasted bullets. The link becomes a duplicate only once https:// is added: the second pass removes it.
    expect(result.fixableWarningCount).toBe(1);
  });

  it('never writes a file it could not lint (not UTF-8)', () => {
    const dir = repository({});
    const bytes = Buffer.concat([Buffer.from(BROKEN), Buffer.from([0xff, 0xfe, 0x41])]);
    writeFileSync(join(dir, 'latin.md'), bytes);
    const { exitCode } = run(dir, ['--fix', 'latin.md']);
    expect(exitCode).toBe(1);
    expect(readFileSync(join(dir, 'latin.md'))).toEqual(bytes);
  });

  it('does not follow a folder link out of the repository (refused before anything is read)', () => {
    const outside = repository({ 'entry.md': BROKEN });
    const dir = repository({});
    symlinkSync(outside, join(dir, 'noms'));
    const { exitCode, stderr } = run(dir, ['--fix', 'noms/entry.md']);
    expect(stderr).toMatch(/^iba-lint: noms\/entry\.md: noms is a link to .*, outside the repository\n$/);
    expect(exitCode).toBe(2);
    expect(readFileSync(join(outside, 'entry.md'), 'utf8')).toBe(BROKEN);
  });

  it('with standard input, with --fix-dry-run or with --watch, is refused in one line, exit 2', () => {
    const dir = repository({ 'entry.md': BROKEN });
    expect(run(dir, ['--fix', '-'], BROKEN)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'iba-lint: --fix cannot write to standard input (-): use --fix-dry-run --format json, whose "output" is the fixed text\n',
    });
    expect(run(dir, ['--fix', '--fix-dry-run', 'entry.md']).stderr).toBe('iba-lint: --fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only shows the result\n');
    expect(run(dir, ['--fix', '--watch', 'entry.md'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'iba-lint: --fix cannot be used with --watch, which would rewrite a file as it is being edited: run iba-lint --fix once, then --watch\n',
    });
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(BROKEN);
  });

  it('with --quiet fixes errors only, as ESLint does', () => {
    const dir = repository({ 'entry.md': BROKEN });
    run(dir, ['--fix', '--quiet', 'entry.md']);
    // The category and the link are errors; the duplicate link and the pasted bullets are warnings, left alone.
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(
      nomination({ front: 'category: E01\nnominee: Contact Center\nlinks:\n  - https://bank.example/report\n  - https://bank.example/report', body: BODY }),
    );
  });
});

describe('writeFix, the writer --fix calls after linting', () => {
  it('leaves a file that changed since it was read, so the newer text is not lost', () => {
    const dir = repository({ 'entry.md': 'edited in the meantime\n' });
    expect(writeFix(join(dir, 'entry.md'), BROKEN, FIXED, dir)).toBe('entry.md: not fixed: it changed while it was being linted; run iba-lint --fix again');
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe('edited in the meantime\n');
  });

  it('says a file that is gone is gone, and writes nothing in its place', () => {
    const dir = repository({});
    expect(writeFix(join(dir, 'gone.md'), BROKEN, FIXED, dir)).toBe('gone.md: not fixed: it no longer exists');
    expect(readdirSync(dir)).toEqual(['.git']);
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing; JSON carries the fixed text as output, and the messages are what would remain', () => {
    const dir = repository({ 'entry.md': BROKEN });
    const { stdout, stderr } = run(dir, ['--fix-dry-run', '--format', 'json', 'entry.md']);
    expect(stderr).toBe('');
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(BROKEN);
    const [result] = JSON.parse(stdout);
    expect(result.output).toBe(FIXED);
    expect(result.messages.some((m: { fix?: unknown }) => m.fix)).toBe(false);
  });

  it('reads standard input, and prints no output for a text with nothing to fix', () => {
    const dir = repository({});
    const [changed] = JSON.parse(run(dir, ['--fix-dry-run', '--format', 'json', '-'], BROKEN).stdout);
    expect(changed.output).toBe(FIXED);
    const [same] = JSON.parse(run(dir, ['--fix-dry-run', '--format', 'json', '-'], FIXED).stdout);
    expect('output' in same).toBe(false);
  });

  it('without --fix-dry-run, JSON has no output and counts the fixable messages', () => {
    const dir = repository({ 'entry.md': BROKEN });
    const [result] = JSON.parse(run(dir, ['--format', 'json', 'entry.md']).stdout);
    expect('output' in result).toBe(false);
    const fixable = result.messages.filter((m: { fix?: unknown }) => m.fix);
    expect(fixable.map((m: { ruleId: string }) => m.ruleId)).toEqual(['category', 'link-url', 'summary-format']);
    expect([result.fixableErrorCount, result.fixableWarningCount]).toEqual([2, 1]);
  });
});

describe('lintFiles with fix', () => {
  it('returns the fixed text as output and writes nothing, as ESLint\'s fix option', async () => {
    const dir = repository({ 'noms/entry.md': BROKEN });
    const [result] = await lintFiles('noms', { cwd: dir, fix: true });
    expect(result!.output).toBe(FIXED);
    expect(readFileSync(join(dir, 'noms/entry.md'), 'utf8')).toBe(BROKEN);
  });

  it('rejects a fix option that is not a boolean', async () => {
    await expect(lintFiles('x.md', { fix: 'yes' as unknown as boolean })).rejects.toThrow(/options\.fix/);
  });
});
