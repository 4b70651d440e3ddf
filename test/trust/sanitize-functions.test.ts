/** The one sanitiser (src/sanitize.ts), function by function; test/trust/sanitise.test.ts drives it through the bin. */
import { describe, expect, it } from 'vitest';
import { formatMessage, fullData } from '../../src/messages.js';
import { diagnostic, excerpt, jsonSafe, lineStart, visible } from '../../src/sanitize.js';

describe('visible', () => {
  it.each([
    ['\x1b[2J', '\\e[2J'],
    ['\x1b]52;c;cHduZWQ=\x07', '\\e]52;c;cHduZWQ=\\a'],
    ['a\rb\nc\td', 'a\\rb\\nc\\td'],
    ['\u0000\u0001\u007f', '\\x00\\x01\\x7f'],
    ['\u0085\u009b', '\\x85\\x9b'],
    ['\u202A\u202E\u2066\u2069', '\\u{202A}\\u{202E}\\u{2066}\\u{2069}'],
    ['\u2028\u2029', '\\u{2028}\\u{2029}'],
    ['Zażółć gęślą jaźń 漢字 🚀 👩‍👩‍👧', 'Zażółć gęślą jaźń 漢字 🚀 👩‍👩‍👧'],
  ])('%j → %s', (raw, shown) => {
    expect(visible(raw)).toBe(shown);
    expect(visible(shown)).toBe(shown); // already visible: unchanged
  });
});

describe('lineStart', () => {
  it.each([
    ['::error file=README.md::forged', '\\x3a:error file=README.md::forged'],
    ['  ::stop-commands::x', '  \\x3a:stop-commands::x'],
    ['##[error]x', '\\x23#[error]x'],
    ['a ::error::x', 'a ::error::x'],
    [':one colon', ':one colon'],
    ['## Summary', '## Summary'],
  ])('%j → %j', (text, shown) => {
    expect(lineStart(text)).toBe(shown);
  });
});

describe('diagnostic', () => {
  it('is one line ending in one line break, whatever it holds', () => {
    expect(diagnostic('iba-lint: x\n::error file=a::b\r\u2028\n')).toBe('iba-lint: x\\n::error file=a::b\\r\\u{2028}\n');
    expect(diagnostic('no line break')).toBe('no line break\n');
    expect(diagnostic('::warning::forged\n')).toBe('\\x3a:warning::forged\n');
    expect(diagnostic('')).toBe('');
  });
});

describe('jsonSafe', () => {
  it('writes C1, bidi, DEL and line separators as \\u escapes, and the JSON parses back the same', () => {
    const data = { s: 'a\u0085b\u009bc\u202Ed\u2028e\u2029f\u2066\u007f\x1b' };
    const text = jsonSafe(JSON.stringify(data));
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\x1b]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('excerpt', () => {
  it('cuts text over the limit to max − 1 characters and an ellipsis, by code point, and makes it visible', () => {
    expect(excerpt('abcdef', 4)).toBe('abc…');
    expect(excerpt('abcd', 4)).toBe('abcd');
    expect(excerpt('🚀🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
    expect(excerpt('\x1b[2J', 10)).toBe('\\e[2J');
    expect(excerpt('x'.repeat(1_000_000), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('messages quote data safely, and keep it whole in data', () => {
  const messages = { quote: 'Value "{{value}}" at {{count}}' };
  it('fills a short, safe value as it is, with no data', () => {
    expect(formatMessage('t', messages, 'quote', { value: 'abc', count: 3 })).toBe('Value "abc" at 3');
    expect(fullData({ value: 'abc', count: 3 })).toBeUndefined();
  });
  it('fills a value with control characters visibly, one line, and data holds it as written', () => {
    const value = 'a\n::error::x\x1b[2J';
    expect(formatMessage('t', messages, 'quote', { value, count: 3 })).toBe('Value "a\\n::error::x\\e[2J" at 3');
    expect(fullData({ value, count: 3 })).toEqual({ value, count: 3 });
  });
  it('fills a long value as an excerpt, and data holds all of it', () => {
    const value = 'y'.repeat(5_000);
    expect(formatMessage('t', messages, 'quote', { value, count: 1 })).toBe(`Value "${'y'.repeat(99)}…" at 1`);
    expect(fullData({ value, count: 1 })).toEqual({ value, count: 1 });
  });
  it('picks the locale of a localized value for data', () => {
    expect(fullData({ value: { en: 'E\x07', pl: 'P\x07' } }, 'pl')).toEqual({ value: 'P\x07' });
  });
});
