import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * --output-file (issue 11, item 6), through the spawned bin. What is not a regular file
 * — a FIFO, a character device, a link to one such as /dev/stdout or /proc/self/fd/1 —
 * is opened and written through, never replaced; a regular file is replaced whole (temp
 * file and rename), and so is a link to one — the file it led to is left alone; a file
 * being linted is never the target, whatever name leads to it. /dev/stdout and /dev/null are only ever reached
 * through links made in a temporary folder, so a regression replaces a link of ours,
 * never the container's device.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
/** Two warnings, no errors: exit 0, and a report of a known shape. */
const WARNS = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-out-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'entry.md'), WARNS);
  return dir;
}

function cli(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function cliAsync(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A FIFO made with mkfifo(1), as a user would. */
function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return path;
}

/**
 * Reads a FIFO to its end in another process, as `cat fifo` would. `after` is what it
 * read once `done` (iba-lint's run) has ended: if iba-lint never opened the FIFO, the
 * reader is stopped rather than left waiting for ever.
 */
function reader(path: string): { after: (done: Promise<unknown>) => Promise<string> } {
  const cat = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  cat.stdout.on('data', (d) => (text += d));
  const closed = new Promise<string>((resolve) => cat.on('close', () => resolve(text)));
  return {
    after: async (done) => {
      await done;
      const stop = new Promise<string>((resolve) => setTimeout(() => resolve('(never written: the reader was stopped)'), 3000).unref());
      const read = await Promise.race([closed, stop]);
      cat.kill();
      return read;
    },
  };
}

const kind = (path: string): string => {
  const s = lstatSync(path);
  return s.isSymbolicLink() ? 'link' : s.isFIFO() ? 'fifo' : s.isCharacterDevice() ? 'char' : s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
};
const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('--output-file through what is not a regular file', () => {
  // The report as stdout carries it: what every written-through target must receive.
  const dir = folder();
  const expected = cli(dir, ['--format', 'json', 'entry.md']);

  it('the expected report is a report', () => {
    expect(expected.code).toBe(0);
    expect(JSON.parse(expected.stdout)).toHaveLength(1);
  });

  it.each([
    ['/dev/stdout', 'to-stdout'],
    ['/proc/self/fd/1', 'to-fd-1'],
  ])('a link to %s: the report arrives on stdout, and the link stays a link', (target, name) => {
    const devBefore = kind('/dev/stdout');
    symlinkSync(target, join(dir, name));
    const run = cli(dir, ['--format', 'json', '-o', name, 'entry.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected.stdout);
    expect(kind(join(dir, name))).toBe('link');
    expect(kind('/dev/stdout')).toBe(devBefore);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a link to /dev/null: written, and neither the link nor /dev/null replaced', () => {
    symlinkSync('/dev/null', join(dir, 'to-null'));
    const run = cli(dir, ['--format', 'json', '-o', 'to-null', 'entry.md']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(kind(join(dir, 'to-null'))).toBe('link');
    expect(kind('/dev/null')).toBe('char');
  });

  it('a FIFO read by another program gets the whole report, and stays a FIFO', async () => {
    const pipe = fifo(join(dir, 'report.fifo'));
    const run = cliAsync(dir, ['--format', 'json', '-o', 'report.fifo', 'entry.md']);
    // The reader starts after iba-lint: it is waited for, not missed.
    await new Promise((r) => setTimeout(r, 300));
    const received = await reader(pipe).after(run);
    const done = await run;
    expect(done).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(received).toBe(expected.stdout);
    expect(kind(pipe)).toBe('fifo');
  });

  it('a link to a FIFO: written through the link', async () => {
    const pipe = fifo(join(dir, 'second.fifo'));
    symlinkSync('second.fifo', join(dir, 'to-fifo'));
    const cat = reader(pipe);
    const run = cliAsync(dir, ['--format', 'json', '-o', 'to-fifo', 'entry.md']);
    const received = await cat.after(run);
    const done = await run;
    expect(done.code).toBe(0);
    expect(received).toBe(expected.stdout);
    expect([kind(pipe), kind(join(dir, 'to-fifo'))]).toEqual(['fifo', 'link']);
  });

  it('a FIFO nobody reads: one line and exit 2 after a bounded wait, never an open() that blocks for ever', () => {
    const pipe = fifo(join(dir, 'unread.fifo'));
    // spawnSync's timeout is the hang detector: a blocking open() would be killed there (status null).
    const run = cli(dir, ['--format', 'json', '-o', 'unread.fifo', 'entry.md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('iba-lint: cannot write unread.fifo: no program is reading this FIFO (waited 5 s)\n');
    expect(kind(pipe)).toBe('fifo');
  });
});

describe('--output-file never into a file being linted, whatever the name', () => {
  it('alias/e.txt, where alias is a link to the folder: refused, and e.txt is untouched', () => {
    const dir = folder();
    writeFileSync(join(dir, 'e.txt'), WARNS);
    symlinkSync('.', join(dir, 'alias'));
    const run = cli(dir, ['--format', 'json', '-o', 'alias/e.txt', 'e.txt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('iba-lint: --output-file alias/e.txt is e.txt, a file being linted: name another file for the report (such as report.json)\n');
    expect(readFileSync(join(dir, 'e.txt'), 'utf8')).toBe(WARNS);
  });

  it.each([
    ['the config file', '.iba-lintrc.yaml', { '.iba-lintrc.yaml': 'ruleset: my-rules.yaml\n' }],
    ['the ruleset the config names', 'my-rules.yaml', { '.iba-lintrc.yaml': 'ruleset: my-rules.yaml\n' }],
    ['package.json holding the config', 'package.json', { 'package.json': '{"name":"x","iba-lint":{"ruleset":"my-rules.yaml"}}\n' }],
  ])('%s is an input too: refused, and left as it was', (_name, target, files: Record<string, string>) => {
    const dir = folder();
    writeFileSync(join(dir, 'my-rules.yaml'), readFileSync(join(ROOT, 'rulesets/iba-2026.yaml')));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const before = readFileSync(join(dir, target), 'utf8');
    const run = cli(dir, ['--format', 'json', '-o', target, 'entry.md']);
    expect(run.stderr).toBe(`iba-lint: --output-file ${target} is a file this run read (a config file or a ruleset): name another file for the report (such as report.json)\n`);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, target), 'utf8')).toBe(before);
    // The next run still works: nothing was broken.
    expect(cli(dir, ['entry.md']).code).toBe(0);
  });

  it('a hard link to a nomination found by a folder walk: refused', () => {
    const dir = folder();
    mkdirSync(join(dir, 'noms'));
    writeFileSync(join(dir, 'noms/a.md'), WARNS);
    linkSync(join(dir, 'noms/a.md'), join(dir, 'report.json'));
    const run = cli(dir, ['-o', 'report.json', 'noms/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('iba-lint: --output-file report.json is noms/a.md, a file being linted: name another file for the report (such as report.json)\n');
    expect(readFileSync(join(dir, 'noms/a.md'), 'utf8')).toBe(WARNS);
  });

  it('a link whose real path is a Markdown file: refused before the run, even when that file is not linted', () => {
    const dir = folder();
    writeFileSync(join(dir, 'other.md'), 'keep me\n');
    symlinkSync('other.md', join(dir, 'report.txt'));
    const run = cli(dir, ['-o', 'report.txt', 'entry.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('iba-lint: --output-file report.txt would replace a nomination or another Markdown file: name another file for the report (such as report.json)\n');
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe('keep me\n');
  });
});

describe('--output-file to a regular file: whole or not at all', () => {
  it('an existing report is replaced by a new file (a rename), keeping its permissions', () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.json'), 'old');
    chmodSync(join(dir, 'report.json'), 0o640);
    const before = statSync(join(dir, 'report.json'));
    const run = cli(dir, ['--format', 'json', '-o', 'report.json', 'entry.md']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const after = statSync(join(dir, 'report.json'));
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a link to a regular file (one a pull request could commit under the report’s name) is replaced; the file it led to is untouched', () => {
    const dir = folder();
    const outside = mkdtempSync(join(tmpdir(), 'iba-victim-'));
    writeFileSync(join(outside, 'victim.txt'), 'keep me\n');
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'iba-lint.sarif'));
    const run = cli(dir, ['--format', 'sarif', '-o', 'iba-lint.sarif', 'entry.md']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(kind(join(dir, 'iba-lint.sarif'))).toBe('file');
    expect(JSON.parse(readFileSync(join(dir, 'iba-lint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect([leftovers(dir), leftovers(outside)]).toEqual([[], []]);
  });

  it('a link to nothing is replaced by the report, and nothing is created where it pointed', () => {
    const dir = folder();
    symlinkSync(join(dir, 'elsewhere/made.json'), join(dir, 'dangling.json'));
    const run = cli(dir, ['--format', 'json', '-o', 'dangling.json', 'entry.md']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(kind(join(dir, 'dangling.json'))).toBe('file');
    expect(readdirSync(dir)).not.toContain('elsewhere');
  });

  it('a link to a device other than a terminal or /dev/null: refused before it is opened', () => {
    const dir = folder();
    symlinkSync('/dev/zero', join(dir, 'report.json'));
    const run = cli(dir, ['-o', 'report.json', 'entry.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('iba-lint: --output-file report.json is a device other than a terminal or /dev/null: name a file for the report (such as report.json)\n');
    expect(kind(join(dir, 'report.json'))).toBe('link');
  });

  it('a folder: one line and exit 2, before any linting', () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    const run = cli(dir, ['-o', 'out', 'entry.md', 'missing.md']);
    expect(run.code).toBe(2);
    // Only the output's line: the run that would have said missing.md was never started.
    expect(run.stderr).toBe('iba-lint: --output-file out is a folder: name a file for the report (such as report.json)\n');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});
