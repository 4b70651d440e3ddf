import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Where a path leads when it must stay inside a folder: the real path and what is
 * there, or `missing`, or `outside` with the link (or `..`) that leaves.
 */
export type Within =
  | { kind: 'file' | 'folder' | 'special'; real: string }
  | { kind: 'missing' }
  /**
   * `link` and `target`: the link that leads out and what it says; when a `..` leaves,
   * the last link followed before it (none when the path itself climbs out).
   */
  | { kind: 'outside'; link?: string; target?: string };

/** More links than this in one path is a loop (Linux gives up at 40, as here). */
const MAX_LINKS = 40;

/** Whether `path` is `folder` or below it; both absolute and normalised. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Resolves `path` (relative to `from`, or absolute) one name at a time, following
 * links as the system would, but never looking at anything outside `boundary`: a
 * link or `..` that leaves it answers `outside` at once. So the answer for a link
 * to `/etc/shadow` and for a link to `/root/.no-such` is the same — a repository
 * cannot learn what exists on the machine that checks it — and a link to `/dev/zero`
 * or `/usr` is never opened, read or walked. `from` must be `boundary` or inside it.
 */
export function resolveWithin(boundary: string, from: string, path: string): Within {
  let root: string;
  let current: string;
  try {
    // The system's realpath: one call, where Node's own asks for each name of the path in turn.
    root = realpathSync.native(boundary);
    current = from === boundary ? root : realpathSync.native(from);
  } catch {
    return { kind: 'missing' };
  }
  if (!isInside(current, root)) return { kind: 'outside' };
  // An absolute path is welcome only when it names the boundary, by its real or its given name.
  const rebase = (target: string): string[] | null => {
    for (const base of [root, resolve(boundary)]) {
      if (isInside(target, base)) return names(target.slice(base.length));
    }
    return null;
  };
  let queue: string[];
  if (isAbsolute(path)) {
    const rest = rebase(path);
    if (!rest) return { kind: 'outside' };
    current = root;
    queue = rest;
  } else {
    queue = names(path);
  }
  let links = 0;
  let via: { link: string; target: string } | undefined;
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (name === '.' || name === '') continue;
    if (name === '..') {
      // current is always a real folder, so `..` is its real parent.
      if (current === root) return { kind: 'outside', ...via };
      current = resolve(current, '..');
      continue;
    }
    const next = join(current, name);
    let info;
    try {
      info = lstatSync(next);
    } catch {
      return { kind: 'missing' }; // ENOENT, ENOTDIR (a file used as a folder), EACCES
    }
    if (info.isSymbolicLink()) {
      if (++links > MAX_LINKS) return { kind: 'missing' };
      let target: string;
      try {
        target = readlinkSync(next);
      } catch {
        return { kind: 'missing' };
      }
      via = { link: next, target };
      if (isAbsolute(target)) {
        const rest = rebase(target);
        if (!rest) return { kind: 'outside', link: next, target };
        current = root;
        queue = [...rest, ...queue];
      } else {
        queue = [...names(target), ...queue];
      }
      continue;
    }
    // Any name after a file, even the empty one of a trailing `/`, uses it as a folder: ENOTDIR, as the system says.
    if (queue.length > 0 && !info.isDirectory()) return { kind: 'missing' };
    current = next;
  }
  let info;
  try {
    info = lstatSync(current);
  } catch {
    return { kind: 'missing' };
  }
  return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', real: current };
}

/** The names in a path; a backslash separates them only where the system says so. */
const names = (path: string): string[] => path.split(sep === '\\' ? /[\\/]/ : '/');
