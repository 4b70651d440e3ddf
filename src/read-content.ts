import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

/** The default of --max-file-size: 1 MiB, far beyond any nomination. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** What a file holds: its text, or why it cannot be linted. */
export type FileContent = { text: string } | { problem: 'file-too-large' | 'encoding'; messageId: string; message: string };

/**
 * Reads a nomination as bytes and decodes it as UTF-8, unless it is over `maxBytes`
 * (then no more than that is read) or is not UTF-8 text: UTF-16, NUL bytes, invalid
 * sequences. Throws FileReadError when it is not a regular file.
 */
export function readContent(file: string, maxBytes: number): FileContent {
  const read = readRegularFile(file, maxBytes);
  return 'size' in read ? tooLarge(read.size, maxBytes) : decodeContent(read.bytes, maxBytes);
}

/**
 * Why a file was not read, as words that follow its name: `is a FIFO (named pipe),
 * not a file`, `does not exist`, `is larger than 64 KiB`. One line, with no byte of
 * the file in it.
 */
export class FileReadError extends Error {
  constructor(
    readonly reason: string,
    readonly code?: string,
  ) {
    super(reason);
  }
}

/**
 * The one reader for every file iba-lint reads — nominations, config files,
 * package.json, rulesets, export's input, watched files. Only a regular file (links
 * followed) is read: a device, FIFO, socket or folder is refused before a byte is
 * read, so a link to /dev/zero cannot fill the memory and a FIFO cannot hang the
 * run (it is opened with O_NONBLOCK, so not even open() waits for a writer). At
 * most `maxBytes + 1` bytes are read, so a file that grows, or says it is empty
 * as /proc files do, costs no more than its cap. `{ size }` when it is over the
 * cap (null when only reading found that out). `{ bytes }` is a view of a buffer the
 * next read reuses: decode it first (see readAtMost).
 */
export function readRegularFile(file: string, maxBytes: number): { bytes: Buffer } | { size: number | null } {
  // stat first, so a device is never even opened (opening some has effects); fstat
  // after, on what was opened, in case the file was swapped in between.
  refuseNonRegular(statOrThrow(file));
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw errnoReadError(error);
  }
  try {
    const info = fstatSync(fd);
    refuseNonRegular(info);
    FILES_READ.add(fileKey(info));
    const limit = maxBytes + 1;
    if (info.size >= limit) return { size: info.size };
    const bytes = readAtMost(fd, info.size, limit);
    return bytes.length > maxBytes ? { size: null } : { bytes };
  } catch (error) {
    // EIO from /proc/self/mem, EISDIR on some systems: one line like any other refusal.
    throw error instanceof FileReadError ? error : errnoReadError(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every file this process has opened for reading (nominations, configs, rulesets),
 * by device and inode: `--output-file` must never replace any of them, by any name.
 */
const FILES_READ = new Set<string>();
const fileKey = (info: { dev: number; ino: number }): string => `${info.dev}:${info.ino}`;

/** Whether the file with these stats was read by this process (the same file, whatever its name). */
export function wasRead(info: { dev: number; ino: number }): boolean {
  return FILES_READ.has(fileKey(info));
}

/** Every file readTextFile was asked for, read or not: what a run was set by, which --watch watches too. */
const SETTINGS_READ = new Set<string>();

/** The configs, package.json files, rulesets and ignore files runs so far were set by (absolute paths). */
export function settingsFilesRead(): readonly string[] {
  return [...SETTINGS_READ];
}

/**
 * A small text file that configures a run (config, package.json, ruleset): read
 * with `readRegularFile`, decoded as UTF-8 without a byte-order mark. Throws
 * FileReadError for anything else, over the cap or not UTF-8 included.
 */
export function readTextFile(file: string, maxBytes: number): string {
  SETTINGS_READ.add(resolvePath(file));
  const read = readRegularFile(file, maxBytes);
  if ('size' in read) throw new FileReadError(`is larger than ${bytesInWords(maxBytes)}, the most it may be`);
  const content = decodeContent(read.bytes, maxBytes);
  if (!('text' in content)) throw new FileReadError('is not UTF-8 text');
  return content.text.startsWith('\uFEFF') ? content.text.slice(1) : content.text;
}

/** What a path holds when it is not a regular file, as words after its name; undefined for a regular file. */
export function describeNotAFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a folder, not a file';
  if (info.isFIFO()) return 'is a FIFO (named pipe), not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

function refuseNonRegular(info: Stats): void {
  const reason = describeNotAFile(info);
  if (reason) throw new FileReadError(reason);
}

function statOrThrow(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw errnoReadError(error);
  }
}

/** An error from the system as a FileReadError, keeping its code. */
function errnoReadError(error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileReadError('does not exist', code);
  if (code === 'EACCES' || code === 'EPERM') return new FileReadError('cannot be read (permission denied)', code);
  if (code === 'ELOOP') return new FileReadError('is a link that leads to itself (a link loop)', code);
  return new FileReadError(`cannot be read (${code ?? 'unknown error'})`, code);
}

/** 65536 → "64 KiB", 1048576 → "1 MiB", 1000 → "1000 bytes". */
export function bytesInWords(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Text from bytes read up to `maxBytes + 1` (a file's, or standard input's): too
 * large, or not UTF-8 text (UTF-16, NUL bytes, invalid sequences), or the text.
 */
export function decodeContent(bytes: Buffer, maxBytes: number): FileContent {
  if (bytes.length > maxBytes) return tooLarge(null, maxBytes);
  const encoding = (messageId: string, message: string): FileContent => ({ problem: 'encoding', messageId, message });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return encoding('utf16', `The file is UTF-16 (${order}), not UTF-8: save it as UTF-8 and lint it again.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return encoding('nulByte', `The file contains a NUL byte (at byte ${nul}): it is not UTF-8 text. Save it as UTF-8 and lint it again.`);
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text, as readFile(…, 'utf8') did: the parser removes it.
    return { text: UTF8.decode(bytes) };
  } catch {
    return encoding('invalidUtf8', 'The file is not valid UTF-8: save it as UTF-8 and lint it again.');
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The bytes of an open regular file of `size` bytes as fstat says, read as
 * readFileSync reads them (its `size` bytes, no more); a file that says 0 (/proc
 * files) is read to its end, at most `limit` bytes. The bytes are a view of a buffer
 * that the next read reuses (a run reads thousands of files of a few kilobytes, and
 * a new buffer for each is work for the garbage collector): decode them before
 * reading again.
 */
function readAtMost(fd: number, size: number, limit: number): Buffer {
  const want = size > 0 ? Math.min(size, limit) : limit;
  let buffer = size > 0 ? reusable(want) : reusable(Math.min(limit, 64 * 1024));
  let length = 0;
  while (length < want) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, Math.min(buffer.length, want) - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/** Reads of up to a mebibyte share one buffer; a larger one is the read's own, so a run keeps no more than that. */
const REUSED_MAX = 1024 * 1024;
let shared: Buffer | undefined;
function reusable(bytes: number): Buffer {
  if (bytes > REUSED_MAX) return Buffer.allocUnsafe(bytes);
  if (!shared || shared.length < bytes) shared = Buffer.allocUnsafe(Math.max(bytes, 16 * 1024));
  return shared;
}

function tooLarge(size: number | null, maxBytes: number): FileContent {
  const is = size === null ? `is longer than ${maxBytes} bytes` : `is ${size} bytes, more than the ${maxBytes} bytes allowed`;
  return { problem: 'file-too-large', messageId: 'tooLarge', message: `The file ${is} (--max-file-size): it was not checked.` };
}
