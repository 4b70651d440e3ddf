import { basename } from 'node:path';
import type { Check } from '../types.js';
import { firstSection, listedEntries, sectionRules } from './helpers.js';

/** Each attachment is explained in the Attachments section, by file name or title. */
const check: Check = {
  id: 'attachment-unreferenced',
  description: 'The Attachments section mentions every listed attachment by file name or title.',
  severity: 'warning',
  messages: {
    unreferenced: 'Attachment "{{name}}" is never mentioned in "{{title}}": say how it supports the nomination, by its file name or title',
    noSection: 'Attachment "{{name}}" is listed but there is no "{{title}}" section to explain it: add "## {{title}}"',
  },
  check(doc, ctx) {
    const entry = sectionRules(ctx.ruleset).find(([, rule]) => rule.describesAttachments);
    if (!entry) return;
    const [id, rule] = entry;
    const section = firstSection(doc, id);
    const text = section?.text.toLowerCase() ?? '';
    for (const attachment of listedEntries(doc, 'attachments', 'path')) {
      const name = basename(attachment.value);
      const names = [name, attachment.title].filter((n): n is string => !!n && n.trim() !== '');
      // The section text is NFC (SPEC §3); file names, often decomposed on macOS, must be too.
      if (section && names.some((n) => text.includes(n.normalize('NFC').toLowerCase()))) continue;
      ctx.report({
        messageId: section ? 'unreferenced' : 'noSection',
        data: { name: attachment.title ?? name, title: rule.title },
        at: doc.frontMatter.valueAt(attachment.path),
      });
    }
  },
};

export default check;
