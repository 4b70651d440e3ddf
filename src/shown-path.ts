import { isAbsolute, relative, sep } from 'node:path';
import { visible } from './sanitize.js';

/**
 * A path as the user would write it, for a message: relative to the working folder
 * when it is inside it, absolute otherwise (never `../../dev/zero`), and made
 * visible, since a name from a repository may hold a newline or an escape sequence.
 */
export function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return visible(inside === '' ? '.' : inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? path : inside);
}
