import { dirname, isAbsolute, resolve } from 'node:path';
import type { Check } from '../types.js';
import { listedEntries } from './helpers.js';

/** Attachments must exist beside the nomination, or they cannot be uploaded. */
const check: Check = {
  id: 'attachment-missing',
  description: 'Every listed attachment exists, relative to the nomination file.',
  severity: 'error',
  messages: {
    missing: 'Attachment "{{path}}" does not exist: fix the path (it is relative to the nomination\'s folder) or add the file',
  },
  check(doc, ctx) {
    const { exists, filePath } = ctx;
    // Without a real location (stdin without --stdin-filename) there is nothing to resolve against.
    if (!exists || !filePath || !isAbsolute(filePath)) return;
    for (const attachment of listedEntries(doc, 'attachments', 'path')) {
      if (attachment.value.trim() === '') continue; // the schema check says it is empty
      const resolved = resolve(dirname(filePath), attachment.value);
      if (!exists(resolved)) {
        ctx.report({ messageId: 'missing', data: { path: attachment.value }, at: doc.frontMatter.valueAt(attachment.path) });
      }
    }
  },
};

export default check;
