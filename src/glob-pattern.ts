/**
 * Glob patterns on the command line, expanded by iba-lint with tinyglobby: the same
 * boundary and link rules as a folder walk (src/folder-walk.ts), and the same notes.
 */
import { readdir, realpathSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { namedEntries, outsideNote, type Exclude, type Report } from './folder-walk.js';
import { resolveWithin } from './resolve-within.js';

const IGNORE = ['**/node_modules/**'];

/** tinyglobby, loaded only for folders and patterns: naming files needs no globbing. */
export const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

/**
 * The files a pattern matches, sorted. The pattern's fixed start (`nominations` of
 * a pattern that starts `nominations/**`, the working folder for `*.md`) is its
 * boundary, as the folder is for a walk: links are followed while they stay inside
 * it, and one that leads outside is reported once and skipped (tinyglobby asks our
 * `realpath` where a link leads; an error makes it pass the link over). tinyglobby
 * asks about every link in each folder it reads, so only those the pattern could
 * match or go down into are told of. Names that are not valid UTF-8 are skipped
 * and told of, as in a walk (tinyglobby reads folders through our `readdir`). Only
 * regular files are kept, each real file once, as in a walk; and, as in a walk, none
 * that `exclude` leaves out, nor any note of a link it leaves out.
 */
export async function markdownMatching(pattern: string, cwd: string, shown: (path: string) => string, report: Report, exclude: Exclude = () => false): Promise<string[]> {
  const { glob, isDynamicPattern } = await globber();
  const boundary = resolve(cwd, fixedStart(pattern, isDynamicPattern));
  const reaches = await reachableBy(pattern, cwd);
  const realpath = (path: string, callback: (error: Error | null, resolved?: string) => void): void => {
    const to = resolveWithin(boundary, dirname(path), basename(path));
    if (to.kind === 'outside' && reaches(path) && !exclude(resolve(path), true)) report(outsideNote(path, boundary, shown), path);
    if (to.kind === 'missing' && path.endsWith('.md') && reaches(path) && !exclude(resolve(path), false)) report(`skipped ${shown(path)}: it is a link to a file that does not exist`, path);
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
    if (to.kind !== 'file' || exclude(path, false)) continue;
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
