import { knownKeys } from '../schema/nomination.js';
import { nearest } from '../suggest.js';
import { renameKey } from './fixes.js';
import type { Check, KeyPath } from '../types.js';

/** Keys the format does not know, at any depth, with the nearest known key. */
const check: Check = {
  id: 'unknown-key',
  description: 'Every front-matter key is one the nomination format knows.',
  severity: 'warning',
  fixable: true,
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
      // The clear renames are worked out only for a mapping with an unknown key: most have none.
      let renames: Map<string, string> | undefined;
      for (const [key, child] of Object.entries(value)) {
        if (!known.includes(key)) {
          const suggestion = nearest(key, known);
          const name = [...path.filter((p) => typeof p === 'string'), key].join('.');
          const rename = (renames ??= clearRenames(Object.keys(value), known)).get(key);
          const fix = rename === undefined ? undefined : renameKey(doc, [...path, key], rename);
          ctx.report(
            suggestion
              ? { messageId: 'suggest', data: { key: name, suggestion }, at: doc.frontMatter.keyAt([...path, key]), ...(fix && { fix }) }
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

/**
 * The unknown keys of one mapping that --fix may rename: each has exactly one known
 * key within typo distance (see nearest), a key the mapping does not hold yet and no
 * other unknown key would take too — a rename must never make a duplicate key.
 */
function clearRenames(keys: readonly string[], known: readonly string[]): Map<string, string> {
  // Sets and counts: a hostile mapping may hold thousands of keys.
  const present = new Set(keys);
  const candidates = new Map<string, string>();
  const takers = new Map<string, number>();
  for (const key of keys) {
    if (known.includes(key)) continue;
    const within = known.filter((k) => nearest(key, [k]) !== undefined);
    if (within.length !== 1 || present.has(within[0]!)) continue;
    candidates.set(key, within[0]!);
    takers.set(within[0]!, (takers.get(within[0]!) ?? 0) + 1);
  }
  return new Map([...candidates].filter(([, to]) => takers.get(to) === 1));
}

export default check;
