import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import junit from '../../src/formatters/junit.js';
import { CLEAN_PATH, OUTSIDE_PATH, RESULTS, TRICKY_MESSAGES, TRICKY_REL, context, fileResult, message } from '../helpers/results.js';
import { visible } from '../../src/sanitize.js';
import { childElements, parseXml, textOf, type XmlElement } from '../helpers/xml.js';

/** What XML 1.0 can hold of a string: what the formatter must keep; a C0 control it cannot hold as its visible escape, anything else dropped. */
const xmlSafe = (s: string): string => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (c) => (c < ' ' ? visible(c) : ''));

describe('junit format', () => {
  const output = junit(RESULTS, context());
  const root = parseXml(output);
  const suites = childElements(root, 'testsuite');

  it('is well-formed XML 1.0 with an XML declaration', () => {
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(output).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  });

  it('has one testsuite per file, named by its path relative to cwd (absolute outside it)', () => {
    expect(suites.map((s) => s.attributes.name)).toEqual([TRICKY_REL, 'czysty.md', OUTSIDE_PATH.replaceAll('\\', '/')]);
    expect(root.attributes).toEqual({ name: 'iba-lint', tests: String(3 * CHECKS.length), failures: '5', errors: '0' });
  });

  it('has one testcase per check, in registry order, with the file as classname', () => {
    for (const suite of suites) {
      const cases = childElements(suite, 'testcase');
      expect(cases.map((c) => c.attributes.name)).toEqual(CHECKS.map((c) => c.id));
      for (const c of cases) expect(c.attributes.classname).toBe(suite.attributes.name);
      expect(suite.attributes.tests).toBe(String(CHECKS.length));
    }
  });

  it('fails exactly the checks that reported, once each, with every message as line:col message', () => {
    const [tricky, clean] = suites as [XmlElement, XmlElement];
    const failures = (suite: XmlElement) =>
      Object.fromEntries(
        childElements(suite, 'testcase').flatMap((c) => childElements(c, 'failure').map((f) => [c.attributes.name, { ...f.attributes, text: textOf(f) }])),
      );
    const expected = (ruleId: string) =>
      TRICKY_MESSAGES.filter((m) => m.ruleId === ruleId)
        .map((m) => `${m.line}:${m.column} ${xmlSafe(m.message)}`)
        .join('\n');
    expect(failures(tricky)).toEqual({
      'unknown-key': { message: '1 warning', type: 'warning', text: expected('unknown-key') },
      'link-url': { message: '1 error', type: 'error', text: expected('link-url') },
      'section-length': { message: '1 error', type: 'error', text: expected('section-length') },
      'unknown-section': { message: '2 warnings', type: 'warning', text: expected('unknown-section') },
    });
    expect(tricky.attributes.failures).toBe('4');
    expect(failures(clean)).toEqual({});
    expect(clean.attributes.failures).toBe('0');
  });

  it('keeps CR, quotes, &, <, Polish letters and emoji, shows C0 controls XML cannot hold as escapes, and drops the rest', () => {
    const linkText = expectedText(root, 'link-url');
    expect(linkText).toBe('8:5 Link "https://web.example/a,b?x=1%2C2" is wrong:\nline two\r\nline three');
    expect(expectedText(root, 'unknown-section')).toBe('30:2 Bell\\a escape\\e[31m NUL\\x00 lone non tab\tend ]]> end\n31:1 Second: 👩‍👩‍👧 family');
    expect(output).toContain('&lt;b&gt; &amp;');
    expect(output).toContain(']]&gt; end');
  });

  it('writes attribute values that survive XML attribute normalisation', () => {
    const path = '/home/ola/nominacje/a\tb\nc "d" \'e\' & <f>.md';
    const xml = junit([fileResult(path, [message('schema', 2, 1, 1, 'x')])], { ...context(), cwd: '/home/ola/nominacje' });
    const [suite] = childElements(parseXml(xml), 'testsuite');
    expect(suite!.attributes.name).toBe('a\tb\nc "d" \'e\' & <f>.md');
  });

  it('is never coloured, whatever the colour setting', () => {
    expect(junit(RESULTS, context(true))).toBe(output);
  });

  it('writes C1, bidi and line-separator characters as references: none raw in the bytes, all of them back when parsed', () => {
    const hostile = 'a\u009b2J b\u0085c \u202Egnp.exe d\u2028e\u2029f \u2066g\u2069 del\u007f';
    const xml = junit([fileResult(`${CLEAN_PATH}\u202E`, [message('schema', 2, 1, 1, hostile)])], context());
    expect(xml).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(xml).toContain('&#x9B;2J');
    const [suite] = childElements(parseXml(xml), 'testsuite');
    expect(suite!.attributes.name).toBe('czysty.md\u202E');
    const failure = childElements(childElements(suite!, 'testcase').find((c) => c.attributes.name === 'schema')!, 'failure')[0]!;
    expect(textOf(failure)).toBe(`1:1 ${hostile}`);
  });

  it('keeps each message on its own line of the report: a line break inside one is a reference', () => {
    const xml = junit([fileResult(CLEAN_PATH, [message('schema', 2, 1, 1, 'x\n::error file=README.md::forged'), message('schema', 2, 2, 1, 'y')])], context());
    expect(xml.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
    expect(xml).toContain('1:1 x&#10;::error file=README.md::forged\n2:1 y</failure>');
    const [suite] = childElements(parseXml(xml), 'testsuite');
    const failure = childElements(childElements(suite!, 'testcase').find((c) => c.attributes.name === 'schema')!, 'failure')[0]!;
    expect(textOf(failure)).toBe('1:1 x\n::error file=README.md::forged\n2:1 y');
  });

  it('is a valid, empty report when no file was linted', () => {
    const empty = parseXml(junit([], context()));
    expect(empty.attributes).toEqual({ name: 'iba-lint', tests: '0', failures: '0', errors: '0' });
    expect(childElements(empty, 'testsuite')).toEqual([]);
    expect(childElements(parseXml(junit([fileResult(CLEAN_PATH, [])], context())), 'testsuite')[0]!.attributes.failures).toBe('0');
  });
});

function expectedText(root: XmlElement, ruleId: string): string {
  const suite = childElements(root, 'testsuite')[0]!;
  const testcase = childElements(suite, 'testcase').find((c) => c.attributes.name === ruleId)!;
  return textOf(childElements(testcase, 'failure')[0]!);
}

describe('the strict XML reader the junit tests rely on', () => {
  it.each([
    ['a bare ampersand', '<a>x & y</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['two roots', '<a/><b/>'],
    ['a comment', '<a><!-- c --></a>'],
  ])('rejects %s', (_why, xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });

  it('decodes references and normalises line ends and attribute values as XML parsers do', () => {
    const el = parseXml('<?xml version="1.0"?>\n<a x="1\n2&#10;3 &quot;&apos;&amp;&lt;&gt;">t&#13;\r\nu &#x1F680;</a>\n');
    expect(el).toEqual({ name: 'a', attributes: { x: '1 2\n3 "\'&<>' }, children: ['t\r\nu 🚀'] });
  });
});
