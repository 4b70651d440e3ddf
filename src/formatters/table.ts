import { displayWidth } from './width.js';

export type Align = 'left' | 'right';

/**
 * Lays out rows in columns padded by display width, so Polish letters, emoji and
 * colour codes do not push columns out of line. Cells may contain ANSI colour.
 */
export function table(rows: readonly string[][], align: readonly Align[], indent = '  ', gap = '  '): string[] {
  // A last column aligned left is never padded (the padding would be trimmed): its
  // cells may be long, and padding each to the longest would cost rows × longest.
  const last = align.length - 1;
  const padded = (i: number): boolean => i < last || align[i] === 'right';
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => padded(i) && (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      if (!padded(i)) return cell;
      const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
      return align[i] === 'right' ? pad + cell : cell + pad;
    });
    return (indent + cells.join(gap)).trimEnd();
  });
}
