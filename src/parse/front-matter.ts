import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { TERMS } from '../i18n/terms.js';
import { offsetPositions } from '../locate.js';
import type { FrontMatter, FrontMatterError, KeyPath, Position } from '../types.js';

/** Refuses to parse: the only engine iba-lint gives gray-matter for non-YAML front matter. */
class RefusedLanguage extends Error {}
const refuse = (): never => {
  throw new RefusedLanguage();
};
// gray-matter ships a `javascript` engine that runs `eval`; every engine it knows
// by name is replaced, and any other name is refused before gray-matter sees it.
const ENGINES = {
  yaml: { parse: () => ({}) },
  javascript: { parse: refuse },
  js: { parse: refuse },
  json: { parse: refuse },
  coffee: { parse: refuse },
  coffeescript: { parse: refuse },
  cson: { parse: refuse },
};
const YAML_NAMES = new Set(['', 'yaml', 'yml']);
/** Levels of nesting beyond this are an attack, not a nomination (which needs three). */
const MAX_NESTING = 100;
/** Aliases beyond this many in one document are an alias bomb, not a nomination. */
const MAX_ALIASES = 100;
const START: Position = { line: 1, column: 1 };

interface Located {
  key: Position;
  value: Position;
}

/**
 * Splits off and parses the front matter. YAML is parsed by the `yaml` package
 * with positions, so every key can be pointed at; nothing is ever executed.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (!/^---(?!-)/.test(firstLine)) return absent();

  const language = firstLine.slice(3).trim();
  if (!YAML_NAMES.has(language.toLowerCase())) {
    return broken(bodyAfterClose(text), 'language', { language });
  }
  // The block ends at the first line starting with `---`, as gray-matter ends it;
  // the body starts on the line after that one.
  const close = text.indexOf('\n---', 3);
  if (close === -1) return broken(text.split('\n').length + 1, 'unclosed', {});
  const lineEnd = text.indexOf('\n', close + 1);
  let file: { matter: string };
  try {
    // Only the front matter is handed over: gray-matter copies all of its input.
    const block = lineEnd === -1 ? text : text.slice(0, lineEnd + 1);
    file = matter(block, { engines: ENGINES, language: 'yaml' }) as unknown as { matter: string };
  } catch (error) {
    if (error instanceof RefusedLanguage) return broken(bodyAfterClose(text), 'language', { language });
    throw error;
  }
  const bodyStartLine = lineOf(text, close + 1) + 1;
  // gray-matter's block is a slice of line 1 (after `---` and any language name) up to
  // the closing line, so YAML line n is file line n, and line 1 starts at this column.
  const firstColumn = close - file.matter.length + 1;
  return parseYaml(file.matter, bodyStartLine, firstColumn);
}

function parseYaml(source: string, bodyStartLine: number, firstColumn: number): FrontMatter {
  // Positions come from the block's own text, never from the parser's line bookkeeping,
  // so every key, value and problem is placed inside the file (see offsetPositions).
  const pos = offsetPositions(source, firstColumn);
  // Nesting is refused before the parser recurses into it: far past any nomination,
  // it ends in a stack overflow that Node 20 cannot always recover from.
  const tooDeep = deepestNesting(source);
  if (tooDeep) return tooDeeplyNested(bodyStartLine, tooDeep.line);
  const doc = parseDocument(source, {
    prettyErrors: false,
    strict: true,
    // Duplicate keys are found below in one pass; the parser's own check compares each key with every earlier one.
    uniqueKeys: false,
    // YAML 1.1's !!binary, !!timestamp, !!set and !!omap are refused like any other tag, not turned into objects.
    resolveKnownTags: false,
    // Every problem is in doc.errors and doc.warnings, and nothing is printed ('error' prints
    // nothing either; only 'warn' and 'debug' do). Not 'silent': it also drops the error for a
    // second document, so a `...` line would silently end the front matter and hide what follows.
    logLevel: 'error',
  });
  const duplicates = duplicateKeys(doc);
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0 || duplicates.size > 0) {
    const described: FrontMatterError[] = problems.map((p) =>
      describeYamlProblem(p.code, p.message, source.slice(p.pos[0], p.pos[1]), pos(problemStart(source, p.code, p.message, p.pos[0]))),
    );
    for (const [offset, duplicate] of duplicates) {
      described.push({ kind: 'duplicateKey', data: { key: duplicate.key, firstLine: pos(duplicate.first).line }, at: pos(offset) });
    }
    described.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    // One syntax slip makes the yaml parser report several follow-on errors at the
    // same place; the writer needs the first. Duplicate keys and tags are each real.
    const firstSyntax = described.find((e) => e.kind === 'yaml');
    const errors = described.filter((e) => e.kind !== 'yaml' || e === firstSyntax);
    return { ...base(bodyStartLine), present: true, errors };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { ...base(bodyStartLine), present: true, errors: [{ kind: 'yaml', data: { reason: firstSentence(error) }, at: START }] };
  }
  if (data === null || data === undefined) data = {};
  // Aliases can build nesting the text does not show (five anchors of 400 levels make 2,000),
  // or without end (`links: &a [*a]`, a list that holds itself). The root mapping is a level
  // heightOf counts and the text scan does not.
  if (source.includes('*') && heightOf(data) > MAX_NESTING + 1) return tooDeeplyNested(bodyStartLine, START.line);
  if (typeof data !== 'object' || Array.isArray(data)) {
    const at = doc.contents?.range ? pos(doc.contents.range[0]) : { line: 2, column: 1 };
    const found = Array.isArray(data) ? TERMS.aList : TERMS.aSingleValue;
    return { ...base(bodyStartLine), present: true, errors: [{ kind: 'notMapping', data: { found }, at }] };
  }
  // Positions are indexed when a check first asks for one: most files report nothing.
  let located: Map<string, Located> | undefined;
  const find = (path: KeyPath, pick: (l: Located) => Position): Position => {
    if (!located) {
      located = new Map();
      if (doc.contents) indexNode(doc.contents, [], located, pos);
    }
    for (let n = path.length; n > 0; n--) {
      const hit = located.get(pathKey(path.slice(0, n)));
      if (hit) return pick(hit);
    }
    return START;
  };
  return {
    present: true,
    data: data as Record<string, unknown>,
    errors: [],
    keyAt: (path) => find(path, (l) => l.key),
    valueAt: (path) => find(path, (l) => l.value),
    bodyStartLine,
  };
}

function indexNode(node: unknown, path: Array<string | number>, out: Map<string, Located>, pos: (offset: number) => Position): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) continue;
      const keyNode = pair.key as YamlNode;
      const keyPos = keyNode.range ? pos(keyNode.range[0]) : START;
      const valueNode = pair.value as YamlNode | null;
      const valuePos = valueNode?.range ? pos(valueNode.range[0]) : keyPos;
      const childPath = [...path, key];
      out.set(pathKey(childPath), { key: keyPos, value: valuePos });
      indexNode(valueNode, childPath, out, pos);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as YamlNode | null;
      if (!itemNode?.range) return;
      const at = pos(itemNode.range[0]);
      const childPath = [...path, index];
      out.set(pathKey(childPath), { key: at, value: at });
      indexNode(itemNode, childPath, out, pos);
    });
  }
}

const pathKey = (path: KeyPath): string => JSON.stringify(path);

/**
 * Where the writer should look. yaml reports an unclosed quote where it gave up —
 * the end of the front matter — but the slip is the opening quote: no quote of the
 * same kind can stand between the two, so it is the last one before that point.
 */
