import { lstatSync, realpathSync } from 'node:fs';
import { outsideTheRepository } from './files.js';
import { decodeContent, readRegularFile } from './read-content.js';
import { shownPath } from './shown-path.js';
import { WriteError, writeFileAtomically } from './write-file.js';

/**
 * Writes `--fix`'s output over the nomination it came from, or says in one line why
 * not (the file is then left exactly as it was). The file is replaced whole (a
 * temporary file beside it, then renamed over it: an interrupted run leaves the old
 * text or the new, never half), keeping its permissions. Refused:
 *
 * - a path that leads out of the repository through a link, of the file or of a folder
 *   (as when it is named on the command line, checked again at the moment of writing).
 *   A link that stays inside is kept: the file it leads to is replaced, as an editor
 *   saving through the link would;
 * - a read-only file: its owner said it is not to change (root could write it anyway);
 * - a file that changed since it was read: the writer's newer text would be lost.
 */
export function writeFix(path: string, original: string, output: string, cwd: string): string | undefined {
  const shown = shownPath(path, cwd);
  const refused = (why: string): string => `${shown}: not fixed: ${why}`;
  const out = outsideTheRepository(path, cwd);
  if (out !== undefined) return refused(out);
  let target: string;
  try {
    target = realpathSync.native(path);
  } catch {
    return refused('it no longer exists');
  }
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (!info?.isFile()) return refused('it is no longer a file');
  if ((info.mode & 0o222) === 0) return refused('it is read-only');
  if (!unchanged(target, original)) return refused('it changed while it was being linted; run iba-lint --fix again');
  try {
    writeFileAtomically(target, output, { overwrite: true, mode: info.mode & 0o7777 });
  } catch (error) {
    // The writer's message names the path again; its last part is the reason (EACCES, ENOSPC).
    if (error instanceof WriteError) return refused(`cannot write it (${error.message.slice(error.message.lastIndexOf(': ') + 2)})`);
    throw error;
  }
  return undefined;
}

/** Whether the file still holds `original` (read through the one capped reader, no more than it can hold). */
function unchanged(path: string, original: string): boolean {
  try {
    const limit = Buffer.byteLength(original, 'utf8');
    const read = readRegularFile(path, limit);
    if ('size' in read) return false;
    const content = decodeContent(read.bytes, limit);
    return 'text' in content && content.text === original;
  } catch {
    return false;
  }
}
