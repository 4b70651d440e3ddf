/**
 * A small, strict XML 1.0 reader for the tests of the junit format: it throws on
 * anything that is not well-formed (a bare `&` or `<`, an unknown entity, a character
 * XML cannot hold, `]]>` in text, mismatched or repeated tags and attributes, two
 * roots) and returns the element tree with references decoded, line ends and
 * attribute values normalised as an XML parser does (XML 1.0 §2.11, §3.3.3).
 * Comments, CDATA, processing instructions and DOCTYPE are refused: the formatter
 * writes none, so meeting one is a failure too.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  const illegal = ILLEGAL_CHAR.exec(source);
  if (illegal) fail(source, illegal.index, `character U+${illegal[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  const xml = source.replace(/\r\n?/g, '\n');
  let at = 0;
  const skipSpace = (): number => {
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    const skipped = SPACE.lastIndex - at;
    at = SPACE.lastIndex;
    return skipped;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(xml);
    if (!match) fail(xml, at, 'expected a name');
    at = NAME.lastIndex;
    return match[0];
  };
  const expect = (text: string): void => {
    if (!xml.startsWith(text, at)) fail(xml, at, `expected ${JSON.stringify(text)}`);
    at += text.length;
  };
  const reference = (): string => {
    const match = /&(?:#([0-9]+)|#x([0-9A-Fa-f]+)|([A-Za-z]+));/y;
    match.lastIndex = at;
    const m = match.exec(xml);
    if (!m) fail(xml, at, 'a bare "&" (write &amp;)');
    at = match.lastIndex;
    if (m[3] !== undefined) {
      const value = ENTITIES[m[3]];
      if (value === undefined) fail(xml, at, `unknown entity &${m[3]};`);
      return value;
    }
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
    if (char === '' || ILLEGAL_CHAR.test(char)) fail(xml, at, `reference to a character XML cannot hold (${m[0]})`);
    return char;
  };
  const attributeValue = (): string => {
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") fail(xml, at, 'expected a quoted attribute value');
    at++;
    let value = '';
    for (;;) {
      const c = xml[at];
      if (c === undefined) fail(xml, at, 'unclosed attribute value');
      if (c === quote) break;
      if (c === '<') fail(xml, at, 'a "<" inside an attribute value');
      if (c === '&') value += reference();
      else {
        value += c === '\t' || c === '\n' ? ' ' : c; // attribute-value normalisation
        at++;
      }
    }
    at++;
    return value;
  };
  const element = (): XmlElement => {
    expect('<');
    const el: XmlElement = { name: name(), attributes: {}, children: [] };
    for (;;) {
      const spaced = skipSpace() > 0;
      if (xml.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (xml[at] === '>') break;
      if (!spaced) fail(xml, at, 'expected white space before an attribute');
      const key = name();
      if (Object.hasOwn(el.attributes, key)) fail(xml, at, `attribute "${key}" repeated`);
      skipSpace();
      expect('=');
      skipSpace();
      el.attributes[key] = attributeValue();
    }
    at++;
    let text = '';
    const flush = (): void => {
      if (text !== '') el.children.push(text);
      text = '';
    };
    for (;;) {
      const c = xml[at];
      if (c === undefined) fail(xml, at, `element <${el.name}> is not closed`);
      if (xml.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== el.name) fail(xml, at, `</${closing}> closes <${el.name}>`);
        skipSpace();
        expect('>');
        flush();
        return el;
      }
      if (xml.startsWith('<!', at) || xml.startsWith('<?', at)) fail(xml, at, 'comments, CDATA, DOCTYPE and processing instructions are not expected');
      if (c === '<') {
        flush();
        el.children.push(element());
      } else if (c === '&') text += reference();
      else {
        if (xml.startsWith(']]>', at)) fail(xml, at, '"]]>" in text');
        text += c;
        at++;
      }
    }
  };

  if (xml.startsWith('<?xml', at)) {
    at += 5;
    const declaration = /(\s+version\s*=\s*(["'])1\.0\2)(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\4)?(\s+standalone\s*=\s*(["'])(?:yes|no)\6)?\s*\?>/y;
    declaration.lastIndex = at;
    if (!declaration.exec(xml)) fail(xml, at, 'malformed XML declaration');
    at = declaration.lastIndex;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== xml.length) fail(xml, at, 'content after the root element');
  return root;
}

function fail(xml: string, at: number, why: string): never {
  const before = xml.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  throw new Error(`not well-formed XML at ${line}:${column}: ${why}`);
}

/** The child elements of `el` named `name`, in order. */
export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text content of `el`, all descendants' text joined. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
