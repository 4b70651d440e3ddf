import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The name a nomination read from standard input is given on the command line. */
export const STDIN = '-';

export interface Expansion {
  /** Absolute paths of the files to lint, in argument order, each once; STDIN stays as is. */
  files: string[];
  /** One line per argument that named nothing lintable. */
  errors: string[];
}

/**
 * Turns command-line arguments into files: a file is itself; a folder is every
 * `*.md` below it, skipping `node_modules` and dot-folders; a pattern with glob
 * characters is expanded by iba-lint (so quoted patterns work in every shell).
 */
export async function expandArguments(args: readonly string[], cwd: string, errorOnUnmatchedPattern = true): Promise<Expansion> {
  const files: string[] = [];
  const errors: string[] = [];
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
      const found = await markdownBelow(absolute);
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
  return { files, errors };
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

async function markdownBelow(folder: string): Promise<string[]> {
  // dot: false skips dot-folders (.git, .github) as well as dot-files.
  const found = await (await globber()).glob('**/*.md', { cwd: folder, absolute: true, dot: false, ignore: IGNORE, followSymbolicLinks: false, onlyFiles: true });
  return found.sort();
}

async function markdownMatching(pattern: string, cwd: string): Promise<string[]> {
  const found = await (await globber()).glob(pattern, { cwd, absolute: true, dot: false, ignore: IGNORE, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
  return found.sort();
}
