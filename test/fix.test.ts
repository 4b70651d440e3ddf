import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, MAX_FIX_PASSES } from '../src/fix.js';
import { lintText } from '../src/lint.js';
import { rawFixes } from '../src/parse/normalize.js';
import { loadRuleset } from '../src/ruleset/load.js';
import type { FileResult, LintMessage } from '../src/types.js';
import { formatters } from '../src/formatters/index.js';
import { linearTime } from './helpers/linear-time.js';
import { DEFAULT_BODY, nomination } from './helpers/nomination.js';

/*
 * --fix, through the library: each check's fix as a table of text before and after,
 * what is never fixed, the ranges in the text as given (BOM, CRLF), and ESLint's
 * applying algorithm (sorted, overlaps wait for the next pass, at most ten passes).
 */

const ruleset = loadRuleset();
const fixed = (text: string): string | undefined => lintText(text, { ruleset, fix: true }).output;
const fixesOf = (text: string, ruleId: string): LintMessage[] => lintText(text, { ruleset }).messages.filter((m) => m.ruleId === ruleId);
const summary = (...lines: string[]): string => ['## Achievements', 'We answered every call.', '', '## Summary', ...lines, ''].join('\n');

describe('each fix, as text before and after', () => {
  const cases: Array<[string, string, string]> = [
    // [what, front matter or body before, after]
    ['category e1', 'category: e1\nnominee: A', 'category: E01\nnominee: A'],
    ['category E1', 'category: E1\nnominee: A', 'category: E01\nnominee: A'],
    ['category e01, with a comment kept', 'category: e01 # mine\nnominee: A', 'category: E01 # mine\nnominee: A'],
    ['category quoted "e 1"', 'category: "e 1"\nnominee: A', 'category: E01\nnominee: A'],
    ['unknown key with one clear match', 'category: E01\norganisation: Bank\nnominee: A', 'category: E01\norganization: Bank\nnominee: A'],
    ['unknown key inside a link', 'category: E01\nnominee: A\nlinks:\n  - uri: https://a.example/x', 'category: E01\nnominee: A\nlinks:\n  - url: https://a.example/x'],
    ['link without a scheme', 'category: E01\nnominee: A\nlinks:\n  - www.bank.example/report', 'category: E01\nnominee: A\nlinks:\n  - https://www.bank.example/report'],
    ['link without a scheme, quoted', "category: E01\nnominee: A\nlinks: ['bank.example']", "category: E01\nnominee: A\nlinks: ['https://bank.example']"],
    ['link without a scheme, in a mapping', 'category: E01\nnominee: A\nlinks:\n  - url: bank.example/a\n    title: A', 'category: E01\nnominee: A\nlinks:\n  - url: https://bank.example/a\n    title: A'],
    [
      'duplicate link in a block list',
      'category: E01\nnominee: A\nlinks:\n  - https://a.example/x\n  - https://b.example/y\n  - https://A.example/x/ # again\nattachments: []',
      'category: E01\nnominee: A\nlinks:\n  - https://a.example/x\n  - https://b.example/y\nattachments: []',
    ],
    [
      'duplicate link as a mapping of several lines, the last in the front matter',
      'category: E01\nnominee: A\nlinks:\n  - url: https://a.example/x\n    title: X\n  - url: https://a.example/x\n    title: X',
      'category: E01\nnominee: A\nlinks:\n  - url: https://a.example/x\n    title: X',
    ],
    ['duplicate link in a flow list', 'category: E01\nnominee: A\nlinks: [https://a.example/x, "https://b.example", https://a.example/x]', 'category: E01\nnominee: A\nlinks: [https://a.example/x, "https://b.example"]'],
    ['three of the same link (two passes)', 'category: E01\nnominee: A\nlinks:\n  - https://a.example/x\n  - https://a.example/x\n  - https://a.example/x', 'category: E01\nnominee: A\nlinks:\n  - https://a.example/x'],
  ];
  it.each(cases)('%s', (_what, before, after) => {
    expect(fixed(nomination({ front: before }))).toBe(nomination({ front: after }));
  });

  const bodies: Array<[string, string, string]> = [
    ['pasted bullets', summary('• One point', '• Another point'), summary('- One point', '- Another point')],
    ['pasted bullets of two kinds, a tab and a no-break space after them', summary('•\tOne', '– Two', '•\u00a0Three'), summary('- One', '- Two', '- Three')],
    ['a pasted point nested under a Markdown item', summary('- One', '  ◦ detail', '- Two'), summary('- One', '  - detail', '- Two')],
    ['decomposed letters composed', summary(`- Zaz${'\u0307'}o${'\u0301'}ł${'c\u0301'}`, '- Caf' + 'e\u0301'), summary('- Zażółć', '- Café')],
  ];
  it.each(bodies)('%s', (_what, before, after) => {
    expect(fixed(nomination({ body: before }))).toBe(nomination({ body: after }));
  });
});

