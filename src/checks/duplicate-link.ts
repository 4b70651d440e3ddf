import type { Check } from '../types.js';
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
    const seen = new Map<string, number>();
    for (const link of listedEntries(doc, 'links', 'url')) {
      const key = comparable(link.value);
      const at = doc.frontMatter.valueAt(link.path);
      const firstLine = seen.get(key);
      if (firstLine === undefined) seen.set(key, at.line);
      else ctx.report({ messageId: 'duplicate', data: { url: link.value, firstLine }, at });
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
