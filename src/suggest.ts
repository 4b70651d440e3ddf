/**
 * Did-you-mean: the candidate closest to `value`, if it is close enough to be a typo
 * (by default a third of its length, at least 2 edits; `limit` narrows that).
 */
export function nearest(value: string, candidates: readonly string[], limit = Math.max(2, Math.floor(value.length / 3))): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The length difference is a floor of the distance: a long heading skips the O(n·m) work.
    const lower = candidate.toLowerCase();
    if (Math.abs(needle.length - lower.length) > Math.min(limit, bestDistance - 1)) continue;
    const distance = levenshtein(needle, lower);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Edit distance; inputs here are keys and headings, so O(n·m) is fine. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
