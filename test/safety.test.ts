import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it, vi } from 'vitest';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
const ruleset = loadRuleset();

/** A nomination whose front matter, if evaluated as JavaScript, writes `marker`. */
function hostile(language: string, marker: string): string {
  const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  return `---${language}\n{ category: 'E01', nominee: (${code}, 'x') }\n---\n## Achievements\nText.\n\n## Summary\n- One\n`;
}

describe('front matter is never executed', () => {
  it('the hostile input really is code: stock gray-matter runs it', () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'iba-')), 'marker');
    matter(hostile('js', marker));
    // Without this, the tests below could pass only because the input never worked.
    expect(existsSync(marker)).toBe(true);
  });

  it.each(['js', 'javascript', 'JS', ' js', 'coffee', 'coffeescript', 'cson', 'json', 'toString', 'constructor', '__proto__'])(
    '---%s is refused with a front-matter error and not run',
    (language) => {
      const marker = join(mkdtempSync(join(tmpdir(), 'iba-')), 'marker');
      const result = lintText(hostile(language, marker), { ruleset, filePath: '/n/entry.md' });
      expect(existsSync(marker)).toBe(false);
      expect(result.messages[0]).toMatchObject({ ruleId: 'front-matter', messageId: 'language', line: 1, column: 1, severity: 2 });
      // The body is still checked: the sections are there and counted.
      expect(result.sections.achievements).toMatchObject({ characters: 5, line: 4 });
    },
  );

  it('the spawned bin refuses ---js, exits 1 and runs nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iba-'));
    const marker = join(dir, 'marker');
    writeFileSync(join(dir, 'entry.md'), hostile('js', marker));
    const run = spawnSync(process.execPath, [BIN, '--format', 'json', 'entry.md'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'front-matter', line: 1 });
  });

  it('---yaml and ---yml are YAML', () => {
    for (const language of ['yaml', 'yml', 'YAML']) {
      const text = `---${language}\ncategory: E01\nnominee: Team\n---\n## Achievements\nText.\n\n## Summary\n- One\n`;
      expect(lintText(text, { ruleset }).messages).toEqual([]);
    }
  });
});

