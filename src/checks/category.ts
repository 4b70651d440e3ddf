import { nearest } from '../suggest.js';
import type { Category, Check, Ruleset } from '../types.js';
import { FILE_START, frontMatterData } from './helpers.js';

/** `category` present and a code of the ruleset; suggests the code that was meant. */
const check: Check = {
  id: 'category',
  description: "`category` is one of the ruleset's category codes.",
  severity: 'error',
  messages: {
    missing: 'No category: add "category:" with one of {{codes}}',
    unknown: 'Category "{{value}}" is not a category code of {{competition}}: use one of {{codes}}',
    suggest: 'Category "{{value}}" is not a category code of {{competition}}: did you mean "{{suggestion}}" ({{name}})?',
  },
  check(doc, ctx) {
    if (!doc.frontMatter.data) return;
    const value = frontMatterData(doc).category;
    const codes = ctx.ruleset.categories.map((c) => c.code).join(', ');
    if (value === undefined || value === null || value === '') {
      const at = value === undefined ? FILE_START : doc.frontMatter.keyAt(['category']);
      ctx.report({ messageId: 'missing', data: { codes }, at: doc.frontMatter.present ? at : FILE_START });
      return;
    }
    // String(['E01']) is "E01": a list or mapping must not pass as the code it holds.
    const written = typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (ctx.ruleset.categories.some((c) => c.code === written)) return;
    const at = doc.frontMatter.valueAt(['category']);
    const meant = intendedCategory(written, ctx.ruleset);
    const competition = { en: ctx.ruleset.competition, pl: ctx.ruleset.competitionPl ?? ctx.ruleset.competition };
    ctx.report(
      meant
        ? { messageId: 'suggest', data: { value: written, competition, suggestion: meant.code, name: { en: meant.name, pl: meant.namePl } }, at }
        : { messageId: 'unknown', data: { value: written, competition, codes }, at },
    );
  },
};

/**
 * What a writer most likely meant: the same letters and number (`e1`, `E1`, `e01`,
 * `E 01`), a category's name written out, or a near-miss code.
 */
export function intendedCategory(written: string, ruleset: Ruleset): Category | undefined {
  // A letter O typed for a zero (EO1) is a common slip.
  const compact = written.replace(/[\s._-]/g, '').toUpperCase().replace(/^([A-Z])O(?=\d)/, '$10');
  const parts = /^([A-Z]+)0*(\d+)$/.exec(compact);
  if (parts) {
    const byNumber = ruleset.categories.find((c) => {
      const code = /^([A-Z]+)0*(\d+)$/.exec(c.code);
      return code?.[1] === parts[1] && code?.[2] === parts[2];
    });
    if (byNumber) return byNumber;
  }
  const lower = written.trim().toLowerCase();
  const byName = ruleset.categories.find((c) => c.name.toLowerCase() === lower || c.namePl.toLowerCase() === lower);
  if (byName) return byName;
  // Near-miss names only: a near-miss code (E09) could be any category.
  const name = nearest(lower, ruleset.categories.map((c) => c.name.toLowerCase()));
  return ruleset.categories.find((c) => c.name.toLowerCase() === name);
}

export default check;
