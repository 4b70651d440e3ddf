/**
 * Files iba-lint cannot lint — too large, UTF-16, NUL bytes, invalid UTF-8 — get one
 * fatal error each while the other files are still linted; a closed pipe and Ctrl-C
 * end the run quietly. All through the spawned bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/iba-lint.js');
const E01 = join(ROOT, 'examples/e01-crisis-response.md');
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; fatal?: boolean }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  sections: Record<string, unknown>;
}

function lintJson(args: string[]): { status: number | null; results: JsonResult[]; stderr: string } {
  const r = run(['--format', 'json', ...args]);
  return { status: r.status, results: JSON.parse(r.stdout) as JsonResult[], stderr: r.stderr };
}

function expectFatal(result: JsonResult | undefined, ruleId: string): string {
  expect(result).toBeDefined();
  expect(result!.messages).toHaveLength(1);
  const [m] = result!.messages;
  expect(m).toMatchObject({ ruleId, severity: 2, line: 1, column: 1, fatal: true });
  expect(result!.errorCount).toBe(1);
  expect(result!.fatalErrorCount).toBe(1);
  expect(result!.warningCount).toBe(0);
  expect(result!.sections).toEqual({ achievements: null, summary: null, attachments: null });
  return m!.message;
}

const good = readFileSync(E01);

describe('files that cannot be linted', () => {
  it.each([
    ['UTF-16 little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ncategory: E01\n---\n', 'utf16le')])],
    ['UTF-16 big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('---\ncategory: E01\n---\n', 'utf16le').swap16()])],
  ])('%s: encoding, saying it is UTF-16 and must be saved as UTF-8; the other files are still linted', (name, bytes) => {
    const path = file(`${name.replace(/\W/g, '-')}.md`, bytes);
    const { status, results, stderr } = lintJson([path, E01]);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    const message = expectFatal(results.find((r) => r.filePath === path), 'encoding');
    expect(message).toContain('UTF-16');
    expect(message).toContain('save it as UTF-8');
    const other = results.find((r) => r.filePath === E01)!;
    expect(other.errorCount).toBe(0);
    expect(other.fatalErrorCount).toBe(0);
    expect(other.sections.achievements).not.toBeNull();
  });

  it('NUL bytes: encoding', () => {
    const path = file('nul.md', Buffer.concat([good.subarray(0, 40), Buffer.from([0]), good.subarray(40)]));
    const { status, results } = lintJson([path, E01]);
    expect(status).toBe(1);
    expect(expectFatal(results[0], 'encoding')).toContain('NUL');
    expect(results[1]!.errorCount).toBe(0);
  });

  it('invalid UTF-8 (Latin-1 text): encoding', () => {
    const path = file('latin1.md', Buffer.from('---\ncategory: E01\nnominee: Café Zürich\n---\n', 'latin1'));
    const { status, results } = lintJson([path]);
    expect(status).toBe(1);
    expect(expectFatal(results[0], 'encoding')).toContain('not valid UTF-8');
  });

  it('a UTF-8 BOM is still fine', () => {
    // In the temporary folder the example's attachments are missing: the same messages with and without the BOM.
    const bom = file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]));
    const plain = file('plain.md', good);
    const { results } = lintJson([bom, plain]);
    expect(results[0]!.messages.some((m) => m.ruleId === 'encoding')).toBe(false);
    expect(results[0]!.messages).toEqual(results[1]!.messages);
    expect(results[0]!.sections).toEqual(results[1]!.sections);
  });

  it('over 1 MiB by default: file-too-large, not parsed; exactly 1 MiB is linted', () => {
    const big = file('big.md', Buffer.alloc(1048577, 'a'));
    const limit = file('limit.md', Buffer.alloc(1048576, 'a'));
    const { status, results, stderr } = lintJson([big, limit, E01]);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(expectFatal(results[0], 'file-too-large')).toContain('1048577 bytes');
    expect(results[1]!.messages.some((m) => m.ruleId === 'file-too-large' || m.ruleId === 'encoding')).toBe(false);
    expect(results[1]!.messages.some((m) => m.ruleId === 'front-matter')).toBe(true);
    expect(results[2]!.errorCount).toBe(0);
  });

  it('--max-file-size sets the cap', () => {
    const { status, results } = lintJson(['--max-file-size', '100', E01]);
    expect(status).toBe(1);
    expect(expectFatal(results[0], 'file-too-large')).toContain('100 bytes');
    expect(lintJson(['--max-file-size', String(good.length), E01]).status).toBe(0);
  });

  it('--max-file-size must be a whole number', () => {
    const r = run(['--max-file-size', 'big', E01]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-file-size');
  });

  it('the stylish report shows the message and the rule id', () => {
    const path = file('utf16-stylish.md', Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const r = run([path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1:1\s+error\s+The file is UTF-16.*encoding/);
    expect(r.stderr).toBe('');
  });
});

describe('standard input is checked like a file', () => {
  function stdin(input: Buffer, args: string[] = [], name = 'entry.md') {
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...args, '-', '--stdin-filename', name], { cwd: ROOT, input, encoding: 'utf8' });
    return { status: r.status, results: JSON.parse(r.stdout || '[]') as JsonResult[], stderr: r.stderr };
  }

  it('UTF-16, NUL bytes and invalid UTF-8 on stdin: encoding', () => {
    expect(expectFatal(stdin(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good.toString('utf8'), 'utf16le')])).results[0], 'encoding')).toContain('UTF-16');
    expect(expectFatal(stdin(Buffer.concat([good, Buffer.from([0])])).results[0], 'encoding')).toContain('NUL');
    expect(expectFatal(stdin(Buffer.from([0x41, 0xe9, 0x42])).results[0], 'encoding')).toContain('not valid UTF-8');
  });

  it('more than --max-file-size on stdin: file-too-large, and reading stops', () => {
    const { status, results, stderr } = stdin(Buffer.alloc(5000, 'a'), ['--max-file-size', '1000']);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(expectFatal(results[0], 'file-too-large')).toContain('longer than 1000 bytes');
  });

  it('a good nomination on stdin is linted as usual', () => {
    // Named as if beside the example, so its attachments are found.
    const { status, results } = stdin(good, [], 'examples/from-stdin.md');
    expect(results[0]!.messages).toEqual([]);
    expect(status).toBe(0);
    expect(results[0]!.filePath).toBe(join(ROOT, 'examples/from-stdin.md'));
  });
});

describe('a device that never ends', () => {
  it('/dev/zero is not read at all: one line on stderr, exit 2, and the other files are still linted', () => {
    const { status, results, stderr } = lintJson(['--max-file-size', '4096', '/dev/zero', E01]);
    expect(stderr).toBe('iba-lint: /dev/zero is a device, not a file\n');
    expect(status).toBe(2);
    expect(results.map((r) => r.filePath)).toEqual([E01]);
  });
});

describe('ending quietly', () => {
  it('a closed pipe (| head -1) ends with the run\'s own exit code (1: it found errors) and nothing on stderr', () => {
    // Far more report than a pipe buffers (about 1 MB), so the writes after head exits do hit EPIPE.
    const many = join(dir, 'many');
    mkdirSync(many);
    const mistakes = readFileSync(join(ROOT, 'examples/common-mistakes.md'));
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `entry-${i}.md`), mistakes);
    const script = `set -o pipefail; node bin/iba-lint.js '${many}' examples/ examples/ | head -1 > /dev/null; echo \${PIPESTATUS[0]}`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1');
  });

  it.runIf(existsSync('/dev/full'))('a report that cannot be written (a full disk) is one line and exit 2', () => {
    const r = spawnSync('bash', ['-c', 'node bin/iba-lint.js examples/e01-crisis-response.md > /dev/full'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toMatch(/^iba-lint: cannot write the report: ENOSPC[^\n]*\n$/);
    expect(r.status).toBe(2);
  });

  it('Ctrl-C (SIGINT) during a lint run exits 130 without a stack trace', async () => {
    // Reading stdin (-) that never ends keeps the run going until the signal.
    const child = spawn(process.execPath, [BIN, '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await exited).toEqual([130, null]);
    expect(err).toBe('');
    child.stdin.destroy();
  }, 15_000);
});
