import type { Check, KeyPath } from '../types.js';
import { listedEntries } from './helpers.js';

/** The same URL listed twice wastes one of the ten links. */
const check: Check = {
  id: 'duplicate-link',
  description: 'No URL is listed twice.',
  severity: 'warning',
  messages: {
    duplicate: 'Link "{{url}}" is listed twice (first on line {{firstLine}}): remove one',
  },
  check(doc, ctx) {
    const seen = new Map<string, KeyPath>();
    for (const link of listedEntries(doc, 'links', 'url')) {
      const key = comparable(link.value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, link.path);
      else ctx.report({ messageId: 'duplicate', data: { url: link.value, firstLine: doc.frontMatter.valueAt(first).line }, at: doc.frontMatter.valueAt(link.path) });
    }
  },
};

/** URLs that open the same page compare equal: case of scheme and host, a trailing slash. */
function comparable(value: string): string {
  try {
    return new URL(value.trim()).href.replace(/\/$/, '');
  } catch {
    return value.trim();
  }
}

export default check;
