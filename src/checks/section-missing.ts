import { TERMS } from '../i18n/terms.js';
import type { Check } from '../types.js';
import { FILE_START, firstSection, isVideoEntry, sectionRules, sectionTitle } from './helpers.js';
import { meantSection } from './meant-section.js';

/** Required sections present and not empty (a video entry answers them on film). */
const check: Check = {
  id: 'section-missing',
  description: 'Every required section is present and has text, unless the entry is a video.',
  severity: 'error',
  messages: {
    missing: 'The required section "{{title}}" is missing: add a "## {{title}}" heading with {{description}}',
    missingMeant: 'The required section "{{title}}" is missing; "## {{heading}}" on line {{line}} may be meant as it: name it "## {{title}}"',
    empty: 'The section "{{title}}" is empty: write {{description}}',
  },
  check(doc, ctx) {
    if (isVideoEntry(doc)) return;
    for (const [id, rule] of sectionRules(ctx.ruleset)) {
      if (!rule.required) continue;
      const section = firstSection(doc, id);
      if (section && section.text !== '') continue;
      // What to write, in the page's words: the ruleset's description in each language,
      // else a generic "its text" (a ruleset need not describe its sections).
      const description = { en: lower(rule.description) ?? TERMS.sectionText.en, pl: lower(rule.descriptionPl) ?? TERMS.sectionText.pl };
      const data = { title: sectionTitle(rule), description };
      // A heading that names no section but is close to this one is the likely culprit: say so there.
      const meant = section ? undefined : doc.sections.find((s) => s.id === null && meantSection(s.heading, ctx.ruleset)?.id === id);
      if (meant) ctx.report({ messageId: 'missingMeant', data: { title: data.title, heading: meant.heading, line: meant.at.line }, at: meant.at });
      else if (!section) ctx.report({ messageId: 'missing', data, at: FILE_START });
      // Empty means no text at all: under a words unit, a section of only emoji counts 0 but is not empty.
      else if (section.text === '') ctx.report({ messageId: 'empty', data, at: section.at });
    }
  },
};

/** A description continues the message's sentence, so it starts in lower case. */
function lower(text: string | undefined): string | undefined {
  return text?.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

export default check;
