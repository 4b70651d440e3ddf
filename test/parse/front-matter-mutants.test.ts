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
    // The nesting check after aliases must not refuse every file with a `*`, nor trip on a null.
    expect(plain('---\nname: &n Ann\nalso: *n\nempty:\n---\n')).toEqual({
      present: true,
      data: { name: 'Ann', also: 'Ann', empty: null },
      errors: [],
      bodyStartLine: 6,
    });
  });

  it('nesting that aliases build is allowed up to 100 levels and refused past them, as written nesting is', () => {
    // `a` is 60 lists deep (a value is no level); `b` wraps it in 40 (or 41) more. The root
    // mapping is no level, as for 100 brackets written out (the text scan allows those).
    const text = (wrap: number) => `---\na: &a ${'['.repeat(60)}x${']'.repeat(60)}\nb: ${'['.repeat(wrap)}*a${']'.repeat(wrap)}\n---\n`;
    const allowed = parseFrontMatter(text(40));
    expect(allowed.errors).toEqual([]);
    expect(allowed.data).toHaveProperty('b');
    expect(plain(text(41))).toEqual({
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

describe('the nesting scan before parsing', () => {
  const NESTED = 'it is nested more than 100 levels deep';
  /** The whole result of a refused block: one error, on the line where nesting passes 100. */
  const refusedAt = (line: number, bodyStartLine: number) => ({
    present: true,
    data: null,
    errors: [{ kind: 'yaml', data: { reason: NESTED }, at: { line, column: 1 } }],
    bodyStartLine,
  });
  const block = (yaml: string) => `---\n${yaml}\n---\n`;
  const open = (n: number) => '['.repeat(n);
  const close = (n: number) => ']'.repeat(n);

  it('flow brackets: 100 levels parse, 101 are refused on the line where they pass 100', () => {
    expect(plain(block(`a: ${open(100)}${close(100)}`)).errors).toEqual([]);
    expect(plain(block(`a: ${'{b: '.repeat(100)}c${'}'.repeat(100)}`)).errors).toEqual([]);
    expect(plain(block(`a: ${open(101)}${close(101)}`))).toEqual(refusedAt(2, 4));
    expect(plain(block(`a: ${'{b: '.repeat(101)}c${'}'.repeat(101)}`))).toEqual(refusedAt(2, 4));
    expect(plain(block(`a: ${'[x, '.repeat(101)}x${close(101)}`))).toEqual(refusedAt(2, 4));
    expect(plain(block(`a: ${open(60)}\n  ${open(41)}${close(101)}`))).toEqual(refusedAt(3, 5));
  });

  it('a closing bracket ends a level, and a stray one in a plain value does not make room for more', () => {
    expect(plain(block(`a: [${'[], '.repeat(150)}[]]`)).errors).toEqual([]);
    expect(plain(block(`a: [${'{}, '.repeat(150)}{}]`)).errors).toEqual([]);
    expect(plain(block(`a: x]]]]]\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(3, 5));
  });

  it('brackets inside a quoted value are not nesting', () => {
    const many = open(150);
    for (const yaml of [
      `a: "${many}"`,
      `a: '${many}'`,
      `a: "\\" ${many}"`, // an escaped double quote does not end the value
      `a:\t"${many}"`, // a tab before the quote
      `a:\n  "${many}"`, // the value on its own line
      `a:\n  - "${many}"`,
      `a: ["${many}", '${many}']`,
    ]) {
      expect(plain(block(yaml)).errors, yaml.slice(0, 12)).toEqual([]);
    }
  });

  it('brackets after a quoted value has ended are nesting again, on the right line', () => {
    expect(plain(block(`a: "x"\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(3, 5));
    // In single quotes a backslash is a plain character: the quote ends after it.
    expect(plain(block(`a: 'C:\\'\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(3, 5));
    // Lines inside a quoted value are counted.
    expect(plain(block(`a: "x\n  y"\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(4, 6));
    // An apostrophe inside a word does not open a quote.
    expect(plain(block(`a: it's\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(3, 5));
  });

  it('brackets in a comment are not nesting; a # glued to a word does not start one', () => {
    const many = open(150);
    for (const yaml of [`a: 1 # ${many}`, `a: 1 #${many}`, `a: 1\t# ${many}`, `# ${many}\na: 1`, 'a: 1 # the last line']) {
      expect(plain(block(yaml)).errors, yaml.slice(0, 12)).toEqual([]);
    }
    expect(plain(block(`a: 1 # [\nb: ${open(101)}${close(101)}`))).toEqual(refusedAt(3, 5));
    expect(plain(block(`a: [x#y, ${open(100)}${close(100)}]`))).toEqual(refusedAt(2, 4));
  });

  it('indentation: 200 spaces (100 levels) parse, 202 are refused', () => {
    expect(plain(block(`a:\n${' '.repeat(200)}b: 1`))).toEqual({ present: true, data: { a: { b: 1 } }, errors: [], bodyStartLine: 5 });
    expect(plain(block(`a:\n${' '.repeat(202)}b: 1`))).toEqual(refusedAt(3, 5));
  });

  it('compact items (`- ` and `? `) at the start of a line are nesting', () => {
    expect(plain(block(`a:\n${'- '.repeat(101)}x`))).toEqual(refusedAt(3, 5));
    expect(plain(block(`a:\n${'? '.repeat(101)}x`))).toEqual(refusedAt(3, 5));
  });

  it('spaces, words and dashes that are not items are not nesting', () => {
    expect(plain(block(`a: ${' '.repeat(300)}b`)).data).toEqual({ a: 'b' });
    expect(plain(block(`a: ${'x '.repeat(150)}x`)).data).toEqual({ a: `${'x '.repeat(150)}x` });
    expect(plain(block(`a: x\n  ${'-'.repeat(300)}`)).data).toEqual({ a: `x ${'-'.repeat(300)}` });
  });
});

describe('duplicate keys', () => {
  it('are found in mappings inside mappings and inside list items', () => {
    expect(plain('---\nouter:\n  a: 1\n  a: 2\n---\n').errors).toEqual([
      { kind: 'duplicateKey', data: { key: 'a', firstLine: 3 }, at: { line: 4, column: 3 } },
    ]);
    expect(plain('---\nlist:\n  - a: 1\n    a: 2\n---\n').errors).toEqual([
      { kind: 'duplicateKey', data: { key: 'a', firstLine: 3 }, at: { line: 4, column: 5 } },
    ]);
  });

  it('two different complex keys are not duplicates', () => {
    expect(plain('---\n? [a]\n: 1\n? [b]\n: 2\n---\n').errors).toEqual([]);
  });
});

describe('the reason given for a syntax error', () => {
  it('is the parser message without the white space it quotes from the file', () => {
    // yaml quotes the offending text, trailing space included ("Not a YAML token: x ").
    expect(plain('---\na: |- x \n  y\n---\n').errors).toEqual([{ kind: 'yaml', data: { reason: 'Not a YAML token: x' }, at: { line: 2, column: 7 } }]);
  });
});

describe('tags', () => {
  it('an unresolved tag is named as written, where it is written', () => {
    expect(plain('---\na:   !!binary   x\n---\n').errors).toEqual([{ kind: 'tag', data: { tag: '!!binary' }, at: { line: 2, column: 6 } }]);
  });
});

describe('a block that is not parsed', () => {
  it('a file without front matter has none present; a refused or unclosed block is present', () => {
    expect(plain('no front matter\n')).toEqual({ present: false, data: null, errors: [{ kind: 'missing', data: {}, at: { line: 1, column: 1 } }], bodyStartLine: 1 });
    expect(plain('---js\nx: 1\n---\n')).toEqual({ present: true, data: null, errors: [{ kind: 'language', data: { language: 'js' }, at: { line: 1, column: 1 } }], bodyStartLine: 4 });
    expect(plain('---\nx: 1\n')).toEqual({ present: true, data: null, errors: [{ kind: 'unclosed', data: {}, at: { line: 1, column: 1 } }], bodyStartLine: 4 });
  });

  it('places every key and value at the start of the file', () => {
    for (const text of ['no front matter\n', '---js\nx: 1\n---\n', '---\nx: 1\n']) {
      const fm = parseFrontMatter(text);
      expect(fm.keyAt(['x'])).toEqual({ line: 1, column: 1 });
      expect(fm.valueAt(['x'])).toEqual({ line: 1, column: 1 });
    }
  });

  it('a refused language still finds where its block ends', () => {
    const bodyStart = (text: string) => parseFrontMatter(text).bodyStartLine;
    expect(bodyStart('---js\nx\n---\nBody\n')).toBe(4);
    expect(bodyStart('---js\nx\n--- \t\nBody\n')).toBe(4);
    expect(bodyStart('---js\nx\n---\n\nBody\n')).toBe(4);
    expect(bodyStart('---js\nx\n---x\n---\nBody\n')).toBe(5);
    // Closed by the last line of the file: closed, not read from line 1. (3, where the
    // YAML path says 4 for the same shape: see the report on issue 11.)
    expect(bodyStart('---js\nx\n---')).toBeGreaterThanOrEqual(3);
  });
});
