import { replaceComments } from '../parse/comments.js';
import type { NominationDoc, Position, Section } from '../types.js';

/** Every character but line breaks as a space: what is blanked keeps its place. */
export const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * A section's body as written in the file, its HTML comments blanked (they are the
 * writer's notes, not the entry), with a way back from an offset in it to the file's
 * line and column. Blanked, not removed, so every offset is the file's own.
 */
export function sectionBody(doc: NominationDoc, section: Section): { body: string; at: (offset: number) => Position } {
  const body = replaceComments(doc.lines.slice(section.bodyStartLine - 1, section.bodyEndLine).join('\n'), blank);
  return { body, at: cursor(body, section.bodyStartLine) };
}

/**
 * Line and column of offsets in `text`, asked for in increasing order. Each line
 * break is found once, so a section of n lines (or one line of n matches) costs n,
 * where counting from the start for each match cost n² (a 1 MB section took 151 s).
 */
export function cursor(text: string, firstLine: number): (offset: number) => Position {
  let line = firstLine;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1 };
  };
}
