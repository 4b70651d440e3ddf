import { knownKeys } from '../schema/nomination.js';
import { nearest } from '../suggest.js';
import type { Check, KeyPath } from '../types.js';

/** Keys the format does not know, at any depth, with the nearest known key. */
const check: Check = {
  id: 'unknown-key',
  description: 'Every front-matter key is one the nomination format knows.',
  severity: 'warning',
  messages: {
    unknown: 'Unknown key "{{key}}" is ignored; known keys here are {{known}}',
    suggest: 'Unknown key "{{key}}" is ignored; did you mean "{{suggestion}}"?',
  },
  check(doc, ctx) {
    const visit = (value: unknown, path: KeyPath): void => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, [...path, index]));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const known = knownKeys(path);
      if (!known) return;
      for (const [key, child] of Object.entries(value)) {
        if (!known.includes(key)) {
          const suggestion = nearest(key, known);
          const name = [...path.filter((p) => typeof p === 'string'), key].join('.');
          ctx.report(
            suggestion
              ? { messageId: 'suggest', data: { key: name, suggestion }, at: doc.frontMatter.keyAt([...path, key]) }
              : { messageId: 'unknown', data: { key: name, known: known.join(', ') }, at: doc.frontMatter.keyAt([...path, key]) },
          );
          continue;
        }
        visit(child, [...path, key]);
      }
    };
    if (doc.frontMatter.data) visit(doc.frontMatter.data, []);
  },
};

export default check;
