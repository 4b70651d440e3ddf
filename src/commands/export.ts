import { parseNomination } from '../parse/document.js';
import type { Ruleset } from '../types.js';

export interface ExportedSection {
  section: string;
  title: string;
  /** The counted text (SPEC §3): exactly what is pasted into the form. */
  text: string;
  count: number;
  limit: number;
  line: number;
}

/**
 * The counted text of each recognised section — its first occurrence, the one the
 * report counts — so what the writer pastes is what was counted.
 */
export function exportSections(raw: string, ruleset: Ruleset): ExportedSection[] {
  const doc = parseNomination(raw, ruleset);
  const out: ExportedSection[] = [];
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const section = doc.sections.find((s) => s.id === id);
    if (section) out.push({ section: id, title: rule.title, text: section.text, count: section.characters, limit: rule.limit, line: section.at.line });
  }
  return out;
}

/** Every section, each under a header line with its count; for reading, not pasting. */
export function exportReport(sections: readonly ExportedSection[], unit: string): string {
  return sections.map((s) => `===== ${s.title}: ${s.count} / ${s.limit} ${unit} =====\n${s.text}\n`).join('\n');
}
