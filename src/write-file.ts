import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file iba-lint was asked to write could not be written; one line for the user. */
export class WriteError extends Error {}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved
 * into place. Without `overwrite`, an existing file is never replaced — the move
 * is a hard link, which fails if the name is taken, so there is no race.
 */
export function writeFileAtomically(path: string, text: string, { overwrite }: { overwrite: boolean }): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteError(`${path} already exists: use --force to replace it`);
    throw new WriteError(`cannot write ${path}: ${code ?? (error as Error).message}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}
