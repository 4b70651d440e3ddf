import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { visible } from '../sanitize.js';

/**
 * A result's path as the machine formats print it: relative to `cwd` with forward
 * slashes, so CI logs and annotations read the same on every system. A file outside
 * `cwd` (or on another drive) keeps its absolute path, because `../` paths are not
 * what a CI service can map to a file of the repository.
 */
export function relativePath(filePath: string, cwd: string): string {
  const rel = insideRelative(filePath, cwd);
  return rel ?? wellFormed(filePath).split(sep).join('/');
}

/**
 * A result's path as the human formats (stylish, compact) print it, at the start of
 * a line: relativePath with control characters as visible escapes (a newline in a
 * file name cannot start a line of its own), and `./` in front of a path that begins
 * with white space, `:` or `#`, so that no file name can begin a CI workflow
 * command (`::error …`, `##[…`).
 */
export function shownPath(filePath: string, cwd: string): string {
  const path = visible(relativePath(filePath, cwd));
  return /^[\s:#]/.test(path) ? `./${path}` : path;
}

/** A `.` or `..` name, an empty name, or a trailing slash: what path.relative would resolve away. */
const NOT_PLAIN = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

/** The path relative to `cwd` with forward slashes, or null when the file is not inside `cwd`. */
export function insideRelative(filePath: string, cwd: string): string | null {
  if (!isAbsolute(filePath)) return wellFormed(filePath).split(sep).join('/');
  // Every file of a folder walk is the folder's path and plain names: its relative path
  // is what follows the folder, without resolving both as path.relative does.
  if (sep === '/' && filePath.startsWith(cwd) && filePath[cwd.length] === '/' && cwd.length > 1 && isAbsolute(cwd) && !NOT_PLAIN.test(cwd)) {
    const rest = filePath.slice(cwd.length + 1);
    if (rest !== '' && rest[0] !== '/' && !NOT_PLAIN.test(rest)) return wellFormed(rest);
  }
  const rel = relative(cwd, filePath);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return wellFormed(rel).split(sep).join('/');
}

/** A `file:` URL for an absolute path (SARIF's absolute URIs). Never throws, whatever the path holds. */
export function fileUrl(absolutePath: string): string {
  return pathToFileURL(wellFormed(absolutePath)).href;
}

/**
 * The text with each lone surrogate (half of a UTF-16 pair, which a file name read
 * as UTF-16 can hold) as U+FFFD: encodeURIComponent throws URIError on one, and no
 * report can hold it as UTF-8.
 */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}
