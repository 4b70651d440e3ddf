import type { Fix } from '../types.js';
import { lastAtOrBefore } from './sorted-search.js';

/**
 * Text as every later stage sees it: without a byte-order mark and with LF line
 * endings. Line numbers are unchanged by this, and so are columns (the BOM is not
 * a visible column), which is why positions need no offsets afterwards.
 */
export function normalizeText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}

/**
 * Turns an offset in the normalised text back into one in `raw`, as given: what a
 * fix's range must be, since the file is rewritten as it is, its BOM and line endings
 * kept. Lines and columns are the same in both (see normalizeText), so an offset is
 * its line's start in `raw` plus its column; an offset at a line's end (before its
 * break) stays before the whole CRLF.
 */
export function rawOffsets(raw: string): (offset: number) => number {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom === 0 && !raw.includes('\r')) return (offset) => offset;
  const rawStarts = [bom];
  const textStarts = [0];
  const breaks = /\r\n?|\n/g;
  let removed = bom;
  for (let match = breaks.exec(raw); match; match = breaks.exec(raw)) {
    rawStarts.push(match.index + match[0].length);
    removed += match[0].length - 1;
    textStarts.push(match.index + match[0].length - removed);
  }
  return (offset) => {
    const line = lastAtOrBefore(textStarts, offset);
    return rawStarts[line]! + offset - textStarts[line]!;
  };
}

/**
 * A fix of the normalised text as a fix of `raw`: its range moved (see rawOffsets),
 * and each line break of its text written as the break it replaces in `raw` (a fix
 * that spans lines rewrites them one for one), so a CRLF or CR file keeps its endings.
 */
export function rawFixes(raw: string): (fix: Fix) => Fix {
  const offset = rawOffsets(raw);
  return ({ range, text }) => {
    const [start, end] = [offset(range[0]), offset(range[1])];
    if (!text.includes('\n')) return { range: [start, end], text };
    const breaks = raw.slice(start, end).match(/\r\n?|\n/g) ?? [];
    const lines = text.split('\n');
    const style = breaks[0] ?? (/\r\n?|\n/.exec(raw)?.[0] ?? '\n');
    return { range: [start, end], text: lines.reduce((out, line, i) => out + (breaks.length === lines.length - 1 ? breaks[i - 1] : style) + line) };
  };
}
