/**
 * Hostile and broken input: nothing crashes, nothing runs, and time stays linear.
 *
 * Everything goes through the pure core (lintText). Inputs nested deep enough to
 * overflow the YAML parser's stack also run through the spawned bin (see `inBin`):
 * such an overflow can abort Node 20 itself, so iba-lint refuses front matter nested
 * more than a hundred levels before parsing it, and these tests would show an abort
 * as a signal rather than lose the test worker.
 *
 * Timing is relative only: time(8n) is compared with time(n) on the same machine in
 * the same run. Linear work gives about 8×; the bound is 8 × 3 plus a little slack,
 * so noise passes and a quadratic blow-up (64×) fails. Set IBA_LINT_TIMINGS=1 to
 * print the measured ratios.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';
import type { FileResult } from '../src/types.js';
import { linearTime } from './helpers/linear-time.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ruleset = loadRuleset();
const lint = (text: string): FileResult => lintText(text, { ruleset, filePath: '/n/entry.md', exists: () => true });

const FRONT = 'category: E01\nnominee: Contact Center';
const BODY = '## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n\n## Attachments\n\nText.\n';
/** A valid nomination with `extra` front-matter lines after the nominee (so they start on line 4). */
const withFront = (extra: string): string => `---\n${FRONT}\n${extra}\n---\n${BODY}`;
/** A valid nomination whose last section, Achievements, holds `text`. */
const withAchievements = (text: string): string => `---\n${FRONT}\n---\n## Summary\n\n- A bullet\n\n## Achievements\n\n${text}\n`;

/** ruleId, messageId, line and column of each message: enough to read a result at a glance. */
const brief = (result: FileResult): Array<[string, string, number, number]> =>
  result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column]);
const frontMatterErrors = (result: FileResult) => result.messages.filter((m) => m.ruleId === 'front-matter');

// ---------------------------------------------------------------------------
// Timing

const expectLinear = linearTime(lint);

// ---------------------------------------------------------------------------
// The built bin, for inputs that could abort the process that parses them

interface BinRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The messages of the last copy of each text. */
  results: Array<Array<{ ruleId: string; messageId: string; message: string }>>;
}

