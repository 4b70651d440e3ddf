import type { Ruleset } from '../types.js';
import { countUnits } from './count.js';

/**
 * The end of a sentence: `.`, `!`, `?` or `…` (with any closing quotes or brackets),
 * then white space and no lower-case letter, so "e.g. this" and "4.7 out of 5" go
 * on; or a line break, so each bullet is a sentence of its own. A plain expression
 * rather than Intl.Segmenter, whose sentence rules take longer to load than a
 * whole run of iba-lint takes.
 */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?:\s+(?!\p{Ll})|\s*$)|\s*\n\s*/gu;

/** The text cut into sentences, each with the white space after it: joined, they are the text. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
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
