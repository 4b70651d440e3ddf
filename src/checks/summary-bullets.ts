import { listPoints } from '../parse/markdown.js';
import type { Check } from '../types.js';
import { firstSection, sectionRules, sectionTitle } from './helpers.js';

/**
 * The summary is a bulleted list of at most the ruleset's number of points. A point is
 * every list item the judges see: top-level or nested, a Markdown marker or a pasted
 * `•` (listPoints, which the JSON report's `bullets` count uses too).
 */
const check: Check = {
  id: 'summary-bullets',
  description: 'The summary is a bulleted list with no more points, nested ones included, than allowed.',
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
      const points = listPoints(section.blocks);
      if (points.length === 0) {
        ctx.report({ messageId: 'noList', data: { title: sectionTitle(rule) }, at: section.at });
        continue;
      }
      const first = points[rule.bullets];
      if (first) {
        const data = { title: sectionTitle(rule), count: points.length, limit: rule.bullets, overflow: points.length - rule.bullets, number: rule.bullets + 1 };
        ctx.report({ messageId: 'tooMany', data, at: first.at });
      }
    }
  },
};

export default check;
