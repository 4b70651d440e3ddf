import type { Localized } from '../i18n/text.js';
import { placeWin, previousEdition } from '../ruleset/previous-edition.js';
import type { Check, CheckContext, FrontMatter, NominationDoc, Ruleset } from '../types.js';
import { frontMatterData, isVideoEntry } from './helpers.js';
import { writtenDates } from './written-dates.js';

/**
 * Last competition's winners may re-enter the categories they won only when the entry
 * was updated with recent achievements; otherwise other categories. A won category is
 * placed by its name, not its code: codes move between editions (IBA 2024's E01 is
 * 2026's E04). What cannot be placed, or looks like a slip, is said as a warning: the
 * rule could not be checked, which is not the rule broken.
 */
const check: Check = {
  id: 'prior-winner',
  description: 'A winner of the previous competition that was not updated is entered only in categories it did not win; won categories are matched by name.',
  severity: 'error',
  messages: {
    sameCategory:
      'This nomination won "{{won}}" in {{year}}, which is {{category}} ({{name}}) this year, and is not updated (prior_win.updated: false): enter it in another category, or update it with achievements since then and set updated: true',
    code:
      '"{{won}}" in prior_win.categories is a code, and codes move between editions, so the re-entry rule could not be checked: write the name of the category won in {{year}}, such as "{{example}}"',
    notPrevious:
      '"{{won}}" in prior_win.categories is {{category}}, new in {{thisYear}}, so it was not a category of {{year}} and the re-entry rule could not be checked: write the name of the category won in {{year}}',
    unknown:
      '"{{won}}" in prior_win.categories is not a category of {{year}} that the ruleset knows, so the re-entry rule could not be checked: write the category\'s full name as it was in {{year}}, such as "{{example}}"',
    notRecent:
      'prior_win.updated is true, but neither the achievements nor the summary mention {{year}} or {{thisYear}}: make sure the entry was updated with recent achievements, which re-entering a won category asks for',
    otherYear:
      'prior_win.year is {{givenYear}}, but the page lets winners of {{year}} re-enter, so the re-entry rule was not applied to this win: if it was won in {{year}}, write {{year}}',
  },
  check(doc, ctx) {
    const data = frontMatterData(doc);
    const win = data.prior_win;
    if (!win || typeof win !== 'object' || Array.isArray(win)) return;
    const { year, updated, categories } = win as Record<string, unknown>;
    const fm = doc.frontMatter;
    const previous = previousEdition(ctx.ruleset).year;
    if (typeof year !== 'number') return; // the schema check's
    if (year !== previous) {
      ctx.report({ messageId: 'otherYear', data: { givenYear: year, year: previous }, at: fm.valueAt(['prior_win', 'year']), asWarning: true });
      return;
    }
    if (updated === true) {
      // A video answers the questions itself; its text cannot be read here.
      if (!isVideoEntry(doc) && !mentionsRecentYear(doc, ctx.ruleset, previous)) {
        ctx.report({ messageId: 'notRecent', data: { year: previous, thisYear: ctx.ruleset.year }, at: fm.valueAt(['prior_win', 'updated']), asWarning: true });
      }
      return;
    }
    if (updated !== false || !Array.isArray(categories)) return;
    checkWins(categories, typeof data.category === 'string' ? data.category.trim().toUpperCase() : undefined, doc.frontMatter, ctx);
  },
};

/** Each won category placed; the entry's own category among them is the rule broken (said once). */
function checkWins(categories: unknown[], entered: string | undefined, fm: FrontMatter, ctx: CheckContext): void {
  const year = previousEdition(ctx.ruleset).year;
  let broken = false;
  categories.forEach((won, index) => {
    if (typeof won !== 'string') return; // the schema check's
    const at = fm.valueAt(['prior_win', 'categories', index]);
    const place = placeWin(won, ctx.ruleset);
    if (place.kind === 'placed') {
      if (broken || !place.category || place.category.code !== entered) return;
      broken = true;
      const { code, name, namePl } = place.category;
      ctx.report({ messageId: 'sameCategory', data: { won, year, category: code, name: { en: name, pl: namePl } }, at: fm.valueAt(['category']) });
    } else if (place.kind === 'new') {
      const { code, name, namePl } = place.category;
      ctx.report({ messageId: 'notPrevious', data: { won, year, thisYear: ctx.ruleset.year, category: { en: `${code} (${name})`, pl: `${code} („${namePl}”)` } }, at, asWarning: true });
    } else {
      ctx.report({ messageId: place.kind, data: { won, year, example: exampleName(ctx.ruleset) }, at, asWarning: true });
    }
  });
}

/** A name of the previous edition's categories to show how one is written. */
function exampleName(ruleset: Ruleset): Localized {
  const listed = previousEdition(ruleset).categories?.[0];
  if (listed) return { en: listed.name, pl: listed.namePl ?? listed.name };
  const kept = ruleset.categories.find((c) => !c.new) ?? ruleset.categories[0]!;
  return { en: kept.name, pl: kept.namePl };
}

/** The achievements or the summary name the previous year or this one (a range counts by its ends). */
function mentionsRecentYear(doc: NominationDoc, ruleset: Ruleset, previous: number): boolean {
  const recent = (year: number) => year === previous || year === ruleset.year;
  return !writtenDates(doc, ruleset, { year: recent, by: 'any' }).next().done;
}

export default check;
