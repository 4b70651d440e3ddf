/**
 * Builds nomination texts for tests: a valid E01 entry by default, with any part
 * replaced. Line numbers in tests are easier to read with `lineOf`.
 */
export interface NominationParts {
  /** Front-matter lines without the --- delimiters; default: category E01 and a nominee. */
  front?: string;
  /** Everything after the closing ---; default: a short valid achievements and summary. */
  body?: string;
}

export const DEFAULT_FRONT = 'category: E01\nnominee: Contact Center, Example Bank';
export const DEFAULT_BODY = [
  '# Crisis line',
  '',
  '## Achievements',
  'In March 2024 the contact centre tripled its Ukrainian-language line within two weeks.',
  '',
  '## Summary',
  '- Tripled the Ukrainian-language line in two weeks',
  '- Answered 94% of calls within 60 seconds',
  '',
].join('\n');

export function nomination(parts: NominationParts = {}): string {
  return `---\n${parts.front ?? DEFAULT_FRONT}\n---\n${parts.body ?? DEFAULT_BODY}`;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found`);
  return index + 1;
}
