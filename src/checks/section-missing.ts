import { TERMS } from '../i18n/terms.js';
import type { Check } from '../types.js';
import { FILE_START, firstSection, isVideoEntry, sectionRules, sectionTitle } from './helpers.js';

/** Required sections present and not empty (a video entry answers them on film). */
const check: Check = {
  id: 'section-missing',
  description: 'Every required section is present and has text, unless the entry is a video.',
  severity: 'error',
  messages: {
    missing: 'The required section "{{title}}" is missing: add a "## {{title}}" heading with {{description}}',
    empty: 'The section "{{title}}" is empty: write {{description}}',
  },
  check(doc, ctx) {
    if (isVideoEntry(doc)) return;
    for (const [id, rule] of sectionRules(ctx.ruleset)) {
      if (!rule.required) continue;
      const section = firstSection(doc, id);
      // The ruleset describes sections in English only, so Polish asks for the section's text.
      const description = rule.description ? { ...TERMS.sectionText, en: rule.description.replace(/^[A-Z]/, (c) => c.toLowerCase()) } : TERMS.sectionText;
      const data = { title: sectionTitle(rule), description };
      if (!section) ctx.report({ messageId: 'missing', data, at: FILE_START });
      // Empty means no text at all: under a words unit, a section of only emoji counts 0 but is not empty.
      else if (section.text === '') ctx.report({ messageId: 'empty', data, at: section.at });
    }
  },
};

export default check;
