import { displayWidth } from './width.js';

export type Align = 'left' | 'right';

/**
 * Lays out rows in columns padded by display width, so Polish letters, emoji and
 * colour codes do not push columns out of line. Cells may contain ANSI colour.
 */
export function table(rows: readonly string[][], align: readonly Align[], indent = '  ', gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
      return align[i] === 'right' ? pad + cell : cell + pad;
    });
    return (indent + cells.join(gap)).trimEnd();
  });
}
