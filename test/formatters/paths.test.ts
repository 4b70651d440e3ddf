import { isAbsolute, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insideRelative, wellFormed } from '../../src/formatters/paths.js';

/** What insideRelative answers through path.relative alone, without its shortcut for a plain path below the folder. */
function throughRelative(filePath: string, cwd: string): string | null {
  if (!isAbsolute(filePath)) return wellFormed(filePath).split(sep).join('/');
  const rel = relative(cwd, filePath);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return wellFormed(rel).split(sep).join('/');
}

describe('insideRelative', () => {
  it('gives what path.relative gives, for paths of plain names, dot names, empty names and trailing slashes', () => {
    const names = ['a', 'b', '.', '..', '', 'a.md', '.x', '..y', 'c d', '\ud800'];
    let state = 19;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const path = () => `/${Array.from({ length: Math.floor(random() * 4) }, () => names[Math.floor(random() * names.length)]).join('/')}${random() < 0.1 ? '/' : ''}`;
    for (let i = 0; i < 100_000; i++) {
      const cwd = random() < 0.2 ? 'relative/folder' : path();
      const file = random() < 0.5 ? `${cwd}/${path().slice(1)}` : path();
      expect(insideRelative(file, cwd), JSON.stringify([file, cwd])).toBe(throughRelative(file, cwd));
    }
  });

  it('takes the shortcut for a file of a folder walk, and not for one outside or above', () => {
    expect(insideRelative('/work/entries/e01.md', '/work')).toBe('entries/e01.md');
    expect(insideRelative('/workshop/e01.md', '/work')).toBeNull();
    expect(insideRelative('/work/../etc/passwd', '/work')).toBeNull();
  });
});
