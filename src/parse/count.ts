import type { Ruleset } from '../types.js';

const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The counted text of a section body (SPEC §3): HTML comments removed, trailing
 * white space of each line removed, leading and trailing blank lines removed,
 * Unicode NFC. Markdown markup is kept as written. The input already has LF endings.
 */
export function countedText(body: string): string {
  const lines = body.replace(HTML_COMMENT, '').split('\n').map((line) => line.trimEnd());
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n').normalize('NFC');
}

/**
 * Length of counted text in the ruleset's unit. `characters` are UTF-16 code
 * units — what browser form counters and `maxlength` measure — so an emoji
 * outside the BMP counts 2 and a line break 1.
 */
export function countUnits(text: string, _unit: Ruleset['unit']): number {
  return text.length;
}

/** How the unit is named in reports. */
export function unitLabel(unit: Ruleset['unit']): string {
  return unit === 'characters' ? 'characters (UTF-16 code units, as the entry form counts)' : unit;
}
