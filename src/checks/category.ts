import { nearest } from '../suggest.js';
import type { Category, Check, Ruleset } from '../types.js';
import { replaceValue } from './fixes.js';
import { FILE_START, frontMatterData } from './helpers.js';

/** `category` present and a code of the ruleset; suggests the code that was meant. */
const check: Check = {
  id: 'category',
  description: "`category` is one of the ruleset's category codes.",
  severity: 'error',
  fixable: true,
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
    // Fixed only when the code is spelled otherwise (e1, E 01), never a name or a near miss, which a writer must confirm.
    const spelled = typeof value === 'string' ? categorySpelledAs(value, ctx.ruleset) : undefined;
    const fix = spelled && replaceValue(doc, ['category'], spelled.code);
    ctx.report(
      meant
        ? { messageId: 'suggest', data: { value: written, competition, suggestion: meant.code, name: { en: meant.name, pl: meant.namePl } }, at, ...(fix && { fix }) }
        : { messageId: 'unknown', data: { value: written, competition, codes }, at },
    );
  },
};

/**
 * What a writer most likely meant: the same letters and number (`e1`, `E1`, `e01`,
 * `E 01`), a category's name written out, or a near-miss code.
 */
export function intendedCategory(written: string, ruleset: Ruleset): Category | undefined {
  // A letter O typed for a zero (EO1) is a common slip, but not a spelling --fix may correct.
  const byNumber = categorySpelledAs(written, ruleset, true);
  if (byNumber) return byNumber;
  const lower = written.trim().toLowerCase();
  const byName = ruleset.categories.find((c) => c.name.toLowerCase() === lower || c.namePl.toLowerCase() === lower);
  if (byName) return byName;
  // Near-miss names only: a near-miss code (E09) could be any category.
  const name = nearest(lower, ruleset.categories.map((c) => c.name.toLowerCase()));
  return ruleset.categories.find((c) => c.name.toLowerCase() === name);
}

/**
 * The category whose code `written` is, spelled with other case, separators or zero
 * padding (`e1`, `E1`, `e01`, `E 01` for E01): the same letters and number, so the
 * one spelling --fix corrects.
 */
export function categorySpelledAs(written: string, ruleset: Ruleset, letterO = false): Category | undefined {
  const compact = written.replace(/[\s._-]/g, '').toUpperCase();
  const parts = /^([A-Z]+)0*(\d+)$/.exec(letterO ? compact.replace(/^([A-Z])O(?=\d)/, '$10') : compact);
  if (!parts) return undefined;
  return ruleset.categories.find((c) => {
    const code = /^([A-Z]+)0*(\d+)$/.exec(c.code);
    return code?.[1] === parts[1] && code?.[2] === parts[2];
  });
}

export default check;
