import { normalizeHeading } from '../parse/sections.js';
import { nearest } from '../suggest.js';
import type { Ruleset } from '../types.js';

/**
 * For a heading that names no section, the alias it most likely misspells and that
 * alias's section: shared by unknown-section (did you mean) and section-missing (which
 * heading may be the missing section). Compared as the matcher compares (normalised,
 * notes and Required/Optional words gone), first whole, then by its first words, so
 * a page label pasted whole with a typo ("Opis osiągnięc kandydata od …") still finds
 * its short alias.
 */
export function meantSection(heading: string, ruleset: Ruleset): { id: string; alias: string } | undefined {
  const text = normalizeHeading(heading);
  if (text === '') return undefined;
  const aliases = aliasesOf(ruleset);
  const found = nearest(text, [...aliases.keys()]);
  if (found) return aliases.get(found);
  const words = text.split(' ');
  for (const count of new Set([...aliases.keys()].map((alias) => alias.split(' ').length))) {
    if (count >= words.length) continue;
    // The first words are only part of the heading, so they must be closer: one edit in eight.
    const start = words.slice(0, count).join(' ');
    const prefix = nearest(start, [...aliases.keys()].filter((alias) => alias.split(' ').length === count), Math.max(1, Math.floor(start.length / 8)));
    if (prefix) return aliases.get(prefix);
  }
  return undefined;
}

/** Each normalised alias with its section id and the alias as the ruleset writes it (for messages). */
function aliasesOf(ruleset: Ruleset): Map<string, { id: string; alias: string }> {
  const map = new Map<string, { id: string; alias: string }>();
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    for (const alias of rule.aliases) map.set(normalizeHeading(alias), { id, alias });
  }
  return map;
}
