import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block, ListItem, ListPoint, Position } from '../types.js';

/**
 * A CommonMark block parse is all iba-lint needs: headings, lists, code and HTML
 * blocks. Inline parsing is switched off — it is most of markdown-it's time and
 * would only tell us about emphasis and links inside paragraphs.
 */
// maxNesting: the commonmark preset's 20 is ten list levels (a list item is two), and
// past it markdown-it stops reading the rest of the file, so a `- - - - - - - - - - x`
// would hide the sections after it. A hundred list levels is far past any nomination
// and still far from a deep recursion.
const md = new MarkdownIt('commonmark');
Object.assign(md.options, { maxNesting: 200 }); // not in the Options type, which lists only what every preset sets
// normalize too: it rewrites line breaks, which normalizeText already made LF, and NUL,
// which parseBlockTokens replaces itself (a pass over the text instead of two).
md.core.ruler.disable(['normalize', 'inline', 'text_join']);

/** A level-1 or level-2 heading: the boundaries sections are cut at. */
export interface Boundary {
  level: 1 | 2;
  text: string;
  at: Position;
  /** 1-based line of the heading's first line, and of the first line after it. */
  startLine: number;
  nextLine: number;
}

export interface Segment {
  /** The heading that opens the segment; null for the text before the first heading. */
  boundary: Boundary | null;
  blocks: Block[];
}

/**
 * Parses the body and cuts it into segments at level-1/2 headings. `lines` is the
 * whole file; lines before `bodyStartLine` (front matter) are parsed as blank so
 * that markdown-it's line numbers are the file's.
 */
export function parseSegments(lines: string[], bodyStartLine: number): Segment[] {
  const tokens = parseBlockTokens(lines, bodyStartLine);
  const segments: Segment[] = [{ boundary: null, blocks: [] }];
  const column = (line: number): number => firstColumn(lines[line - 1] ?? '');

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue;
    const line = token.map[0] + 1;
    const at = { line, column: column(line) };
    if (token.type === 'heading_open' && (token.tag === 'h1' || token.tag === 'h2')) {
      const inline = tokens[i + 1];
      segments.push({
        boundary: {
          level: token.tag === 'h1' ? 1 : 2,
          text: inline?.type === 'inline' ? inline.content : '',
          at,
          startLine: line,
          nextLine: token.map[1] + 1,
        },
        blocks: [],
      });
      continue;
    }
    const blocks = segments.at(-1)!.blocks;
    if (token.type === 'paragraph_open') blocks.push(...paragraphBlocks(lines, line, token.map[1] + 1, column));
    else blocks.push(toBlock(tokens, i, at, lines, column));
  }
  return segments;
}

/**
 * markdown-it's block tokens of the body (every nesting level, inline content not
 * parsed), numbered by the file's lines: front-matter lines are parsed as blank.
 */
export function parseBlockTokens(lines: string[], bodyStartLine: number): Token[] {
  const source = '\n'.repeat(Math.max(0, bodyStartLine - 1)) + lines.slice(bodyStartLine - 1).join('\n');
  // As markdown-it's normalize rule would: NUL is U+FFFD, as CommonMark asks (the lines are already LF).
  return md.parse(source.includes('\0') ? source.replaceAll('\0', '\uFFFD') : source, {});
}

/**
 * A bullet as pasted from a word processor (SPEC §4): one of these characters, then a
 * space (or the tab Word puts there), at the start of a line. CommonMark reads such
 * lines as a paragraph; the form shows them as typed, and the judges as points.
 * Group 1 is the indentation, group 2 the character.
 */
const PASTED_BULLET = /^([ \t]*)([•◦▪‣·–—])[ \t\u00a0]/;

/** Whether a marker is a pasted character rather than a Markdown list marker. */
export const isPastedMarker = (marker: string): boolean => /^[•◦▪‣·–—]$/.test(marker);

