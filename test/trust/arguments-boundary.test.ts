/**
 * The repository is the boundary for names given on the command line too (issue 11,
 * item 3). In CI the job names `nominations` or `e.md`, but a pull request can commit
 * either as a link to /tmp, /etc or `/`. An argument inside the repository by its name
 * (a file, a folder, a pattern's fixed start, --print-config's file, --output-file's
 * folder) that leads out of it is refused before anything is read: one line, exit 2,
 * the other arguments still linted. A name outside the repository is the caller's
 * choice and is followed. Folder entries whose names are not valid UTF-8 are told of
 * once and skipped; glob patterns tell only of links they could have matched.
 * Through the spawned bin (`npm run build` first) and the library. Every folder
 * outside holds MARKER (in a heading, a config and a file), which must never appear.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, LintFilesError } from '../../src/index.js';
import { boundedRun, type BoundedRun } from '../helpers/bounded.js';
import { ROOT } from '../helpers/cli.js';
import { tempRepositories } from '../helpers/temp-tree.js';

const ENTRY = readFileSync(join(ROOT, 'examples/e01-crisis-response.md'), 'utf8');
const MARKER = 'OUTSIDE-MARKER-5c1e';
const folder = tempRepositories('iba-arguments-');

/** A folder outside any repository under test: a nomination with MARKER in its heading, a config that would silence checks, a plain file. */
function outside(): string {
  const dir = folder({
    'x.md': ENTRY.replace(/^# .*$/m, `# ${MARKER}`),
    '.iba-lintrc.yaml': `# ${MARKER}\nrules:\n  unknown-key: off\n  attachment-missing: off\n  section-too-long: off\n`,
    'plain.txt': MARKER,
  });
  rmSync(join(dir, '.git'), { recursive: true });
  return dir;
}

const run = (cwd: string, args: string[]): BoundedRun => {
  const r = boundedRun(['--format', 'json', ...args], { cwd });
  expect(r.signal).toBeNull();
  expect(r.stdout + r.stderr).not.toContain(MARKER);
  return r;
};
const linted = (r: BoundedRun, dir: string): string[] => (r.stdout ? (JSON.parse(r.stdout) as Array<{ filePath: string }>) : []).map((f) => f.filePath.slice(dir.length + 1));

describe('an argument that leads out of the repository through a link', () => {
  const out = outside();
  const dir = folder({ 'a.md': ENTRY, 'real/b.md': ENTRY, '.iba-lintrc.yaml': 'rules:\n  unknown-key: warn\n' });
  symlinkSync(out, join(dir, 'nominations'));
  symlinkSync(join(out, 'x.md'), join(dir, 'e.md'));
  symlinkSync('/', join(dir, 'root'));
  symlinkSync('/etc', join(dir, 'etc'));
  symlinkSync(`../${out.split('/').pop()}`, join(dir, 'relative'));
  symlinkSync('real', join(dir, 'alias'));
  symlinkSync('real/b.md', join(dir, 'b-alias.md'));
  const line = (arg: string, what: string) => `iba-lint: ${arg}: ${what}, outside the repository\n`;

  it.each([
    ['a folder', 'nominations', line('nominations', `it is a link to ${out}`)],
    ['a glob pattern', 'nominations/**/*.md', line('nominations/**/*.md', `nominations is a link to ${out}`)],
    ['a file', 'e.md', line('e.md', `it is a link to ${join(out, 'x.md')}`)],
    ['a file below the link', 'nominations/x.md', line('nominations/x.md', `nominations is a link to ${out}`)],
    ['a link to /etc', 'etc', line('etc', 'it is a link to /etc')],
    ['a relative link', 'relative', line('relative', `it is a link to ../${out.split('/').pop()}`)],
  ])('%s is refused in one line, exit 2, and the other arguments are still linted', (_what, arg, said) => {
    const r = run(dir, [arg, 'a.md']);
    expect(r.stderr).toBe(said);
    expect(r.status).toBe(2);
    expect(linted(r, dir)).toEqual(['a.md']);
  });

  it('a link to / is refused at once: one line and no result, so / is never walked', () => {
    const r = run(dir, ['root']);
    expect(r.stderr).toBe(line('root', 'it is a link to /'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('[]');
    // The same with --no-error-on-unmatched-pattern: the refusal is not a "no match".
    const quiet = run(dir, ['--no-error-on-unmatched-pattern', 'root/**/*.md']);
    expect(quiet.stderr).toBe(line('root/**/*.md', 'root is a link to /'));
    expect(quiet.status).toBe(2);
  });

  it('the answer is the same whether the target exists or not', () => {
    const probe = folder({});
    symlinkSync('/etc/passwd', join(probe, 'exists.md'));
    symlinkSync('/root/.iba-no-such', join(probe, 'absent.md'));
    const said = (name: string) => run(probe, [name]).stderr.replace(/exists\.md|absent\.md|\/etc\/passwd|\/root\/\.iba-no-such/g, '<>');
    expect(said('exists.md')).toBe(said('absent.md'));
  });

  it('--print-config of a file behind the link is refused, and the config out there is never shown', () => {
    const r = boundedRun(['--print-config', 'nominations/x.md'], { cwd: dir });
    expect(r.stderr).toBe(line('nominations/x.md', `nominations is a link to ${out}`));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a link that stays inside the repository is followed, as a folder, a file and a pattern', () => {
    const r = run(dir, ['alias', 'b-alias.md', 'alias/*.md', 'a.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the example's own errors
    expect(linted(r, dir)).toEqual(['alias/b.md', 'b-alias.md', 'a.md']);
  });

  it('from a subfolder, the repository is the folder with .git above, not the working folder', () => {
    const repo = folder({ 'team/n.md': ENTRY, 'other/o.md': ENTRY });
    symlinkSync('../other', join(repo, 'team/sibling'));
    symlinkSync(out, join(repo, 'team/away'));
    const r = run(join(repo, 'team'), ['sibling', 'away', 'n.md']);
    expect(r.stderr).toBe(line('away', `it is a link to ${out}`));
    expect(linted(r, join(repo, 'team'))).toEqual(['sibling/o.md', 'n.md']);
  });

  it('without .git, the working folder is the repository', () => {
    const plain = folder({ 'n.md': ENTRY });
    rmSync(join(plain, '.git'), { recursive: true });
    symlinkSync(out, join(plain, 'away'));
    const r = run(plain, ['away', 'n.md']);
    expect(r.stderr).toBe(line('away', `it is a link to ${out}`));
    expect(r.status).toBe(2);
  });

  it('a name outside the repository is the caller\'s choice: followed, and a walk below it still stops at links that leave it', () => {
    const elsewhere = folder({ 'n/y.md': ENTRY });
    symlinkSync(out, join(elsewhere, 'n/away'));
    const r = boundedRun(['--format', 'json', join(elsewhere, 'n')], { cwd: dir });
    expect(r.stderr).toBe(`iba-lint: skipped ${join(elsewhere, 'n/away')}: it is a link to ${out} outside ${join(elsewhere, 'n')}\n`);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath)).toEqual([join(elsewhere, 'n/y.md')]);
  });

  it('the library (lintFiles) refuses the same, with the results of the other files', async () => {
    const error = await lintFiles(['nominations', 'e.md', 'a.md'], { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LintFilesError);
    const { failures, results } = error as LintFilesError;
    expect(failures).toEqual([line('nominations', `it is a link to ${out}`), line('e.md', `it is a link to ${join(out, 'x.md')}`)].map((l) => l.slice('iba-lint: '.length, -1)));
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'a.md')]);
    expect(JSON.stringify(results)).not.toContain(MARKER);
  });
});

describe('--output-file through a folder link out of the repository', () => {
  const out = outside();
  const dir = folder({ 'a.md': ENTRY, 'kept/.keep': '' });
  symlinkSync(out, join(dir, 'reports'));
  symlinkSync('kept', join(dir, 'inside'));

  it('is refused before the run: one line, exit 2, nothing written out there', () => {
    const r = run(dir, ['a.md', '-o', 'reports/out.json']);
    expect(r.stderr).toBe(`iba-lint: --output-file reports/out.json: reports is a link to ${out}, outside the repository\n`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(join(out, 'out.json'))).toBe(false);
  });

  it('a folder link that stays inside is written through', () => {
    const r = run(dir, ['a.md', '-o', 'inside/out.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'kept/out.json'), 'utf8'))).toHaveLength(1);
  });

  it('a name outside the repository is the caller\'s choice', () => {
    const r = run(dir, ['a.md', '-o', join(out, 'chosen.json')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(existsSync(join(out, 'chosen.json'))).toBe(true);
  });

  it('a report name that is itself a link out is still replaced, not followed', () => {
    symlinkSync(join(out, 'plain.txt'), join(dir, 'planted.json'));
    const r = boundedRun(['--format', 'json', 'a.md', '-o', 'planted.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'plain.txt'), 'utf8')).toBe(MARKER);
    expect(JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8'))).toHaveLength(1);
  });
});

describe('names that are not valid UTF-8', () => {
  const dir = folder({ 'a.md': ENTRY });
  mkdirSync(join(dir, 'n'));
  // Made from bytes: Node's string paths cannot name them.
  const made = python(dir, "import os; os.mkdir(b'dir\\xff'); open(b'dir\\xff/e.md','w').close(); open(b'f\\xfe.md','w').close(); open(b'n/g\\xc3(.md','w').close(); open(b'n/\\xe2\\x82.txt','w').close()");
  const lines = ['iba-lint: skipped dir\\xff: its name is not valid UTF-8', 'iba-lint: skipped f\\xfe.md: its name is not valid UTF-8', 'iba-lint: skipped n/g\\xc3(.md: its name is not valid UTF-8'];

  it.skipIf(!made)('a folder walk tells of each once and lints the rest; it never ends in an internal error', () => {
    const r = run(dir, ['.']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([...lines.slice(0, 2), lines[2], 'iba-lint: skipped n/\\xe2\\x82.txt: its name is not valid UTF-8']);
    expect(r.status).toBe(1);
    expect(linted(r, dir)).toEqual(['a.md']);
  });

  it.skipIf(!made)('a glob pattern tells of those it could match, and agrees with the walk', () => {
    const r = run(dir, ['**/*.md']);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(lines);
    expect(linted(r, dir)).toEqual(['a.md']);
    expect(run(dir, ['a*.md']).stderr).toBe('');
  });

  it.skipIf(!made)('the library lints the rest without throwing', async () => {
    const results = await lintFiles('.', { cwd: dir });
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'a.md')]);
  });
});

describe('a glob pattern tells only of links it could have matched', () => {
  it('../b/*.md from g1/a says nothing of g1/rootlink; noms/e*.md only of noms/e-links', () => {
    const dir = folder({ 'g1/a/.keep': '', 'g1/b/x.md': ENTRY, 'noms/e1.md': ENTRY });
    symlinkSync('/', join(dir, 'g1/rootlink'));
    symlinkSync('/', join(dir, 'noms/root'));
    symlinkSync('/usr', join(dir, 'noms/usr'));
    symlinkSync('/etc/passwd', join(dir, 'noms/epass.md'));
    symlinkSync('/', join(dir, 'noms/edir'));
    const up = run(join(dir, 'g1/a'), ['../b/*.md']);
    expect(up.stderr).toBe('');
    expect(up.status).toBe(1);
    expect(run(dir, ['noms/e*.md']).stderr).toBe('iba-lint: skipped noms/epass.md: it is a link to /etc/passwd outside noms\n');
    // A pattern that goes down into any folder could go into each link: all are told of, once.
    expect(run(dir, ['noms/*/*.md']).stderr.trimEnd().split('\n').sort()).toEqual(
      ['edir: it is a link to /', 'epass.md: it is a link to /etc/passwd', 'root: it is a link to /', 'usr: it is a link to /usr'].map((l) => `iba-lint: skipped noms/${l} outside noms`).concat('iba-lint: no files match the pattern noms/*/*.md').sort(),
    );
  });
});

describe('--watch', () => {
  it('a file that becomes a link out of the repository is reported, not read', async () => {
    const out = outside();
    const dir = folder({ 'noms/entry.md': ENTRY });
    const child = spawn(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--watch', '--no-color', '--format', 'json', 'noms/entry.md'], { cwd: dir, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const until = async (what: string, predicate: () => boolean): Promise<void> => {
      for (let waited = 0; !predicate(); waited += 50) {
        if (waited > 15_000) throw new Error(`timed out waiting for ${what}: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await until('the first report', () => output.includes('for changes'));
      rmSync(join(dir, 'noms/entry.md'));
      symlinkSync(join(out, 'x.md'), join(dir, 'noms/entry.md'));
      const said = `iba-lint: noms/entry.md: it is a link to ${join(out, 'x.md')}, outside the repository\n`;
      await until('the link reported', () => output.includes(said));
      expect(output).not.toContain(MARKER);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 40_000);
});

/** Runs python3 in `cwd`; false when it is not there or fails (the tests that need it are then skipped). */
function python(cwd: string, code: string): boolean {
  return spawnSync('python3', ['-c', code], { cwd, stdio: 'ignore' }).status === 0;
}
