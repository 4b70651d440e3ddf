import { describe, expect, it } from 'vitest';
import stylish from '../../src/formatters/stylish.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { Ruleset } from '../../src/types.js';
import { ANSI, CLEAN_PATH, CWD, RESULTS, TRICKY_REL, context, fileResult, message } from '../helpers/results.js';

/** Characters no report line may hold raw: C0 but LF, DEL, C1, bidi controls, U+2028/U+2029. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const problemRows = (out: string): string[] => out.split('\n').filter((line) => /^ +\d+:\d+ {2}/.test(line));

describe('stylish: input is shown, never acted on', () => {
  it('shows control characters of messages as visible escapes, one line per problem', () => {
    const out = stylish(RESULTS, context());
    expect(out).not.toMatch(RAW);
    expect(problemRows(out)).toHaveLength(6);
    expect(out).toContain('  8:5  error    Link "https://web.example/a,b?x=1%2C2" is wrong:\\nline two\\r\\nline three  link-url\n');
    expect(out).toContain('Bell\\a escape\\e[31m NUL\\x00');
  });

  it('shows a file name with a line break and ESC as escapes, on its own header line', () => {
    const path = `${CWD}/x\n::error file=README.md::forged\x1b[2J.md`;
    const out = stylish([fileResult(path, [message('schema', 2, 1, 1, 'm')])], context());
    expect(out.split('\n')[0]).toBe('x\\n::error file=README.md::forged\\e[2J.md');
  });

  it('puts ./ before a file name that would begin a workflow command', () => {
    const out = stylish([fileResult(`${CWD}/::error::x.md`, [])], context());
    expect(out.split('\n')[0]).toBe('./::error::x.md');
  });

  it('colours input only after it is made visible: the only escapes are its own SGR codes', () => {
    const path = `${CWD}/a\u001b]52;c;cHduZWQ=\u0007.md`;
    const out = stylish([fileResult(path, [message('schema', 2, 1, 1, 'x\u001b[2J\u009b\u202E')])], context(true));
    expect(out).toMatch(ANSI);
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    expect(out).toContain('a\\e]52;c;cHduZWQ=\\a.md');
    expect(out).toContain('x\\e[2J\\x9b\\u{202E}');
  });

  it("shows a ruleset's section title that would begin a workflow command with its first colon escaped", () => {
    const base = loadRuleset();
    const ruleset: Ruleset = { ...base, sections: { ...base.sections, achievements: { ...base.sections.achievements!, title: '::error file=README.md::forged\u001b[2J' } } };
    const out = stylish([fileResult(CLEAN_PATH, [])], { ...context(), ruleset });
    const row = out.split('\n').find((line) => line.includes('forged'))!;
    expect(row.trimStart()).toMatch(/^\\x3a:error file=README\.md::forged\\e\[2J /);
    for (const line of out.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
  });
});

describe('stylish: rows are not padded to the widest message', () => {
  const long = 'L'.repeat(10_000);
  const results = [
    fileResult(CLEAN_PATH, [
      message('schema', 2, 1, 1, 'short'),
      message('schema', 1, 12, 10, long),
      message('link-url', 2, 100, 5, 'also short'),
    ]),
  ];
  const rows = problemRows(stylish(results, context()));

  it('pads position and severity into columns, and the rule id follows the message after two spaces', () => {
    expect(rows).toEqual([
      '    1:1  error    short  schema',
      `  12:10  warning  ${long}  schema`,
      '  100:5  error    also short  link-url',
    ]);
  });

  it('grows with the messages, not with rows × the longest', () => {
    const many = fileResult(CLEAN_PATH, [message('schema', 1, 1, 1, long), ...Array.from({ length: 1_000 }, (_, i) => message('schema', 2, i + 2, 1, 'short'))]);
    const out = stylish([many], context());
    // Padded, it was over 10 MB (1,000 rows × 10,000 columns).
    expect(out.length).toBeLessThan(long.length + 1_000 * 40 + 2_000);
  });

  it('keeps wide characters out of the padding sums: a message of emoji or CJK does not shift other rows', () => {
    const out = stylish([fileResult(TRICKY_REL, [message('schema', 2, 1, 1, '漢字 🚀'), message('schema', 1, 10, 1, 'x')])], context());
    expect(problemRows(out)).toEqual(['   1:1  error    漢字 🚀  schema', '  10:1  warning  x  schema']);
  });
});
