import { replaceComments } from '../parse/comments.js';
import { cursor } from '../parse/cursor.js';
import { linesText } from '../parse/line-offsets.js';
import type { NominationDoc, Position, Section } from '../types.js';

/** Every character but line breaks as a space: what is blanked keeps its place. */
export const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * A section's body as written in the file, its HTML comments blanked (they are the
 * writer's notes, not the entry), with a way back from an offset in it to the file's
 * line and column. Blanked, not removed, so every offset is the file's own.
 */
export function sectionBody(doc: NominationDoc, section: Section): { body: string; at: (offset: number) => Position } {
  // Several checks read the same sections: each body is made once per parsed nomination.
  // Its cursor is each caller's own, since a cursor only goes forward.
  let body = made.get(section);
  if (body === undefined) {
    body = replaceComments(linesText(doc.text, doc.lines, section.bodyStartLine, section.bodyEndLine), blank);
    made.set(section, body);
  }
  return { body, at: cursor(body, section.bodyStartLine) };
}

/** By section: a Section belongs to one parsed nomination, and is dropped with it. */
const made = new WeakMap<Section, string>();
