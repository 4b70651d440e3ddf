/**
 * Folder walks: every `*.md` below a folder named on the command line, with the folder
 * as the boundary for links, and the notes a walk (or a pattern) gives of what it skips.
 */
import { readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { resolveWithin } from './resolve-within.js';
import { visible, visibleBytes } from './sanitize.js';

/** Tells of a skipped folder or link; `link` names the link, so that it is told of once. */
export type Report = (note: string, link?: string) => void;

/** Whether a path (a folder, or a file) is left out by ignore patterns (see src/ignores.ts). */
export type Exclude = (path: string, folder: boolean) => boolean;

/** A link by where it really is: its folder's real path and its name. */
export function linkKey(link: string): string {
  try {
    return join(realpathSync(dirname(link)), basename(link));
  } catch {
    return link;
  }
}

/** `skipped <link>: it is a link to <target> outside <folder>`, the target as the link says it. */
export function outsideNote(link: string, folder: string, shown: (path: string) => string): string {
  let target: string;
  try {
    target = visible(readlinkSync(link));
  } catch {
    target = 'a place';
  }
  return `skipped ${shown(link)}: it is a link to ${target} outside ${shown(folder)}`;
}

/**
 * Every `*.md` below a folder, sorted, skipping dot-entries (.git, .github) and
 * node_modules. The folder is the boundary: a link is followed only while it leads
 * to a place inside the folder (see resolveWithin, which never looks outside); one
 * that leads outside is reported and skipped, whether or not its target exists.
 * Each real folder is walked once: a link back up (a loop) or to a folder already
 * walked is reported and skipped, and so is a folder that cannot be read. Special
 * files (FIFOs, devices, sockets) are passed over. One folder is open at a time.
 * A folder that `exclude` leaves out is not gone into, and nothing in it is told of.
 */
export function markdownBelow(root: string, shown: (path: string) => string, report: Report, exclude: Exclude = () => false): string[] {
  const found: string[] = [];
  const walked = new Set<string>();
  // A file reached by a second name (a link to it) is linted once, as with a pattern.
  const files = new Set<string>();
  const walk = (folder: string): void => {
    const real = realpathSync(folder);
    if (walked.has(real)) {
      report(`skipped ${shown(folder)}: it leads to ${shown(real)}, which is already checked (a link loop or a second link)`);
      return;
    }
    walked.add(real);
    let entries: Dirent[];
    try {
      // In name order, so what is reported comes in the same order on every system; links
      // last, so a folder is found by its own name before a link to it says "already checked".
      entries = namedEntries(folder, readdirSync(folder, { withFileTypes: true, encoding: 'buffer' }), shown, (note) => report(note)).sort(
        (a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
    } catch (error) {
      report(`skipped ${shown(folder)}: it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      const isMarkdown = entry.name.endsWith('.md');
      const to = entry.isSymbolicLink() ? resolveWithin(root, folder, entry.name) : undefined;
      const kind = to ? to.kind : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'special';
      if (kind === 'folder') {
        if (!exclude(path, true)) walk(path);
      } else if (kind === 'file' && isMarkdown) {
        if (exclude(path, false)) continue;
        const file = to && 'real' in to ? to.real : join(real, entry.name);
        if (!files.has(file)) found.push(path);
        files.add(file);
      } else if (kind === 'outside') {
        if (!exclude(path, true)) report(outsideNote(path, root, shown), path);
      } else if (kind === 'missing' && isMarkdown && !exclude(path, false)) report(`skipped ${shown(path)}: it is a link to a file that does not exist`, path);
    }
  };
  walk(root);
  return found.sort();
}

/**
 * A folder's entries with their names as strings, leaving out (and telling of once)
 * each name that is not valid UTF-8. Such a name cannot be given back to the system
 * as a string: Node would turn its bad bytes into U+FFFD, and every later stat or
 * open of it would fail (ENOENT), or reach another file with that very name. So
 * entries are read as bytes, and a name that does not survive a round trip through
 * UTF-8 is skipped, shown with its bad bytes as `\xHH`.
 */
export function namedEntries(folder: string, entries: Array<Dirent<Buffer>>, shown: (path: string) => string, tell: (note: string, path: string, folder: boolean) => void): Dirent[] {
  const named: Dirent[] = [];
  for (const entry of entries) {
    const bytes = entry.name;
    const name = bytes.toString('utf8');
    if (Buffer.from(name, 'utf8').equals(bytes)) {
      // A Dirent's name is a plain property; the entry keeps its type.
      (entry as unknown as { name: string }).name = name;
      named.push(entry as unknown as Dirent);
    } else if (!name.startsWith('.')) {
      const where = shown(folder);
      tell(`skipped ${where === '.' ? '' : `${where}${sep}`}${visibleBytes(bytes)}: its name is not valid UTF-8`, join(folder, name), !entry.isFile());
    }
  }
  return named;
}
