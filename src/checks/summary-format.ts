import type { Check } from '../types.js';
import { firstSection, sectionRules, sectionTitle } from './helpers.js';

/** Text beside the summary's list, and nested items, which are not bullets of their own. */
const check: Check = {
  id: 'summary-format',
  description: 'The summary holds only its list, without nested items.',
  severity: 'warning',
  messages: {
    textOutsideList: 'The section "{{title}}" has text outside its bulleted list: make it a bullet or move it to another section',
    nested:
      'Bullet {{number}} of "{{title}}" has {{count}} {{count|nested item|nested items}}: {{count|it does|they do}} not count as {{count|a bullet|bullets}} and the entry form may not show {{count|its|their}} indentation',
  },
  check(doc, ctx) {
    for (const [id, rule] of sectionRules(ctx.ruleset)) {
      if (rule.bullets === undefined) continue;
      const section = firstSection(doc, id);
      if (!section) continue;
      const title = sectionTitle(rule);
      const hasList = section.blocks.some((b) => b.kind === 'list');
      let number = 0;
      for (const block of section.blocks) {
        if (block.kind !== 'list') {
          // With no list at all, summary-bullets already says what to do.
          if (hasList) ctx.report({ messageId: 'textOutsideList', data: { title }, at: block.at });
          continue;
        }
        for (const item of block.items) {
          number++;
          const first = item.nested[0];
          if (first) ctx.report({ messageId: 'nested', data: { title, number, count: item.nested.length }, at: first });
        }
      }
    }
  },
};

export default check;
