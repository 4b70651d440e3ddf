import { readdir, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { repositoryOf } from './config/load.js';
import { isInside, resolveWithin } from './resolve-within.js';
import { visible } from './sanitize.js';
import { shownPath } from './shown-path.js';

/** The name a nomination read from standard input is given on the command line. */
export const STDIN = '-';

export interface Expansion {
  /** Absolute paths of the files to lint, in argument order, each once; STDIN stays as is. */
  files: string[];
  /** One line per argument that named nothing lintable, or that leads out of the repository. */
  errors: string[];
  /** One line per folder or link a folder walk or a pattern did not follow (a link out, a loop, an unreadable folder): reported, once each, not fatal. */
  skipped: string[];
}

/**
 * Turns command-line arguments into files: a file is itself; a folder is every
 * `*.md` below it, skipping `node_modules` and dot-folders; a pattern with glob
 * characters is expanded by iba-lint (so quoted patterns work in every shell).
 * An argument inside the repository by its name that leads out of it through a
 * link is refused before anything is read (see outsideTheRepository).
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
  let repository: string | undefined; // found at the first argument that is not `-`
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
    // A pattern's path holds its fixed start, so one look covers files, folders and patterns alike.
    repository ??= repositoryOf(resolve(cwd));
    const out = outsideTheRepository(absolute, cwd, { repository });
    if (out !== undefined) {
      errors.push(`${visible(arg)}: ${out}`);
      continue;
    }
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

/**
 * Why a path named on the command line (or as --output-file's folder) is refused, or
 * undefined when it is not. In CI the name is the job's, but what it leads to is the
 * pull request's: a committed link `nominations` -> `/` must not make iba-lint read,
 * quote or take configs from the runner. So a path inside the repository (the nearest
 * folder from `cwd` up with `.git`, or `cwd` itself) by its name must stay inside it
 * with links followed; resolveWithin finds that without looking outside, so the answer
 * is the same whether the link's target exists or not. A path outside the repository
 * by its name (`/srv/x`, `../other`) is the caller's own choice and is not checked.
 * The answer says "it is a link …" of the path itself, unless `nameTheLink`;
 * `repository` saves looking for it again, for many paths from one `cwd`.
 */
export function outsideTheRepository(path: string, cwd: string, { nameTheLink = false, repository = repositoryOf(resolve(cwd)) } = {}): string | undefined {
  if (!isInside(path, repository)) return undefined;
  const to = resolveWithin(repository, repository, path);
  if (to.kind !== 'outside') return undefined;
  const target = to.target === undefined ? '' : ` to ${visible(to.target)}`;
  if (to.link === undefined) return 'it leads outside the repository';
  // resolveWithin names the link below the repository's real path; shown below the name the user knows.
  const link = join(repository, relative(realpathSync(repository), to.link));
  if (link === path && !nameTheLink) return `it is a link${target}, outside the repository`;
  return `${shownPath(link, cwd)} is a link${target}, outside the repository`;
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

/**
 * A folder's entries with their names as strings, leaving out (and telling of once)
 * each name that is not valid UTF-8. Such a name cannot be given back to the system
 * as a string: Node would turn its bad bytes into U+FFFD, and every later stat or
 * open of it would fail (ENOENT), or reach another file with that very name. So
 * entries are read as bytes, and a name that does not survive a round trip through
 * UTF-8 is skipped, shown with its bad bytes as `\xHH`.
 */
function namedEntries(folder: string, entries: Array<Dirent<Buffer>>, shown: (path: string) => string, tell: (note: string, path: string, folder: boolean) => void): Dirent[] {
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
      tell(`skipped ${where === '.' ? '' : `${where}${sep}`}${bytesShown(bytes)}: its name is not valid UTF-8`, join(folder, name), !entry.isFile());
    }
  }
  return named;
}

/** A name's bytes as text: what is valid UTF-8 as itself (made visible), each other byte as `\xHH`. */
function bytesShown(bytes: Buffer): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    // The shortest slice that decodes is one character; a byte that begins none is shown as an escape.
    let char: string | undefined;
    let length = 0;
    while (char === undefined && length < 4 && at + length < bytes.length) {
      length += 1;
      try {
        char = strict.decode(bytes.subarray(at, at + length));
      } catch {
        // not a whole character yet
      }
    }
    if (char === undefined) {
      text += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
      at += 1;
    } else {
      text += visible(char);
      at += length;
    }
  }
  return text;
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
 * `realpath` where a link leads; an error makes it pass the link over). tinyglobby
 * asks about every link in each folder it reads, so only those the pattern could
 * match or go down into are told of. Names that are not valid UTF-8 are skipped
 * and told of, as in a walk (tinyglobby reads folders through our `readdir`). Only
 * regular files are kept, each real file once, as in a walk.
 */