function problemStart(source: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset;
  const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : null;
  if (!quote) return offset;
  for (let at = source.lastIndexOf(quote, offset - 1); at !== -1; at = source.lastIndexOf(quote, at - 1)) {
    if (quote === "'" || source[at - 1] !== '\\') return at;
  }
  return offset;
}

function tooDeeplyNested(bodyStartLine: number, line: number): FrontMatter {
  const reason = `it is nested more than ${MAX_NESTING} levels deep`;
  return { ...base(bodyStartLine), present: true, errors: [{ kind: 'yaml', data: { reason }, at: { line, column: 1 } }] };
}

/**
 * The first line of YAML text whose nesting goes past MAX_NESTING, or null: flow
 * brackets (`[`, `{`) open outside quotes and comments, plus the indentation and
 * compact `- ` items of block nesting. A linear scan, with no parsing.
 */
function deepestNesting(source: string): { line: number } | null {
  let flow = 0;
  let line = 1;
  let quote: string | null = null;
  // The text starts with the rest of the opening `---` line: spaces there are not indentation.
  let lineStart = false;
  let block = 0;
  // The last character that was not white space: a quote opens a quoted value only where a value starts.
  let previous = '\n';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\n') line++;
    if (quote !== null) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = null;
      previous = char;
      continue;
    }
    if (char === '\n') {
      lineStart = true;
      block = 0;
      previous = '\n';
      continue;
    }
    if (lineStart) {
      // Indentation (two columns a level) and compact items (`- - x`) nest blocks.
      if (char === ' ') block += 0.5;
      else if ((char === '-' || char === '?') && source[i + 1] === ' ') block += 1;
      else lineStart = false;
      if (block > MAX_NESTING) return { line };
      if (lineStart) {
        if (char !== ' ') previous = char;
        continue;
      }
    }
    if (char === '#' && isBlank(source[i - 1] ?? '\n')) {
      const end = source.indexOf('\n', i);
      i = (end === -1 ? source.length : end) - 1;
      continue;
    }
    if ((char === '"' || char === "'") && VALUE_STARTS.includes(previous)) quote = char;
    else if (char === '[' || char === '{') {
      if (++flow > MAX_NESTING) return { line };
    } else if ((char === ']' || char === '}') && flow > 0) flow--;
    if (!isBlank(char)) previous = char;
  }
  return null;
}

