import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { lastAtOrBefore } from './sorted-search.js';

/**
 * Markdown that a plain-text form shows as typed, found by a CommonMark parse (so
 * `2 * 3`, `snake_case` or a lone `#` are not taken for markup): emphasis, code, links
 * and images, HTML tags, sub-headings, code fences and tables. The document parse
 * (markdown.ts) skips inline parsing for speed; this one runs only on a section whose
 * text holds a character that could start markup.
 */
let instance: MarkdownIt | undefined;
/** Made on first use: a run whose sections hold no markup character never pays for it. */
function md(): MarkdownIt {
  if (!instance) {
    instance = new MarkdownIt('commonmark');
    Object.assign(instance.options, { maxNesting: 200 }); // as in markdown.ts: deep lists must not hide the rest
  }
  return instance;
}

export type MarkupKind = 'emphasis' | 'code' | 'link' | 'html' | 'heading' | 'table';

export interface Markup {
  kind: MarkupKind;
  /** Offset in the text where it starts. */
  offset: number;
  /** The construct as written (its first line, for a block). */
  source: string;
  /** How many of its characters are markup, not text: what it adds to the count. */
  cost: number;
}

/** A character that could begin markup: without one, no parse is needed. */
export const MAY_HOLD_MARKUP = /[*_`[<|#~]/;

/**
 * How much of a section is looked at: four times the largest limit (4,900 characters),
 * ending at a line break. A section longer than that is far over its limit anyway
 * (section-length says so), and a CommonMark inline parse of hostile text (100,000
 * unclosed `[`) costs a quarter of a second: so the cost is bounded, whatever the file.
 */
export const MARKUP_SCAN_CHARS = 20_000;

/** The markup in `text` (a section's body, comments blanked), in order; only in its first MARKUP_SCAN_CHARS characters. */
export function findMarkup(whole: string): Markup[] {
  const cut = whole.length > MARKUP_SCAN_CHARS ? whole.lastIndexOf('\n', MARKUP_SCAN_CHARS) : -1;
  const text = whole.length > MARKUP_SCAN_CHARS ? whole.slice(0, cut > 0 ? cut : MARKUP_SCAN_CHARS) : whole;
  if (!MAY_HOLD_MARKUP.test(text)) return [];
  const lines = text.split('\n');
  const lineOffsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const found: Markup[] = [];
  const tokens = md().parse(text, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.map) continue;
    const first = token.map[0];
    const lineText = lines[first] ?? '';
    const lineStart = lineOffsets[first]! + (lineText.length - lineText.trimStart().length);
    if (token.type === 'heading_open' && Number(token.tag.slice(1)) >= 3) {
      found.push({ kind: 'heading', offset: lineStart, source: lineText.trim(), cost: headingCost(lineText) });
    } else if (token.type === 'fence') {
      const fenceLines = [lines[first] ?? '', lines[token.map[1] - 1] ?? ''];
      found.push({ kind: 'code', offset: lineStart, source: lineText.trim(), cost: fenceLines.reduce((n, l) => n + l.trim().length, 0) });
    } else if (token.type === 'html_block') {
      // A tag ends before the next `<`: without that bound, each `<` of a run of them scanned to the end.
      const tags = token.content.match(/<[^<>\n]*>/g) ?? [];
      if (tags.length > 0) found.push({ kind: 'html', offset: lineStart, source: lineText.trim(), cost: tags.reduce((n, t) => n + t.length, 0) });
    } else if (token.type === 'paragraph_open') {
      const table = tableIn(lines, token.map[0], token.map[1]);
      if (table) found.push({ kind: 'table', offset: lineStart, source: lineText.trim(), cost: table });
    } else if (token.type === 'inline' && token.children) {
      found.push(...inlineMarkup(token, lines, lineOffsets));
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** `### Title ##`: the hashes, the space after them and a closing run. */
function headingCost(line: string): number {
  const text = line.trim();
  const open = /^#+[ \t]*/.exec(text)![0].length;
  const close = /[ \t]+#+$/.exec(text)?.[0].length ?? 0;
  return open + close;
}

/**
 * A GFM table, which CommonMark reads as a paragraph: a row of pipes over a delimiter
 * row (`|---|:--:|`). Its cost is every pipe of its rows and the whole delimiter row.
 */
function tableIn(lines: string[], start: number, end: number): number {
  const delimiter = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
  const index = lines.slice(start, end).findIndex((l) => delimiter.test(l));
  if (index < 1 || !lines[start + index - 1]!.includes('|')) return 0;
  let cost = 0;
  for (let line = start; line < end; line++) {
    const text = lines[line]!.trim();
    cost += line === start + index ? text.length + 1 : (text.match(/\|/g) ?? []).length;
  }
  return cost;
}

/**
 * The markup of one inline run, located in the text. The parse gives tokens without
 * positions, so each is looked for from where the previous one ended: an open marker
 * (`**`, `[`, `` ` ``) at the next place it is written, its text passed over, its close
 * found after it. A run's content lines are the text's lines less their indentation or
 * list marker, found again in each line for its offset.
 */
function inlineMarkup(inline: Token, lines: string[], lineOffsets: number[]): Markup[] {
  const content = inline.content;
  const first = inline.map![0];
  const contentLines = content.split('\n');
  // Where each content line starts in the text.
  const starts = contentLines.map((cl, k) => {
    const line = lines[first + k] ?? '';
    const at = cl === '' ? 0 : line.indexOf(cl);
    return lineOffsets[first + k]! + Math.max(0, at);
  });
  // Where each content line starts in the content, for a binary search: a paragraph of
  // many lines with markup on each must not cost lines × markups.
  const contentStarts: number[] = [];
  let at = 0;
  for (const cl of contentLines) {
    contentStarts.push(at);
    at += cl.length + 1;
  }
  const toText = (offset: number): number => {
    const line = lastAtOrBefore(contentStarts, offset);
    return starts[line]! + (offset - contentStarts[line]!);
  };

  const found: Markup[] = [];
  const open: Array<{ type: string; at: number; markup: string }> = [];
  let cursor = 0;
  const seek = (needle: string): number => {
    const at = content.indexOf(needle, cursor);
    if (at !== -1) cursor = at + needle.length;
    return at;
  };
  const add = (kind: MarkupKind, from: number, to: number, cost: number) => {
    if (from !== -1 && to > from) found.push({ kind, offset: toText(from), source: content.slice(from, to), cost });
  };
  for (const child of inline.children!) {
    switch (child.type) {
      case 'text':
        seek(child.content);
        break;
      case 'strong_open':
      case 'em_open':
      case 'link_open':
        open.push({ type: child.type, at: seek(child.markup === 'autolink' ? '<' : child.type === 'link_open' ? '[' : child.markup), markup: child.markup });
        break;
      case 'strong_close':
      case 'em_close': {
        const start = open.pop();
        const end = seek(child.markup);
        if (start && end !== -1) add('emphasis', start.at, end + child.markup.length, 2 * child.markup.length);
        break;
      }
      case 'link_close': {
        const start = open.pop();
        if (!start || start.at === -1) break;
        if (start.markup === 'autolink') {
          const end = seek('>');
          add('link', start.at, end + 1, 2);
          break;
        }
        const middle = seek('](');
        const end = closingParen(content, middle + 2);
        if (middle === -1 || end === -1) break;
        cursor = end + 1;
        add('link', start.at, end + 1, end + 1 - start.at - (middle - start.at - 1));
        break;
      }
      case 'image': {
        const start = seek('![');
        const middle = start === -1 ? -1 : seek('](');
        const end = middle === -1 ? -1 : closingParen(content, middle + 2);
        if (end === -1) break;
        cursor = end + 1;
        add('link', start, end + 1, end + 1 - start - (middle - start - 2));
        break;
      }
      case 'code_inline': {
        const start = seek(child.markup);
        const end = start === -1 ? -1 : content.indexOf(child.markup, start + child.markup.length + Math.max(0, child.content.length - 1));
        if (end === -1) break;
        cursor = end + child.markup.length;
        add('code', start, cursor, 2 * child.markup.length);
        break;
      }
      case 'html_inline': {
        const start = seek(child.content);
        add('html', start, start + child.content.length, child.content.length);
        break;
      }
      default:
        break; // softbreak, hardbreak: the text around them is found by its own content
    }
  }
  return found;
}

/** The `)` that closes a link's destination opened before `from`, nested parentheses allowed. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}
