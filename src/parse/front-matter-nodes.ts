import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode, type Pair } from 'yaml';
import type { KeyPath, NominationDoc } from '../types.js';

/**
 * Where front-matter keys, values and list items are written, as offsets into the
 * document's (normalised) text: what a fix needs to edit them, which positions alone
 * do not say. Read only when a check has something to fix, so the YAML is parsed a
 * second time only then, with the parser's options of front-matter.ts.
 */

/** A key or value written on one line, plain or quoted, without anchor or tag: safe to replace whole. */
export interface WrittenScalar {
  start: number;
  end: number;
  quoted: boolean;
}

export interface FrontMatterNodes {
  scalar(path: KeyPath, part: 'key' | 'value'): WrittenScalar | undefined;
  /** The range that removes a list item whole, with what joins it to the list: its line(s) in a block list, `, item` in a flow list. */
  itemRemoval(path: KeyPath): [number, number] | undefined;
}

const cache = new WeakMap<NominationDoc, FrontMatterNodes | null>();

/** The written nodes of a document whose front matter parsed; null when it did not. */
export function frontMatterNodes(doc: NominationDoc): FrontMatterNodes | null {
  let nodes = cache.get(doc);
  if (nodes === undefined) {
    nodes = doc.frontMatter.data ? parseNodes(doc.text) : null;
    cache.set(doc, nodes);
  }
  return nodes;
}

function parseNodes(text: string): FrontMatterNodes | null {
  // The block as front-matter.ts finds it: lines 2 up to the first line starting `---`.
  // The rest of line 1 (a language name, spaces) holds no node, so it is left out.
  const base = text.indexOf('\n');
  const close = text.indexOf('\n---', 3);
  if (base === -1 || close < base) return null;
  const doc = parseDocument(text.slice(base, close), { prettyErrors: false, strict: true, uniqueKeys: false, resolveKnownTags: false, logLevel: 'silent' });
  if (doc.errors.length > 0) return null;

  /** The pair of a mapping key, or the item of a list, that a path names; undefined through an alias or a merge. */
  const find = (path: KeyPath): { pair?: Pair; node: unknown; parent: unknown } | undefined => {
    let node: unknown = doc.contents;
    let parent: unknown;
    let pair: Pair | undefined;
    for (const step of path) {
      parent = node;
      if (typeof step === 'string' && isMap(node)) {
        pair = node.items.filter((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === step).at(-1);
        node = pair?.value;
      } else if (typeof step === 'number' && isSeq(node)) {
        pair = undefined;
        node = node.items[step];
      } else return undefined;
      if (node === undefined) return undefined;
    }
    return { ...(pair && { pair }), node, parent };
  };

  const scalar = (node: unknown): WrittenScalar | undefined => {
    if (!isScalar(node) || !node.range || node.anchor !== undefined || node.tag !== undefined) return undefined;
    const type = node.type;
    if (type !== Scalar.PLAIN && type !== Scalar.QUOTE_DOUBLE && type !== Scalar.QUOTE_SINGLE) return undefined;
    const [start, end] = [base + node.range[0], base + node.range[1]];
    if (text.slice(start, end).includes('\n')) return undefined;
    return { start, end, quoted: type !== Scalar.PLAIN };
  };

  return {
    scalar(path, part) {
      const found = find(path);
      if (!found) return undefined;
      if (part === 'value') return scalar(found.node);
      return found.pair ? scalar(found.pair.key) : undefined;
    },
    itemRemoval(path) {
      const index = path.at(-1);
      const found = find(path);
      if (!found || typeof index !== 'number' || !isSeq(found.parent)) return undefined;
      const item = found.node as YamlNode | null;
      if (!item?.range) return undefined;
      if (found.parent.flow) {
        // `[a, b]` loses `, b`: only when a comma and spaces alone stand between (no comment to lose).
        const previous = found.parent.items[index - 1] as YamlNode | null | undefined;
        if (!previous?.range) return undefined;
        const [from, to] = [base + previous.range[1], base + item.range[1]];
        return /^\s*,\s*$/.test(text.slice(from, base + item.range[0])) ? [from, to] : undefined;
      }
      // A block item: its lines, from the one with its `- ` (nothing else before it) to the one it ends on.
      const start = base + item.range[0];
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, start))) return undefined;
      const end = base + item.range[1];
      const lineEnd = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
      if (lineEnd === -1 || !/^[ \t]*(#.*)?$/.test(text.slice(Math.min(end, lineEnd), lineEnd))) return undefined;
      return [lineStart, lineEnd + 1];
    },
  };
}
