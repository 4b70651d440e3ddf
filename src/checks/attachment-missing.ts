import { dirname, isAbsolute, resolve } from 'node:path';
import type { Check } from '../types.js';
import { whereIs } from './attachment-outside.js';
import { listedEntries } from './helpers.js';

/**
 * Attachments must be files beside the nomination, or they cannot be uploaded. Only
 * a relative path that stays in the nomination's folder is looked up: an absolute
 * path or one that climbs out is attachment-outside's alone, and is never probed,
 * so a nomination cannot learn what exists on the machine that checks it.
 */
const check: Check = {
  id: 'attachment-missing',
  description: 'Every listed attachment exists, relative to the nomination file.',
  severity: 'error',
  messages: {
    missing: 'Attachment "{{path}}" does not exist: fix the path (it is relative to the nomination\'s folder) or add the file',
    folder: 'Attachment "{{path}}" is a folder, not a file: give the path of the file itself (it is relative to the nomination\'s folder)',
    special: 'Attachment "{{path}}" is not a regular file (it is a device, FIFO or socket): attach a file',
  },
  check(doc, ctx) {
    const { attachmentKind, filePath } = ctx;
    // Without a real location (stdin without --stdin-filename) there is nothing to resolve against.
    if (!attachmentKind || !filePath || !isAbsolute(filePath)) return;
    for (const attachment of listedEntries(doc, 'attachments', 'path')) {
      if (attachment.value.trim() === '' || whereIs(attachment.value.trim()) !== 'inside') continue;
      const kind = attachmentKind(resolve(dirname(filePath), attachment.value));
      // `file` is what it should be; `outside` (a link that leaves) is attachment-outside's.
      if (kind === 'missing' || kind === 'folder' || kind === 'special') {
        ctx.report({ messageId: kind, data: { path: attachment.value }, at: doc.frontMatter.valueAt(attachment.path) });
      }
    }
  },
};

export default check;
