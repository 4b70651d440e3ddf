import type { Check } from '../types.js';
import { sectionTitle } from './helpers.js';

/** A section's counted text over its limit, with count, limit and overflow. */
const check: Check = {
  id: 'section-length',
  description: "Each section's counted text is within its limit.",
  severity: 'error',
  messages: {
    tooLong: 'The section "{{title}}" has {{count}} {{count|character|characters}}; the limit is {{limit}} {{limit|character|characters}}: cut {{overflow}} {{overflow|character|characters}}',
    tooLongWords: 'The section "{{title}}" has {{count}} {{count|word|words}}; the limit is {{limit}} {{limit|word|words}}: cut {{overflow}} {{overflow|word|words}}',
  },
  check(doc, ctx) {
    // The unit decides the noun of the message; compared as a string, as rulesets may add units.
    const messageId = (ctx.ruleset.unit as string) === 'words' ? 'tooLongWords' : 'tooLong';
    for (const section of doc.sections) {
      const rule = section.id === null ? undefined : ctx.ruleset.sections[section.id];
      if (!rule || section.characters <= rule.limit) continue;
      ctx.report({
        messageId,
        data: { title: sectionTitle(rule), count: section.characters, limit: rule.limit, overflow: section.characters - rule.limit },
        at: section.at,
      });
    }
  },
};

export default check;
