import type { Check, KeyPath } from '../types.js';
import { removeItem } from './fixes.js';
import { frontMatterData, listedEntries } from './helpers.js';

/** The same URL listed twice wastes one of the ten links. */
const check: Check = {
  id: 'duplicate-link',
  description: 'No URL is listed twice.',
  severity: 'warning',
  fixable: true,
  messages: {
    duplicate: 'Link "{{url}}" is listed twice (first on line {{firstLine}}): remove one',
  },
  check(doc, ctx) {
    const seen = new Map<string, KeyPath>();
    const links = frontMatterData(doc).links as unknown[];
    for (const link of listedEntries(doc, 'links', 'url')) {
      const key = comparable(link.value);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, link.path);
        continue;
      }
      // The later item goes, whole, when it says nothing the first does not (a title of its own would be lost).
      const [index, firstIndex] = [link.path[1] as number, first[1] as number];
      const fix = sameBesidesUrl(links[index], links[firstIndex]) ? removeItem(doc, ['links', index]) : undefined;
      ctx.report({ messageId: 'duplicate', data: { url: link.value, firstLine: doc.frontMatter.valueAt(first).line }, at: doc.frontMatter.valueAt(link.path), ...(fix && { fix }) });
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

/** Two link items hold the same apart from the URL (a string is an item with no other field). */
function sameBesidesUrl(a: unknown, b: unknown): boolean {
  const rest = (item: unknown): string => {
    if (typeof item !== 'object' || item === null) return '{}';
    const { url: _url, ...others } = item as Record<string, unknown>;
    return JSON.stringify(Object.keys(others).sort().map((key) => [key, others[key]]));
  };
  return rest(a) === rest(b);
}

export default check;
