import type { Check } from '../types.js';

/** A section's counted text over its limit, with count, limit and overflow. */
const check: Check = {
  id: 'section-length',
  description: "Each section's counted text is within its limit.",
  severity: 'error',
  messages: {
    tooLong: 'The section "{{title}}" has {{count}} characters; the limit is {{limit}}: cut {{overflow}}',
  },
  check(doc, ctx) {
    for (const section of doc.sections) {
      const rule = section.id === null ? undefined : ctx.ruleset.sections[section.id];
      if (!rule || section.characters <= rule.limit) continue;
      ctx.report({
        messageId: 'tooLong',
        data: { title: rule.title, count: section.characters, limit: rule.limit, overflow: section.characters - rule.limit },
        at: section.at,
      });
    }
  },
};

export default check;
