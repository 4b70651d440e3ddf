import type { Check } from '../types.js';
import type { CheckId } from './ids.js';

/**
 * `links` and `attachments` share one rule shape: at most the ruleset's `max`
 * items, reported at the first item over the limit.
 */
export function listLimitCheck(id: CheckId, key: 'links' | 'attachments', noun: string): Check {
  return {
    id,
    description: `At most the allowed number of ${noun}s are listed under "${key}".`,
    severity: 'error',
    messages: {
      tooMany: `"${key}" lists {{count}} {{count|${noun}|${noun}s}}; at most {{limit}} {{limit|${noun} is|${noun}s are}} allowed: remove {{overflow}} {{overflow|${noun}|${noun}s}} (this is ${noun} {{number}})`,
    },
    check(doc, ctx) {
      const list = doc.frontMatter.data?.[key];
      const limit = ctx.ruleset[key].max;
      if (!Array.isArray(list) || list.length <= limit) return;
      ctx.report({
        messageId: 'tooMany',
        data: { count: list.length, limit, overflow: list.length - limit, number: limit + 1 },
        at: doc.frontMatter.keyAt([key, limit]),
      });
    },
  };
}