const isBlank = (char: string): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r';

const VALUE_STARTS = '\n:-?[{,';

/**
 * How deep parsed data nests, counted without recursion; each shared object is measured
 * once. Data that holds itself (an alias inside its own anchor) nests without end:
 * Infinity, so it is refused before any check walks into it.
 */
function heightOf(root: unknown): number {
  const heights = new Map<object, number>();
  /** Objects being measured: their children are still on the stack. One of them met again is a cycle. */
  const open = new Set<object>();
  const stack: Array<{ node: object; done: boolean }> = [];
  if (root !== null && typeof root === 'object') stack.push({ node: root, done: false });
  const children = (node: object): object[] => Object.values(node).filter((v): v is object => v !== null && typeof v === 'object');
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.done) {
      open.delete(top.node);
      let tallest = 0;
      for (const child of children(top.node)) tallest = Math.max(tallest, heights.get(child) ?? 0);
      heights.set(top.node, 1 + tallest);
      continue;
    }
    if (heights.has(top.node)) continue;
    heights.set(top.node, 0);
    open.add(top.node);
    stack.push({ node: top.node, done: true });
    for (const child of children(top.node)) {
      if (open.has(child)) return Infinity;
      if (!heights.has(child)) stack.push({ node: child, done: false });
    }
    if (stack.length > 1_000_000) return Infinity;
  }
  return root !== null && typeof root === 'object' ? (heights.get(root) ?? 0) : 0;
}

interface DuplicateKey {
  key: string;
  /** Offset of the key's first writing in the same mapping. */
  first: number;
}

/**
 * Every key written again in its mapping, by the offset where yaml reports it (its
 * first character), with the offset of its first writing. One pass over the
 * document, however many duplicates there are.
 */
function duplicateKeys(doc: Document): Map<number, DuplicateKey> {
  const found = new Map<number, DuplicateKey>();
  // Each mapping and list once, without recursion (nesting is already bounded, but a loop costs nothing).
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        pending.push(pair.value);
        if (!isScalar(key) || !key.range) continue;
        // Compared as the property names they become (toJS): `1` and "1", `true` and "true" are one key.
        const name = String(key.value);
        const earlier = first.get(name);
        if (earlier === undefined) first.set(name, key.range[0]);
        else found.set(key.range[0], { key: String(key.value), first: earlier });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return found;
}

function describeYamlProblem(code: string, message: string, written: string, at: Position): FrontMatterError {
  if (code === 'TAG_RESOLVE_FAILED' || code === 'BAD_TAG') return { kind: 'tag', data: { tag: written.trim().split(/\s/)[0] ?? '' }, at };
  // A `...` (or a second `---`) line inside the block ends the YAML document: what follows would be ignored.
  if (code === 'MULTIPLE_DOCS') return { kind: 'yaml', data: { reason: 'a "..." line ends it early, so the keys after that line would be ignored: remove the line' }, at };
  return { kind: 'yaml', data: { reason: firstSentence(message) }, at };
}

function firstSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}

function base(bodyStartLine: number): FrontMatter {
  return { present: false, data: null, errors: [], keyAt: () => START, valueAt: () => START, bodyStartLine };
}

function absent(): FrontMatter {
  return {
    ...base(1),
    errors: [{ kind: 'missing', data: {}, at: START }],
  };
}

function broken(bodyStartLine: number, kind: FrontMatterError['kind'], data: FrontMatterError['data']): FrontMatter {
  return { ...base(bodyStartLine), present: true, errors: [{ kind, data, at: START }] };
}

/** The line after the closing `---` of a front-matter block that will not be parsed. */
function bodyAfterClose(text: string): number {
  const match = /\n---[ \t]*(\n|$)/.exec(text);
  return match ? lineOf(text, match.index + match[0].length) : 1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
