import type { Ruleset } from '../types.js';
import { countUnits } from './count.js';

const TERMINATORS = '.!?…';
const CLOSERS = `"'”’»)]`;
/** White space as \s matches it, with the common ASCII cases answered without a regular expression. */
const isSpace = (char: string | undefined): boolean =>
  char !== undefined && (char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\v' || char === '\f' || (char > '\u007f' && /\s/.test(char)));
const isLowerCase = (char: string | undefined): boolean => char !== undefined && /\p{Ll}/u.test(char);

/**
 * The text cut into sentences, each with the white space after it: joined, they
 * are the text. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets), then white space and no lower-case letter, so "e.g. this" and "4.7
 * out of 5" go on; or at a line break, so each bullet is a sentence of its own. One
 * pass over the text, with no backtracking: a run of a hundred thousand dots or
 * spaces costs what its length does. (Intl.Segmenter's sentence rules take longer
 * to load than a whole run of iba-lint takes.)
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const cut = (end: number): void => {
    if (end > start) out.push(text.slice(start, end));
    start = end;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const char = text[i]!;
    if (TERMINATORS.includes(char)) {
      let j = i;
      while (j < n && TERMINATORS.includes(text[j]!)) j++;
      while (j < n && CLOSERS.includes(text[j]!)) j++;
      const k = endOfSpace(text, j);
      if (k === n || text.slice(j, k).includes('\n') || (k > j && !isLowerCase(text[k]))) cut(k);
      i = k;
    } else if (isSpace(char)) {
      const k = endOfSpace(text, i);
      if (text.slice(i, k).includes('\n')) cut(k);
      i = k;
    } else {
      i++;
    }
  }
  cut(n);
  return out;
}

function endOfSpace(text: string, from: number): number {
  let k = from;
  while (isSpace(text[k])) k++;
  return k;
}

/**
 * Where to cut an over-long section: the last sentence that still fits within
 * `limit`, counting in the ruleset's unit from the start of the counted text.
 * Null when not even the first sentence fits.
 */
export function lastFittingSentence(text: string, limit: number, unit: Ruleset['unit']): string | null {
  let used = 0;
  let last: string | null = null;
  for (const segment of sentences(text)) {
    // Units add up across sentences, so the prefix never needs recounting;
    // a cut drops the white space after the sentence.
    if (used + countUnits(segment.trimEnd(), unit) > limit) break;
    used += countUnits(segment, unit);
    if (segment.trim() !== '') last = segment.trim();
  }
  // A slice keeps the whole text it was cut from alive; the result outlives the
  // document (it is printed at the end of a run over many files), so keep a copy.
  return last === null ? null : structuredClone(last);
}
