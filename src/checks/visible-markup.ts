import { findMarkup } from '../parse/inline-markup.js';
import type { Localized } from '../i18n/text.js';
import type { Check, Fix, NominationDoc, Section } from '../types.js';
import { offsetAt } from './fixes.js';
import { sectionTitle } from './helpers.js';
import { cursor } from '../parse/cursor.js';
import { sectionBody } from './section-body.js';

/**
 * The entry form is plain text: what Markdown would render reaches the judges as the
 * characters typed, and those characters are in the count. Said per construct, with
 * what it adds; and once per section holding decomposed letters, which the count
 * composes (SPEC §3) but a paste of the file would not.
 */
const check: Check = {
  id: 'visible-markup',
  description: 'The sections hold plain text: no Markdown or HTML that the plain-text form would show as typed, and no decomposed letters.',
  severity: 'warning',
  fixable: true,
  messages: {
    emphasis: 'The form is plain text: "{{markup}}" shows with its asterisks or underscores, which add {{count}} {{count|character|characters}} to the count; remove them',
    code: 'The form is plain text: "{{markup}}" shows with its backticks, which add {{count}} {{count|character|characters}} to the count; remove them',
    link: 'The form is plain text: the link "{{markup}}" shows as typed, adding {{count}} {{count|character|characters}} beyond its text to the count; write the text alone, and list the address under links:',
    html: 'The form is plain text: the HTML "{{markup}}" shows as typed, its tags adding {{count}} {{count|character|characters}} to the count; remove the tags',
    heading: 'The form is plain text: the sub-heading "{{markup}}" shows with its hashes, which add {{count}} {{count|character|characters}} to the count; write it as a line of text',
    table: 'The form is plain text: the table starting "{{markup}}" shows as rows of pipes and dashes, which add {{count}} {{count|character|characters}} to the count; write it as sentences or a list',
    decomposed:
      '{{section}} holds {{count}} {{count|letter|letters}} written decomposed (a letter and a separate accent): iba-lint counts them composed, but pasted from this file they may count double; paste the text that "iba-lint export" prints, which composes them',
  },
  check(doc, ctx) {
    for (const section of doc.sections) {
      const rule = section.id === null ? undefined : ctx.ruleset.sections[section.id];
      if (!rule || section.bodyEndLine < section.bodyStartLine) continue;
      // `at` goes forward only (see cursor): the markup is found in order, the first decomposed letter is looked up anew.
      const { body, at } = sectionBody(doc, section);
      for (const markup of findMarkup(body)) {
        ctx.report({ messageId: markup.kind, data: { markup: markup.source, count: markup.cost }, at: at(markup.offset) });
      }
      const decomposed = body.length - body.normalize('NFC').length;
      if (decomposed > 0) {
        const title = sectionTitle(rule);
        const where: Localized = { en: `The section "${title.en}"`, pl: `Sekcja „${title.pl}”` };
        const first = cursor(body, section.bodyStartLine)(Math.max(0, body.search(/\p{M}/u) - 1));
        ctx.report({ messageId: 'decomposed', data: { section: where, count: decomposed }, at: first, fix: composed(doc, section) });
      }
    }
  },
};

/**
 * The section's body composed (NFC), as an edit of the part that changes: from the
 * first changed unit to the last, never splitting a surrogate pair. NFC is what the
 * count already measures, so the count does not change.
 */
function composed(doc: NominationDoc, section: Section): Fix {
  const start = offsetAt(doc, { line: section.bodyStartLine, column: 1 });
  const written = doc.lines.slice(section.bodyStartLine - 1, section.bodyEndLine).join('\n');
  const nfc = written.normalize('NFC');
  let head = 0;
  while (head < nfc.length && written[head] === nfc[head]) head++;
  if (head > 0 && /[\ud800-\udbff]/.test(written[head - 1]!)) head--;
  let tail = 0;
  while (tail < nfc.length - head && tail < written.length - head && written[written.length - 1 - tail] === nfc[nfc.length - 1 - tail]) tail++;
  if (tail > 0 && /[\udc00-\udfff]/.test(nfc[nfc.length - tail]!)) tail--;
  return { range: [start + head, start + written.length - tail], text: nfc.slice(head, nfc.length - tail) };
}

export default check;
