/**
 * Edges of the front-matter splitter (src/parse/front-matter.ts) that mutation
 * testing (npm run mutate) found unpinned: each test fails for a one-line change the
 * rest of the suite let pass.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { parseFrontMatter } from '../../src/parse/front-matter.js';

describe('where the front matter ends', () => {
  it('a closing line that ends the file, with no line break after it, still closes a block that parses', () => {
    const fm = parseFrontMatter('---\nname: A\n---');
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ name: 'A' });
    expect(fm.bodyStartLine).toBe(4);
  });

  it('an unclosed block puts the body past the last line of the file', () => {
    const fm = parseFrontMatter('---\nname: A\nmore: B\n');
    expect(fm.errors.map((e) => e.kind)).toEqual(['unclosed']);
    expect(fm.bodyStartLine).toBe(5);
  });
});

describe('what a present block holds', () => {
  it('an empty block is an empty mapping, not null', () => {
    expect(parseFrontMatter('---\n---\nText\n').data).toEqual({});
    expect(parseFrontMatter('---\n# only a comment\n---\nText\n').data).toEqual({});
  });

  it('a block that does not parse, or is not a mapping, is still present', () => {
    for (const text of ['---\nname: [A\n---\n', '---\n- A\n---\n', '---\nname: A\nname: B\n---\n']) {
      const fm = parseFrontMatter(text);
      expect(fm.errors).not.toEqual([]);
      expect(fm.present).toBe(true);
    }
  });

  it('flow nesting past the limit is refused by name, before the parser', () => {
    const fm = parseFrontMatter(`---\nname: ${'['.repeat(101)}${']'.repeat(101)}\n---\n`);
    expect(fm.errors).toEqual([{ kind: 'yaml', data: { reason: 'it is nested more than 100 levels deep' }, at: { line: 2, column: 1 } }]);
    expect(fm.present).toBe(true);
  });
});

describe('an unclosed quote', () => {
  it('is pointed at where it opens, past an escaped quote of its kind, not where the parser gave up', () => {
    const at = (text: string) => parseFrontMatter(text).errors.map((e) => e.at);
    expect(at('---\nname: "Ann\nx: 1\n---\n')).toEqual([{ line: 2, column: 7 }]);
    expect(at('---\nname: "A \\" B\nx: 1\n---\n')).toEqual([{ line: 2, column: 7 }]);
    expect(at("---\nname: 'Ann\nx: 1\n---\n")).toEqual([{ line: 2, column: 7 }]);
  });
});

describe('front matter that hid or looped (found by mutation testing)', () => {
  const body = '\n## Achievements\nText.\n\n## Summary\n- x\n';
  const fm = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'front-matter').map((m) => `${m.line}:${m.column} ${m.message}`);

  it('a "..." line inside the block is an error, not the silent end of the front matter', () => {
    expect(fm(`---\ncategory: E01\nnominee: T\n...\ncategory: nonsense\n---${body}`)).toEqual([
      '5:1 The front matter is not valid YAML: a "..." line ends it early, so the keys after that line would be ignored: remove the line',
    ]);
  });

  it('an alias inside its own anchor is refused as endless nesting, not a crash of a later check', () => {
    expect(fm(`---\ncategory: E01\nnominee: T\nlinks: &a [*a]\n---${body}`)).toEqual(['1:1 The front matter is not valid YAML: it is nested more than 100 levels deep']);
    expect(fm(`---\ncategory: E01\nnominee: T\nvideo: &v {x: {y: *v}}\n---${body}`)).toHaveLength(1);
  });

  it('keys that become one property name are duplicates: 1 and "1", true and "true"', () => {
    expect(fm(`---\ncategory: E01\nnominee: T\n1: a\n"1": b\n---${body}`)).toEqual(['5:1 The key "1" is written twice in the front matter (first on line 4): keep one']);
    expect(fm(`---\ncategory: E01\nnominee: T\ntrue: a\n"true": b\n---${body}`)).toHaveLength(1);
  });

  it('spaces after the opening dashes are not nesting', () => {
    expect(fm(`---${' '.repeat(202)}\ncategory: E01\nnominee: T\n---${body}`)).toEqual([]);
  });
});