/** Lints `copies` copies of each text in one run of the spawned bin, so an abort shows as a signal, not a lost test worker. */
function inBin(texts: string[], copies = 1): BinRun {
  const dir = mkdtempSync(join(tmpdir(), 'iba-hostile-'));
  texts.forEach((text, t) => {
    for (let c = 0; c < copies; c++) writeFileSync(join(dir, `t${t}-c${String(c).padStart(3, '0')}.md`), text);
  });
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--format', 'json', '--max-file-size', '4000000', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const parsed = run.stdout.startsWith('[') ? (JSON.parse(run.stdout) as Array<{ filePath: string; messages: BinRun['results'][number] }>) : [];
  const last = texts.map((_, t) => parsed.filter((r) => r.filePath.includes(`/t${t}-c`)).at(-1)?.messages ?? []);
  return { status: run.status, signal: run.signal, stderr: run.stderr, results: last };
}

// ---------------------------------------------------------------------------
// A. YAML that attacks

describe('YAML keys named __proto__, constructor and prototype are plain keys', () => {
  const PROTOTYPES: Record<string, object> = {
    Object: Object.prototype,
    Array: Array.prototype,
    Function: Function.prototype,
    String: String.prototype,
    Number: Number.prototype,
    Boolean: Boolean.prototype,
    Date: Date.prototype,
    RegExp: RegExp.prototype,
    Error: Error.prototype,
    Map: Map.prototype,
    Set: Set.prototype,
    Promise: Promise.prototype,
  };
  const ownKeys = () => Object.fromEntries(Object.entries(PROTOTYPES).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
  const pristine = ownKeys();

  afterEach(() => {
    // No built-in prototype gained or lost a property…
    expect(ownKeys()).toEqual(pristine);
    // …and the usual probes of a polluted prototype find nothing.
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.x).toBeUndefined();
    expect(Object.prototype.hasOwnProperty('polluted')).toBe(false);
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect({}.constructor).toBe(Object);
  });

  const cases: Array<[string, string, Array<[string, string, number, number]>, string[]]> = [
    ['__proto__ at the top level, as a flow mapping', '__proto__: {polluted: true}', [['unknown-key', 'unknown', 4, 1]], ['"__proto__"']],
    ['__proto__ at the top level, as a block mapping', '__proto__:\n  polluted: true', [['unknown-key', 'unknown', 4, 1]], ['"__proto__"']],
    ['constructor.prototype', 'constructor: {prototype: {polluted: true}}', [['unknown-key', 'unknown', 4, 1]], ['"constructor"']],
    ['prototype', 'prototype: {polluted: true}', [['unknown-key', 'unknown', 4, 1]], ['"prototype"']],
    [
      '__proto__ nested in prior_win',
      'prior_win: {__proto__: {x: 1}}',
      [
        ['schema', 'required', 4, 1],
        ['schema', 'required', 4, 1],
        ['schema', 'required', 4, 1],
        ['unknown-key', 'unknown', 4, 13],
      ],
      ['"prior_win.__proto__"'],
    ],
    [
      '__proto__ and constructor in list-item mappings',
      'links:\n  - url: https://web.example/a\n    __proto__: {polluted: true}\n  - url: https://web.example/b\n    constructor: {prototype: {polluted: true}}',
      [
        ['unknown-key', 'unknown', 6, 5],
        ['unknown-key', 'unknown', 8, 5],
      ],
      ['"links.__proto__"', '"links.constructor"'],
    ],
    // Had __proto__ become the item's prototype, `path` would be found through it and
    // schema would not ask for one.
    [
      'an attachment whose path is only under __proto__',
      'attachments:\n  - __proto__: {path: evil.pdf}',
      [
        ['schema', 'required', 5, 5],
        ['unknown-key', 'unknown', 5, 5],
      ],
      ['needs "path"', '"attachments.__proto__"'],
    ],
    [
      'a video whose url and duration are only under __proto__',
      'format: video\nvideo:\n  __proto__: {url: "https://youtu.be/abc", duration: 60}',
      [
        ['video', 'noSource', 5, 1],
        ['video', 'noDuration', 5, 1],
        ['unknown-key', 'unknown', 6, 3],
      ],
      ['"video.__proto__"'],
    ],
    [
      'keys named like Object methods',
      'hasOwnProperty: 1\ntoString: 2\nvalueOf: 3\nisPrototypeOf: 4',
      [
        ['unknown-key', 'unknown', 4, 1],
        ['unknown-key', 'unknown', 5, 1],
        ['unknown-key', 'unknown', 6, 1],
        ['unknown-key', 'unknown', 7, 1],
      ],
      ['"hasOwnProperty"', '"toString"', '"valueOf"', '"isPrototypeOf"'],
    ],
    ['a merge key <<', '<<: {polluted: true}', [['unknown-key', 'unknown', 4, 1]], ['"<<"']],
    [
      '__proto__ behind an anchor and an alias',
      'base: &b {__proto__: {polluted: true}}\nlinks: [*b]',
      [
        ['unknown-key', 'unknown', 4, 1],
        ['schema', 'required', 5, 9],
        ['unknown-key', 'unknown', 5, 9],
      ],
      ['"base"', '"links.__proto__"'],
    ],
  ];

  it.each(cases)('%s is reported as a key and pollutes nothing', (_name, extra, expected, mentioned) => {
    const result = lint(withFront(extra));
    expect(brief(result)).toEqual(expected);
    for (const text of mentioned) expect(result.messages.some((m) => m.message.includes(text))).toBe(true);
  });
});

describe('YAML tags are refused and never evaluated', () => {
  const marker = globalThis as unknown as Record<string, unknown>;
  const PAYLOAD = 'function(){ globalThis.__pwned = 1 }';

  it('the payload is live: js-yaml 3 with its full schema builds a function that sets the marker', () => {
    // Without this, the tests below could pass only because the payload does nothing.
    const jsYaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => { nominee: () => void } };
    const loaded = jsYaml.load(`nominee: !!js/function "${PAYLOAD}"`);
    loaded.nominee();
    expect(marker.__pwned).toBe(1);
    delete marker.__pwned;
  });

  const cases: Array<[string, string, string]> = [
    ['!!js/function', `nominee: !!js/function "${PAYLOAD}"`, '!!js/function'],
    ['!!js/function as a folded block', `nominee: !!js/function >\n  ${PAYLOAD}`, '!!js/function'],
    ['!!js/regexp', 'nominee: !!js/regexp /x/g', '!!js/regexp'],
    ['!!js/undefined', 'nominee: !!js/undefined ""', '!!js/undefined'],
    ['!!python/object', 'nominee: !!python/object:os.system ["echo pwned"]', '!!python/object:os.system'],
    ['!!python/object/apply', 'nominee: !!python/object/apply:os.system ["echo pwned"]', '!!python/object/apply:os.system'],
    ['an unknown local tag !mytag', 'nominee: !mytag value', '!mytag'],
    ['a local tag on a mapping', 'nominee: !mytag {a: 1}', '!mytag'],
    ['a verbatim tag', `nominee: !<tag:yaml.org,2002:js/function> "${PAYLOAD}"`, '!<tag:yaml.org,2002:js/function>'],
    ['a tag on a key', `!!js/function "${PAYLOAD}": x\nnominee: y`, '!!js/function'],
    ['a tag on a list item', `nominee: y\nlinks:\n  - !!js/function "${PAYLOAD}"`, '!!js/function'],
  ];

  it.each(cases)('%s is a front-matter tag error', (_name, lines, tag) => {
    const result = lint(`---\ncategory: E01\n${lines}\n---\n${BODY}`);
    const errors = frontMatterErrors(result);
    expect(errors.map((m) => m.messageId)).toEqual(['tag']);
    expect(errors[0]!.message).toContain(`The YAML tag ${tag} is not allowed`);
    // While the front matter cannot be read, its key checks stay silent.
    expect(result.messages.every((m) => m.ruleId === 'front-matter')).toBe(true);
    expect(marker.__pwned).toBeUndefined();
  });

  it('a %TAG directive with a custom handle is a front-matter error, and so is its tag', () => {
    const result = lint(`---\n%TAG !e! tag:evil.example,2024:\ncategory: E01\nnominee: !e!thing ${PAYLOAD}\n---\n${BODY}`);
    expect(frontMatterErrors(result).map((m) => m.messageId).sort()).toEqual(['tag', 'yaml']);
    expect(frontMatterErrors(result).find((m) => m.messageId === 'tag')!.message).toContain('!e!thing');
    expect(marker.__pwned).toBeUndefined();
  });

  // YAML 1.1's !!binary, !!timestamp, !!set and !!omap would reach the checks as a
  // Uint8Array, Date, Set or Map: they are refused like every other tag.
  it.each([
    ['!!binary', 'nominee: !!binary aGVsbG8='],
    ['!!timestamp', 'nominee: !!timestamp 2024-01-01'],
    ['!!set', 'nominee: !!set {a, b}'],
    ['!!omap', 'nominee: !!omap [a: 1]'],
  ])('%s is a front-matter tag error too', (_tag, lines) => {
    const result = lint(`---\ncategory: E01\n${lines}\n---\n${BODY}`);
    expect(frontMatterErrors(result).map((m) => m.messageId)).toEqual(['tag']);
  });
});

