/**
 * Folder walks that meet links, loops and unreadable folders report each once and
 * go on; thousands of files are linted with few file descriptors. Through the bin.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/iba-lint.js');
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-folders-'));
chmodSync(dir, 0o755); // readable by the user the unreadable-folder case runs as
/** Folders to remove at the end besides `dir` (a copy of the bin for another user). */
const alsoRemove: string[] = [];
afterAll(() => {
  chmodSync(join(dir, 'locked'), 0o755);
  for (const d of [dir, ...alsoRemove]) rmSync(d, { recursive: true, force: true });
});
const entry = readFileSync(join(ROOT, 'examples/common-mistakes.md'));

/**
 * Root reads every folder whatever its mode; to meet an unreadable folder as a user
 * does, a run as root drops to the user nobody (setpriv, from util-linux).
 */
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const nobodyReads = (file: string): boolean => spawnSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), 'test', '-r', file]).status === 0;

/**
 * The bin as nobody can run it, or why there is none. A checkout inside a `mktemp -d`
 * folder or /root is closed to other users, so then what the bin runs (bin/, the
 * bundle, package.json, rulesets/, schemas/ and the runtime dependencies the bundle
 * still requires, as `npm ls --omit=dev` lists them) is copied to a folder anyone can enter.
 */
function binForNobody(): { bin: string } | { skip: string } {
  if (!isRoot) return { bin: BIN };
  if (!hasSetpriv) return { skip: 'running as root without setpriv (util-linux), so no other user to run as' };
  if (nobodyReads(join(ROOT, 'dist/bundle/cli.cjs')) && nobodyReads(BIN)) return { bin: BIN };
  const copy = mkdtempSync(join(tmpdir(), 'iba-lint-as-nobody-'));
  alsoRemove.push(copy);
  const installed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n');
  const dependencies = installed.filter((path) => path.startsWith(`${ROOT}/node_modules/`)).map((path) => path.slice(ROOT.length + 1));
  for (const part of ['bin', 'dist/bundle', 'package.json', 'rulesets', 'schemas', ...dependencies]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', copy]);
  const bin = join(copy, 'bin/iba-lint.js');
  return nobodyReads(join(copy, 'dist/bundle/cli.cjs')) ? { bin } : { skip: `the user nobody cannot read ${copy} either` };
}

function lint(args: string[], options: { shell?: string; asUser?: string } = {}) {
  const command = [process.execPath, options.asUser ?? BIN, ...args];
  if (options.asUser && isRoot) command.unshift(...AS_NOBODY);
  const r = options.shell
    ? spawnSync('bash', ['-c', `${options.shell} && exec ${command.map((a) => `'${a}'`).join(' ')}`], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8' });
  const results = r.stdout.startsWith('[') ? (JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number }>) : [];
  return { status: r.status, stderr: r.stderr, files: results.map((x) => x.filePath.slice(dir.length + 1)), results };
}

// tree/a.md, tree/sub/b.md, tree/sub/loop -> tree, tree/shared -> ../outside, outside/c.md, tree/gone.md -> nowhere.md (in tree)
mkdirSync(join(dir, 'tree/sub'), { recursive: true });
mkdirSync(join(dir, 'outside'));
writeFileSync(join(dir, 'tree/a.md'), entry);
writeFileSync(join(dir, 'tree/sub/b.md'), entry);
writeFileSync(join(dir, 'outside/c.md'), entry);
symlinkSync(join(dir, 'tree'), join(dir, 'tree/sub/loop'));
symlinkSync(join(dir, 'outside'), join(dir, 'tree/shared'));
symlinkSync('nowhere.md', join(dir, 'tree/gone.md'));
mkdirSync(join(dir, 'locked'));
writeFileSync(join(dir, 'locked/d.md'), entry);
chmodSync(join(dir, 'locked'), 0o000);

describe('a folder walk', () => {
  it('follows no link out of the folder, walks a loop once, and says what it skipped, once each', () => {
    const { status, stderr, files } = lint(['--format', 'json', 'tree']);
    // tree/shared leads to ../outside: outside the folder walked, so not followed.
    expect(files).toEqual(['tree/a.md', 'tree/sub/b.md']);
    expect(status).toBe(1); // the nominations' own errors; skipping is not a failure
    const lines = stderr.trim().split('\n');
    // Folders first, then the links beside them, each in name order.
    expect(lines).toEqual([
      'iba-lint: skipped tree/sub/loop: it leads to tree, which is already checked (a link loop or a second link)',
      'iba-lint: skipped tree/gone.md: it is a link to a file that does not exist',
      `iba-lint: skipped tree/shared: it is a link to ${join(dir, 'outside')} outside tree`,
    ]);
  });


  it('skips a folder it may not read, with one line, and lints the rest', (context) => {
    const runner = binForNobody();
    if ('skip' in runner) return context.skip(runner.skip);
    const { stderr, files } = lint(['--format', 'json', '.'], { asUser: runner.bin });
    expect(files).toEqual(['outside/c.md', 'tree/a.md', 'tree/sub/b.md']);
    expect(stderr).toContain('iba-lint: skipped locked: it cannot be read (EACCES)');
    expect(stderr.match(/locked/g)).toHaveLength(1);
  });
});

describe('many files, few file descriptors', () => {
  it('lints 5,000 files with ulimit -n 64', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    const small = '---\ncategory: E01\nnominee: Team\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n';
    for (let i = 0; i < 5000; i++) writeFileSync(join(many, `n${String(i).padStart(4, '0')}.md`), small);
    const { status, stderr, results } = lint(['--format', 'json', '--quiet', 'many'], { shell: 'ulimit -n 64' });
    expect(stderr).toBe('');
    expect(results).toHaveLength(5000);
    expect(results.every((r) => r.errorCount === 0)).toBe(true);
    expect(status).toBe(0);
  });
});
