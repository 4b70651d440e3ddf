import type { Category, PreviousCategory, PreviousEdition, Ruleset } from '../types.js';

/** The previous edition however the ruleset writes it: `previousYear: 2025`, or a mapping of its year and categories. */
export function previousEdition(ruleset: Ruleset): PreviousEdition {
  const previous = ruleset.previousYear;
  return typeof previous === 'number' ? { year: previous } : previous;
}

/**
 * Where a category won in the previous edition stands this year, as written in
 * `prior_win.categories`:
 * - `placed`: found; `category` is this year's category of the same name, or undefined
 *   when it has none (so the entry cannot be in the category it won);
 * - `code`: a bare code the ruleset cannot place (codes move between editions: IBA 2024's
 *   E01 is 2026's E04), so only the previous edition's own list can place it;
 * - `new`: a category this year's ruleset marks new, so it was not one of the previous edition's;
 * - `unknown`: no category of the previous edition that the ruleset knows.
 */
export type PlacedWin =
  | { kind: 'placed'; category: Category | undefined }
  | { kind: 'code' }
  | { kind: 'new'; category: Category }
  | { kind: 'unknown' };

/** A code as the ruleset writes them (E04), in any case, without a name. */
const CODE = /^[a-z]+[0-9]+$/i;
/** `E04. Name`, `E04 – Name`, `E04: Name`: a name copied from the page with its code in front. */
const CODE_PREFIX = /^[a-z]+[0-9]+\s*[.:)–—-]?\s+(?=\p{L})/iu;

/** A name as compared: composed, case and spacing ignored, without quotes around it. */
function key(name: string): string {
  return name
    .normalize('NFC')
    .replace(/^["'„“”«»]+|["'„“”«»]+$/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function namedAs(written: string, names: Array<string | undefined>): boolean {
  return names.some((name) => name !== undefined && key(name) === written);
}

export function placeWin(written: string, ruleset: Ruleset): PlacedWin {
  const whole = key(written);
  const isCode = CODE.test(whole);
  const name = isCode ? whole : whole.replace(CODE_PREFIX, '');
  const thisYears = (names: Array<string | undefined>) => ruleset.categories.find((c) => names.some((n) => n !== undefined && namedAs(key(n), [c.name, c.namePl])));
  const listed = previousEdition(ruleset).categories;
  if (listed) {
    const found = listed.find((p: PreviousCategory) => (isCode ? p.code !== undefined && key(p.code) === whole : namedAs(name, [p.name, p.namePl])));
    if (found) return { kind: 'placed', category: thisYears([found.name, found.namePl]) };
    return isCode ? { kind: 'code' } : { kind: 'unknown' };
  }
  if (isCode) return { kind: 'code' };
  const category = thisYears([name]);
  if (!category) return { kind: 'unknown' };
  return category.new ? { kind: 'new', category } : { kind: 'placed', category };
}
