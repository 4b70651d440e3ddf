/**
 * Behaviour of the front-matter parser (src/parse/front-matter.ts) that mutation
 * testing (npm run mutate) found unpinned. Each test fails for a one-line change to
 * the parser that the rest of the suite let pass; the comment on each says which.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/parse/front-matter.js';

/** The parse result without its two lookup functions, for exact comparison. */
const plain = (text: string) => {
  const { keyAt: _keyAt, valueAt: _valueAt, ...rest } = parseFrontMatter(text);
  return rest;
};

describe('positions on the opening line', () => {
  // A no-break space is white space to String.trim (so the block is YAML) but text to
  // YAML, so the parser reports it on line 1: the column counts the `---` before it.
  it('a no-break space after the opening dashes is pointed at where it stands', () => {
    expect(parseFrontMatter('---\u00A0\nname: A\n---\n').errors.map((e) => e.at)).toEqual([{ line: 1, column: 4 }]);
    expect(parseFrontMatter('---  \u00A0\nname: A\n---\n').errors.map((e) => e.at)).toEqual([{ line: 1, column: 6 }]);
  });
});

describe('the YAML parser options', () => {
  it('a duplicate key is one duplicateKey error, not also a yaml error from the parser', () => {
    // uniqueKeys: false (the parser's own duplicate check would add "Map keys must be unique").
    expect(plain('---\nname: A\nname: B\n---\n').errors).toEqual([
      { kind: 'duplicateKey', data: { key: 'name', firstLine: 2 }, at: { line: 3, column: 1 } },
    ]);
  });

  it('a comment stuck to a quoted value is an error, as YAML 1.2 requires, and points at the comment', () => {
    // strict: true (without it the comment is dropped and the value accepted). The error
    // is MISSING_CHAR but not a quote: its place is kept, not moved to a quote (or to
    // the text "null" that a search for a null quote would find).
    expect(plain('---\nnote: null\nname: "Ann"#c\n---\n')).toEqual({
      present: true,
      data: null,
      errors: [{ kind: 'yaml', data: { reason: 'Comments must be separated from other tokens by white space characters' }, at: { line: 3, column: 12 } }],
      bodyStartLine: 5,
    });
  });
});

describe('syntax errors', () => {
  it('keeps the first syntax error after an earlier duplicate key, and the duplicate', () => {
    // The first error of kind yaml is kept, not the first error of any kind.
    expect(plain('---\nname: A\nname: B\nx: [a\n---\n').errors).toEqual([
      { kind: 'duplicateKey', data: { key: 'name', firstLine: 2 }, at: { line: 3, column: 1 } },
      { kind: 'yaml', data: { reason: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }, at: { line: 4, column: 6 } },
    ]);
  });
});

describe('aliases', () => {
  it('an alias bomb is refused by name, at the start of the file', () => {
    const list = (item: string) => `[${Array(10).fill(item).join(',')}]`;
    const text = `---\na: &a ${list('x')}\nb: &b ${list('*a')}\nc: &c ${list('*b')}\n---\n`;
    expect(plain(text)).toEqual({
      present: true,
      data: null,
      errors: [{ kind: 'yaml', data: { reason: 'Excessive alias count indicates a resource exhaustion attack' }, at: { line: 1, column: 1 } }],
      bodyStartLine: 6,
    });
  });

  it('a front matter with an alias parses as usual', () => {
    // The nesting check after aliases must not refuse every file with a `*`.
    expect(plain('---\nname: &n Ann\nalso: *n\n---\n')).toEqual({ present: true, data: { name: 'Ann', also: 'Ann' }, errors: [], bodyStartLine: 5 });
  });

  it('nesting that aliases build is allowed up to 100 levels and refused past them', () => {
    // `a` is 60 lists deep; `b` wraps it in 39 (or 40) more; the mapping is one level.
    const text = (wrap: number) => `---\na: &a ${'['.repeat(60)}${']'.repeat(60)}\nb: ${'['.repeat(wrap)}*a${']'.repeat(wrap)}\n---\n`;
    const allowed = parseFrontMatter(text(39));
    expect(allowed.errors).toEqual([]);
    expect(allowed.data).toHaveProperty('b');
    expect(plain(text(40))).toEqual({
      present: true,
      data: null,
      errors: [{ kind: 'yaml', data: { reason: 'it is nested more than 100 levels deep' }, at: { line: 1, column: 1 } }],
      bodyStartLine: 5,
    });
  });
});

describe('key and value positions', () => {
  it('a key with no value is found, and its value is placed at the key', () => {
    // An explicit key (`? name`) has no value node at all.
    const fm = parseFrontMatter('---\nfirst: 1\n? name\n---\n');
    expect(fm.data).toEqual({ first: 1, name: null });
    expect(fm.keyAt(['name'])).toEqual({ line: 3, column: 3 });
    expect(fm.valueAt(['name'])).toEqual({ line: 3, column: 3 });
    expect(fm.valueAt(['first'])).toEqual({ line: 2, column: 8 });
  });
});
