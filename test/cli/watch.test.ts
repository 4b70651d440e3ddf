import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * --watch through the spawned bin with no terminal (issue 11, item 9): a folder deleted
 * and created again (as a branch switch does) is said and watched again, so the next
 * report has the new content; a file replaced by a FIFO is one line, and nothing
 * blocks: the next change is still reported, and Ctrl-C still ends it with exit 0.
 * Every wait polls the output and is bounded.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
/** Two warnings, category E07. */
const WARNS = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');
const FOOTER = 'watching 1 file for changes';

class Watcher {
  readonly child: ChildProcessWithoutNullStreams;
  out = '';
  err = '';

  constructor(cwd: string, file: string) {
    this.child = spawn(process.execPath, [BIN, '--watch', '--no-color', file], { cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (d) => (this.out += d));
    this.child.stderr.on('data', (d) => (this.err += d));
  }

  /** How many reports have been printed. */
  reports(): number {
    return this.out.split(FOOTER).length - 1;
  }

  /** The text printed since report `n` (counting from 1) ended. */
  after(n: number): string {
    return this.out.split(FOOTER).slice(n).join(FOOTER);
  }

  async until(predicate: () => boolean, what: string): Promise<void> {
    for (let waited = 0; !predicate(); waited += 50) {
      if (waited > 15_000) throw new Error(`timed out waiting for ${what}; stdout: ${this.out}; stderr: ${this.err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async interrupt(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.kill('SIGINT');
    return exited;
  }
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-watch-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'noms'));
  writeFileSync(join(dir, 'noms/entry.md'), WARNS);
  return dir;
}

describe('--watch', () => {
  it('notices its folder deleted and created again, and reports the new file', async () => {
    const dir = project();
    const w = new Watcher(dir, 'noms/entry.md');
    try {
      await w.until(() => w.reports() >= 1, 'the first report');
      expect(w.out).toContain('2 problems (0 errors, 2 warnings)');
      const first = w.reports();

      rmSync(join(dir, 'noms'), { recursive: true });
      await w.until(() => w.after(first).includes('iba-lint: noms was removed: waiting for it to come back\n'), 'the folder reported gone');
      await w.until(() => w.reports() > first, 'the report after the removal');
      expect(w.after(first)).toContain('iba-lint: noms/entry.md: no such file\n');
      const gone = w.reports();

      mkdirSync(join(dir, 'noms'));
      writeFileSync(join(dir, 'noms/entry.md'), WARNS.replace('category: E07', 'category: E99'));
      await w.until(() => w.after(gone).includes('"E99"') && w.reports() > gone && w.after(gone).endsWith('to stop\n'), 'a report of the new file');
      expect(w.after(gone)).toContain('iba-lint: noms is there again: watching it\n');

      // Watched again, not just polled once: a later edit is reported too.
      const back = w.reports();
      writeFileSync(join(dir, 'noms/entry.md'), WARNS.replace('category: E07', 'category: E98'));
      await w.until(() => w.after(back).includes('"E98"'), 'the report after an edit in the new folder');

      expect(await w.interrupt()).toBe(0);
      expect(w.err).toBe('');
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 40_000);

  it('notices a folder swapped in one go, as git checkout does: the new file is reported', async () => {
    const dir = project();
    const w = new Watcher(dir, 'noms/entry.md');
    try {
      await w.until(() => w.reports() >= 1, 'the first report');
      const first = w.reports();
      // Deleted and made again in the same instant: no report comes between.
      rmSync(join(dir, 'noms'), { recursive: true });
      mkdirSync(join(dir, 'noms'));
      writeFileSync(join(dir, 'noms/entry.md'), WARNS.replace('category: E07', 'category: E96'));
      await w.until(() => w.after(first).includes('"E96"'), 'a report of the new file');
      expect(w.after(first)).toMatch(/^iba-lint: noms (was removed: waiting for it to come back|was replaced by another folder: watching it)$/m);
      // The new folder is the one watched now: an edit in it is reported.
      const swapped = w.reports();
      await new Promise((r) => setTimeout(r, 400)); // past the poll that notices the swap, so this edit is an event of its own
      writeFileSync(join(dir, 'noms/entry.md'), WARNS.replace('category: E07', 'category: E95'));
      await w.until(() => w.reports() > swapped && w.after(swapped).includes('"E95"'), 'the report after an edit in the new folder');
      expect(await w.interrupt()).toBe(0);
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 40_000);

  it('says in one line that a file replaced by a FIFO is not a file, and keeps going', async () => {
    const dir = project();
    const w = new Watcher(join(dir, 'noms'), 'entry.md');
    try {
      await w.until(() => w.reports() >= 1, 'the first report');
      const first = w.reports();

      rmSync(join(dir, 'noms/entry.md'));
      const made = spawnSync('mkfifo', [join(dir, 'noms/entry.md')]);
      expect(made.status).toBe(0);
      await w.until(() => w.after(first).includes('is a FIFO') && w.out.endsWith('to stop\n'), 'the FIFO reported');
      // That report is the one line about the file and the footer: nothing read from it, nothing blocked.
      // (A report between rm and mkfifo may say "no such file": a report of its own.)
      const report = w.out.split(FOOTER).find((part) => part.includes('is a FIFO'));
      expect(report).toMatch(/^; press Ctrl-C to stop\niba-lint: entry\.md is a FIFO \(named pipe\), not a file\n\n\[\d\d:\d\d:\d\d\] $/);
      const fifo = w.reports();

      // Still responsive: the FIFO replaced by a file again is reported.
      rmSync(join(dir, 'noms/entry.md'));
      writeFileSync(join(dir, 'noms/entry.md'), WARNS.replace('category: E07', 'category: E97'));
      await w.until(() => w.after(fifo).includes('"E97"'), 'the report after the FIFO was replaced');

      expect(await w.interrupt()).toBe(0);
      expect(w.err).toBe('');
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 40_000);

  it('re-lints when a config it was set by changes, in a parent folder or written later next to the file', async () => {
    const dir = project();
    const w = new Watcher(join(dir, 'noms'), 'entry.md');
    try {
      await w.until(() => w.reports() >= 1 && w.out.includes('unknown-key'), 'the first report');
      // A config created in the repository's root, above the nomination's folder.
      const first = w.reports();
      writeFileSync(join(dir, '.iba-lintrc.yaml'), 'rules:\n  unknown-key: off\n');
      await w.until(() => w.reports() > first && !w.after(first).includes('unknown-key'), 'the report under the new config');
      const second = w.reports();
      writeFileSync(join(dir, '.iba-lintrc.yaml'), 'rules:\n  eligibility-date: off\n');
      await w.until(() => w.reports() > second && w.after(second).includes('unknown-key') && !w.after(second).includes('eligibility-date'), 'the report after the config was edited');
      const third = w.reports();
      // A nearer config created next to the file applies at once: its name is watched from the start.
      writeFileSync(join(dir, 'noms/.iba-lintrc.yaml'), 'rules:\n  unknown-key: off\n  eligibility-date: off\n');
      await w.until(() => w.reports() > third && w.after(third).includes('no problems'), 'the report under the nearer config');
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 40_000);
});
