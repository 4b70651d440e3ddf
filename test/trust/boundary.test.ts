/**
 * The tree is the boundary (issue 11, item 3). A folder walk and a glob pattern
 * follow links only while they stay inside the folder named (the pattern's fixed
 * start), report each link they skip once, and agree; attachments are looked up
 * only inside the nomination's folder, and a link out, a folder, a FIFO or a device
 * says which; an absolute attachment is never probed, so nothing tells what exists
 * on the machine. Through the spawned bin (`npm run build` first) and the library.
 */
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandArguments } from '../../src/files.js';
import { lintFiles } from '../../src/index.js';
import { kindWithin, resolveWithin } from '../../src/resolve-within.js';
import { boundedRun } from '../helpers/bounded.js';
import { tempRepositories } from '../helpers/temp-tree.js';
import { ROOT } from '../helpers/cli.js';

const ENTRY = readFileSync(join(ROOT, 'examples/e01-crisis-response.md'), 'utf8');
const folder = tempRepositories('iba-boundary-');

type Json = Array<{ filePath: string; messages: Array<{ ruleId: string; messageId: string; line: number; message: string }> }>;

function lintJson(dir: string, args: string[]) {
  const r = boundedRun(['--format', 'json', ...args], { cwd: dir });
  expect(r.signal).toBeNull();
  return { ...r, results: (r.stdout ? JSON.parse(r.stdout) : []) as Json };
}

/**
 * n/a.md, n/sub/b.md; links: n/usr -> /usr, n/root -> /, n/passwd.md -> /etc/passwd,
 * n/up -> .. (the folder above n), n/alias -> sub (inside), n/sub/back -> .. (n: a loop).
 */
function hostileTree(): string {
  const dir = folder({ 'n/a.md': ENTRY, 'n/sub/b.md': ENTRY, 'above.md': ENTRY });
  symlinkSync('/usr', join(dir, 'n/usr'));
  symlinkSync('/', join(dir, 'n/root'));
  symlinkSync('/etc/passwd', join(dir, 'n/passwd.md'));
  symlinkSync('..', join(dir, 'n/up'));
  symlinkSync('sub', join(dir, 'n/alias'));
  symlinkSync('..', join(dir, 'n/sub/back'));
  return dir;
}

describe('a folder walk and a glob pattern stop at the folder', () => {
  const dir = hostileTree();
  const outsideLines = [
    'iba-lint: skipped n/passwd.md: it is a link to /etc/passwd outside n',
    'iba-lint: skipped n/root: it is a link to / outside n',
    'iba-lint: skipped n/up: it is a link to .. outside n',
    'iba-lint: skipped n/usr: it is a link to /usr outside n',
  ];

  it('the walk lints only the files inside, follows the link that stays inside, and tells each link out once', () => {
    const { results, stderr, status } = lintJson(dir, ['n']);
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['n/a.md', 'n/sub/b.md']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'iba-lint: skipped n/sub/back: it leads to n, which is already checked (a link loop or a second link)',
      'iba-lint: skipped n/alias: it leads to n/sub, which is already checked (a link loop or a second link)',
      ...outsideLines,
    ]);
    expect(status).toBe(1); // the entries' own errors: skipping is not a failure
  });

  it('a glob pattern finds the same files and tells the same links out, once each', () => {
    for (const pattern of ['n/**/*.md', 'n/**']) {
      const { results, stderr } = lintJson(dir, [pattern]);
      expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['n/a.md', 'n/sub/b.md']);
      const lines = stderr.trimEnd().split('\n');
      expect(lines.filter((l) => l.includes(' outside ')).sort()).toEqual(outsideLines);
      expect(new Set(lines).size).toBe(lines.length);
    }
  });

  it('a link that stays inside is followed by both', async () => {
    const inside = folder({ 'n/real/c.md': ENTRY });
    symlinkSync('real', join(inside, 'n/alias'));
    symlinkSync('real/c.md', join(inside, 'n/d.md'));
    for (const arg of ['n', 'n/**/*.md']) {
      const { files, skipped } = await expandArguments([arg], inside);
      // Each real file once, under the first name found for it.
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\/n\/(real\/c|d|alias\/c)\.md$/);
      expect(skipped.filter((s) => s.includes('outside'))).toEqual([]);
    }
  });

  it('the same links, reached by several arguments, are told once', async () => {
    const { skipped } = await expandArguments(['n', 'n/**/*.md', 'n/sub/..'], dir);
    expect(skipped.filter((s) => s.includes(' outside ')).sort()).toEqual(outsideLines.map((l) => l.slice('iba-lint: '.length)));
  });

  it('a link whose name holds a newline and a workflow command is told on one line, made visible', () => {
    const odd = folder({ 'n/a.md': ENTRY });
    symlinkSync('/etc', join(odd, 'n/x\n::stop-commands::pwned\u001b[2J'));
    const { stderr } = lintJson(odd, ['n']);
    expect(stderr).toBe('iba-lint: skipped n/x\\n::stop-commands::pwned\\e[2J: it is a link to /etc outside n\n');
  });
});