async function markdownMatching(pattern: string, cwd: string, shown: (path: string) => string, report: Report): Promise<string[]> {
  const { glob, isDynamicPattern } = await globber();
  const boundary = resolve(cwd, fixedStart(pattern, isDynamicPattern));
  const reaches = await reachableBy(pattern, cwd);
  const realpath = (path: string, callback: (error: Error | null, resolved?: string) => void): void => {
    const to = resolveWithin(boundary, dirname(path), basename(path));
    if (to.kind === 'outside' && reaches(path)) report(outsideNote(path, boundary, shown), path);
    if (to.kind === 'missing' && path.endsWith('.md') && reaches(path)) report(`skipped ${shown(path)}: it is a link to a file that does not exist`, path);
    if ('real' in to) callback(null, to.real);
    else callback(new Error(`${to.kind}: not followed`));
  };
  const readFolder = (path: string, _options: unknown, callback: (error: Error | null, entries?: Dirent[]) => void): void => {
    readdir(path, { withFileTypes: true, encoding: 'buffer' }, (error, entries) => {
      if (error) return callback(error);
      // A bad name is told of when the pattern could match a name like it (its bad bytes as U+FFFD).
      callback(null, namedEntries(resolve(path), entries, shown, (note, path, folder) => (reaches(path, folder) ? report(note) : undefined)));
    });
  };
  const matches = await glob(pattern, {
    cwd,
    dot: false,
    ignore: IGNORE,
    followSymbolicLinks: true,
    onlyFiles: true,
    expandDirectories: false,
    fs: { realpath: realpath as never, readdir: readFolder as never },
  });
  // A FIFO or device that matched is passed over, as a walk does; and a file reached twice
  // is linted once, by its own name when that matched (as a walk finds a folder before a
  // link to it), else by the first name in order: the same name on every run, whatever
  // order the crawl's callbacks came in.
  if (matches.length === 0) return []; // and the boundary may not exist
  const byReal = new Map<string, string>();
  const realBoundary = realpathSync(boundary);
  for (const path of matches.map((match) => resolve(cwd, match)).sort()) {
    const to = resolveWithin(boundary, dirname(path), basename(path));
    if (to.kind !== 'file') continue;
    const ownName = join(realBoundary, relative(boundary, path)) === to.real;
    if (!byReal.has(to.real) || ownName) byReal.set(to.real, path);
  }
  return [...byReal.values()].sort();
}

/**
 * Whether a pattern could match a path or go down into it: the path matches the
 * whole pattern, or each of its names matches the pattern's part at that depth and
 * the pattern goes on below (or has reached a `**`). This is how tinyglobby decides
 * which folders to read (its partial matcher), with picomatch, which it is built on.
 * Dot-names and node_modules are never matched, as the glob is run. A link may lead
 * to a folder (what it leads to out there is never looked at); a file cannot.
 */
async function reachableBy(pattern: string, cwd: string): Promise<(path: string, couldBeFolder?: boolean) => boolean> {
  // picomatch is CommonJS (`export =` in @types/picomatch): import() gives it as `default`,
  // which the types, written for require(), do not say.
  const picomatch = ((await import('picomatch')) as unknown as { default: typeof import('picomatch') }).default;
  const absolute = isAbsolute(pattern);
  const written = absolute ? pattern : pattern.replace(/^(?:\.\/)+/, '');
  const whole = picomatch(written, { dot: false });
  const parts = picomatch.scan(written, { parts: true }).parts ?? [written];
  const matchers = parts.map((part) => (part === '' ? (name: string) => name === '' : picomatch(part, { dot: false })));
  return (path, couldBeFolder = true) => {
    const shownAs = (absolute ? path : relative(cwd, path)).split(sep).join('/');
    const names = shownAs.split('/');
    if (names.some((name) => name === 'node_modules' || (name.startsWith('.') && name !== '.' && name !== '..'))) return false;
    if (whole(shownAs)) return true;
    if (!couldBeFolder) return false;
    for (const [depth, name] of names.entries()) {
      const part = parts[depth];
      if (part === undefined) return false;
      if (part === '**' || part.includes('/')) return true; // `{a,b/c}`: a brace across folders; over-telling is safe
      if (!matchers[depth]!(name)) return false;
    }
    return parts.length > names.length;
  };
}

/** The folders a pattern starts with before its first glob character: `a/b` of `a/b/{x,y}.md`, `.` for `*.md`. */
function fixedStart(pattern: string, isDynamic: (part: string) => boolean): string {
  const parts = pattern.split('/').slice(0, -1);
  const dynamic = parts.findIndex((part) => isDynamic(part));
  const fixed = dynamic === -1 ? parts : parts.slice(0, dynamic);
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}
