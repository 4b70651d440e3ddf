import type { Locale } from '../i18n/locale.js';
import type { Ruleset } from '../types.js';
import { replaceComments } from './comments.js';

/**
 * The counted text of a section body (SPEC §3): HTML comments removed, trailing
 * white space of each line removed, leading and trailing blank lines removed,
 * Unicode NFC. Markdown markup is kept as written. The input already has LF endings.
 */
export function countedText(body: string): string {
  // Most bodies have no comment and no white space at a line's end: then the counted text
  // is the body less its blank lines at either end, a slice, with no line split or joined.
  if (!body.includes('<!--') && !hasTrailingSpace(body)) {
    let start = 0;
    let end = body.length;
    while (start < end && body.charCodeAt(start) === 0x0a) start++;
    while (end > start && body.charCodeAt(end - 1) === 0x0a) end--;
    return body.slice(start, end).normalize('NFC');
  }
  const lines = linesWithoutComments(body).map((line) => line.trimEnd());
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n').normalize('NFC');
}

/**
 * Whether a line ends in white space (as trimEnd removes it: \s but the line break),
 * which countedText's fast path cannot take. Only the character before each break is
 * looked at, not every character, as an expression would.
 */
function hasTrailingSpace(body: string): boolean {
  for (let end = body.indexOf('\n'); ; end = body.indexOf('\n', end + 1)) {
    const last = (end === -1 ? body.length : end) - 1;
    if (last >= 0 && body.charCodeAt(last) !== 0x0a && /\s/.test(body[last]!)) return true;
    if (end === -1) return false;
  }
}

/**
 * The body's lines without HTML comments, where a line that held only comments (and
 * white space) is removed whole (SPEC §3: the writer would not paste an empty line
 * there); a blank line the writer typed stays. Linear: each comment is found once,
 * from where the previous one ended.
 */
function linesWithoutComments(body: string): string[] {
  const lostComment = new Set<number>(); // lines of the output that a comment was cut from
  let line = 0;
  let from = 0;
  const text = replaceComments(body, (comment) => {
    // replaceComments takes the first `<!--` after the previous comment, which is where this exact text first occurs.
    const start = body.indexOf(comment, from);
    for (let i = body.indexOf('\n', from); i !== -1 && i < start; i = body.indexOf('\n', i + 1)) line++;
    lostComment.add(line);
    from = start + comment.length;
    return '';
  });
  return text.split('\n').filter((l, i) => !(lostComment.has(i) && l.trim() === ''));
}

/**
 * Length of counted text in the ruleset's unit.
 *
 * `characters` are UTF-16 code units — what browser form counters and `maxlength`
 * measure — so an emoji outside the BMP counts 2 and a line break 1.
 *
 * `words` are the segments of Unicode word segmentation (UAX #29, as ICU implements
 * it) that `Intl.Segmenter` marks `isWordLike`: segments of letters, digits, kana or
 * ideographs. Everything else — spaces, punctuation, symbols, emoji — separates words
 * and is not counted. As Node 20.20 (ICU 78) segments:
 *
 * - a number is one word with its inner `.` or `,`: `4.7`, `3,200`, `1,000.50` and
 *   `v2.0` are one word each; `94%` is one (the `%` is not counted); `-5` and `+12`
 *   are one; `24/7` and `10:30` are two; `2024-01-01` is three;
 * - a hyphen or dash splits: `first-contact` is two words, `state-of-the-art` four,
 *   `Q1–Q3` two; an apostrophe or a single `.` or `:` between letters does not:
 *   `don't`, `it’s`, `O’Neil`, `e.g.`, `U.S.A.` and `example.com` are one word each;
 * - letters with diacritics are letters: `zażółć gęślą jaźń` is three words;
 *   Japanese or Chinese text is split by ICU's dictionary (`日本語のテキスト` is three);
 * - `_` joins: `snake_case` and `__bold__` are one word each;
 * - emoji and symbols are not words (`🚀`, `👍🏽`, `©`, `—`); a keycap such as `1️⃣`
 *   is, because it starts with a digit;
 * - Markdown is counted as written, like characters are, but its markers are
 *   punctuation, not words: `-`, `*`, `+`, `**`, `_`, `#`, `>`, `|`, `---` and
 *   backticks add nothing. What is written in letters or digits does count: the
 *   number of an ordered list item (`1.` is a word), the words of a link's URL
 *   (`[report](https://example.com/q1-report)` is five: report, https, example.com,
 *   q1, report), HTML tags and entities (`<br>`, `&amp;`).
 *
 * Segmentation uses the root locale (`und`). V8 resolves it to the host's default
 * locale, but ICU has the same word rules for every locale except the explicit
 * POSIX variant (`en-US-u-va-posix`), which a host locale never resolves to (LANG=C
 * gives `en-US`), so the count does not depend on the machine.
 */
