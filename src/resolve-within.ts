import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
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
  return walkWithin(boundary, from, path, true);
}

/**
 * What `path` (relative to `boundary`) is, as resolveWithin answers, without its real
 * path: what a check of attachments needs. A path of plain names below the boundary
 * (no link, no `..`) then costs one lstat a name and no realpath at all.
 */
export function kindWithin(boundary: string, path: string, folders?: Set<string>): Within['kind'] {
  // Its `real` is then the path as walked, which only resolveWithin's callers would need.
  return walkWithin(boundary, boundary, path, false, folders).kind;
}

/**
 * `folders`: the paths this run has found to be folders (not links), which it need not
 * look at again (the nominations of one folder share an `evidence/`); found ones are
 * added. A run's own: a folder made or removed between runs is looked at anew.
 */
function walkWithin(boundary: string, from: string, path: string, wantReal: boolean, folders?: Set<string>): Within {
  // The boundary's real path is looked up only when it is needed: for a link, a `..`, an
  // absolute path, a start below the boundary, or a real path asked for. Below the
  // boundary, plain names (no link, no `..`) cannot leave it.
  let realRoot: string | undefined;
  const root = (): string => (realRoot ??= realpathSync.native(boundary));
  let current: string;
  /** Whether `current` is a real path (no link in it): `..` and links need one. */
  let real: boolean;
  try {
    if (from === boundary && !isAbsolute(path)) {
      current = boundary;
      real = false;
    } else {
      // The system's realpath: one call, where Node's own asks for each name of the path in turn.
      current = from === boundary ? root() : realpathSync.native(from);
      real = true;
      if (!isInside(current, root())) return { kind: 'outside' };
    }
  } catch {
    return { kind: 'missing' };
  }
  const makeReal = (): boolean => {
    if (real) return true;
    try {
      current = realpathSync.native(current);
      root();
    } catch {
      return false;
    }
    return (real = true);
  };
  // An absolute path is welcome only when it names the boundary, by its real or its given name.
  const rebase = (target: string): string[] | null => {
    for (const base of [root(), resolve(boundary)]) {
      if (isInside(target, base)) return names(target.slice(base.length));
    }
    return null;
  };
  let queue: string[];
  if (isAbsolute(path)) {
    const rest = rebase(path);
    if (!rest) return { kind: 'outside' };
    current = root();
    queue = rest;
  } else {
    queue = names(path);
  }
  let links = 0;
  let via: { link: string; target: string } | undefined;
  /** What `current` is, when the last step found out (it saves a second lstat at the end). */
  let known: Stats | undefined;
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (name === '.' || name === '') continue;
    if (name === '..') {
      // current is then a real folder, so `..` is its real parent.
      if (!makeReal()) return { kind: 'missing' };
      if (current === root()) return { kind: 'outside', ...via };
      current = resolve(current, '..');
      known = undefined;
      continue;
    }
    const next = join(current, name);
    if (queue.length > 0 && folders?.has(next)) {
      current = next;
      known = undefined;
      continue;
    }
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
      // A link's target is read from a real folder, as the system reads it.
      if (!makeReal()) return { kind: 'missing' };
      via = { link: join(current, name), target };
      known = undefined;
      if (isAbsolute(target)) {
        const rest = rebase(target);
        if (!rest) return { kind: 'outside', link: via.link, target };
        current = root();
        queue = [...rest, ...queue];
      } else {
        queue = [...names(target), ...queue];
      }
      continue;
    }
    // Any name after a file, even the empty one of a trailing `/`, uses it as a folder: ENOTDIR, as the system says.
    if (queue.length > 0 && !info.isDirectory()) return { kind: 'missing' };
    if (queue.length > 0) folders?.add(next);
    current = next;
    known = info;
  }
  let info = known;
  if (!info) {
    try {
      info = lstatSync(current);
    } catch {
      return { kind: 'missing' };
    }
  }
  const kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special';
  if (wantReal && !makeReal()) return { kind: 'missing' };
  return { kind, real: current };
}

/** The names in a path; a backslash separates them only where the system says so. */
const names = (path: string): string[] => path.split(sep === '\\' ? /[\\/]/ : '/');
