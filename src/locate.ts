import type { Position } from './types.js';
import { lastAtOrBefore } from './parse/sorted-search.js';

/**
 * The one place a reported position becomes a message's line and column. Positions
 * are already 1-based file coordinates (the parse keeps file line numbers and strips
 * the BOM without shifting columns); this rejects any that cannot be in the file.
 */
export function locate(checkId: string, at: Position, lines: readonly string[]): Position {
  const { line, column } = at;
  const lineText = lines[line - 1];
  if (!Number.isInteger(line) || !Number.isInteger(column) || lineText === undefined || column < 1 || column > lineText.length + 1) {
    throw new Error(`${checkId}: reported an impossible position ${line}:${column}`);
  }
  return { line, column };
}

/**
 * Turns offsets in `text` into positions, from the text itself: its own line starts,
 * found once by looking for LF. A parser's own line bookkeeping is not trusted here —
 * the yaml package's LineCounter misses line breaks it meets while recovering from an
 * error (`*: 0` then `b: !!binary` put `!!binary` at 2:9 of a 4-character line). An
 * offset out of range is clamped to the text, so every position is one in the text:
 * line 1 to the number of lines, column 1 to the line's length + 1.
 * `firstColumn` is where the text's first line starts in the file (a slice that begins
 * mid-line); later lines start at column 1.
 */
export function offsetPositions(text: string, firstColumn = 1): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const at = Number.isInteger(offset) ? Math.min(Math.max(offset, 0), text.length) : 0;
    const line = lastAtOrBefore(starts, at);
    return { line: line + 1, column: at - starts[line]! + (line === 0 ? firstColumn : 1) };
  };
}
