import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveWithin } from './resolve-within.js';
import { visible } from './sanitize.js';
import { shownPath } from './shown-path.js';

/** The name a nomination read from standard input is given on the command line. */
export const STDIN = '-';

export interface Expansion {
  /** Absolute paths of the files to lint, in argument order, each once; STDIN stays as is. */
  files: string[];
  /** One line per argument that named nothing lintable. */
  errors: string[];
  /** One line per folder or link a folder walk or a pattern did not follow (a link out, a loop, an unreadable folder): reported, once each, not fatal. */
  skipped: string[];
}

/**
 * Turns command-line arguments into files: a file is itself; a folder is every
 * `*.md` below it, skipping `node_modules` and dot-folders; a pattern with glob
 * characters is expanded by iba-lint (so quoted patterns work in every shell).
 */
export async function expandArguments(args: readonly string[], cwd: string, errorOnUnmatchedPattern = true): Promise<Expansion> {
  const files: string[] = [];
  const errors: string[] = [];
  const skipped: string[] = [];
  const shown = (path: string): string => shownPath(path, cwd);
  // Each link is told of once, however many arguments or paths lead to it.
  const told = new Set<string>();
  const report = (note: string, link?: string): void => {
    const key = link === undefined ? note : linkKey(link);
    if (!told.has(key)) skipped.push(note);
    told.add(key);
  };
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(STDIN);
      continue;
    }
    const absolute = resolve(cwd, arg);
    const kind = fileKind(absolute);
    if (kind === 'file') {
      add(absolute);
    } else if (kind === 'folder') {
      const found = markdownBelow(absolute, shown, report);
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no Markdown files in the folder ${visible(arg)}`);
      found.forEach(add);
    } else if ((await globber()).isDynamicPattern(arg)) {
      const found = await markdownMatching(arg, cwd, shown, report);
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no files match the pattern ${visible(arg)}`);
      found.forEach(add);
    } else {
      errors.push(`${visible(arg)}: no such file`);
    }
  }
  return { files, errors, skipped };
}

function fileKind(path: string): 'file' | 'folder' | null {
  try {
    const info = statSync(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

const IGNORE = ['**/node_modules/**'];

/** tinyglobby, loaded only for folders and patterns: naming files needs no globbing. */
const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

/**
 * Every `*.md` below a folder, sorted, skipping dot-entries (.git, .github) and
 * node_modules. The folder is the boundary: a link is followed only while it leads
 * to a place inside the folder (see resolveWithin, which never looks outside); one
 * that leads outside is reported and skipped, whether or not its target exists.
 * Each real folder is walked once: a link back up (a loop) or to a folder already
 * walked is reported and skipped, and so is a folder that cannot be read. Special
 * files (FIFOs, devices, sockets) are passed over. One folder is open at a time.
 */
function markdownBelow(root: string, shown: (path: string) => string, report: Report): string[] {
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
      entries = readdirSync(folder, { withFileTypes: true }).sort(
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
      if (kind === 'folder') walk(path);
      else if (kind === 'file' && isMarkdown) {
        const file = to && 'real' in to ? to.real : join(real, entry.name);
        if (!files.has(file)) found.push(path);
        files.add(file);
      } else if (kind === 'outside') report(outsideNote(path, root, shown), path);
      else if (kind === 'missing' && isMarkdown) report(`skipped ${shown(path)}: it is a link to a file that does not exist`, path);
    }
  };
  walk(root);
  return found.sort();
}

/** Tells of a skipped folder or link; `link` names the link, so that it is told of once. */
type Report = (note: string, link?: string) => void;

/** A link by where it really is: its folder's real path and its name. */
function linkKey(link: string): string {
  try {
    return join(realpathSync(dirname(link)), basename(link));
  } catch {
    return link;
  }
}

/** `skipped <link>: it is a link to <target> outside <folder>`, the target as the link says it. */
function outsideNote(link: string, folder: string, shown: (path: string) => string): string {
  let target: string;
  try {
    target = visible(readlinkSync(link));
  } catch {
    target = 'a place';
  }
  return `skipped ${shown(link)}: it is a link to ${target} outside ${shown(folder)}`;
}

/**
 * The files a pattern matches, sorted. The pattern's fixed start (`nominations` of
 * a pattern that starts `nominations/**`, the working folder for `*.md`) is its
 * boundary, as the folder is for a walk: links are followed while they stay inside
 * it, and one that leads outside is reported once and skipped (tinyglobby asks our
 * `realpath` where a link leads; an error makes it pass the link over). Only
 * regular files are kept, each real file once, as in a walk.
 */
async function markdownMatching(pattern: string, cwd: string, shown: (path: string) => string, report: Report): Promise<string[]> {
  const { glob, isDynamicPattern } = await globber();
  const boundary = resolve(cwd, fixedStart(pattern, isDynamicPattern));
  const realpath = (path: string, callback: (error: Error | null, resolved?: string) => void): void => {
    const to = resolveWithin(boundary, dirname(path), basename(path));
    if (to.kind === 'outside') report(outsideNote(path, boundary, shown), path);
    if (to.kind === 'missing' && path.endsWith('.md')) report(`skipped ${shown(path)}: it is a link to a file that does not exist`, path);
    if ('real' in to) callback(null, to.real);
    else callback(new Error(`${to.kind}: not followed`));
  };
  const matches = await glob(pattern, {
    cwd,
    dot: false,
    ignore: IGNORE,
    followSymbolicLinks: true,
    onlyFiles: true,
    expandDirectories: false,
    fs: { realpath: realpath as never },
  });
  const found: string[] = [];
  const reals = new Set<string>();
  for (const match of matches) {
    const path = resolve(cwd, match);
    const to = resolveWithin(boundary, dirname(path), basename(path));
    // A FIFO or device that matched is passed over, as a walk does; and a file reached twice is linted once.
    if (to.kind !== 'file' || reals.has(to.real)) continue;
    reals.add(to.real);
    found.push(path);
  }
  return found.sort();
}

/** The folders a pattern starts with before its first glob character: `a/b` of `a/b/{x,y}.md`, `.` for `*.md`. */
function fixedStart(pattern: string, isDynamic: (part: string) => boolean): string {
  const parts = pattern.split('/').slice(0, -1);
  const dynamic = parts.findIndex((part) => isDynamic(part));
  const fixed = dynamic === -1 ? parts : parts.slice(0, dynamic);
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}
