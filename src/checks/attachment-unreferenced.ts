import { basename } from 'node:path';
import type { Check } from '../types.js';
import { firstSection, isVideoEntry, listedEntries, sectionRules, sectionTitle } from './helpers.js';

/** Each attachment is explained in the Attachments section, by file name or title. */
const check: Check = {
  id: 'attachment-unreferenced',
  description: 'The Attachments section mentions every listed attachment by file name or title (a video entry answers it on film).',
  severity: 'warning',
  messages: {
    unreferenced: 'Attachment "{{name}}" is never mentioned in "{{title}}": say how it supports the nomination, by its file name or title',
    noSection: 'Attachment "{{name}}" is listed but there is no "{{title}}" section to explain it: add "## {{title}}"',
  },
  check(doc, ctx) {
    // The page's video "answers all the same questions", question c too: its attachments need no section.
    if (isVideoEntry(doc)) return;
    const attachments = listedEntries(doc, 'attachments', 'path');
    const entry = sectionRules(ctx.ruleset).find(([, rule]) => rule.describesAttachments);
    if (!entry || attachments.length === 0) return;
    const [id, rule] = entry;
    const section = firstSection(doc, id);
    const text = section?.text.toLowerCase() ?? '';
    for (const attachment of attachments) {
      const name = basename(attachment.value);
      const names = [name, attachment.title].filter((n): n is string => !!n && n.trim() !== '');
      if (section && names.some((n) => mentions(text, n))) continue;
      ctx.report({
        messageId: section ? 'unreferenced' : 'noSection',
        data: { name: attachment.title ?? name, title: sectionTitle(rule) },
        at: doc.frontMatter.valueAt(attachment.path),
      });
    }
  },
};

/**
 * Whether `text` (lower-case NFC) names `name` as a whole: `a.pdf` is not mentioned
 * by `data.pdf`. Names are NFC too, as file names are often decomposed on macOS.
 */
function mentions(text: string, name: string): boolean {
  const needle = name.normalize('NFC').toLowerCase();
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}_.-]/u.test(before) && !/[\p{L}\p{N}_-]/u.test(after)) return true;
  }
  return false;
}

export default check;
