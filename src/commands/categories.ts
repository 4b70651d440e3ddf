import { table } from '../formatters/table.js';
import { displayWidth, loadStringWidth } from '../formatters/width.js';
import type { Locale } from '../i18n/locale.js';
import { loadRuleset } from '../ruleset/load.js';
import { jsonSafe, lineStart, visible } from '../sanitize.js';
import type { Category, Ruleset } from '../types.js';
import { commandLocale } from './command-locale.js';
import type { CliIo } from './io.js';

export interface CategoriesCommandOptions {
  format: 'text' | 'json';
  ruleset?: string;
  locale?: string;
}

/** `iba-lint categories`: prints the list; a ruleset's names may be in any script, so widths are exact. */
export async function categoriesCommand(options: CategoriesCommandOptions, io: CliIo): Promise<number> {
  await loadStringWidth();
  const locale = commandLocale(options.locale, io.cwd, io);
  io.stdout(categoriesReport(loadRuleset(options.ruleset, io.cwd), options.format, locale));
  return 0;
}

/** The words around the list; the names and descriptions themselves are the ruleset's. */
const WORDS: Record<Locale, { header: string[]; isNew(year: number): string }> = {
  en: { header: ['Code', 'Category', 'Kategoria'], isNew: () => ' (new)' },
  // The page's own words for a new category.
  pl: { header: ['Kod', 'Kategoria'], isNew: (year) => ` (nowość w ${year} r.)` },
};

/**
 * `iba-lint categories`: each code with its name and, on the line below, its
 * description. English shows the English and Polish names side by side (the form
 * is in English, the page in Polish); Polish shows the page's Polish name and
 * description. JSON is the same in every language: all names and descriptions.
 */
export function categoriesReport(ruleset: Ruleset, format: 'text' | 'json', locale: Locale = 'en'): string {
  if (format === 'json') {
    return `${jsonSafe(JSON.stringify(
      ruleset.categories.map((c) => ({
        code: c.code,
        name: c.name,
        namePl: c.namePl,
        new: c.new === true,
        description: c.description ?? null,
        descriptionPl: c.descriptionPl ?? null,
      })),
      null,
      2,
    ))}\n`;
  }
  const words = WORDS[locale];
  const names = (c: Category): string[] => {
    const marked = (name: string): string => name + (c.new ? words.isNew(ruleset.year) : '');
    return locale === 'pl' ? [marked(c.namePl)] : [marked(c.name), c.namePl];
  };
  // A ruleset named with --ruleset is the user's, but its text is shown, never obeyed.
  const rows = [words.header, ...ruleset.categories.map((c) => [c.code, ...names(c)].map(visible))];
  const lines = table(rows, rows[0]!.map(() => 'left' as const));
  // A description sits under its category's name, where the second column starts.
  const under = ' '.repeat(2 + Math.max(...rows.map((r) => displayWidth(r[0]!))) + 2);
  const out = [lines[0]!];
  ruleset.categories.forEach((c, i) => {
    out.push(lines[i + 1]!);
    const description = locale === 'pl' ? c.descriptionPl : c.description;
    if (description) out.push(under + visible(description));
  });
  const competition = locale === 'pl' ? (ruleset.competitionPl ?? ruleset.competition) : ruleset.competition;
  return `${lineStart(visible(competition))}\n\n${out.join('\n')}\n`;
}
