import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
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

  it('an alias bomb ends quickly as a front-matter error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const result = lintText(`---\n${lines.join('\n')}\n---\n`, { ruleset });
    expect(result.messages[0]).toMatchObject({ ruleId: 'front-matter', messageId: 'yaml' });
  });
});

describe('linting writes nothing', () => {
  it('every file under examples/ is byte-identical after stylish and json runs', () => {
    const dir = join(ROOT, 'examples');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const sums = () => files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
    const before = sums();
    for (const format of ['stylish', 'json']) {
      spawnSync(process.execPath, [BIN, '--format', format, 'examples/e01-crisis-response.md', 'examples/common-mistakes.md'], { cwd: ROOT });
    }
    expect(files.length).toBeGreaterThan(3);
    expect(sums()).toEqual(before);
  });
});
