import { isPastedMarker, listPoints } from '../parse/markdown.js';
import { parseNomination } from '../parse/document.js';
import type { Block, Check, Fix, ListPoint, NominationDoc, Ruleset, Section } from '../types.js';
import { offsetAt } from './fixes.js';
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
  fixable: true,
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
        const fix = pastedFix(doc, section, points.filter((p) => p.marker === point.marker), ctx.ruleset);
        ctx.report({ messageId: 'pasted', data: { title, marker: point.marker }, at: point.at, ...(fix && { fix }) });
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

/**
 * Every point pasted with one character written `- ` instead: the character and the
 * space after it, two units for two, so the count stays. Only when the section's lists
 * parse the same afterwards (a Markdown list reads indentation as CommonMark does,
 * which may nest a point differently or make it code): else the writer decides.
 */
function pastedFix(doc: NominationDoc, section: Section, points: ListPoint[], ruleset: Ruleset): Fix | undefined {
  const offsets = points.map((p) => offsetAt(doc, p.at));
  let text = '';
  let from = offsets[0]!;
  for (const offset of offsets) {
    text += `${doc.text.slice(from, offset)}- `;
    from = offset + 2;
  }
  const fix: Fix = { range: [offsets[0]!, from], text };
  const fixed = parseNomination(doc.text.slice(0, fix.range[0]) + text + doc.text.slice(from), ruleset);
  const index = doc.sections.indexOf(section);
  const same = fixed.sections.length === doc.sections.length && listShape(fixed.sections[index]!.blocks) === listShape(section.blocks);
  return same ? fix : undefined;
}

/** The blocks' kinds and lines, and each list item's line with its nested points' lines. */
const listShape = (blocks: Block[]): string =>
  JSON.stringify(blocks.map((b) => (b.kind === 'list' ? b.items.map((item) => [item.at, item.nested.map((n) => n.at)]) : [b.kind, b.at])));

export default check;
