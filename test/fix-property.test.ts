import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';
import type { FileResult } from '../src/types.js';
import { runs, SEED } from './helpers/seed.js';

// Each run lints a nomination several times (fixing passes); only a hang should fail.
vi.setConfig({ testTimeout: 120_000 });

/*
 * Properties of --fix, on nominations made of the mistakes it fixes and of near misses
 * it must leave alone, in every line-ending style: fixing twice is fixing once; after a
 * fix nothing fixable is left; a fix changes no section's count; and a CRLF or BOM file
 * is fixed exactly as its LF twin, its endings kept. (test/property.test.ts checks the
 * first three on its general generators too.)
 */

const ruleset = loadRuleset();
const NUM_RUNS = 150;

const category = fc.constantFrom('E01', 'e1', 'E1', 'e01', 'E 01', '"e3"', "'E 4'", 'EO1', 'E09', 'Best Crisis Response in Customer Service', '[e1]', '&a e1', '|\n  e1');
const otherKey = fc.constantFrom('nominee: A', 'organisation: Bank', 'organization: Bank', 'organizaton: Bank', 'nomine: B', 'titel: T', 'title: T', 'xyzzy: 1', '"organisaton": Q');
const url = fc.constantFrom(
  'https://a.example/x', 'https://A.example/x/', 'a.example/x', 'www.b.example/r?q=1', '"c.example"', "'https://a.example/x'", 'ftp://a.example', 'see below', 'intranet', 'https:example.org', 'b.example:8080/x', 'https://a.example/x # again',
);
const linkItem = fc.oneof(
  { arbitrary: url, weight: 4 },
  { arbitrary: fc.tuple(url, fc.constantFrom('', 'Report', 'Report')).map(([u, t]) => (t ? `{ url: ${u}, title: ${t} }` : `{ url: ${u} }`)), weight: 1 },
  { arbitrary: fc.tuple(url, fc.constantFrom('Report', 'Press')).map(([u, t]) => `\n    url: ${u}\n    title: ${t}`), weight: 1 },
);
const links = fc.tuple(fc.array(linkItem, { maxLength: 6 }), fc.boolean()).map(([items, flow]) => {
  if (items.length === 0) return 'links: []';
  // A flow list takes only one-line items; a mapping of several lines becomes a flow mapping there.
  if (flow) return `links: [${items.map((i) => (i.startsWith('\n') ? `{ ${i.trim().replace(/\n\s+/g, ', ')} }` : i.replace(/ # again$/, ''))).join(', ')}]`;
  return `links:\n${items.map((i) => (i.startsWith('\n') ? `  -${i.replace('\n    ', ' ')}` : `  - ${i}`)).join('\n')}`;
});
const front = fc.tuple(category, fc.array(otherKey, { maxLength: 3 }), links).map(([c, keys, l]) => ['---', `category: ${c}`, ...keys, l, '---'].join('\n'));

/** Words, some with letters decomposed, some with markup or a comment. */
const word = fc.constantFrom('We', 'answered', 'calls', 'Zaz\u0307o\u0301ł\u0107', 'Cafe\u0301', 'Åsa', 'A\u030asa', 'x\u0301', '🚀', '**bold**', '<!-- e\u0301 -->', '2024', '—', '•');
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const bullet = fc.tuple(fc.constantFrom('', '', '', '  ', ' ', '    ', '\t'), fc.constantFrom('- ', '* ', '• ', '•\t', '– ', '◦ ', '▪\u00a0', '1. '), line).map(([indent, marker, text]) => `${indent}${marker}${text}`);
const summary = fc.tuple(fc.option(line, { freq: 4 }), fc.array(bullet, { minLength: 1, maxLength: 8 })).map(([intro, bullets]) => ['## Summary', ...(intro === null ? [] : [intro]), ...bullets].join('\n'));
const achievements = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => ['## Achievements', ...lines].join('\n'));
const body = fc.tuple(achievements, summary, fc.boolean()).map(([a, s, order]) => (order ? [a, '', s] : [s, '', a]).join('\n'));
const lfNomination = fc.tuple(front, body).map(([f, b]) => `${f}\n${b}\n`);

const fix = (text: string): FileResult => lintText(text, { ruleset, fix: true });
const counts = (result: FileResult): Record<string, number | null> => Object.fromEntries(Object.entries(result.sections).map(([id, s]) => [id, s?.characters ?? null]));

describe('--fix on nominations made of the mistakes it fixes', () => {
  it('finds something to fix in most runs (so the properties below are not vacuous)', () => {
    const sample = fc.sample(lfNomination, { numRuns: 100, seed: SEED });
    expect(sample.filter((t) => fix(t).output !== undefined).length).toBeGreaterThan(60);
  });

  it('fixing twice is fixing once, and after a fix nothing fixable is left', () => {
    fc.assert(
      fc.property(lfNomination, (text) => {
        const once = fix(text);
        const fixedText = once.output ?? text;
        expect(once.messages.filter((m) => m.fix).map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
        expect(fix(fixedText).output).toBeUndefined();
      }),
      { numRuns: runs(NUM_RUNS), seed: SEED },
    );
  });

  it('a fix changes no section count: pasted bullets become "- " unit for unit, and letters are counted composed already', () => {
    fc.assert(
      fc.property(lfNomination, (text) => {
        expect(counts(fix(text))).toEqual(counts(lintText(text, { ruleset })));
      }),
      { numRuns: runs(NUM_RUNS), seed: SEED },
    );
  });

  it('a CRLF, CR or BOM file is fixed as its LF twin, keeping its own line endings', () => {
    fc.assert(
      fc.property(lfNomination, fc.constantFrom('\r\n', '\r'), fc.boolean(), (text, ending, bom) => {
        const written = (s: string): string => (bom ? '\uFEFF' : '') + s.replace(/\n/g, ending);
        const fixedLf = fix(text).output;
        expect(fix(written(text)).output).toBe(fixedLf === undefined ? undefined : written(fixedLf));
      }),
      { numRuns: runs(NUM_RUNS), seed: SEED },
    );
  });

  it('each fix alone, applied to the text as given, leaves a text that parses and does not bring back what it fixed', () => {
    fc.assert(
      fc.property(lfNomination, (text) => {
        const before = lintText(text, { ruleset });
        for (const message of before.messages.filter((m) => m.fix)) {
          const { range, text: replacement } = message.fix!;
          const after = lintText(text.slice(0, range[0]) + replacement + text.slice(range[1]), { ruleset });
          // The front matter still parses, and there is one message fewer of that check at that place or it no longer has a fix.
          expect(after.messages.filter((m) => m.ruleId === 'front-matter')).toEqual(before.messages.filter((m) => m.ruleId === 'front-matter'));
          const same = (m: { ruleId: string; messageId: string; message: string }): boolean => m.ruleId === message.ruleId && m.messageId === message.messageId && m.message === message.message;
          expect(after.messages.filter(same).length).toBeLessThan(before.messages.filter(same).length);
        }
      }),
      { numRuns: runs(NUM_RUNS / 3), seed: SEED },
    );
  });
});
