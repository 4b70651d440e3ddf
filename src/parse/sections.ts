import type { Position, Ruleset, Section } from '../types.js';
import { withoutComments } from './comments.js';
import { countUnits, countedText } from './count.js';
import type { Segment } from './markdown.js';

/**
 * Turns the heading segments into sections (SPEC §2) and the stray blocks outside
 * them. A section runs from its `##` heading to the next `#` or `##` heading.
 */
export function buildSections(
  segments: Segment[],
  lines: string[],
  ruleset: Ruleset,
): { sections: Section[]; strays: Position[] } {
  const aliases = aliasIndex(ruleset);
  const sections: Section[] = [];
  const strays: Position[] = [];
  let titleSeen = false;

  segments.forEach((segment, index) => {
    const { boundary } = segment;
    const textBlocks = segment.blocks.filter((b) => b.kind !== 'html' || !isOnlyComments(b.text));
    if (!boundary || boundary.level === 1) {
      // One `#` title is allowed before the sections; anything else up here is not entry text.
      if (boundary && !titleSeen && sections.length === 0) titleSeen = true;
      else if (boundary) strays.push(boundary.at);
      // One push per block: a spread of a hundred thousand stray blocks would overflow the stack.
      for (const block of textBlocks) strays.push(block.at);
      return;
    }
    const next = segments[index + 1]?.boundary;
    const bodyStartLine = boundary.nextLine;
    const bodyEndLine = next ? next.startLine - 1 : lines.length;
    const text = countedText(lines.slice(bodyStartLine - 1, bodyEndLine).join('\n'));
    sections.push({
      id: aliases.get(normalizeHeading(boundary.text)) ?? null,
      heading: boundary.text,
      at: boundary.at,
      bodyStartLine,
      bodyEndLine,
      text,
      characters: countUnits(text, ruleset.unit),
      blocks: textBlocks,
    });
  });
  return { sections, strays };
}

/**
 * The comparable form of a heading: NFC, lower case, without HTML comments, a
 * leading `a.`/`b)` enumerator, a trailing colon, wrapping emphasis or curly apostrophes.
 */
export function normalizeHeading(heading: string): string {
  return withoutComments(heading)
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/^[a-z][.)]\s*/i, '')
    .replace(/\s*:$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const aliasIndexes = new WeakMap<Ruleset, Map<string, string>>();

/** Each normalized alias and its section id; built once per ruleset, not once per file. */
function aliasIndex(ruleset: Ruleset): Map<string, string> {
  let index = aliasIndexes.get(ruleset);
  if (!index) {
    index = new Map();
    for (const [id, rule] of Object.entries(ruleset.sections)) {
      for (const alias of rule.aliases) index.set(normalizeHeading(alias), id);
    }
    aliasIndexes.set(ruleset, index);
  }
  return index;
}

function isOnlyComments(html: string): boolean {
  return withoutComments(html).trim() === '';
}
