import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { countWords, countedText, countUnits, unitLabel } from '../../src/parse/count.js';

/** The `words` unit: Intl.Segmenter word-like segments of the counted text (see countUnits). */
const words = (text: string): number => countUnits(countedText(text), 'words');

describe('counting in words', () => {
  it.each([
    ['plain English', 'Every call answered in the customer’s own language.', 8],
    ['Polish with diacritics', 'zażółć gęślą jaźń', 3],
    ['Polish decomposed (NFD) counts the same', 'zażółć gęślą jaźń'.normalize('NFD'), 3],
    ['a Polish sentence', 'Zespół obsługi klienta odebrał 94% połączeń w ciągu minuty.', 9],
    ['line breaks and spaces separate', 'one\ntwo\n\nthree   four\tfive', 5],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it.each([
    ['a decimal is one word', '4.7 out of 5', 4],
    ['a percentage is one word, the % is not counted', '94% of calls', 3],
    ['a thousands separator stays inside the number', '3,200 calls and 1,000.50 euros', 5],
    ['a sign is not counted', '-5 and +12', 3],
    ['a slash splits', '24/7 support', 3],
    ['a colon between digits splits', 'at 10:30', 3],
    ['an ISO date is three', '2024-01-01', 3],
    ['letters and digits together are one', 'v2.0 and 1st and Q1', 5],
  ])('numbers: %s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it.each([
    ['a hyphen splits', 'first-contact resolution', 3],
    ['every hyphen splits', 'state-of-the-art', 4],
    ['an en dash splits', 'Q1–Q3', 2],
    ['an em dash alone is no word', 'fast — and kind', 3],
    ['an apostrophe does not split', "don't stop, it’s O’Neil's", 4],
    ['a dot between letters does not split', 'e.g. web.example U.S.A.', 3],
    ['an underscore joins', 'snake_case', 1],
  ])('punctuation: %s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it.each([
    ['a rocket', '🚀 launch', 1],
    ['a skin-tone emoji', 'great 👍🏽 work', 2],
    ['a flag and a family', '🇵🇱 👨‍👩‍👧', 0],
    ['symbols', '© ™ → ★', 0],
  ])('emoji and symbols are not words: %s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it.each([
    ['bullets', '- one\n* two\n+ three', 3],
    ['bold, italic and code', '**bold** *italic* `code` ~~gone~~', 4],
    ['underscore emphasis stays one word', '__bold__ and _italic_', 3],
    ['headings, quotes and rules', '### Heading\n\n> quoted\n\n---\n\n***', 2],
    ['a table', '| a | b |\n|---|---|\n| c | d |', 4],
    ['an ordered list counts its numbers', '1. First\n2) Second', 4],
    ['a link counts its text and the words of its URL', '[report](https://web.example/q1-report)', 5],
    ['an HTML comment is not counted at all', 'one <!-- two three --> four', 2],
  ])('Markdown: %s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only white space', '  \n\t\n   '],
    ['only punctuation and markers', '- ** -- ... ---'],
    ['only a comment', '<!-- a note to self -->'],
  ])('no words: %s', (_name, text) => {
    expect(words(text)).toBe(0);
  });

  it('characters are still UTF-16 code units', () => {
    expect(countUnits('🚀 zażółć', 'characters')).toBe(9);
    expect(countUnits('🚀 zażółć', 'words')).toBe(1);
  });

  it('counts a long text in linear time (V8 in Node 20 is quadratic on one long string)', () => {
    const text = 'Customer satisfaction rose to 4.7 out of 5.\n'.repeat(20_000); // 880,000 characters
    const started = performance.now();
    expect(countUnits(text, 'words')).toBe(160_000);
    expect(countUnits(text.replaceAll('\n', ' '), 'words')).toBe(160_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('counting in pieces gives the count of one pass, whatever the text', () => {
    // Characters that UAX #29 treats specially next to white space: marks, ZWJ, format
    // characters, emoji modifiers, regional indicators, no-break and ideographic spaces.
    const alphabet = [...'abŻó19.,:\'’-_%#*\n\r\t   \u00A0\u3000\u2028\u000B\u0301\u200D\u200B\u200C\uFEFF\u00AD\u202F\u180E\uFE0F\u20E3'];
    alphabet.push('🚀', '\u{1F3FD}', '🇵', '🇱', '日', '本', 'の', 'テ', 'ｶ', '\uFF9E', 'ไ', 'ท', 'א', '\u{E0067}', '्', 'क');
    let seed = 2026;
    const random = (n: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8) % n; // a fixed LCG
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from({ length: 1 + random(60) }, () => alphabet[random(alphabet.length)]).join('');
      const whole = countWords(text, Infinity);
      for (const piece of [1, 2, 3, 5, 8]) expect(countWords(text, piece), JSON.stringify(text)).toBe(whole);
    }
  });

  it('does not depend on the machine’s locale', () => {
    const sample = "zażółć 4.7 94% first-contact don't e.g. 日本語のテキスト 🚀 - **bold**";
    const script = `import('./dist/parse/count.js').then((m) => process.stdout.write(String(m.countUnits(${JSON.stringify(sample)}, 'words'))))`;
    const counts = ['C', 'POSIX', 'pl_PL.UTF-8', 'ja_JP.UTF-8', 'tr_TR.UTF-8'].map((locale) => {
      const env = { ...process.env, LC_ALL: locale, LANG: locale };
      return spawnSync(process.execPath, ['-e', script], { cwd: new URL('../..', import.meta.url), env, encoding: 'utf8' }).stdout;
    });
    expect(counts).toEqual(Array(counts.length).fill(String(words(sample))));
    expect(words(sample)).toBe(11);
  });

  it('names the unit in reports', () => {
    expect(unitLabel('words')).toBe('words (Unicode word segmentation)');
    expect(unitLabel('characters')).toMatch(/^characters \(UTF-16 code units/);
  });
});
