import type { Check } from '../types.js';
import { frontMatterData } from './helpers.js';

/**
 * Last competition's winners may re-enter the categories they won only when the
 * entry was updated with recent achievements; otherwise other categories.
 */
const check: Check = {
  id: 'prior-winner',
  description: 'A winner of the previous competition that was not updated is entered in a category it did not win.',
  severity: 'error',
  messages: {
    sameCategory:
      'This nomination won {{category}} in {{year}} and is not updated (prior_win.updated: false): enter it in another category, or update it with achievements since then and set updated: true',
  },
  check(doc, ctx) {
    const data = frontMatterData(doc);
    const win = data.prior_win as Record<string, unknown> | undefined;
    if (!win || typeof win !== 'object' || win.year !== ctx.ruleset.previousYear || win.updated !== false) return;
    if (typeof data.category !== 'string' || !Array.isArray(win.categories)) return;
    const category = data.category.trim().toUpperCase();
    if (!win.categories.some((c) => typeof c === 'string' && c.trim().toUpperCase() === category)) return;
    ctx.report({ messageId: 'sameCategory', data: { category: data.category, year: ctx.ruleset.previousYear }, at: doc.frontMatter.valueAt(['category']) });
  },
};

export default check;
