import { frontMatterNodes } from '../parse/front-matter-nodes.js';
import { lineOffsets } from '../parse/line-offsets.js';
import type { Fix, KeyPath, NominationDoc, Position } from '../types.js';

/** The helpers checks build their fixes with: edits of `doc.text`, the normalised text (lintText moves them into the text as given). */

/** The offset in `doc.text` of a line and column. */
export function offsetAt(doc: NominationDoc, at: Position): number {
  return lineOffsets(doc.lines)[at.line - 1]! + at.column - 1;
}

/** Replaces a front-matter value written plainly or quoted on one line with `text` (a bare word YAML reads as a string). */
export function replaceValue(doc: NominationDoc, path: KeyPath, text: string): Fix | undefined {
  const written = frontMatterNodes(doc)?.scalar(path, 'value');
  return written && { range: [written.start, written.end], text };
}

/** Renames a front-matter key written plainly or quoted on one line. */
export function renameKey(doc: NominationDoc, path: KeyPath, name: string): Fix | undefined {
  const written = frontMatterNodes(doc)?.scalar(path, 'key');
  return written && { range: [written.start, written.end], text: name };
}

/** Puts `text` before a front-matter value's first character (inside its quotes). */
export function prefixValue(doc: NominationDoc, path: KeyPath, text: string): Fix | undefined {
  const written = frontMatterNodes(doc)?.scalar(path, 'value');
  if (!written) return undefined;
  const at = written.start + (written.quoted ? 1 : 0);
  return { range: [at, at], text };
}

/** Removes a list item of the front matter whole (see FrontMatterNodes.itemRemoval). */
export function removeItem(doc: NominationDoc, path: KeyPath): Fix | undefined {
  const range = frontMatterNodes(doc)?.itemRemoval(path);
  return range && { range, text: '' };
}
