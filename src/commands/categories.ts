import { table } from '../formatters/table.js';
import { loadStringWidth } from '../formatters/width.js';
import { loadRuleset } from '../ruleset/load.js';
import { jsonSafe, lineStart, visible } from '../sanitize.js';
import type { Ruleset } from '../types.js';
import type { CliIo } from './io.js';

export interface CategoriesCommandOptions {
  format: 'text' | 'json';
  ruleset?: string;
}

/** `iba-lint categories`: prints the list; a ruleset's names may be in any script, so widths are exact. */
export async function categoriesCommand(options: CategoriesCommandOptions, io: CliIo): Promise<number> {
  await loadStringWidth();
  io.stdout(categoriesReport(loadRuleset(options.ruleset, io.cwd), options.format));
  return 0;
}

/** `iba-lint categories`: the ruleset's codes with their English and Polish names. */
export function categoriesReport(ruleset: Ruleset, format: 'text' | 'json'): string {
  if (format === 'json') {
    return `${jsonSafe(JSON.stringify(
      ruleset.categories.map((c) => ({ code: c.code, name: c.name, namePl: c.namePl, new: c.new === true, description: c.description ?? null })),
      null,
      2,
    ))}\n`;
  }
  // A ruleset named with --ruleset is the user's, but its text is shown, never obeyed.
  const rows = [['Code', 'Category', 'Kategoria'], ...ruleset.categories.map((c) => [c.code, c.name + (c.new ? ' (new)' : ''), c.namePl].map(visible))];
  return `${lineStart(visible(ruleset.competition))}\n\n${table(rows, ['left', 'left', 'left']).join('\n')}\n`;
}
