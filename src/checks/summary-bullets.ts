import type { Check } from '../types.js';
import { firstSection, sectionRules, sectionTitle, topLevelItems } from './helpers.js';

/** The summary is a bulleted list of at most the ruleset's number of top-level items. */
const check: Check = {
  id: 'summary-bullets',
  description: 'The summary is a bulleted list with no more top-level items than allowed.',
  severity: 'error',
  messages: {
    noList: 'The section "{{title}}" has no bulleted list: write each accomplishment as a "- " item',
    tooMany: 'The section "{{title}}" has {{count}} {{count|bullet|bullets}}; at most {{limit}} {{limit|bullet is|bullets are}} allowed: remove {{overflow}} {{overflow|bullet|bullets}} (this is bullet {{number}})',
  },
  check(doc, ctx) {
    for (const [id, rule] of sectionRules(ctx.ruleset)) {
      if (rule.bullets === undefined) continue;
      const section = firstSection(doc, id);
      if (!section || section.text === '') continue; // section-missing says so
      const items = topLevelItems(section);
      if (items.length === 0) {
        ctx.report({ messageId: 'noList', data: { title: sectionTitle(rule) }, at: section.at });
        continue;
      }
      const first = items[rule.bullets];
      if (first) {
        const data = { title: sectionTitle(rule), count: items.length, limit: rule.bullets, overflow: items.length - rule.bullets, number: rule.bullets + 1 };
        ctx.report({ messageId: 'tooMany', data, at: first.at });
      }
    }
  },
};

export default check;
