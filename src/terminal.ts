import { fstatSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether a descriptor is a terminal, as `tty.isatty` says, without loading node:tty
 * for a pipe or a file: that module loads node:net and the stream machinery, a few
 * milliseconds of every start, and only a character device can be a terminal.
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
