import { replaceComments } from '../parse/comments.js';
import { cursor } from '../parse/cursor.js';
import { offsetAt } from './fixes.js';
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
    // The lines as one string is a slice of the text they were split from.
    const written = section.bodyEndLine < section.bodyStartLine ? '' : doc.text.slice(offsetAt(doc, { line: section.bodyStartLine, column: 1 }), offsetAt(doc, { line: section.bodyEndLine, column: 1 + doc.lines[section.bodyEndLine - 1]!.length }));
    body = replaceComments(written, blank);
    made.set(section, body);
  }
  return { body, at: cursor(body, section.bodyStartLine) };
}

/** By section: a Section belongs to one parsed nomination, and is dropped with it. */
const made = new WeakMap<Section, string>();