describe('config discovery never looks through a link out', () => {
  it('a folder linked from outside is not walked, so its config is not found', () => {
    const outside = folder({ 'team/.iba-lintrc.yaml': 'rules:\n  unknown-key: off\n  attachment-missing: off\n', 'team/t.md': ENTRY });
    const dir = folder({ 'n/a.md': ENTRY });
    symlinkSync(join(outside, 'team'), join(dir, 'n/team'));
    const { results, stderr } = lintJson(dir, ['n']);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'n/a.md')]);
    expect(stderr).toBe(`iba-lint: skipped n/team: it is a link to ${join(outside, 'team')} outside n\n`);
  });
});

describe('attachments are looked up only inside the nomination folder', () => {
  const attachments = ['folder.pdf', 'pipe.pdf', 'passwd.pdf', 'zero.pdf', 'gone.pdf', 'inside.pdf', 'evidence/ok.pdf', '/etc/shadow', '/root/.no-such', 'missing.pdf'];
  const dir = folder({ 'n/evidence/ok.pdf': 'pdf', 'n/pipe.pdf': null });
  mkdirSync(join(dir, 'n/folder.pdf'));
  symlinkSync('/etc/passwd', join(dir, 'n/passwd.pdf'));
  symlinkSync('/dev/zero', join(dir, 'n/zero.pdf'));
  symlinkSync('/root/.no-such', join(dir, 'n/gone.pdf'));
  symlinkSync('evidence/ok.pdf', join(dir, 'n/inside.pdf'));
  const text = ENTRY.replace(/^attachments:\n(?: {2}.*\n)+/m, `attachments:\n${attachments.map((a) => `  - ${a}`).join('\n')}\n`);
  writeFileSync(join(dir, 'n/entry.md'), text);

  it('each says what it is: a folder, a FIFO, a link out, a file; absolute paths only attachment-outside', () => {
    const { results, status } = lintJson(dir, ['n/entry.md']);
    expect(status).toBe(1);
    const lines = text.split('\n');
    const about = (a: string) =>
      results[0]!.messages
        .filter((m) => (m.ruleId === 'attachment-missing' || m.ruleId === 'attachment-outside') && lines[m.line - 1]!.endsWith(` ${a}`))
        .map((m) => `${m.ruleId}.${m.messageId}`);
    expect(Object.fromEntries(attachments.map((a) => [a, about(a)]))).toEqual({
      'folder.pdf': ['attachment-missing.folder'],
      'pipe.pdf': ['attachment-missing.special'],
      'passwd.pdf': ['attachment-outside.link'],
      'zero.pdf': ['attachment-outside.link'],
      'gone.pdf': ['attachment-outside.link'],
      'inside.pdf': [],
      'evidence/ok.pdf': [],
      '/etc/shadow': ['attachment-outside.absolute'],
      '/root/.no-such': ['attachment-outside.absolute'],
      'missing.pdf': ['attachment-missing.missing'],
    });
  });

  it('the library (lintFiles) answers the same as the bin', async () => {
    const [result] = await lintFiles(join(dir, 'n/entry.md'));
    const ids = (messages: Array<{ ruleId: string; messageId: string; line: number }>) =>
      messages.filter((m) => m.ruleId === 'attachment-missing' || m.ruleId === 'attachment-outside').map((m) => `${m.line} ${m.ruleId}.${m.messageId}`);
    expect(ids(result!.messages)).toEqual(ids(lintJson(dir, ['n/entry.md']).results[0]!.messages));
    expect(ids(result!.messages)).toHaveLength(8);
  });

  it('nothing differs between a path that exists on the machine and one that does not', () => {
    const { results } = lintJson(dir, ['n/entry.md']);
    const said = (path: string) =>
      results[0]!.messages
        .filter((m) => m.message.includes(`"${path}"`))
        .map((m) => `${m.ruleId} ${m.message.replace(path, '<path>')}`);
    expect(said('/etc/shadow')).toEqual(said('/root/.no-such'));
    expect(said('passwd.pdf')).toEqual(said('gone.pdf'));
  });
});