describe('an alias bomb ends as a front-matter error', () => {
  const laughs = (levels: number, fanOut: number): string[] => {
    const lines = [`l0: &l0 [${Array(fanOut).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(fanOut).fill(`*l${i - 1}`).join(', ')}]`);
    return lines;
  };

  it.each([
    ['nine levels of nine (a billion laughs)', laughs(9, 9).join('\n')],
    ['thirty levels of two', laughs(30, 2).join('\n')],
    ['a bomb under a key the checks read', `${laughs(9, 9).join('\n')}\nlinks: *l8`],
    ['a bomb of mappings', ['m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}', ...Array.from({ length: 8 }, (_, i) => `m${i + 1}: &m${i + 1} {a: *m${i}, b: *m${i}, c: *m${i}, d: *m${i}, e: *m${i}, f: *m${i}, g: *m${i}, h: *m${i}, i: *m${i}}`)].join('\n')],
  ])('%s', (_name, front) => {
    const result = lint(`---\ncategory: E01\nnominee: X\n${front}\n---\n${BODY}`);
    expect(frontMatterErrors(result)).toMatchObject([{ messageId: 'yaml', message: expect.stringMatching(/alias/i) as unknown }]);
    expect(result.errorCount).toBe(1);
  });
});

describe('very deep nesting and very long values', () => {
  const seq = (depth: number, inner = ''): string => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

  it('90 levels of [, of {a: and of indented mappings parse and are checked like any value', () => {
    // Far past any nomination, still within the hundred levels iba-lint parses.
    const inputs = [
      `x: ${seq(90)}`,
      `x: ${'{a: '.repeat(90)}1${'}'.repeat(90)}`,
      `x:\n${Array.from({ length: 90 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1`,
      `links: ${seq(90, 'https://web.example')}`,
    ];
    const [flowSeq, flowMap, blockMap, links] = inputs.map((extra) => lint(withFront(extra)));
    for (const result of [flowSeq, flowMap, blockMap]) expect(brief(result!)).toEqual([['unknown-key', 'unknown', 4, 1]]);
    expect(links!.messages).toMatchObject([{ ruleId: 'schema', messageId: 'type', line: 4 }]);
  });

  it('5,000 levels of [ (open or closed), 5,000 of {a: and 1,900 of indented mappings end as front-matter errors', () => {
    const inputs = [
      `x: ${'['.repeat(5000)}`,
      `x: ${seq(5000)}`,
      `x: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`,
      // 1.8 MB: indentation grows with depth, so 1,900 levels rather than 5,000.
      `x:\n${Array.from({ length: 1900 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1`,
    ].map(withFront);
    const run = inBin(inputs);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.results).toHaveLength(4);
    for (const messages of run.results) {
      // Refused before the parser recurses into it.
      expect(messages.filter((m) => m.ruleId === 'front-matter').map((m) => m.message)).toEqual([expect.stringContaining('nested more than 100 levels deep')]);
    }
    for (const input of inputs) expect(lint(input).messages[0]).toMatchObject({ ruleId: 'front-matter', messageId: 'yaml' });
  });

  // Past a few thousand levels the yaml package overflows its stack, and Node 20 can
  // then abort in V8's regexp compiler (SIGABRT), which no catch stops: iba-lint
  // refuses nesting past a hundred levels before parsing.
  it('linting 5,000 levels of [ a hundred times in one process never aborts it', () => {
    const run = inBin([withFront(`x: ${seq(5000)}`)], 100);
    expect(run.stderr).not.toContain('FATAL ERROR');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
  });

  // Aliases build nesting the text does not show: five anchors of 400 levels make
  // 2,000, which the checks would walk; the parsed data's depth is checked too.
  it('front matter nested 2,000 levels deep through aliases does not throw', () => {
    const front = [`a: &a ${seq(400)}`, `b: &b ${seq(400, '*a')}`, `c: &c ${seq(400, '*b')}`, `d: &d ${seq(400, '*c')}`, `links: ${seq(400, '*d')}`];
    expect(() => lint(withFront(front.join('\n')))).not.toThrow();
  });

  it('a 500,000-character value is read whole', () => {
    const result = lint(`---\ncategory: E01\nnominee: ${'x'.repeat(500_000)}\n---\n${BODY}`);
    expect(result.messages).toEqual([]);
    const quoted = lint(`---\ncategory: E01\nnominee: "${'x'.repeat(500_000)}"\n---\n${BODY}`);
    expect(quoted.messages).toEqual([]);
  });

  it('a 500,000-character category is one category error, not a crash', () => {
    const result = lint(`---\ncategory: ${'E'.repeat(500_000)}\nnominee: X\n---\n${BODY}`);
    expect(brief(result)).toEqual([['category', 'unknown', 2, 11]]);
  });

  it('a 200,000-line block scalar is read whole', () => {
    const result = lint(`---\ncategory: E01\nnominee: |\n${'  line\n'.repeat(200_000)}---\n${BODY}`);
    expect(result.messages).toEqual([]);
    // The body after it is still found where it is.
    expect(result.sections.achievements).toMatchObject({ characters: 5, line: 200_005 });
  });
});

