import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block, ListItem, Position } from '../types.js';

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
md.core.ruler.disable(['inline', 'text_join']);

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
  const source = '\n'.repeat(Math.max(0, bodyStartLine - 1)) + lines.slice(bodyStartLine - 1).join('\n');
  const tokens = md.parse(source, {});
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
    segments.at(-1)!.blocks.push(toBlock(tokens, i, at, column));
  }
  return segments;
}

function toBlock(tokens: Token[], index: number, at: Position, column: (line: number) => number): Block {
  const token = tokens[index]!;
  if (token.type === 'html_block') return { kind: 'html', at, text: token.content };
  if (token.type !== 'bullet_list_open' && token.type !== 'ordered_list_open') {
    return { kind: 'other', at, type: token.type.replace(/_open$/, '') };
  }
  const items: ListItem[] = [];
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level === 0) break; // the list's own closing token
    if (t.type !== 'list_item_open' || !t.map) continue;
    const line = t.map[0] + 1;
    const itemAt = { line, column: column(line) };
    if (t.level === 1) {
      items.push({ at: itemAt, marker: t.info ? `${t.info}${t.markup}` : t.markup, nested: [] });
    } else {
      items.at(-1)?.nested.push(itemAt);
    }
  }
  return { kind: 'list', at, items };
}

/** 1-based column of the first non-blank character (1 for a blank line). */
function firstColumn(line: string): number {
  const match = /\S/.exec(line);
  return match ? match.index + 1 : 1;
}
