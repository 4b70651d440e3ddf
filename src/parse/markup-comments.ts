import type { Position } from '../types.js';
import { withoutComments } from './comments.js';
import { cursor } from './cursor.js';
import { parseBlockTokens } from './markdown.js';

/** An HTML comment that CommonMark reads as HTML: in an HTML block, a paragraph or a heading. */
export interface MarkupComment {
  /** As written, from `<!--` to `-->`, its lines joined with LF. */
  text: string;
  /** Where `<!--` is. */
  start: Position;
  /** The line of its closing `-->`. */
  endLine: number;
}

/**
 * The HTML comments of the body that are markup, not text: a `<!-- … -->` inside
 * fenced or indented code, or inside a code span, is code the writer shows, and is
 * not returned. `firstContentLine` is the line of the first heading or text of the
 * body (past the last line when there is none): comments before it stand at the top.
 *
 * Parsed again here rather than in parseSegments: only a file that holds a directive
 * pays for it (see src/directives/parse.ts).
 */
export function markupComments(lines: string[], bodyStartLine: number): { comments: MarkupComment[]; firstContentLine: number } {
  const comments: MarkupComment[] = [];
  let firstContentLine = lines.length + 1;
  for (const token of parseBlockTokens(lines, bodyStartLine)) {
    if (!token.map || token.nesting === -1) continue;
    const [start, end] = [token.map[0] + 1, token.map[1]];
    const onlyComments = token.type === 'html_block' && withoutComments(token.content).trim() === '';
    if (token.level === 0 && !onlyComments) firstContentLine = Math.min(firstContentLine, start);
    // Code blocks (`fence`, `code_block`) are skipped; inline content is where code spans can be.
    if (token.type === 'html_block') comments.push(...commentsIn(lines, start, end, false));
    else if (token.type === 'inline') comments.push(...commentsIn(lines, start, end, true));
  }
  return { comments, firstContentLine };
}

/**
 * The comments of lines `start` to `end` (1-based, inclusive) of one block. With
 * `codeSpans`, a backtick string opens a code span that the next backtick string of
 * the same length closes (CommonMark 6.1), and a backslash escapes the next character;
 * a comment inside a code span is code. Linear in the block's length: the closers of
 * each backtick length are looked up in one forward pass.
 */
function commentsIn(lines: string[], start: number, end: number, codeSpans: boolean): MarkupComment[] {
  const text = lines.slice(start - 1, end).join('\n');
  const found: MarkupComment[] = [];
  const runs = codeSpans ? backtickRuns(text) : new Map<number, number[]>();
  const next = new Map<number, number>(); // per length, the index in `runs` to search from
  const at = cursor(text, start);
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (codeSpans && char === '\\') {
      i += 2;
      continue;
    }
    if (codeSpans && char === '`') {
      let length = 1;
      while (text[i + length] === '`') length++;
      const closers = runs.get(length) ?? [];
      let k = next.get(length) ?? 0;
      while (k < closers.length && closers[k]! <= i) k++;
      next.set(length, k);
      i = k < closers.length ? closers[k]! + length : i + length; // no closer: the backticks are text
      continue;
    }
    if (text.startsWith('<!--', i)) {
      // CommonMark 0.31: `<!-->` and `<!--->` are whole comments.
      const close = text.startsWith('<!-->', i) ? i + 2 : text.startsWith('<!--->', i) ? i + 3 : text.indexOf('-->', i + 4);
      if (close === -1) break; // unclosed: no later comment of this block can close either
      found.push({ text: text.slice(i, close + 3), start: at(i), endLine: at(close).line });
      i = close + 3;
      continue;
    }
    i++;
  }
  return found;
}

/** Each maximal backtick string's start, by its length. */
function backtickRuns(text: string): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
    let length = 1;
    while (text[i + length] === '`') length++;
    const list = runs.get(length);
    if (list) list.push(i);
    else runs.set(length, [i]);
    i += length;
  }
  return runs;
}

