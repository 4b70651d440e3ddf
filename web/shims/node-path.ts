// node:path in the browser: Node's posix path (path-browserify is its port), and the
// one win32 function src/checks/attachment-outside.ts asks, as Node defines it: a
// path starting with a slash or backslash, or a drive letter with one.
// @ts-expect-error path-browserify ships no types; it has Node's posix path's shape.
import posixPath from 'path-browserify';
import type { PlatformPath } from 'node:path';

export const posix = posixPath as PlatformPath;
export const win32 = { isAbsolute: (path: string): boolean => /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path) };
export const { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep, extname } = posix;
export default { ...posix, posix, win32 };
