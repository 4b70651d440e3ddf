/**
 * Where each line starts in the text it was split from (`text.split('\n')`), worked
 * out once per lines array: the parse, the checks and their fixes all ask.
 */
const offsets = new WeakMap<readonly string[], number[]>();

export function lineOffsets(lines: readonly string[]): number[] {
  let starts = offsets.get(lines);
  if (!starts) {
    starts = [0];
    for (const line of lines) starts.push(starts.at(-1)! + line.length + 1);
    offsets.set(lines, starts);
  }
  return starts;
}

/**
 * Lines `first` to `last` (1-based, inclusive) as one text: a slice of the text they
 * were split from, with no lines joined. Empty when `last` is before `first`.
 */
export function linesText(text: string, lines: readonly string[], first: number, last: number): string {
  if (last < first) return '';
  const starts = lineOffsets(lines);
  return text.slice(starts[first - 1], starts[last]! - 1);
}
