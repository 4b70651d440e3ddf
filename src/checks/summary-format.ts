import { isPastedMarker, listPoints } from '../parse/markdown.js';
import type { Check } from '../types.js';
import { firstSection, sectionRules, sectionTitle } from './helpers.js';

/**
 * What the summary's list looks like in the plain-text form: text beside it, nested
 * items (points of their own, counted by summary-bullets), numbers where the page asks
 * for bullets, and pasted bullet characters, which the form shows as typed.
 */
const check: Check = {
  id: 'summary-format',
  description: 'The summary holds only a bulleted list, without nested items, numbers or pasted bullet characters.',
  severity: 'warning',
  messages: {
    textOutsideList: 'The section "{{title}}" has text outside its bulleted list: make it a bullet or move it to another section',
    nested:
      'Bullet {{number}} of "{{title}}" has {{count}} {{count|nested item|nested items}}: {{count|it is a point of its own and counts|each is a point of its own and counts}} toward the limit of {{limit}} {{limit|bullet|bullets}}; lift {{count|it|them}} to the top level or fold {{count|it|them}} into the bullet',
    ordered: 'The section "{{title}}" is a numbered list ("{{marker}}"): the page asks for a bulleted list, so start each item with "- "',
    pasted: 'The section "{{title}}" marks bullets with "{{marker}}": iba-lint counts them as bullets, and the plain-text form shows "{{marker}}" as typed',
  },
  check(doc, ctx) {
    for (const [id, rule] of sectionRules(ctx.ruleset)) {
      if (rule.bullets === undefined) continue;
      const section = firstSection(doc, id);
      if (!section) continue;
      const title = sectionTitle(rule);
      const points = listPoints(section.blocks);
      // With no list at all, summary-bullets already says what to do.
      if (points.length === 0) continue;
      // Once per section, at the first numbered point; once per pasted character, at its first use.
      const numbered = points.find((p) => /^\d/.test(p.marker));
      if (numbered) ctx.report({ messageId: 'ordered', data: { title, marker: numbered.marker }, at: numbered.at });
      const seen = new Set<string>();
      for (const point of points) {
        if (!isPastedMarker(point.marker) || seen.has(point.marker)) continue;
        seen.add(point.marker);
        ctx.report({ messageId: 'pasted', data: { title, marker: point.marker }, at: point.at });
      }
      let number = 0;
      for (const block of section.blocks) {
        if (block.kind !== 'list') {
          ctx.report({ messageId: 'textOutsideList', data: { title }, at: block.at });
          continue;
        }
        for (const item of block.items) {
          number++;
          const first = item.nested[0];
          if (first) ctx.report({ messageId: 'nested', data: { title, number, count: item.nested.length, limit: rule.bullets }, at: first.at });
        }
      }
    }
  },
};

export default check;