/** Every point of the lists in `blocks`, top-level and nested, in file order: what counts toward the limit. */
export function listPoints(blocks: Block[]): ListPoint[] {
  const points: ListPoint[] = [];
  for (const block of blocks) {
    if (block.kind !== 'list') continue;
    for (const item of block.items) {
      points.push(item);
      for (const nested of item.nested) points.push(nested);
    }
  }
  return points;
}

/**
 * A top-level paragraph (lines `start` to `end - 1`), or, when a line of it starts with a
 * pasted bullet, the text before that line (if any) and a list of the bullets: as a `- `
 * list would, a pasted bullet interrupts the paragraph. A bullet indented further than
 * the list's first is nested in the one before; a line without a bullet continues it.
 */
function paragraphBlocks(lines: string[], start: number, end: number, column: (line: number) => number): Block[] {
  let first = start;
  while (first < end && !PASTED_BULLET.test(lines[first - 1] ?? '')) first++;
  const paragraph: Block = { kind: 'other', at: { line: start, column: column(start) }, type: 'paragraph' };
  if (first === end) return [paragraph];
  const items: ListItem[] = [];
  let topIndent = 0;
  for (let line = first; line < end; line++) {
    const match = PASTED_BULLET.exec(lines[line - 1] ?? '');
    if (!match) continue;
    const point = { at: { line, column: match[1]!.length + 1 }, marker: match[2]! };
    if (items.length === 0) topIndent = match[1]!.length;
    if (items.length > 0 && match[1]!.length > topIndent) items.at(-1)!.nested.push(point);
    else items.push({ ...point, nested: [] });
  }
  const list: Block = { kind: 'list', at: items[0]!.at, items };
  return first > start ? [paragraph, list] : [list];
}

function toBlock(tokens: Token[], index: number, at: Position, lines: string[], column: (line: number) => number): Block {
  const token = tokens[index]!;
  if (token.type === 'html_block') return { kind: 'html', at, text: token.content };
  if (token.type !== 'bullet_list_open' && token.type !== 'ordered_list_open') {
    return { kind: 'other', at, type: token.type.replace(/_open$/, '') };
  }
  const items: ListItem[] = [];
  let itemLine = 0;
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level === 0) break; // the list's own closing token
    if (!t.map) continue;
    if (t.type === 'paragraph_open') {
      pastedInList(lines, t.map[0] + 1, t.map[1] + 1, itemLine, items);
      continue;
    }
    if (t.type !== 'list_item_open') continue;
    const line = t.map[0] + 1;
    itemLine = line;
    const point = { at: { line, column: column(line) }, marker: t.info ? `${t.info}${t.markup}` : t.markup };
    if (t.level === 1) items.push({ ...point, nested: [] });
    else items.at(-1)?.nested.push(point);
  }
  return { kind: 'list', at, items };
}

/**
 * Pasted bullets inside a Markdown list's paragraph (lines `start` to `end - 1`), such as
 * `- Item` then `  • detail`: CommonMark reads them as text of the item, the judges as
 * points. One indented past the list's marker is nested; one at the marker's indentation
 * (a lazy continuation line) is a top-level item of its own. `itemLine` holds a Markdown
 * marker, whose text may itself begin with a pasted character: not a second point.
 */
function pastedInList(lines: string[], start: number, end: number, itemLine: number, items: ListItem[]): void {
  const top = items[0];
  if (!top) return;
  for (let line = start; line < end; line++) {
    if (line === itemLine) continue;
    const match = PASTED_BULLET.exec(lines[line - 1] ?? '');
    if (!match) continue;
    const point = { at: { line, column: match[1]!.length + 1 }, marker: match[2]! };
    if (match[1]!.length + 1 > top.at.column) items.at(-1)!.nested.push(point);
    else items.push({ ...point, nested: [] });
  }
}

/** 1-based column of the first non-blank character (1 for a blank line). */
function firstColumn(line: string): number {
  const match = /\S/.exec(line);
  return match ? match.index + 1 : 1;
}
