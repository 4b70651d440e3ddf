/**
 * The index of the last value in `sorted` (ascending) that is at most `value`, by binary
 * search; 0 when none is (the first line starts at 0, so a line-start table always has
 * one). Used to turn offsets into lines: a text of n lines and m offsets costs m·log n,
 * where a scan from the start for each offset cost m·n.
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
