import type { Check } from '../types.js';
import { prefixValue } from './fixes.js';
import { isHttpUrl, listedEntries } from './helpers.js';

/** Links that open as written: absolute http(s) URLs. */
const check: Check = {
  id: 'link-url',
  description: 'Every link is an absolute http: or https: URL.',
  severity: 'error',
  fixable: true,
  messages: {
    invalid: 'Link "{{url}}" is not a full web address: write it in full, starting with https://',
  },
  check(doc, ctx) {
    for (const link of listedEntries(doc, 'links', 'url')) {
      if (isHttpUrl(link.value)) continue;
      const fix = lacksOnlyScheme(link.value) ? prefixValue(doc, link.path, 'https://') : undefined;
      ctx.report({ messageId: 'invalid', data: { url: link.value }, at: doc.frontMatter.valueAt(link.path), ...(fix && { fix }) });
    }
  },
};

/**
 * A web address written without its scheme (`www.example.org/report`,
 * `example.org`): a host name with a dot, and nothing before it that could be a
 * scheme or a path. Only then is `https://` in front a mechanical repair.
 */
export function lacksOnlyScheme(value: string): boolean {
  if (value !== value.trim() || !HOST_FIRST.test(value)) return false;
  return isHttpUrl(`https://${value}`);
}

/** Labels of letters, digits and inner hyphens, at least two, the last of letters, then a port, a path, a query or nothing. */
const HOST_FIRST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]|$)/u;

export default check;
