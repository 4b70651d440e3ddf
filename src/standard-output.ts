import { writeSync } from 'node:fs';
import { WriteError } from './write-file.js';

/**
 * Writes to standard output that is a pipe or a file: straight to descriptor 1,
 * without making `process.stdout`. Node builds that stream (and loads its stream
 * machinery) when it is first touched, some milliseconds of a one-file run; a
 * terminal still gets `process.stdout`, for its width and its own handling.
 *
 * As Node writes to a pipe or file on Linux: synchronously, all of it. A reader that
 * has gone (`iba-lint … | head -1`) is EPIPE: the rest of the report is dropped and
 * the run ends as it would have, with its own exit code and nothing on stderr. A pipe
 * left non-blocking by the program that made it is EAGAIN: waited out a millisecond
 * at a time. Any other (a full disk, a closed descriptor) ends the run with one line
 * on stderr and exit 2, as a report file that cannot be written does.
 */
export function descriptorWriter(fd: number): (text: string) => void {
  let closed = false;
  return (text) => {
    if (closed) return;
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw new WriteError(`cannot write the report: ${(error as Error).message}`);
        Atomics.wait(PAUSE, 0, 0, 1);
      }
    }
  };
}

/** What Atomics.wait sleeps on: nothing ever wakes it, so it waits its time out. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
