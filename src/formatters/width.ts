/**
 * Display width of report text, in terminal columns.
 *
 * string-width is exact for every script and emoji, but loading it builds an
 * Intl.Segmenter and its first call compiles Unicode property expressions:
 * together more time than the rest of a one-file run. Nearly every report holds
 * only characters one column wide (ASCII, Latin letters with their accents, the
 * report's own symbols), so those are measured by length and string-width is
 * loaded only when a report holds anything else.
 */

/** ANSI colour codes take no columns. */
const SGR = /\x1b\[[0-9;]*m/g;
/**
 * One column each in every terminal and in string-width: printable ASCII, Latin-1
 * and Latin Extended A/B and IPA (without the soft hyphen, which is invisible), typographic
 * dashes, quotes, bullet and ellipsis, box drawing and blocks (the report's bars),
 * and the report's ✔ ✖ ⚠ ℹ. A test compares each of them with string-width.
 */
const NARROW = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2139\u2190-\u21FF\u2500-\u259F\u26A0\u2713-\u2716]*$/;

type Measure = (text: string) => number;
let exact: Measure | undefined;
let estimated = false;

/** Columns the text takes; see widthsWereEstimated for text that is not all narrow. */
export function displayWidth(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
  if (NARROW.test(plain)) return plain.length;
  if (exact) return exact(text);
  estimated = true;
  return plain.length;
}

/** Loads string-width, after which every width is exact. */
export async function loadStringWidth(): Promise<void> {
  exact ??= (await import('string-width')).default;
}

/**
 * True when a width was measured before string-width was loaded and may be wrong;
 * reading it resets it. The CLI then loads string-width and renders again.
 */
export function widthsWereEstimated(): boolean {
  const was = estimated;
  estimated = false;
  return was;
}
