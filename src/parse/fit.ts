import type { Ruleset } from '../types.js';
import { countUnits } from './count.js';

let sentences: Intl.Segmenter | undefined;

/**
 * Where to cut an over-long section: the last sentence that still fits within
 * `limit`, counting in the ruleset's unit from the start of the counted text.
 * Null when not even the first sentence fits.
 */
export function lastFittingSentence(text: string, limit: number, unit: Ruleset['unit']): string | null {
  sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let used = 0;
  let last: string | null = null;
  for (const { segment } of sentences.segment(text)) {
    // Units add up across sentence segments, so the prefix never needs recounting;
    // a cut drops the white space after the sentence.
    if (used + countUnits(segment.trimEnd(), unit) > limit) break;
    used += countUnits(segment, unit);
    if (segment.trim() !== '') last = segment.trim();
  }
  return last;
}
