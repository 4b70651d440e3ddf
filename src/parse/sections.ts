import type { Position, Ruleset, Section } from '../types.js';
import { withoutComments } from './comments.js';
import { countUnits, countedText } from './count.js';
import { linesText } from './line-offsets.js';
import type { Segment } from './markdown.js';

/**
 * Turns the heading segments into sections (SPEC §2) and the stray blocks outside
 * them. A section runs from its `##` heading to the next `#` or `##` heading.
 */
export function buildSections(
  segments: Segment[],
  lines: string[],
  ruleset: Ruleset,
  text: string = lines.join('\n'),
): { sections: Section[]; strays: Position[] } {
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
    const counted = countedText(linesText(text, lines, bodyStartLine, bodyEndLine));
    sections.push({
      id: sectionOfHeading(boundary.text, ruleset),
      heading: boundary.text,
      at: boundary.at,
      bodyStartLine,
      bodyEndLine,
      text: counted,
      characters: countUnits(counted, ruleset.unit),
      blocks: textBlocks,
    });
  });
  return { sections, strays };
}

/**
 * The words the rules page puts after a label to say whether the question must be
 * answered ("… Wymagane", "… Optional"). They are words of the page's two languages,
 * not numbers of one competition, so they live here once rather than in each ruleset.
 */
const HEADING_NOISE = ['required', 'wymagane', 'optional', 'opcjonalne'];

/**
 * The comparable form of a heading: NFC, lower case, without HTML comments, wrapping
 * emphasis, a leading `a.`/`b)`/`1.` enumerator, parenthesised notes ("(up to 4,900
 * characters)", "(maksymalnie 1150 znaków)"), a trailing Required/Wymagane/Optional/
 * Opcjonalne, a trailing colon, or curly apostrophes — what writers copy from the page.
 * Written as loops, not backtracking patterns: a heading line may be 100,000 characters.
 */
export function normalizeHeading(heading: string): string {
  const text = withoutNotes(withoutComments(heading).normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'"))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_]+/, '')
    .replace(/^(?:[a-z]|\d{1,2})[.)]\s*/i, '')
    .toLowerCase();
  return withoutTrailingNoise(text);
}

/** Drops each balanced `( … )`, nested ones with it; an unclosed `(` stays as text. */
function withoutNotes(text: string): string {
  if (!text.includes('(')) return text;
  const out: string[] = [];
  const opens: number[] = [];
  for (const char of text) {
    if (char === '(') opens.push(out.length);
    if (char === ')' && opens.length > 0) {
      out.length = opens.pop()!;
      out.push(' ');
    } else out.push(char);
  }
  return out.join('');
}

/** Strips from the end, repeatedly, emphasis marks, colons, dashes and the page's Required/Optional words. */
function withoutTrailingNoise(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && ' *_:.,;-\u2013\u2014!'.includes(text[end - 1]!)) end--;
    const word = HEADING_NOISE.find((w) => end >= w.length && text.startsWith(w, end - w.length) && !/[\p{L}\p{N}]/u.test(text[end - w.length - 1] ?? ' '));
    if (!word) return text.slice(0, end);
    end -= word.length;
  }
}

/**
 * The section a heading names: the longest alias that the normalised heading is, or
 * begins with as whole words ("Summary of our year" is the summary; "Summaryx" and
 * "Summarized" are not), so the page's long labels match their short aliases.
 */
export function sectionOfHeading(heading: string, ruleset: Ruleset): string | null {
  // Every entry has the same few headings: each is worked out once per ruleset (up to a
  // bound, so a file of a hundred thousand headings does not keep them all).
  let known = headingSections.get(ruleset);
  if (!known) headingSections.set(ruleset, (known = new Map()));
  const cached = known.get(heading);
  if (cached !== undefined) return cached;
  const id = sectionOfNormalized(normalizeHeading(heading), ruleset);
  if (known.size < HEADINGS_KEPT) known.set(heading, id);
  return id;
}

const headingSections = new WeakMap<Ruleset, Map<string, string | null>>();
const HEADINGS_KEPT = 1000;

function sectionOfNormalized(text: string, ruleset: Ruleset): string | null {
  for (const [alias, id] of aliasIndex(ruleset)) {
    if (text.startsWith(alias) && !/[\p{L}\p{N}_'-]/u.test(String.fromCodePoint(text.codePointAt(alias.length) ?? 32))) return id;
  }
  return null;
}

const aliasIndexes = new WeakMap<Ruleset, Array<[string, string]>>();

/** Each normalised alias and its section id, longest first; built once per ruleset, not once per file. */
function aliasIndex(ruleset: Ruleset): Array<[string, string]> {
  let index = aliasIndexes.get(ruleset);
  if (!index) {
    index = Object.entries(ruleset.sections)
      .flatMap(([id, rule]) => rule.aliases.map((alias): [string, string] => [normalizeHeading(alias), id]))
      .filter(([alias]) => alias !== '')
      .sort(([a], [b]) => b.length - a.length);
    aliasIndexes.set(ruleset, index);
  }
  return index;
}

function isOnlyComments(html: string): boolean {
  return withoutComments(html).trim() === '';
}
