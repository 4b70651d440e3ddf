import { chmodSync, closeSync, constants, fstatSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { visible } from './sanitize.js';

/** A file iba-lint was asked to write could not be written; one line for the user. */
export class WriteError extends Error {}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved
 * into place. Without `overwrite`, an existing file is never replaced — the move
 * is a hard link, which fails if the name is taken, so there is no race. `mode`
 * keeps the permissions of the file being replaced.
 */
export function writeFileAtomically(path: string, text: string, { overwrite, mode }: { overwrite: boolean; mode?: number }): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (mode !== undefined) chmodSync(temporary, mode);
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteError(`${visible(path)} already exists: use --force to replace it`);
    throw new WriteError(`cannot write ${visible(path)}: ${code ?? (error as Error).message}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Where a report goes, found before the run. The path is the user's, but in CI it
 * usually lies in the checkout of a pull request, whose links are the pull
 * request's: so a link is followed to write only where that is the point of it.
 *
 * - The process's own standard output or error, by whatever name (/dev/stdout,
 *   /proc/self/fd/1, a link to them) and whatever it is (a terminal, a pipe, a
 *   socket, a file the shell opened with `>>`): written there, as any output is.
 *   A socket cannot be opened by name, and the shell's append stays an append.
 * - Nothing there, or a link to nothing: a new file (the link is replaced; nothing
 *   is created where it pointed).
 * - A regular file: replaced whole (temp file and rename). A link to one is itself
 *   replaced, as git and `sed -i` do, and the file it led to is left alone: a link
 *   committed under the report's name cannot send the report over a file elsewhere
 *   on the runner. (A link in /dev or /proc, such as /dev/fd/3, is written through
 *   in place: it is the system's, and cannot be replaced.)
 * - A FIFO, a terminal or /dev/null, directly or through links: opened and written
 *   through, never replaced (a file put in place of /dev/stdout breaks it for every
 *   process after).
 * - Anything else is refused before it is opened: a folder, a block device, a
 *   socket, and other devices (opening some has effects: /dev/watchdog, tapes).
 */
export type OutputTarget =
  | { kind: 'new'; path: string }
  | { kind: 'standard'; fd: 1 | 2; path: string; stats: Stats }
  /** `inPlace`: opened and truncated rather than replaced (a system link to a file). */
  | { kind: 'file'; path: string; inPlace: boolean; stats: Stats; mode?: number }
  | { kind: 'stream'; path: string; stats: Stats };

export function outputTarget(path: string, shown: string): OutputTarget {
  let stats: Stats | undefined;
  let link: boolean;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
    link = lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch (error) {
    throw new WriteError(`cannot write ${visible(shown)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!stats) return { kind: 'new', path };
  const fd = ([1, 2] as const).find((n) => isSameFile(stats, fdStats(n)));
  if (fd !== undefined) return { kind: 'standard', fd, path, stats };
  if (stats.isFile()) {
    if (!link) return { kind: 'file', path, inPlace: false, stats, mode: stats.mode & 0o7777 };
    return { kind: 'file', path, inPlace: inSystemFolder(dirname(path)), stats };
  }
  if (stats.isFIFO() || (stats.isCharacterDevice() && isTerminalOrNull(path, stats))) return { kind: 'stream', path, stats };
  const what = stats.isDirectory() ? 'a folder' : stats.isBlockDevice() ? 'a block device (a disk)' : stats.isSocket() ? 'a socket' : 'a device other than a terminal or /dev/null';
  throw new WriteError(`--output-file ${visible(shown)} is ${what}: name a file for the report (such as report.json)`);
}

/** Whether a folder is (really) in /dev or /proc, where names are the system's. */
function inSystemFolder(folder: string): boolean {
  try {
    return /^\/(dev|proc)(\/|$)/.test(realpathSync.native(folder));
  } catch {
    return false;
  }
}

/** The character devices a report may go to: /dev/null, and terminals (/dev/tty*, /dev/pts/*, /dev/console), by their real names. */
function isTerminalOrNull(path: string, stats: Stats): boolean {
  try {
    if (isSameFile(stats, statSync('/dev/null'))) return true;
    return /^\/dev\/(tty|pts\/|console$)/.test(realpathSync.native(path));
  } catch {
    return false;
  }
}

/** The same file, whatever the names: device and inode. */
export const isSameFile = (a: Stats, b: Stats | undefined): boolean => b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** What a descriptor of this process is open on; undefined when it is closed. */
function fdStats(fd: number): Stats | undefined {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** How long a FIFO that no program has open for reading is waited for before the write fails. */
export const FIFO_READER_WAIT_MS = 5000;
const RETRY_MS = 20;
/** A pause (not node:timers/promises, which every start would load for a path few runs take). */
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes the report to a target found by outputTarget, before the run; `standard`
 * writes to the process's standard output or error.
 */
export async function writeOutput(target: OutputTarget, text: string, shown: string, standard: (fd: 1 | 2, text: string) => void): Promise<void> {
  if (target.kind === 'standard') return standard(target.fd, text);
  if (target.kind === 'new') return writeFileAtomically(target.path, text, { overwrite: true });
  if (target.kind === 'file' && !target.inPlace) {
    return writeFileAtomically(target.path, text, { overwrite: true, ...(target.mode !== undefined && { mode: target.mode }) });
  }
  const fail = (error: unknown): never => {
    throw new WriteError(`cannot write ${visible(shown)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  };
  let fd: number;
  try {
    fd = target.kind === 'file' ? openSync(target.path, constants.O_WRONLY | constants.O_TRUNC) : await openStream(target, shown);
  } catch (error) {
    if (error instanceof WriteError) throw error;
    return fail(error);
  }
  try {
    await writeAll(fd, Buffer.from(text, 'utf8'));
  } catch (error) {
    fail(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a FIFO or device for writing without blocking: O_NONBLOCK, so that a FIFO
 * nobody reads is ENXIO rather than an open() that waits for ever. A reader started
 * alongside iba-lint (`iba-lint -o fifo & cat fifo`) is waited for, up to
 * FIFO_READER_WAIT_MS; then the write fails with one line.
 */
async function openStream(target: OutputTarget & { kind: 'stream' }, shown: string): Promise<number> {
  const flags = constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
  const deadline = Date.now() + FIFO_READER_WAIT_MS;
  for (;;) {
    try {
      return openSync(target.path, flags);
    } catch (error) {
      const noReader = (error as NodeJS.ErrnoException).code === 'ENXIO' && target.stats.isFIFO();
      if (!noReader) throw error;
      if (Date.now() >= deadline) {
        throw new WriteError(`cannot write ${visible(shown)}: no program is reading this FIFO (waited ${FIFO_READER_WAIT_MS / 1000} s)`);
      }
      await sleep(RETRY_MS);
    }
  }
}

/**
 * All of `bytes`, through a descriptor that may be non-blocking: a full pipe is
 * EAGAIN, waited out while the reader keeps it open (as a shell's pipe would be); a
 * reader that has gone is EPIPE, which ends the write.
 */
async function writeAll(fd: number, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await sleep(RETRY_MS);
    }
  }
}