describe('what is never fixed', () => {
  const unchanged: Array<[string, string]> = [
    ['a category written as its name', 'category: Contact Center of the Year\nnominee: A'],
    ['a near-miss category code', 'category: E09\nnominee: A'],
    ['a letter O for a zero (a typo to confirm, not a spelling)', 'category: EO1\nnominee: A'],
    ['a category in a block scalar', 'category: |\n  e1\nnominee: A'],
    ['a category behind an anchor', 'category: &c e1\nnominee: A'],
    ['an unknown key without a clear match', 'category: E01\nnominee: A\nxyzzy: 1'],
    ['an unknown key whose match is already there', 'category: E01\nnominee: A\norganization: B\norganisation: C'],
    ['two unknown keys with the same match', 'category: E01\nnominee: A\norganisation: B\norganizaton: C'],
    ['a link with another scheme', 'category: E01\nnominee: A\nlinks: [ftp://a.example/x]'],
    ['a link that is not an address', 'category: E01\nnominee: A\nlinks: [see below]'],
    ['a link that is a single word', 'category: E01\nnominee: A\nlinks: [intranet]'],
    ['a link written https:example.org', 'category: E01\nnominee: A\nlinks: ["https:example.org"]'],
    ['a duplicate link with a title of its own', 'category: E01\nnominee: A\nlinks:\n  - https://a.example/x\n  - url: https://a.example/x\n    title: Report'],
    ['a duplicate link after a comment in a flow list', 'category: E01\nnominee: A\nlinks: [https://a.example/x, # mine\n  https://a.example/x]'],
    ['a duplicate link in a compact nested list', 'category: E01\nnominee: A\nlinks:\n- - https://a.example/x\n  - https://a.example/x'],
  ];
  it.each(unchanged)('%s', (_what, front) => {
    const text = nomination({ front });
    expect(fixed(text)).toBeUndefined();
  });

  it('a pasted bullet that would become code or text as a Markdown bullet', () => {
    // A continuation line indented four columns: "    - x" would not start a list item, so the point would be lost.
    const text = nomination({ body: summary('Intro', '    • detail') });
    expect(fixesOf(text, 'summary-format').filter((m) => m.messageId === 'pasted')).toHaveLength(1);
    expect(fixesOf(text, 'summary-format').find((m) => m.messageId === 'pasted')!.fix).toBeUndefined();
  });

  it('text, which is never reworded: a result with only unfixable problems has no output', () => {
    const text = nomination({ body: summary('This summary is text, not a list.') });
    const result = lintText(text, { ruleset, fix: true });
    expect(result.output).toBeUndefined();
    expect(result).toEqual(lintText(text, { ruleset }));
  });
});

describe('fix ranges are in the text as given', () => {
  it('with a BOM and CRLF: the range points into the original text, and the output keeps both', () => {
    const text = `\uFEFF${nomination({ front: 'category: e1\nnominee: A', body: summary('• One', '• Two') })}`.replace(/\n/g, '\r\n');
    const messages = lintText(text, { ruleset }).messages;
    const category = messages.find((m) => m.ruleId === 'category')!;
    expect(text.slice(...category.fix!.range)).toBe('e1');
    const pasted = messages.find((m) => m.messageId === 'pasted')!;
    expect(text.slice(...pasted.fix!.range)).toBe('• One\r\n• ');
    expect(pasted.fix!.text).toBe('- One\r\n- ');
    const output = lintText(text, { ruleset, fix: true }).output!;
    expect(output).toBe(text.replace('e1', 'E01').replace(/• /g, '- '));
  });

  it('with lone CRs and mixed endings, each line break is kept as written', () => {
    const text = nomination({ body: summary('• One', '• Two', '• Three') }).replace('• One\n', '• One\r').replace('• Two\n', '• Two\r\n');
    expect(fixed(text)).toBe(text.replace(/• /g, '- '));
  });

  it('rawFixes moves an offset past the BOM and each CRLF, and keeps the break a multi-line fix replaces', () => {
    const raw = '\uFEFFab\r\ncd\re\n';
    const move = rawFixes(raw);
    // "cd" is at 3 in the normalised "ab\ncd\ne\n", and at 5 in the raw text.
    expect(move({ range: [3, 5], text: 'CD' })).toEqual({ range: [5, 7], text: 'CD' });
    expect(move({ range: [0, 6], text: 'AB\nCD\n' })).toEqual({ range: [1, 8], text: 'AB\r\nCD\r' });
  });
});