describe('bad input is a message, never a crash', () => {
  const cases: Array<[string, string, { messageId: string; line: number; column: number }]> = [
    ['no front matter', '## Achievements\nText.\n', { messageId: 'missing', line: 1, column: 1 }],
    ['an empty file', '', { messageId: 'missing', line: 1, column: 1 }],
    ['broken YAML, at its line', '---\ncategory: E01\nnominee: [unclosed\nformat: essay\n---\n', { messageId: 'yaml', line: 4, column: 1 }],
    ['bad indentation, at its line', '---\ncategory: E01\n  nominee: x\n---\n', { messageId: 'yaml', line: 2, column: 11 }],
    ['an unclosed quote, at the opening quote', '---\ncategory: "E01\nnominee: x\n---\n', { messageId: 'yaml', line: 2, column: 11 }],
    ['a list instead of a mapping', '---\n- category: E01\n- nominee: x\n---\n', { messageId: 'notMapping', line: 2, column: 1 }],
    ['a scalar instead of a mapping', '---\njust text\n---\n', { messageId: 'notMapping', line: 2, column: 1 }],
    ['unclosed front matter', '---\ncategory: E01\nnominee: x\n', { messageId: 'unclosed', line: 1, column: 1 }],
    ['a duplicate key, at the second', '---\ncategory: E01\nnominee: a\ncategory: E02\n---\n', { messageId: 'duplicateKey', line: 4, column: 1 }],
    ['a custom tag', '---\ncategory: E01\nnominee: !!js/function "function () {}"\n---\n', { messageId: 'tag', line: 3, column: 10 }],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const result = lintText(text, { ruleset, filePath: '/n/entry.md' });
    const first = result.messages.find((m) => m.ruleId === 'front-matter');
    expect(first).toMatchObject(expected);
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it('thousands of duplicate keys are each reported, in time linear in their number', () => {
    const text = (n: number) => `---\n${'x: 1\n'.repeat(n)}---\n## Achievements\nText.\n`;
    const time = (n: number) => {
      const start = performance.now();
      const result = lintText(text(n), { ruleset });
      const took = performance.now() - start;
      expect(result.messages.filter((m) => m.messageId === 'duplicateKey')).toHaveLength(n - 1);
      return took;
    };
    time(500); // warm up
    const small = Math.min(time(1000), time(1000));
    const large = Math.min(time(8000), time(8000));
    // Linear: about 8 times as long. Quadratic would be 64 times; the slack absorbs noise.
    expect(large).toBeLessThan(small * 8 * 3 + 50);
  });

  it('a mapping or list used as a key prints nothing to the console', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const log = vi.spyOn(console, 'warn');
    try {
      const result = lintText('---\ncategory: E01\nnominee: Team\n{x}: 1\n? [a]\n: b\n---\n## Achievements\nText.\n', { ruleset });
      expect(result.messages.length).toBeGreaterThan(0);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('an alias bomb ends quickly as a front-matter error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const result = lintText(`---\n${lines.join('\n')}\n---\n`, { ruleset });
    expect(result.messages[0]).toMatchObject({ ruleId: 'front-matter', messageId: 'yaml' });
  });
});

describe('linting writes nothing', () => {
  // A copy of the examples and the fixtures: every command that only reads runs on it.
  const tree = mkdtempSync(join(tmpdir(), 'iba-lint-readonly-'));
  cpSync(join(ROOT, 'examples'), join(tree, 'examples'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures'), join(tree, 'fixtures'), { recursive: true });
  const entry = join(tree, 'examples/e01-crisis-response.md');
  const files = () => readdirSync(tree, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  const sums = () => files().map((f) => `${f} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
  const before = sums();
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: tree, encoding: 'utf8', ...(input !== undefined && { input }) });

  const readOnly: string[][] = [
    ...['stylish', 'json', 'compact', 'github', 'sarif', 'junit'].map((format) => ['--format', format, '.']),
    ['--quiet', '--max-warnings', '0', '--locale', 'pl', '.'],
    ['--no-config', '--ruleset', 'examples/rulesets/word-limits.yaml', '.'],
    ['--print-config', 'examples/word-limits/entry.md'],
    ['export', 'examples/e01-crisis-response.md'],
    ['export', '--format', 'json', 'fixtures/e05-executive-over-limit.md'],
    ['export', '--section', 'summary', 'examples/common-mistakes.md'],
    ['categories'],
    ['categories', '--format', 'json'],
    ['--help'],
    ['--version'],
    ['--format', 'nope', '.'],
    ['no-such-file.md'],
  ];

  it.each(readOnly.map((args) => [args.join(' '), args]))('iba-lint %s', (_name, args) => {
    const r = run(args);
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(sums()).toEqual(before);
  });

  it('standard input', () => {
    run(['-', '--stdin-filename', 'examples/e01-crisis-response.md'], readFileSync(entry, 'utf8'));
    expect(sums()).toEqual(before);
  });

  it('--output-file never writes over a nomination, linted or not', () => {
    const overLinted = run(['-o', 'examples/e01-crisis-response.md', 'examples/e01-crisis-response.md']);
    const overOther = run(['-o', 'fixtures/e01-flood-response-reentry.md', 'examples/e01-crisis-response.md']);
    const overText = run(['-o', 'fixtures/README.md', 'examples/']);
    for (const r of [overLinted, overOther, overText]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^iba-lint: --output-file \S+ would replace a nomination or another Markdown file: name another file for the report \(such as report.json\)\n$/);
    }
    expect(sums()).toEqual(before);
  });

  it('init never replaces an existing nomination without --force', () => {
    const r = run(['init', 'examples/e01-crisis-response.md', '--category', 'E01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already exists: use --force to replace it');
    expect(sums()).toEqual(before);
  });

  it('leaves no temporary files behind, and the tree had files to check', () => {
    expect(files().length).toBeGreaterThan(20);
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