describe('resolveWithin, the boundary itself', () => {
  const dir = folder({ 'n/a.txt': 'a', 'n/sub/b.txt': 'b', 'n/pipe': null });
  symlinkSync('/etc/passwd', join(dir, 'n/passwd'));
  symlinkSync('/root/.no-such', join(dir, 'n/gone'));
  symlinkSync('../a.txt', join(dir, 'n/sub/up-a'));
  symlinkSync('..', join(dir, 'n/sub/parent'));
  symlinkSync('../../n/a.txt', join(dir, 'n/sub/round'));
  symlinkSync('self', join(dir, 'n/self'));
  symlinkSync(join(dir, 'n/sub/b.txt'), join(dir, 'n/absolute-inside'));
  const n = join(dir, 'n');

  it.each([
    ['a.txt', 'file'],
    ['sub', 'folder'],
    ['pipe', 'special'],
    ['sub/up-a', 'file'],
    ['sub/parent/a.txt', 'file'],
    ['absolute-inside', 'file'],
    ['no-such.txt', 'missing'],
    ['a.txt/x', 'missing'],
    ['a.txt/', 'missing'], // a file used as a folder: ENOTDIR, as stat says
    ['a.txt/.', 'missing'],
    ['sub/', 'folder'],
    ['self', 'missing'], // a link loop
    ['passwd', 'outside'],
    ['gone', 'outside'], // the same answer, whether the target exists or not
    ['../n/a.txt', 'outside'], // climbing above the folder leaves it, even to come back
    ['sub/round', 'outside'],
    ['/etc/passwd', 'outside'],
  ] as const)('%s is %s (and kindWithin, which skips the real path, says the same)', (path, kind) => {
    expect(resolveWithin(n, n, path).kind).toBe(kind);
    expect(kindWithin(n, path)).toBe(kind);
  });

  it('gives the real path of what it found', () => {
    expect(resolveWithin(n, join(n, 'sub'), 'up-a')).toEqual({ kind: 'file', real: join(realpathSync(n), 'a.txt') });
  });

  it('kindWithin keeps the plain folders it found for the run, never a link, and answers the same with them', () => {
    const folders = new Set<string>();
    for (const [path, kind] of [['sub/b.txt', 'file'], ['sub/parent/a.txt', 'file'], ['sub/round', 'outside'], ['sub/no-such', 'missing'], ['a.txt/x', 'missing']] as const) {
      expect(kindWithin(n, path, folders)).toBe(kind);
      expect(kindWithin(n, path, folders)).toBe(kind);
    }
    expect([...folders]).toEqual([join(n, 'sub')]);
  });

  it('gives the real path when the folder is named through a link, and a link out of it is still out', () => {
    const named = join(dir, 'named');
    symlinkSync(n, named);
    expect(resolveWithin(named, named, 'sub/b.txt')).toEqual({ kind: 'file', real: join(realpathSync(n), 'sub', 'b.txt') });
    expect(resolveWithin(named, named, 'sub/up-a')).toEqual({ kind: 'file', real: join(realpathSync(n), 'a.txt') });
    expect(kindWithin(named, 'passwd')).toBe('outside');
    expect(kindWithin(named, '../n/a.txt')).toBe('outside');
    expect(kindWithin(join(dir, 'no-such-folder'), 'a.txt')).toBe('missing');
  });
});
