import type { Position } from './types.js';

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
