import type { Check } from '../types.js';
import { titleOf } from './helpers.js';

/** The same section twice: the form has one box per section. */
const check: Check = {
  id: 'section-duplicate',
  description: 'Each section appears once.',
  severity: 'error',
  messages: {
    duplicate: 'The section "{{title}}" appears again (first on line {{firstLine}}): merge the two into one',
  },
  check(doc, ctx) {
    const firstLine = new Map<string, number>();
    for (const section of doc.sections) {
      if (section.id === null) continue;
      const first = firstLine.get(section.id);
      if (first === undefined) firstLine.set(section.id, section.at.line);
      else ctx.report({ messageId: 'duplicate', data: { title: titleOf(ctx.ruleset, section.id), firstLine: first }, at: section.at });
    }
  },
};

export default check;
