import { dirname, isAbsolute, posix, resolve, win32 } from 'node:path';
import type { Check } from '../types.js';
import { listedEntries } from './helpers.js';

/**
 * Attachments belong in or below the nomination's folder. A path that starts at
 * the root of a disk, or climbs out with `..`, points at files the entry's
 * repository does not hold: they are not reviewed with it and go missing on
 * another computer. Those are told from the path alone; nothing is opened. A
 * path that looks inside but is (or passes through) a link leading out is told
 * by the injected attachmentKind, which never looks beyond the folder.
 */
const check: Check = {
  id: 'attachment-outside',
  description: "Every attachment is in or below the nomination's folder.",
  severity: 'warning',
  messages: {
    absolute: 'Attachment "{{path}}" is an absolute path: put the file in or below the nomination\'s folder (for example in evidence/) and give the path from there',
    parent: 'Attachment "{{path}}" is outside the nomination\'s folder: move the file in or below it (for example into evidence/) so the entry and its evidence stay together',
    link: 'Attachment "{{path}}" is a link that leads outside the nomination\'s folder: put the file itself in or below the folder (for example in evidence/)',
  },
  check(doc, ctx) {
    const { attachmentKind, filePath } = ctx;
    const located = attachmentKind !== undefined && filePath !== undefined && isAbsolute(filePath);
    for (const attachment of listedEntries(doc, 'attachments', 'path')) {
      const path = attachment.value.trim();
      if (path === '') continue; // the schema check says it is empty
      let where: 'inside' | 'absolute' | 'parent' | 'link' = whereIs(path);
      if (where === 'inside' && located && attachmentKind(resolve(dirname(filePath), attachment.value)) === 'outside') where = 'link';
      if (where !== 'inside') ctx.report({ messageId: where, data: { path: attachment.value }, at: doc.frontMatter.valueAt(attachment.path) });
    }
  },
};

/** `/x`, `C:\x`, `C:x`, `\\server\x` and `~/x` are absolute; `../x` and `a/../../x` leave the folder. */
export function whereIs(path: string): 'inside' | 'absolute' | 'parent' {
  if (posix.isAbsolute(path) || win32.isAbsolute(path) || /^[A-Za-z]:/.test(path) || /^~(?:[\\/]|$)/.test(path)) return 'absolute';
  const normalized = posix.normalize(path.replaceAll('\\', '/'));
  return normalized === '..' || normalized.startsWith('../') ? 'parent' : 'inside';
}

export default check;