describe('front matter is parsed in time linear in its size', () => {
  it('a long plain scalar', () => {
    expectLinear('long scalar', (n) => withFront(`title: ${'x'.repeat(n)}`), 62_500, 2);
  });

  it('a long double-quoted scalar', () => {
    expectLinear('long quoted scalar', (n) => withFront(`title: "${'x'.repeat(n)}"`), 62_500, 2);
  });

  it('a block scalar of many lines', () => {
    expectLinear('block scalar', (n) => withFront(`title: |\n${'  line\n'.repeat(n)}`), 25_000);
  });

  it('deep nesting: forty list items, each nested n levels deep', () => {
    // n = 12 and 96: both within the hundred levels iba-lint parses (deeper is refused unparsed).
    const nested = (n: number) => withFront(`links:\n${Array.from({ length: 40 }, () => `  - ${seq(n)}`).join('\n')}`);
    expect(lint(nested(96)).messages.some((m) => m.ruleId === 'front-matter')).toBe(false);
    expectLinear('deep nesting', nested, 12, 10);
  });

  it('many keys, each in its own mapping', () => {
    expectLinear('many keys in many mappings', (n) => withFront(`x:\n${Array.from({ length: n }, (_, i) => `  - {k${i}: v}`).join('\n')}`), 1_000);
  });

  // The yaml package's own duplicate-key check compares each key with every earlier
  // one (quadratic); iba-lint finds duplicates in one pass.
  it('many keys in one mapping', () => {
    const oneMapping = (n: number) => withFront(`x:\n${Array.from({ length: n }, (_, i) => `  k${i}: v`).join('\n')}`);
    expectLinear('many keys in one mapping', oneMapping, 1_250);
  });

  function seq(depth: number): string {
    return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  }
});

