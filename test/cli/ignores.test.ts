/**
 * Ignoring files (issue 13 item 4): `.iba-lintignore` files, a config's `ignores:`,
 * `--ignore-pattern`, negated arguments, `--no-ignore`, the warning for a file named
 * on its own, and hostile ignore files. Through the spawned bin (exit code, exact
 * stdout and stderr) and through lintFiles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConfigResolver } from '../../src/config/load.js';
import { ignoresOf } from '../../src/ignores.js';
import { ArgumentError } from '../../src/library-arguments.js';
import { LintFilesError, lintFiles } from '../../src/lint-files.js';
import { ROOT } from '../helpers/cli.js';
import { linearTime } from '../helpers/linear-time.js';
import { nomination } from '../helpers/nomination.js';
import { tempRepositories } from '../helpers/temp-tree.js';

const BIN = join(ROOT, 'bin/iba-lint.js');
const ENTRY = nomination(); // a valid entry: no problems of its own
const WARNING = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.';
const repository = tempRepositories('iba-lint-ignores-');

/** A repository with `noms/a.md`, `noms/drafts/d.md`, `noms/archive/old.md`, `noms/archive/keep.md` and the given extra files. */
function tree(extra: Record<string, string | null> = {}): string {
  return repository({ 'noms/a.md': ENTRY, 'noms/drafts/d.md': ENTRY, 'noms/archive/old.md': ENTRY, 'noms/archive/keep.md': ENTRY, ...extra });
}

