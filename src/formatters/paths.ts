import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A result's path as the machine formats print it: relative to `cwd` with forward
 * slashes, so CI logs and annotations read the same on every system. A file outside
 * `cwd` (or on another drive) keeps its absolute path, because `../` paths are not
 * what a CI service can map to a file of the repository.
 */
export function relativePath(filePath: string, cwd: string): string {
  const rel = insideRelative(filePath, cwd);
  return rel ?? filePath.split(sep).join('/');
}

/** The path relative to `cwd` with forward slashes, or null when the file is not inside `cwd`. */
export function insideRelative(filePath: string, cwd: string): string | null {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/');
  const rel = relative(cwd, filePath);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return rel.split(sep).join('/');
}

/** A `file:` URL for an absolute path (SARIF's absolute URIs). */
export function fileUrl(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}
