import { inEvery } from '../i18n/text.js';
import type { Check } from '../types.js';
import { sectionRules, sectionTitle } from './helpers.js';
import { meantSection } from './meant-section.js';

/** Headings that are not sections, and text outside any section: neither is part of the entry. */
const check: Check = {
  id: 'unknown-section',
  description: 'Every `##` heading is a recognised section and all text is inside one.',
  severity: 'warning',
  messages: {
    unknown: '"## {{heading}}" is not a section of the entry form ({{sections}}); its text is not counted or submitted',
    suggest: '"## {{heading}}" is not a section of the entry form; did you mean "## {{suggestion}}"? Its text is not counted or submitted',
    outside: 'This text is outside any section, so it is not part of the entry: move it under {{sections}}',
  },
  check(doc, ctx) {
    const rules = sectionRules(ctx.ruleset);
    const sections = inEvery((locale) => rules.map(([, rule]) => `## ${sectionTitle(rule)[locale]}`).join(', '));
    for (const section of doc.sections) {
      if (section.id !== null) continue;
      const suggestion = meantSection(section.heading, ctx.ruleset)?.alias;
      ctx.report(
        suggestion
          ? { messageId: 'suggest', data: { heading: section.heading, suggestion }, at: section.at }
          : { messageId: 'unknown', data: { heading: section.heading, sections }, at: section.at },
      );
    }
    for (const at of doc.strays) ctx.report({ messageId: 'outside', data: { sections }, at });
  },
};

export default check;