function run(cwd: string, args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const) delete env[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 20_000, ...(input !== undefined && { input }) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files a run linted, relative to `cwd`, from its JSON report. */
function linted(cwd: string, args: string[]): { status: number | null; files: string[]; stderr: string } {
  const r = run(cwd, ['--format', 'json', ...args]);
  const results = r.stdout === '' ? [] : (JSON.parse(r.stdout) as Array<{ filePath: string }>);
  return { status: r.status, files: results.map((x) => x.filePath.slice(cwd.length + 1)), stderr: r.stderr };
}

describe('.iba-lintignore', () => {
  it('leaves files out of a folder walk and of a pattern, in gitignore syntax', () => {
    const dir = tree({ 'noms/.iba-lintignore': '# drafts are not entries yet\ndrafts/\n/archive/old.md\n' });
    expect(linted(dir, ['noms'])).toEqual({ status: 0, files: ['noms/a.md', 'noms/archive/keep.md'], stderr: '' });
    expect(linted(dir, ['noms/**/*.md'])).toEqual({ status: 0, files: ['noms/a.md', 'noms/archive/keep.md'], stderr: '' });
  });

  it('is read in every folder from the repository down, the nearest deciding, whatever the working folder', () => {
    // As git: the root's file leaves out every *.old.md; noms/'s takes one back.
    const dir = tree({ '.iba-lintignore': '*.old.md\n', 'noms/x.old.md': ENTRY, 'noms/y.old.md': ENTRY, 'noms/.iba-lintignore': '!y.old.md\n' });
    const expected = ['a.md', 'archive/keep.md', 'archive/old.md', 'drafts/d.md', 'y.old.md'];
    expect(linted(dir, ['noms']).files).toEqual(expected.map((f) => `noms/${f}`));
    // From inside noms (as an editor or a hook may run it): the same files, the root's file included.
    expect(linted(join(dir, 'noms'), ['.']).files).toEqual(expected);
  });

  it('cannot take a file back from an ignored folder, so an ignored folder is not gone into', () => {
    const dir = tree({ 'noms/.iba-lintignore': 'drafts/\n!drafts/d.md\n' });
    expect(linted(dir, ['noms']).files).toEqual(['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md']);
  });

  it('tells nothing of a link out inside an ignored folder, which is not gone into', () => {
    const dir = tree({ 'noms/.iba-lintignore': 'drafts/\n' });
    symlinkSync('/usr', join(dir, 'noms/drafts/shared'));
    expect(linted(dir, ['noms'])).toEqual({ status: 0, files: ['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md'], stderr: '' });
    expect(linted(dir, ['noms/**/*.md']).stderr).toBe('');
    // Without the ignore file the same link is told of, once.
    expect(linted(dir, ['--no-ignore', 'noms']).stderr).toBe('iba-lint: skipped noms/drafts/shared: it is a link to /usr outside noms\n');
  });
});

describe("a config's ignores", () => {
  it('are globs relative to the config file, with ! taking a file back', () => {
    const dir = tree({ 'noms/.iba-lintrc.yaml': 'ignores:\n  - archive/**\n  - "!archive/keep.md"\n  - drafts\n' });
    expect(linted(dir, ['noms'])).toEqual({ status: 0, files: ['noms/a.md', 'noms/archive/keep.md'], stderr: '' });
    // Anchored at the config's folder: the same names below it are not matched (as a glob, not as gitignore's `*.md`).
    const other = tree({ '.iba-lintrc.yaml': 'ignores: [drafts/**, "*.md"]\n' });
    expect(linted(other, ['noms']).files).toEqual(['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md', 'noms/drafts/d.md']);
  });

  it('are shown by --print-config, with whether the file is ignored and by which pattern, written where', () => {
    const dir = tree({ '.iba-lintrc.yaml': 'ignores:\n  - noms/archive/**\n', 'noms/.iba-lintignore': 'drafts/\n' });
    const config = (file: string) => JSON.parse(run(dir, ['--print-config', file]).stdout) as { ignores: string[]; ignored: unknown };
    expect(config('noms/archive/old.md')).toMatchObject({ ignores: ['noms/archive/**'], ignored: { pattern: '/noms/archive/**', source: '.iba-lintrc.yaml ignores[0]' } });
    expect(config('noms/drafts/d.md').ignored).toEqual({ pattern: 'drafts/', source: 'noms/.iba-lintignore:1' });
    expect(config('noms/a.md').ignored).toBe(false);
    expect((JSON.parse(run(dir, ['--print-config', 'noms/drafts/d.md', '--no-ignore']).stdout) as { ignored: unknown }).ignored).toBe(false);
  });

  it('that are not a list of patterns, or a pattern that could take very long, stop the run in one line naming the line', () => {
    const cases: Array<[string, string]> = [
      ['ignores: drafts\n', 'iba-lint: config file .iba-lintrc.yaml, line 1: ignores must be a list of glob patterns relative to the config file, such as ["drafts/**"]\n'],
      ['rules: {}\nignores:\n  - drafts\n  - 3\n', 'iba-lint: config file .iba-lintrc.yaml, line 4: ignores must be a list of glob patterns relative to the config file, such as ["drafts/**"]\n'],
      ['ignores:\n  - "**/a/**/b"\n', 'iba-lint: config file .iba-lintrc.yaml, line 2: ignores[0] "**/a/**/b" has more than one ** (only one is allowed, besides a last /**, as more could take very long to match)\n'],
      ['ignore: [drafts]\n', 'iba-lint: config file .iba-lintrc.yaml, line 1: unknown key "ignore"; did you mean "ignores"?\n'],
    ];
    for (const [config, stderr] of cases) {
      const dir = tree({ '.iba-lintrc.yaml': config });
      expect(run(dir, ['noms']), config).toEqual({ status: 2, stdout: '', stderr });
    }
  });
});

describe('negated arguments', () => {
  it('take what they match out of what the other arguments found, wherever they stand', () => {
    const dir = tree();
    const expected = ['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md'];
    expect(linted(dir, ['noms/**/*.md', '!noms/drafts/**']).files).toEqual(expected);
    expect(linted(dir, ['!noms/drafts', 'noms']).files).toEqual(expected);
    // A file named as well is taken out too, without a word (the same command line said both).
    expect(linted(dir, ['noms', 'noms/drafts/d.md', '!noms/drafts/']).files).toEqual(expected);
    // --no-ignore does not undo them: they choose the files, as the patterns do.
    expect(linted(dir, ['--no-ignore', 'noms', '!**/archive/**']).files).toEqual(['noms/a.md', 'noms/drafts/d.md']);
  });

  it('alone, or leaving nothing, are a failed run', () => {
    const dir = tree();
    expect(run(dir, ['!noms/drafts/**'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'iba-lint: only negated patterns were given: name the files, folders or patterns to check too, as in nominations/ !nominations/drafts/**\n',
    });
    expect(run(dir, ['noms/drafts', '!noms/drafts/*.md'])).toEqual({ status: 2, stdout: '', stderr: 'iba-lint: no Markdown files in the folder noms/drafts that are not ignored\n' });
    expect(run(dir, ['--no-error-on-unmatched-pattern', 'noms/drafts', '!noms/drafts/*.md']).status).toBe(0);
  });
});

describe('a file named on its own that is ignored', () => {
  const dir = tree({ 'noms/.iba-lintignore': 'drafts/\n' });

  it('gets a warning, as ESLint gives, and is not linted; exit 0, or 1 with --max-warnings 0', () => {
    expect(run(dir, ['noms/drafts/d.md'])).toEqual({
      status: 0,
      stdout: `noms/drafts/d.md\n  1:1  warning  ${WARNING}  file-ignored\n\n✖ 1 problem (0 errors, 1 warning) in 1 file\n`,
      stderr: '',
    });
    expect(run(dir, ['--max-warnings', '0', 'noms/drafts/d.md'])).toMatchObject({ status: 1, stderr: 'iba-lint: 1 warnings, more than --max-warnings 0 allows\n' });
  });

  it("has ESLint's ignored result in JSON, and no message with --quiet", () => {
    const [result] = JSON.parse(run(dir, ['--format', 'json', 'noms/drafts/d.md']).stdout) as Array<Record<string, unknown>>;
    expect(result).toMatchObject({
      filePath: join(dir, 'noms/drafts/d.md'),
      messages: [{ ruleId: 'file-ignored', severity: 1, message: WARNING, line: 1, column: 1, messageId: 'ignored' }],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      sections: { achievements: null, summary: null, attachments: null },
    });
    const quiet = JSON.parse(run(dir, ['--format', 'json', '--quiet', 'noms/drafts/d.md']).stdout) as Array<{ messages: unknown[] }>;
    expect(quiet[0]!.messages).toEqual([]);
  });

  it('is linted with --no-ignore', () => {
    const broken = tree({ 'noms/.iba-lintignore': 'drafts/\n', 'noms/drafts/d.md': nomination({ front: 'category: e1\nnominee: X' }) });
    expect(run(broken, ['--format', 'compact', 'noms/drafts/d.md']).status).toBe(0);
    const r = run(broken, ['--format', 'compact', '--no-ignore', 'noms/drafts/d.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('noms/drafts/d.md:2:11: error Category "e1"');
  });

  it('read from stdin with --stdin-filename gets the same warning; without a name it is linted', () => {
    expect(run(dir, ['-', '--stdin-filename', 'noms/drafts/d.md'], ENTRY)).toEqual({
      status: 0,
      stdout: `noms/drafts/d.md\n  1:1  warning  ${WARNING}  file-ignored\n\n✖ 1 problem (0 errors, 1 warning) in 1 file\n`,
      stderr: '',
    });
    expect(run(dir, ['--format', 'compact', '-'], ENTRY)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is never fixed by --fix', () => {
    const text = nomination({ front: 'category: e1\nnominee: X' });
    const fixable = tree({ 'noms/.iba-lintignore': 'drafts/\n', 'noms/drafts/d.md': text });
    expect(run(fixable, ['--fix', 'noms/drafts/d.md']).status).toBe(0);
    expect(readFileSync(join(fixable, 'noms/drafts/d.md'), 'utf8')).toBe(text);
  });

  it('is said in Polish with --locale pl', () => {
    expect(run(dir, ['--locale', 'pl', 'noms/drafts/d.md']).stdout).toBe(
      'noms/drafts/d.md\n  1:1  ostrzeżenie  Plik pominięty, bo pasuje do wzorca ignorowania. Użyj „--no-ignore”, aby go sprawdzić.  file-ignored\n\n✖ 1 problem (0 błędów, 1 ostrzeżenie) w 1 pliku\n',
    );
  });
});

describe('--ignore-pattern', () => {
  it('leaves out files relative to the working folder, given any number of times; a named file gets the warning', () => {
    const dir = tree();
    expect(linted(dir, ['--ignore-pattern', 'noms/drafts/', '--ignore-pattern', '**/old.md', 'noms']).files).toEqual(['noms/a.md', 'noms/archive/keep.md']);
    expect(run(dir, ['--ignore-pattern', 'noms/a.md', 'noms/a.md']).stdout).toContain(`1:1  warning  ${WARNING}  file-ignored`);
    // It comes first: it can take back what an ignore file leaves out.
    writeFileSync(join(dir, 'noms/.iba-lintignore'), 'drafts/\n');
    expect(linted(dir, ['--ignore-pattern', '!noms/drafts/', 'noms']).files).toContain('noms/drafts/d.md');
  });

  it('and --no-ignore: every file is linted', () => {
    const dir = tree({ '.iba-lintignore': 'noms/drafts/\n', '.iba-lintrc.yaml': 'ignores: [noms/archive/**]\n' });
    expect(linted(dir, ['--no-ignore', '--ignore-pattern', 'noms/a.md', 'noms']).files).toEqual(['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md', 'noms/drafts/d.md']);
  });

  it('that matches all the files of a pattern is a failed run, unless --no-error-on-unmatched-pattern', () => {
    const dir = tree();
    expect(run(dir, ['--ignore-pattern', 'noms/archive/', 'noms/archive/*.md'])).toEqual({ status: 2, stdout: '', stderr: 'iba-lint: no files match the pattern noms/archive/*.md that are not ignored\n' });
    expect(run(dir, ['--no-error-on-unmatched-pattern', '--ignore-pattern', 'noms/archive/', 'noms/archive/*.md']).status).toBe(0);
  });
});

describe('a hostile .iba-lintignore', () => {
  // Each is one line on stderr and exit 2, before anything is linted: leaving out the
  // wrong files, or linting drafts it meant to leave out, would both be wrong.
  const secret = repository({ 'secret.txt': 'drafts/\nTOKEN=hunter2\n' });
  const cases: Array<[string, (dir: string) => void, string]> = [
    ['a FIFO', (dir) => spawnSync('mkfifo', [join(dir, 'noms/.iba-lintignore')]), 'is a FIFO (named pipe), not a file'],
    ['a link out of the repository', (dir) => symlinkSync(join(secret, 'secret.txt'), join(dir, 'noms/.iba-lintignore')), `is a link that leads outside its repository DIR: it was not read`],
    ['a broken link', (dir) => symlinkSync('nowhere', join(dir, 'noms/.iba-lintignore')), 'is a link that leads to no file (a broken link or a link loop): fix or remove it'],
    ['a folder', (dir) => mkdirSync(join(dir, 'noms/.iba-lintignore')), 'is a folder, not a file'],
    ['huge', (dir) => writeFileSync(join(dir, 'noms/.iba-lintignore'), `${'drafts/\n'.repeat(20_000)}`), 'is larger than 64 KiB, the most it may be'],
    ['binary', (dir) => writeFileSync(join(dir, 'noms/.iba-lintignore'), Buffer.from([0x64, 0x00, 0xff, 0x0a])), 'is not UTF-8 text'],
    ['a pattern that could take very long', (dir) => writeFileSync(join(dir, 'noms/.iba-lintignore'), '# **/a/**/b is fine in a comment\n**/a/**/b/**/c\n'), ''],
  ];
  it.each(cases)('%s: one line, exit 2, nothing of it quoted', (_name, make, reason) => {
    const dir = tree();
    make(dir);
    const r = run(dir, ['noms']);
    const expected = reason === '' ? 'ignore file noms/.iba-lintignore, line 2: the pattern has more than one ** (only one is allowed, besides a last /**, as more could take very long to match)' : `ignore file noms/.iba-lintignore ${reason.replace('DIR', dir)}`;
    expect(r).toEqual({ status: 2, stdout: '', stderr: `iba-lint: ${expected}\n` });
    expect(run(dir, ['noms/a.md']).status).toBe(2); // a named file too: whether it is ignored cannot be known
    expect(run(dir, ['--no-ignore', '--format', 'compact', 'noms'])).toEqual({ status: 0, stdout: '', stderr: '' }); // not read at all
  });

  it('above the repository, or through a link out of it, is never read', () => {
    // A FIFO would be one line and exit 2 if it were read: above the repository there is one.
    const outer = repository({ '.iba-lintignore': null, 'repo/noms/a.md': ENTRY, 'elsewhere/.iba-lintignore': null, 'elsewhere/c.md': ENTRY });
    mkdirSync(join(outer, 'repo/.git'));
    expect(run(join(outer, 'repo'), ['--format', 'compact', 'noms'])).toEqual({ status: 0, stdout: '', stderr: '' });
    // With no .git anywhere, the working folder takes the repository's place.
    const bare = mkdtempSync(join(tmpdir(), 'iba-lint-ignores-bare-'));
    onTestFinished(() => rmSync(bare, { recursive: true, force: true }));
    spawnSync('mkfifo', [join(bare, '.iba-lintignore')]);
    mkdirSync(join(bare, 'plain/noms'), { recursive: true });
    writeFileSync(join(bare, 'plain/noms/a.md'), ENTRY);
    expect(run(join(bare, 'plain'), ['--format', 'compact', 'noms'])).toEqual({ status: 0, stdout: '', stderr: '' });
    // …which is read: the check above would have seen one there.
    expect(run(bare, ['--format', 'compact', 'plain']).stderr).toBe('iba-lint: ignore file .iba-lintignore is a FIFO (named pipe), not a file\n');
    // A folder link out of the repository is not walked, so the ignore file there is not read either.
    symlinkSync(join(outer, 'elsewhere'), join(outer, 'repo/noms/away'));
    expect(run(join(outer, 'repo'), ['--format', 'compact', 'noms'])).toEqual({ status: 0, stdout: '', stderr: `iba-lint: skipped noms/away: it is a link to ${join(outer, 'elsewhere')} outside noms\n` });
  });

  it('of lines that are not patterns is no crash: they match nothing', () => {
    const dir = tree({ 'noms/.iba-lintignore': '[z-a]\n\\\n[\n!\n/\n\u202e\u001b[2J\n \n' + 'x'.repeat(30_000) + '\n' });
    expect(linted(dir, ['noms'])).toEqual({ status: 0, files: ['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md', 'noms/drafts/d.md'], stderr: '' });
  });

  it('is matched in time linear in its number of lines, on a deep path', () => {
    const dir = tree();
    const deep = join(dir, 'noms', ...Array<string>(40).fill('a'.repeat(100)), 'x.md');
    const lint = linearTime((text) => {
      writeFileSync(join(dir, 'noms/.iba-lintignore'), text);
      return ignoresOf({ cwd: dir }, new ConfigResolver({ cwd: dir })).excludes(deep);
    });
    // The costliest shapes allowed: a leading **, many stars in a name, a class, a negation.
    lint('allowed patterns', (n) => Array.from({ length: n }, (_, i) => (i % 2 ? `**/*a*a*a*a*a*b${i}/` : `!a*/**/*a?[a-z]*q${i}`)).join('\n'), 40);
  });
});

describe('lintFiles', () => {
  it('leaves out what the ignore settings do, warns of a file named on its own, and takes ignore and ignorePatterns', async () => {
    const dir = tree({ 'noms/.iba-lintignore': 'drafts/\n' });
    const files = async (patterns: string[], options = {}) => (await lintFiles(patterns, { cwd: dir, ...options })).map((r) => r.filePath.slice(dir.length + 1));
    expect(await files(['noms'])).toEqual(['noms/a.md', 'noms/archive/keep.md', 'noms/archive/old.md']);
    expect(await files(['noms', '!noms/archive/**'])).toEqual(['noms/a.md']);
    expect(await files(['noms'], { ignorePatterns: ['noms/archive/old.md'] })).toEqual(['noms/a.md', 'noms/archive/keep.md']);
    expect(await files(['noms'], { ignore: false })).toHaveLength(4);
    const [named] = await lintFiles('noms/drafts/d.md', { cwd: dir });
    expect(named!.messages).toEqual([{ ruleId: 'file-ignored', severity: 1, message: WARNING, line: 1, column: 1, messageId: 'ignored' }]);
    await expect(lintFiles('noms/drafts', { cwd: dir })).rejects.toThrow(LintFilesError);
  });

  it('refuses ignorePatterns that are not a list of patterns, naming the option', async () => {
    await expect(lintFiles('x.md', { ignorePatterns: 'drafts' as never })).rejects.toThrow(ArgumentError);
    await expect(lintFiles('x.md', { ignorePatterns: [''] })).rejects.toThrow('options.ignorePatterns[0] must be a glob pattern');
    await expect(lintFiles('x.md', { ignorePatterns: ['**/a/**/b'] })).rejects.toThrow('options.ignorePatterns[0] "**/a/**/b" has more than one **');
    await expect(lintFiles('x.md', { ignore: 'no' as never })).rejects.toThrow(ArgumentError);
  });
});
