import type { NominationDoc, ReportNotes, Ruleset } from './types.js';

/**
 * What the human report notes besides the problems: facts a writer may want, which
 * are no rule broken and so no message (nothing for an exit code or --max-warnings
 * to count). Only computed here, from the parsed entry; the stylish report words them.
 */
export function reportNotes(doc: NominationDoc, ruleset: Ruleset): { notes?: ReportNotes } {
  const notes: ReportNotes = {};
  const breaks = breaksOverLimit(doc, ruleset);
  if (breaks) notes.lineBreaks = breaks;
  if (hasNoEvidence(doc)) notes.noLinksOrAttachments = true;
  return Object.keys(notes).length > 0 ? { notes } : {};
}

/**
 * Sections within their limit that would be over it if each line break counted two
 * characters, as some browser counters count the CR LF a form submits. Only for a
 * ruleset counted in characters: a line break is no word.
 */
function breaksOverLimit(doc: NominationDoc, ruleset: Ruleset): ReportNotes['lineBreaks'] {
  if (ruleset.unit !== 'characters') return undefined;
  const found: NonNullable<ReportNotes['lineBreaks']> = {};
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const section = doc.sections.find((s) => s.id === id);
    if (!section || section.characters > rule.limit) continue;
    let breaks = 0;
    for (let at = section.text.indexOf('\n'); at !== -1; at = section.text.indexOf('\n', at + 1)) breaks++;
    if (section.characters + breaks > rule.limit) found[id] = { breaks, counted: section.characters + breaks };
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** An essay entry whose front matter lists no links and no attachments ("optional, but highly recommended"). */
function hasNoEvidence(doc: NominationDoc): boolean {
  const data = doc.frontMatter.data;
  if (!data || data.format === 'video') return false;
  const none = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  return none(data.links) && none(data.attachments);
}
