import { watch as watchPath, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Clears the terminal and moves the cursor home, as `clear` does. */
const CLEAR = '\x1b[2J\x1b[3J\x1b[H';
/** Editors save in bursts (write, rename, chmod): one re-lint per burst. */
const DEBOUNCE_MS = 100;

export interface WatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
}

/**
 * Re-lints whenever one of `files` changes, until Ctrl-C. Each file's folder is
 * watched rather than the file, because many editors save by writing a new file
 * and renaming it over the old one. A run that fails is reported and watching
 * goes on. Resolves with exit code 0 when interrupted.
 */
export function watchFiles(files: readonly string[], lint: () => Promise<string>, io: WatchIo): Promise<number> {
  const names = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file);
    if (!names.has(folder)) names.set(folder, new Set());
    names.get(folder)!.add(basename(file));
  }
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rerun = (): void => {
    running = running.then(async () => {
      let report: string;
      try {
        report = await lint();
      } catch (error) {
        report = `iba-lint: ${(error as Error).message}\n`;
      }
      const stamp = new Date().toLocaleTimeString('en-GB');
      io.stdout(`${io.isTTY ? CLEAR : ''}${report}\n[${stamp}] watching ${files.length} ${files.length === 1 ? 'file' : 'files'} for changes; press Ctrl-C to stop\n`);
    });
  };
  const watchers: FSWatcher[] = [];
  for (const [folder, wanted] of names) {
    try {
      const watcher = watchPath(folder, (_event, name) => {
        if (name !== null && !wanted.has(String(name))) return;
        clearTimeout(timer);
        timer = setTimeout(rerun, DEBOUNCE_MS);
      });
      watcher.on('error', (error) => io.stderr(`iba-lint: stopped watching ${folder}: ${error.message}\n`));
      watchers.push(watcher);
    } catch (error) {
      io.stderr(`iba-lint: cannot watch ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }
  rerun();
  return new Promise((done) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
