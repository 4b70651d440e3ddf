import { describe, expect, it } from 'vitest';
import compact from '../../src/formatters/compact.js';
import { CLEAN_PATH, CWD, OUTSIDE_PATH, RESULTS, TRICKY_MESSAGES, TRICKY_REL, context, fileResult, message } from '../helpers/results.js';

describe('compact format', () => {
  const output = compact(RESULTS, context());
  const lines = output.split('\n').slice(0, -1);

  it('writes path:line:col: severity message [rule-id], one line per problem', () => {
    expect(lines.slice(0, 3)).toEqual([
      `${TRICKY_REL}:5:1: warning Unknown key "zażółć:gęślą,jaźń" ::error:: %0A stays text [unknown-key]`,
      `${TRICKY_REL}:8:5: error Link "https://web.example/a,b?x=1%2C2" is wrong: line two line three [link-url]`,
      `${TRICKY_REL}:12:1: error Sekcja "Osiągnięcia" ma 5000 znaków: 100% limitu, tnij <b> & "cudzysłowy" 'apos' 🚀 [section-length]`,
    ]);
    expect(lines.at(-1)).toBe(`${OUTSIDE_PATH.replaceAll('\\', '/')}:3:11: error Category "e1" is not a category code [category]`);
  });

  it('has exactly one line per problem and nothing else: no tally, no clean files', () => {
    expect(lines).toHaveLength(TRICKY_MESSAGES.length + 1);
    expect(output.endsWith('\n')).toBe(true);
    expect(output).not.toContain('czysty.md');
    expect(output).not.toMatch(/problem/);
  });

  it('keeps the message text, but for line breaks, which become spaces, and control characters, which show as escapes', () => {
    const shown = [0, 1, 2, 4].map((i) => TRICKY_MESSAGES[i]!.message.replace(/\r\n|\n/g, ' '));
    shown.splice(3, 0, 'Bell\\a escape\\e[31m NUL\\x00 lone\uD800 non\uFFFE tab\\tend ]]> end');
    for (const [i, m] of TRICKY_MESSAGES.entries()) {
      expect(lines[i]).toBe(`${TRICKY_REL}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${shown[i]} [${m.ruleId}]`);
    }
  });

  it('flattens a lone CR, CRLF, U+2028 and U+2029 to a space each', () => {
    const out = compact([fileResult(CLEAN_PATH, [message('schema', 2, 1, 1, 'a\rb\r\nc\u2028d\u2029e\nf')])], context());
    expect(out).toBe('czysty.md:1:1: error a b c d e f [schema]\n');
  });

  it('shows control characters in a file name as escapes, so a file name cannot start a line of its own', () => {
    const path = `${CWD}/x\n::error file=README.md::forged\u001b[2J.md`;
    const out = compact([fileResult(path, [message('schema', 2, 1, 1, 'm')])], context());
    expect(out).toBe('x\\n::error file=README.md::forged\\e[2J.md:1:1: error m [schema]\n');
  });

  it('puts ./ before a file name that would begin a workflow command', () => {
    for (const name of ['::error::forged.md', ' ::warning::x.md', '##[error]x.md']) {
      const out = compact([fileResult(`${CWD}/${name}`, [message('schema', 2, 1, 1, 'm')])], context());
      expect(out).toBe(`./${name}:1:1: error m [schema]\n`);
    }
  });

  it('is never coloured, whatever the colour setting', () => {
    expect(compact(RESULTS, context(true))).toBe(output);
  });

  it('prints nothing at all when there are no problems', () => {
    expect(compact([], context())).toBe('');
    expect(compact([fileResult(CLEAN_PATH, [])], context())).toBe('');
  });
});
