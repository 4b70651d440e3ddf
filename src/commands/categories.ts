import type { Ruleset } from '../types.js';
import { table } from '../formatters/table.js';

/** `iba-lint categories`: the ruleset's codes with their English and Polish names. */
export function categoriesReport(ruleset: Ruleset, format: 'text' | 'json'): string {
  if (format === 'json') {
    return `${JSON.stringify(
      ruleset.categories.map((c) => ({ code: c.code, name: c.name, namePl: c.namePl, new: c.new === true, description: c.description ?? null })),
      null,
      2,
    )}\n`;
  }
  const rows = [['Code', 'Category', 'Kategoria'], ...ruleset.categories.map((c) => [c.code, c.name + (c.new ? ' (new)' : ''), c.namePl])];
  return `${ruleset.competition}\n\n${table(rows, ['left', 'left', 'left']).join('\n')}\n`;
}
