import type { Ruleset } from '../types.js';
import { countUnits } from './count.js';

/** `.`, `!`, `?`, `…` end a sentence; `"`, `'`, `”`, `’`, `»`, `)`, `]` may close it. Character codes: the text is read a code at a time. */
const isTerminator = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const isCloser = (code: number): boolean => code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 || code === 0x5d;
/** White space as \s matches it: the ASCII cases, and the rest of Unicode's spaces and line separators (test/parse/fit.test.ts compares every code with \s). */
const isSpace = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code > 0x7f && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));
/** A lower-case letter (\p{Ll}) at `code`; NaN, past the end, is none. */
const isLowerCase = (code: number): boolean => (code < 0x80 ? code >= 0x61 && code <= 0x7a : code === code && /\p{Ll}/u.test(String.fromCharCode(code)));

/**
 * The text cut into sentences, each with the white space after it: joined, they
 * are the text. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets), then white space and no lower-case letter, so "e.g. this" and "4.7
 * out of 5" go on; or at a line break, so each bullet is a sentence of its own. One
 * pass over the text's character codes, with no backtracking: a run of a hundred
 * thousand dots or spaces costs what its length does. (Intl.Segmenter's sentence
 * rules take longer to load than a whole run of iba-lint takes.)
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  eachSentence(text, (start, end) => {
    out.push(text.slice(start, end));
    return true;
  });
  return out;
}

/**
 * Where each sentence of `text` starts and ends, in turn (see sentences), until `take`
 * returns false. Only a terminator or a line break can end one, so the scan jumps from
 * one to the next (a native search), not through every character between.
 */
function eachSentence(text: string, take: (start: number, end: number) => boolean): void {
  let start = 0;
  const n = text.length;
  const ends = /[.!?\u2026\n]/g;
  for (let found = ends.exec(text); found; found = ends.exec(text)) {
    const i = found.index;
    const terminator = text.charCodeAt(i) !== 0x0a;
    // A terminator: the run of terminators and closers after it, then the white space.
    let j = i;
    if (terminator) {
      while (j < n && isTerminator(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
    }
    let k = j;
    let newline = false;
    for (let c = text.charCodeAt(k); isSpace(c); c = text.charCodeAt(++k)) if (c === 0x0a) newline = true;
    // Cut after a line break, or after a terminator with white space and no lower-case letter next (or at the end).
    if (newline || (terminator && (k === n || (k > j && !isLowerCase(text.charCodeAt(k)))))) {
      if (k > start && !take(start, k)) return;
      start = k;
    }
    ends.lastIndex = Math.max(k, i + 1);
  }
  if (n > start) take(start, n);
}

/**
 * Where to cut an over-long section: the last sentence that still fits within
 * `limit`, counting in the ruleset's unit from the start of the counted text.
 * Null when not even the first sentence fits. The sentences after it are not cut.
 */
export function lastFittingSentence(text: string, limit: number, unit: Ruleset['unit']): string | null {
  let used = 0;
  let last: [number, number] | null = null;
  eachSentence(text, (start, end) => {
    // Units add up across sentences, so the prefix never needs recounting; a cut drops
    // the white space after the sentence. In characters, a sentence's count is its length.
    let trimmed = end;
    while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    const counted = (from: number, to: number): number => (unit === 'characters' ? to - from : countUnits(text.slice(from, to), unit));
    if (used + counted(start, trimmed) > limit) return false;
    used += counted(start, end);
    let first = start;
    while (first < trimmed && isSpace(text.charCodeAt(first))) first++;
    if (first < trimmed) last = [first, trimmed];
    return true;
  });
  // A slice keeps the whole text it was cut from alive; the result outlives the
  // document (it is printed at the end of a run over many files), so keep a copy.
  const found = last as [number, number] | null;
  return found === null ? null : structuredClone(text.slice(found[0], found[1]));
}
