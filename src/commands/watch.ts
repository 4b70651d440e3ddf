import { statSync, watch as watchPath, type FSWatcher, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_NAMES, repositoryOf } from '../config/load.js';
import { visible } from '../sanitize.js';
import { shownPath } from '../shown-path.js';

/** Clears the terminal and moves the cursor home, as `clear` does. */
const CLEAR = '\x1b[2J\x1b[3J\x1b[H';
/** Editors save in bursts (write, rename, chmod): one re-lint per burst. */
const DEBOUNCE_MS = 100;
/**
 * How often each folder is looked at, besides its watcher: a watcher dies with its
 * folder, and a `git checkout` that deletes and recreates one may do it between two
 * events. One stat per folder: nothing is read.
 */
const POLL_MS = 250;

export interface WatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  /** Folders are named relative to this one, as the report names files. */
  cwd?: string;
}

/** A watched folder: the files wanted in it, its watcher, and which folder (device, inode) it was. */
interface Folder {
  path: string;
  wanted: Set<string>;
  watcher?: FSWatcher;
  identity?: Stats;
}

/**
 * Re-lints whenever one of `files` changes, until Ctrl-C. Each file's folder is
 * watched rather than the file, because many editors save by writing a new file
 * and renaming it over the old one. A folder deleted and created again (a branch
 * switched) is noticed, said, and watched again; a file replaced by a FIFO or a
 * folder is for the lint run to report (it reads only regular files), so nothing
 * here blocks. A run that fails is reported and watching goes on. Resolves with
 * exit code 0 when interrupted.
 */
export function watchFiles(files: readonly string[], lint: () => Promise<string>, io: WatchIo, settings: () => readonly string[] = () => []): Promise<number> {
  const folders = new Map<string, Folder>();
  /** Watches `file` too: its folder is armed when first wanted. */
  const want = (file: string): Folder => {
    const path = dirname(file);
    let folder = folders.get(path);
    if (!folder) folders.set(path, (folder = { path, wanted: new Set() }));
    folder.wanted.add(basename(file));
    return folder;
  };
  for (const file of files) {
    want(file);
    // A config written later next to a nomination, or in a folder above it within its
    // repository, applies to it: their names are watched in each of those folders.
    const top = repositoryOf(dirname(file));
    for (let at = dirname(file); ; at = dirname(at)) {
      for (const name of CONFIG_NAMES) want(join(at, name));
      if (at === top || dirname(at) === at) break;
    }
  }
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  /** What happened to folders since the last report: said at the top of the next one. */
  let notes: string[] = [];
  const rerun = (): void => {
    running = running.then(async () => {
      let report: string;
      try {
        report = await lint();
      } catch (error) {
        report = `iba-lint: ${visible((error as Error).message)}\n`;
      }
      // The configs, rulesets and ignore files this run was set by: an edit to one re-lints too.
      for (const file of settings()) {
        const folder = want(file);
        if (!folder.watcher && !folder.identity) arm(folder);
      }
      const said = notes.join('');
      notes = [];
      const stamp = new Date().toLocaleTimeString('en-GB');
      io.stdout(`${io.isTTY ? CLEAR : ''}${said}${report}\n[${stamp}] watching ${files.length} ${files.length === 1 ? 'file' : 'files'} for changes; press Ctrl-C to stop\n`);
    });
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(rerun, DEBOUNCE_MS);
  };

  const shown = (folder: Folder): string => (io.cwd === undefined ? visible(folder.path) : shownPath(folder.path, io.cwd));

  /** Starts watching the folder, if it is there. */
  const arm = (folder: Folder): void => {
    folder.identity = folderStats(folder.path);
    if (!folder.identity) return;
    try {
      folder.watcher = watchPath(folder.path, (_event, name) => {
        // An event named after the folder itself may be its own deletion: its watcher is then dead, even if a new folder got the old inode.
        check(folder, name !== null && String(name) === basename(folder.path));
        if (name === null || folder.wanted.has(String(name))) schedule();
      });
      // The folder going away can end its watcher with an error: then check() watches again when it is back.
      const watcher = folder.watcher;
      watcher.on('error', (error) => {
        check(folder);
        if (folder.watcher === watcher) io.stderr(`iba-lint: stopped watching ${shown(folder)}: ${visible(error.message)}\n`);
      });
    } catch (error) {
      io.stderr(`iba-lint: cannot watch ${shown(folder)}: ${(error as NodeJS.ErrnoException).code ?? visible((error as Error).message)}\n`);
    }
  };
  /**
   * Whether the folder is still the one watched; if not — gone, back, or another in
   * its place — says so and watches again. `suspect`: watch again even if it looks the same.
   */
  const check = (folder: Folder, suspect = false): void => {
    const now = folderStats(folder.path);
    const was = folder.identity;
    const same = now !== undefined && was !== undefined && sameFolder(now, was);
    if ((same && !suspect) || (!now && !was)) return;
    folder.watcher?.close();
    delete folder.watcher;
    if (!now) notes.push(`iba-lint: ${shown(folder)} was removed: waiting for it to come back\n`);
    else if (!was) notes.push(`iba-lint: ${shown(folder)} is there again: watching it\n`);
    else if (!same) notes.push(`iba-lint: ${shown(folder)} was replaced by another folder: watching it\n`);
    arm(folder);
    schedule();
  };

  for (const folder of folders.values()) arm(folder);
  const poll = setInterval(() => folders.forEach((folder) => check(folder)), POLL_MS);
  rerun();
  return new Promise((done) => {
    const stop = (): void => {
      clearTimeout(timer);
      clearInterval(poll);
      for (const folder of folders.values()) folder.watcher?.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The same folder: device, inode and (where the file system keeps it) birth time, as an inode number can be reused. */
const sameFolder = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino && a.birthtimeMs === b.birthtimeMs;

/** The folder's stats, or undefined when there is no folder at the path. */
function folderStats(path: string): Stats | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? stats : undefined;
  } catch {
    return undefined;
  }
}
