import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Temporary repositories for tests of the trust boundary: each is a fresh folder with
 * `.git` (so config discovery stops there) holding the given files, where a null file
 * is a FIFO. All are removed after the test file.
 */
export function tempRepositories(prefix: string): (files?: Record<string, string | null>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    mkdirSync(join(dir, '.git'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      if (text === null) execFileSync('mkfifo', [join(dir, path)]);
      else writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}
