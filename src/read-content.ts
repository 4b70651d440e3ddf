import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The default of --max-file-size: 1 MiB, far beyond any nomination. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** What a file holds: its text, or why it cannot be linted. */
export type FileContent = { text: string } | { problem: 'file-too-large' | 'encoding'; messageId: string; message: string };

/**
 * Reads a file as bytes and decodes it as UTF-8, unless it is over `maxBytes`
 * (then no more than that is read: a device or pipe that never ends is caught
 * too) or is not UTF-8 text: UTF-16, NUL bytes, invalid sequences.
 */
export function readContent(file: string, maxBytes: number): FileContent {
  const read = readAtMost(file, maxBytes + 1);
  return 'size' in read ? tooLarge(read.size, maxBytes) : decodeContent(read.bytes, maxBytes);
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
 * Up to `limit` bytes of a file through one descriptor: open, size, read, close.
 * Only the size, without reading, when it is already known to be over the limit.
 */
function readAtMost(file: string, limit: number): { bytes: Buffer } | { size: number } {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size >= limit) return { size };
    // A regular file is read in one call; a device or pipe (size 0) in chunks up to the limit.
    let buffer = Buffer.allocUnsafe(size > 0 ? size + 1 : Math.min(limit, 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) break;
        const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** `size` is null for a device or pipe, which has none until it is read to the end. */
function tooLarge(size: number | null, maxBytes: number): FileContent {
  const is = size === null ? `is longer than ${maxBytes} bytes` : `is ${size} bytes, more than the ${maxBytes} bytes allowed`;
  return { problem: 'file-too-large', messageId: 'tooLarge', message: `The file ${is} (--max-file-size): it was not checked.` };
}
