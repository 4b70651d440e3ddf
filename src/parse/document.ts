import type { NominationDoc, Ruleset } from '../types.js';
import { parseFrontMatter } from './front-matter.js';
import { parseSegments } from './markdown.js';
import { normalizeText, splitLines } from './normalize.js';
import { buildSections } from './sections.js';

/** Parses a nomination's text into the document every check reads. Pure. */
export function parseNomination(raw: string, ruleset: Ruleset): NominationDoc {
  const text = normalizeText(raw);
  const lines = splitLines(text);
  const frontMatter = parseFrontMatter(text);
  const segments = parseSegments(lines, frontMatter.bodyStartLine);
  const { sections, strays } = buildSections(segments, lines, ruleset, text);
  return { text, lines, frontMatter, sections, strays };
}
