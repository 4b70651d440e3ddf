import { describe, expect, it } from 'vitest';
import compact from '../../src/formatters/compact.js';
import { CLEAN_PATH, OUTSIDE_PATH, RESULTS, TRICKY_MESSAGES, TRICKY_REL, context, fileResult } from '../helpers/results.js';

describe('compact format', () => {
  const output = compact(RESULTS, context());
  const lines = output.split('\n').slice(0, -1);

  it('writes path:line:col: severity message [rule-id], one line per problem', () => {
    expect(lines.slice(0, 3)).toEqual([
      `${TRICKY_REL}:5:1: warning Unknown key "zażółć:gęślą,jaźń" ::error:: %0A stays text [unknown-key]`,
      `${TRICKY_REL}:8:5: error Link "https://example.com/a,b?x=1%2C2" is wrong: line two line three [link-url]`,
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

  it('keeps the message text exactly, but for line breaks, which become spaces', () => {
    for (const [i, m] of TRICKY_MESSAGES.entries()) {
      expect(lines[i]).toBe(`${TRICKY_REL}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${m.message.replace(/\r\n|\n/g, ' ')} [${m.ruleId}]`);
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
