import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';

/** The name a nomination read from standard input is given on the command line. */
export const STDIN = '-';

export interface Expansion {
  /** Absolute paths of the files to lint, in argument order, each once; STDIN stays as is. */
  files: string[];
  /** One line per argument that named nothing lintable. */
  errors: string[];
  /** One line per folder or link a folder walk could not follow: reported, not fatal. */
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
      const found = markdownBelow(absolute, (note) => skipped.push(note.replaceAll(`${cwd}/`, '')));
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no Markdown files in the folder ${arg}`);
      found.forEach(add);
    } else if ((await globber()).isDynamicPattern(arg)) {
      const found = await markdownMatching(arg, cwd);
      if (found.length === 0 && errorOnUnmatchedPattern) errors.push(`no files match the pattern ${arg}`);
      found.forEach(add);
    } else {
      errors.push(`${arg}: no such file`);
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
 * node_modules. Links are followed, but each real folder is walked once: a link
 * back up (a loop) or to a folder already walked is reported and skipped, and so is
 * a folder that cannot be read. One folder is open at a time.
 */
function markdownBelow(root: string, report: (note: string) => void): string[] {
  const found: string[] = [];
  const walked = new Set<string>();
  const walk = (folder: string): void => {
    const real = realpathSync(folder);
    if (walked.has(real)) {
      report(`skipped ${folder}: it leads to ${real}, which is already checked (a link loop or a second link)`);
      return;
    }
    walked.add(real);
    let entries: Dirent[];
    try {
      // In name order, so what is reported comes in the same order on every system.
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      report(`skipped ${folder}: it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? linkedKind(path) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (kind === 'folder') walk(path);
      else if (kind === 'file' && entry.name.endsWith('.md')) found.push(path);
      else if (kind === 'broken' && entry.name.endsWith('.md')) report(`skipped ${path}: it is a link to a file that does not exist`);
    }
  };
  walk(root);
  return found.sort();
}

function linkedKind(path: string): 'folder' | 'file' | 'other' | 'broken' {
  try {
    const info = statSync(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'broken';
  }
}

async function markdownMatching(pattern: string, cwd: string): Promise<string[]> {
  const found = await (await globber()).glob(pattern, { cwd, absolute: true, dot: false, ignore: IGNORE, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
  return found.sort();
}
