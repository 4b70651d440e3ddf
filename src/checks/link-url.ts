import type { Check } from '../types.js';
import { isHttpUrl, listedEntries } from './helpers.js';

/** Links that open as written: absolute http(s) URLs. */
const check: Check = {
  id: 'link-url',
  description: 'Every link is an absolute http: or https: URL.',
  severity: 'error',
  messages: {
    invalid: 'Link "{{url}}" is not a full web address: write it in full, starting with https://',
  },
  check(doc, ctx) {
    for (const link of listedEntries(doc, 'links', 'url')) {
      if (!isHttpUrl(link.value)) ctx.report({ messageId: 'invalid', data: { url: link.value }, at: doc.frontMatter.valueAt(link.path) });
    }
  },
};

export default check;