// ---------------------------------------------------------------------------
// B. Markdown that attacks

describe('Markdown that attacks is linted, never throws, and is counted as written', () => {
  /** Lints `text` as the whole of the last section, Achievements, and checks its count. */
  function expectCounted(text: string): FileResult {
    const result = lint(withAchievements(text));
    expect(result.sections.achievements).toMatchObject({ characters: text.length, line: 9 });
    expect(result.sections.summary).toMatchObject({ characters: 10, bullets: 1 });
    const tooLong = result.messages.filter((m) => m.ruleId === 'section-length');
    if (text.length > 4900) {
      expect(tooLong).toMatchObject([{ messageId: 'tooLong', line: 9 }]);
      expect(tooLong[0]!.message).toContain(`has ${text.length} characters; the limit is 4900`);
    } else {
      expect(tooLong).toEqual([]);
    }
    return result;
  }

  it('a list nested 2,000 levels deep on one line', () => {
    expectCounted(`${'- '.repeat(2000)}x`);
  });

  it('a list nested 1,300 levels deep by indentation (1.7 MB)', () => {
    expectCounted(Array.from({ length: 1300 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n'));
  });

  it('block quotes nested 10,000 deep', () => {
    expectCounted(`${'> '.repeat(10_000)}x`);
  });

  it.each([
    ['100,000 unclosed [', '['.repeat(100_000)],
    ['100,000 emphasis markers * and _', '*_'.repeat(50_000)],
    ['100,000 backticks', '`'.repeat(100_000)],
    ['100,000 backticks between words', 'a`'.repeat(50_000)],
  ])('%s', (_name, text) => {
    expectCounted(text);
  });

  it('16,000 unclosed <!-- are counted as written (100,000 take too long: see the timing test)', () => {
    // An unclosed comment is not a comment: it is counted.
    expectCounted('<!--'.repeat(16_000));
  });

  it('a 50,000-line Achievements section of headings, paragraphs and bullets', () => {
    const result = expectCounted(manyLines(50_000));
    // Level-3 headings stay inside the section: no other section appears.
    expect(result.messages.filter((m) => m.ruleId === 'unknown-section')).toEqual([]);
    expect(result.fits?.achievements).toEqual(expect.any(String));
  });

  // Past markdown-it's nesting limit the rest of the file goes unread: the limit is
  // set far past what a nomination nests (ten list levels on one line suffice to hit
  // the commonmark preset's).
  it('a list nested ten levels deep does not hide the sections after it', () => {
    const result = lint(`---\n${FRONT}\n---\n## Achievements\n\n${'- '.repeat(10)}x\n\n## Summary\n\n- A bullet\n`);
    expect(result.messages.filter((m) => m.ruleId === 'section-missing')).toEqual([]);
    expect(result.sections.summary).toMatchObject({ characters: 10, line: 9 });
  });
});

describe('Markdown is linted in time linear in its size', () => {
  it.each<[string, (n: number) => string, number, number]>([
    ['a list nested n levels deep on one line', (n) => `${'- '.repeat(n)}x`, 12_500, 4],
    // Indentation grows with depth: depth × √8 gives 8 times the text.
    ['a list nested by indentation', (n) => indentedList(Math.round(160 * Math.sqrt(n / 160))), 160, 2],
    ['block quotes nested n deep', (n) => `${'> '.repeat(n)}x`, 12_500, 4],
    ['n unclosed [', (n) => '['.repeat(n), 12_500, 4],
    ['n emphasis markers', (n) => '*_'.repeat(n / 2), 12_500, 4],
    ['n backticks', (n) => 'a`'.repeat(n / 2), 12_500, 4],
    ['a section of n lines', (n) => manyLines(n), 6_250, 1],
  ])('%s', (name, make, n, reps) => {
    expectLinear(name, (size) => withAchievements(make(size)), n, reps);
  });

  // /<!--[\s\S]*?-->/g would scan from every unclosed `<!--` to the end (quadratic);
  // comments are found with indexOf, stopping at the first unclosed one.
  it('n unclosed <!--', () => {
    expectLinear('unclosed <!--', (n) => withAchievements('<!--'.repeat(n)), 2_000);
  });

  // Finding where to cut an over-long section must not backtrack over a long run of
  // dots or spaces: sentences are found in one pass.
  const overLimit = 'Word. '.repeat(900);
  it('an over-long section with a run of n dots', () => {
    expectLinear('run of dots', (n) => withAchievements(`${overLimit}a${'.'.repeat(n)}b`), 2_000);
  });
  it('an over-long section with a run of n spaces', () => {
    expectLinear('run of spaces', (n) => withAchievements(`${overLimit}a${' '.repeat(n)}b`), 2_000);
  });
});

/** n lines of level-3 headings, paragraphs and bullets, with no trailing white space. */
function manyLines(n: number): string {
  return Array.from({ length: n }, (_, i) => (i % 10 === 0 ? `### Heading ${i}` : i % 3 === 0 ? `- Bullet ${i}` : `Paragraph line ${i} with some text.`)).join('\n');
}

/** A list nested `depth` levels by two more spaces on each line. */
function indentedList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
}