export function countUnits(text: string, unit: Ruleset['unit']): number {
  switch (unit) {
    case 'characters':
      return text.length;
    case 'words':
      return countWords(text);
  }
}

/** Created on first use and shared: a Segmenter is costly to build and holds no state between calls. */
let wordSegmenter: Intl.Segmenter | undefined;

/**
 * Where the text may be cut without changing any word: after white space (UAX #29
 * class CR, LF, Newline, WSegSpace or Other) and before a character that does not
 * attach to it (not Extend, Format, ZWJ or WSegSpace). No rule of UAX #29 joins
 * such a pair (only WB3d and WB4 look at white space on the left), so the break
 * there is certain whatever comes before or after.
 */
// \u000b, not \v: Stryker 9's instrumenter rewrites \v in a /u expression as \V, which is a syntax error.
/** Built on first use, with the Segmenter: only rulesets counted in words need it, and its Unicode classes take a millisecond to build. */
let safeCut: RegExp | undefined;
const SAFE_CUT_SOURCE = '[\\t\\n\\u000b\\f\\r \\u2028\\u2029\\u3000](?=[^\\s\\p{M}\\p{Cf}\\p{Grapheme_Extend}\\p{Emoji_Modifier}])';
/** The length from which text is segmented in pieces (see countWords). */
const PIECE = 500;

/**
 * Counts word-like segments. The V8 of Node 20 takes time quadratic in the string's
 * length to iterate a Segmenter's segments (https://issues.chromium.org/issues/326176949,
 * fixed in later V8): 5,000 characters take milliseconds, 176,000 took 17 s. So a long text is
 * segmented in pieces of about `piece` code units cut at SAFE_CUT, which gives
 * the same count as one pass (test/parse/words.test.ts compares them). A run of
 * over `piece` characters without white space is segmented whole.
 */
export function countWords(text: string, piece: number = PIECE): number {
  wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const SAFE_CUT = (safeCut ??= new RegExp(SAFE_CUT_SOURCE, 'gu'));
  let words = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.length;
    if (end - start > piece) {
      SAFE_CUT.lastIndex = start + piece - 1;
      const cut = SAFE_CUT.exec(text);
      if (cut) end = cut.index + 1;
    }
    for (const segment of wordSegmenter.segment(text.slice(start, end))) if (segment.isWordLike) words++;
    start = end;
  }
  return words;
}

/** How the unit is named in reports, after "Counted in" (in Polish after "Liczone w", so in the locative). */
export function unitLabel(unit: Ruleset['unit'], locale: Locale = 'en'): string {
  if (locale === 'pl') return UNIT_LABELS_PL[unit] ?? unit;
  if (unit === 'words') return 'words (Unicode word segmentation)';
  return unit === 'characters' ? 'characters (UTF-16 code units, as browser form counters count them)' : unit;
}

const UNIT_LABELS_PL: Record<string, string> = {
  characters: 'znakach (jednostkach kodowych UTF-16, tak jak liczą je liczniki formularzy w przeglądarkach)',
  words: 'słowach (według podziału tekstu na słowa w standardzie Unicode)',
};