describe('applying fixes: ESLint\'s algorithm', () => {
  const message = (range: [number, number], text: string, severity: 1 | 2 = 2): LintMessage => ({ ruleId: 'category', severity, message: 'm', line: 1, column: 1, messageId: 'x', fix: { range, text } });

  it('applies fixes in the order of their ranges, whatever the order of the messages', () => {
    expect(applyFixes('abcdef', [message([4, 5], 'E'), message([0, 1], 'A')])).toEqual({ output: 'AbcdEf', fixed: true });
  });

  it('leaves a fix that overlaps or touches one before it for the next pass', () => {
    expect(applyFixes('abcdef', [message([0, 3], 'X'), message([2, 4], 'Y')]).output).toBe('Xdef');
    expect(applyFixes('abcdef', [message([0, 3], 'X'), message([3, 4], 'Y')]).output).toBe('Xdef');
  });

  it('applies only the fixes the filter picks, and ignores a range outside the text', () => {
    expect(applyFixes('abc', [message([0, 1], 'A', 1), message([2, 3], 'C', 2)], (m) => m.severity === 2).output).toBe('abC');
    expect(applyFixes('abc', [message([2, 9], 'X')])).toEqual({ output: 'abc', fixed: false });
  });

  it('stops after ten passes when each fix makes work for another', () => {
    let lints = 0;
    // A "linter" that always finds one more thing to add: the loop must end.
    const lint = (text: string): FileResult => {
      lints++;
      return { filePath: '<text>', messages: [message([text.length, text.length], '!')], errorCount: 1, warningCount: 0, sections: {} };
    };
    const result = fixText('a', lint, true);
    expect(result.output).toBe(`a${'!'.repeat(MAX_FIX_PASSES)}`);
    expect(lints).toBe(MAX_FIX_PASSES + 1);
  });

  it('a fix option of false, or one that picks nothing, changes nothing', () => {
    const text = nomination({ front: 'category: e1\nnominee: A' });
    expect(lintText(text, { ruleset, fix: false })).toEqual(lintText(text, { ruleset }));
    expect(lintText(text, { ruleset, fix: () => false }).output).toBeUndefined();
  });

  it('the messages after a fix are those of the fixed text, and carry no fix when none is left', () => {
    const text = nomination({ front: 'category: e1\nnominee: A', body: DEFAULT_BODY });
    const result = lintText(text, { ruleset, fix: true });
    expect(result).toEqual({ ...lintText(result.output!, { ruleset }), output: result.output });
    expect(result.messages.some((m) => m.fix)).toBe(false);
  });

  it('a message an inline directive switched off is not fixed (as ESLint: only reported messages are)', () => {
    const text = nomination({ body: summary('<!-- iba-lint-disable-next-line summary-format -->', '• One', '• Two') });
    const result = lintText(text, { ruleset, fix: true });
    expect(result.output).toBeUndefined();
    expect(result.suppressedMessages?.map((m) => m.messageId)).toEqual(['pasted']);
  });

  it('rejects a fix option that is not a boolean or a function', () => {
    expect(() => lintText('', { ruleset, fix: 'yes' as unknown as boolean })).toThrow(/options\.fix must be true, false or a function/);
  });
});

describe('fixing hostile inputs takes linear time (n against 8n, relative)', () => {
  const expectLinear = linearTime((text) => lintText(text, { ruleset, fix: true }));
  const many = (item: (i: number) => string) => (n: number): string => Array.from({ length: n }, (_, i) => item(i)).join('\n');
  it('a thousand duplicate links, each removed', () => {
    expectLinear('duplicate links', (n) => nomination({ front: `category: E01\nnominee: A\nlinks:\n${many(() => '  - https://a.example/x')(n)}` }), 100);
  });
  it('links without a scheme, each given https://', () => {
    expectLinear('links without a scheme', (n) => nomination({ front: `category: E01\nnominee: A\nlinks:\n${many((i) => `  - a${i}.example/x`)(n)}` }), 100);
  });
  it('unknown keys, all near one known key (none renamed) and each in a link item (each renamed)', () => {
    expectLinear('unknown keys', (n) => nomination({ front: `category: E01\nnominee: A\n${many((i) => `titlx${i}: x`)(n)}\nlinks:\n${many((i) => `  - uri: https://a${i}.example/`)(n)}` }), 100);
  });
  it('pasted bullets and decomposed letters in a long summary', () => {
    expectLinear('pasted bullets', (n) => nomination({ body: summary(...many((i) => `${i % 2 ? '•' : '–'} Cafe\u0301 ${i}`)(n).split('\n')) }), 200);
  });
});

describe('results with a fix, given to the formatters', () => {
  it('a fix that is not ESLint\'s shape is an ArgumentError naming it', () => {
    const result = lintText(nomination({ front: 'category: e1\nnominee: A' }), { ruleset });
    const bad = { ...result, messages: result.messages.map((m) => (m.fix ? { ...m, fix: { range: [1], text: 'x' } } : m)) };
    expect(() => formatters.json([bad as unknown as FileResult])).toThrow(/results\[0\]\.messages\[\d+\]\.fix must be \{ range: \[start, end\], text: a string \}/);
    expect(JSON.parse(formatters.json([result]))[0].fixableErrorCount).toBe(1);
  });
});
