import { realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, repositoryOf } from './config/load.js';
import { linkKey, markdownBelow } from './folder-walk.js';
import { globber, markdownMatching } from './glob-pattern.js';
import { PathFilter, globSource, patternProblem } from './ignores.js';
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
 *
 * An argument that starts with `!` is a negated pattern, relative to `cwd` with the
 * rules of `ignores:` (src/ignores.ts): it takes what it matches out of what the other
 * arguments found, wherever it stands, as a negated glob does in markdownlint-cli2.
 * Folders and patterns also leave out what `ignores` does (without a word: a file
 * named on its own is linted to say it is ignored, see lint-file.ts).
 */
export async function expandArguments(args: readonly string[], cwd: string, errorOnUnmatchedPattern = true, ignores?: PathFilter): Promise<Expansion> {
  const files: string[] = [];
  const errors: string[] = [];
  const negations = negationsOf(args, cwd, errors);
  let excluded = 0; // what the walk or pattern of the current argument left out
  const exclude = (path: string, folder: boolean): boolean => {
    const out = negations.excludes(path, folder) || ignores?.excludes(path, folder) === true;
    if (out) excluded++;
    return out;
  };
  const notIgnored = (): string => (excluded > 0 ? ' that are not ignored' : '');
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
  if (args.length > 0 && args.every((arg) => arg.startsWith('!'))) {
    errors.push('only negated patterns were given: name the files, folders or patterns to check too, as in nominations/ !nominations/drafts/**');
  }
  for (const arg of args) {
    if (arg.startsWith('!')) continue;
    excluded = 0;
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
      if (!negations.excludes(absolute)) add(absolute);
    } else if (kind === 'folder') {
      const found = markdownBelow(absolute, shown, report, exclude);
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no Markdown files in the folder ${visible(arg)}${notIgnored()}`);
      found.forEach(add);
    } else if ((await globber()).isDynamicPattern(arg)) {
      const found = await markdownMatching(arg, cwd, shown, report, exclude);
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no files match the pattern ${visible(arg)}${notIgnored()}`);
      found.forEach(add);
    } else {
      errors.push(`${visible(arg)}: no such file`);
    }
  }
  return { files, errors, skipped };
}

/** The negated arguments (`!drafts/**`) as one filter; one that cannot be used is an error, and is left out. */
function negationsOf(args: readonly string[], cwd: string, errors: string[]): PathFilter {
  const patterns: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('!')) continue;
    const problem = patternProblem(arg.slice(1));
    if (problem) errors.push(`the negated pattern ${visible(arg)} ${problem}`);
    else patterns.push(arg.slice(1));
  }
  if (patterns.length === 0) return new PathFilter([]);
  return new PathFilter([
    globSource(patterns, cwd, () => 'the negated pattern', (message) => {
      throw new ConfigError(message);
    }),
  ]);
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

