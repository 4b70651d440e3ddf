/**
 * The human report's notes (src/report-notes.ts): a section that line breaks counted
 * as two characters would put over its limit, and an essay without links or
 * attachments. Notes, not messages: no exit code, no --max-warnings, not in the JSON.
 */
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { lintText } from '../../src/lint.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { Ruleset } from '../../src/types.js';

const ruleset = loadRuleset();
const LINKED = 'category: E01\nnominee: Team\nlinks:\n  - https://bank.example/report';
const entry = (summary: string, front = LINKED) => `---\n${front}\n---\n## Achievements\nThe team answered every call.\n\n## Summary\n${summary}\n`;
const report = (text: string, locale: 'en' | 'pl' = 'en', rules: Ruleset = ruleset) => {
  const result = lintText(text, { ruleset: rules, filePath: '/n/entry.md', locale });
  return { result, out: formatters.stylish([result], { color: false, cwd: '/n', ruleset: rules, locale }) };
};
/** A summary of `lines` bullets, `length` characters in all (the ruleset's unit). */
const summaryOf = (lines: number, length: number): string => {
  const each = Math.floor((length - (lines - 1)) / lines);
  const rows = Array.from({ length: lines }, () => `- ${'x'.repeat(each - 2)}`);
  rows[0] += 'y'.repeat(length - (lines - 1) - each * lines);
  return rows.join('\n');
};

describe('line breaks counted twice', () => {
  const limit = ruleset.sections.summary!.limit;

  it('within the limit, but over it with each break counted two: a note with both counts', () => {
    const { result, out } = report(entry(summaryOf(10, limit - 5)));
    expect(result.sections.summary!.characters).toBe(limit - 5);
    expect(result.notes?.lineBreaks).toEqual({ summary: { breaks: 9, counted: limit + 4 } });
    expect(out).toContain(`ℹ Summary has 9 line breaks: a form that counts each as two characters, as some browser counters do, would count ${limit + 4} characters, over its limit of ${limit} characters`);
    expect(result.errorCount + result.warningCount).toBe(0);
  });

  it('in Polish, each number with its unit', () => {
    const { out } = report(entry(summaryOf(10, limit - 5)), 'pl');
    expect(out).toContain(`ℹ Sekcja „Podsumowanie” ma 9 podziałów wiersza: formularz liczący każdy z nich jako dwa znaki, jak niektóre liczniki w przeglądarkach, policzyłby ${limit + 4} znaki, ponad limit ${limit} znaków`);
  });

  it('no note when the doubled count still fits, nor when the section is over anyway', () => {
    expect(report(entry(summaryOf(10, limit - 9))).result.notes).toBeUndefined();
    expect(report(entry(summaryOf(10, limit + 1))).result.notes?.lineBreaks).toBeUndefined();
  });

  it('no note for a ruleset counted in words: a line break is no word', () => {
    const words: Ruleset = { ...ruleset, unit: 'words', sections: { ...ruleset.sections, summary: { ...ruleset.sections.summary!, limit: 12 } } };
    expect(report(entry('- one two three\n- four five six\n- seven eight nine ten'), 'en', words).result.notes).toBeUndefined();
  });
});

describe('an essay with no links and no attachments', () => {
  it('gets a note with the ruleset\'s maximums, in English and Polish', () => {
    const text = entry('- One point', 'category: E01\nnominee: Team\nlinks: []');
    expect(report(text).result.notes).toEqual({ noLinksOrAttachments: true });
    expect(report(text).out).toContain('ℹ No links or attachments: the rules page calls them optional but highly recommended to support the nomination (up to 10 links and 10 documents)');
    expect(report(text, 'pl').out).toContain('ℹ Brak linków i załączników: strona konkursu nazywa je opcjonalnymi, ale wysoce zalecanymi, by poprzeć kandydaturę przed jury (maksymalnie 10 linków i 10 załączonych dokumentów)');
  });

  it('none with a link, an attachment, for a video entry, or without front matter to read', () => {
    expect(report(entry('- One point')).result.notes).toBeUndefined();
    expect(report(entry('- One point', 'category: E01\nnominee: Team\nattachments: [evidence/log.csv]')).result.notes).toBeUndefined();
    expect(report(entry('- One point', 'category: E01\nnominee: Team\nformat: video\nvideo: {url: https://v.example/1, duration: 60}')).result.notes).toBeUndefined();
    expect(report('## Achievements\nText.\n').result.notes).toBeUndefined();
  });
});

describe('JSON', () => {
  it('has no notes, and each section says its unit', () => {
    const { result } = report(entry(summaryOf(10, ruleset.sections.summary!.limit - 5), 'category: E01\nnominee: Team'));
    expect(result.notes).toEqual({ lineBreaks: expect.any(Object), noLinksOrAttachments: true });
    const json = JSON.parse(formatters.json([result], { ruleset }));
    expect(JSON.stringify(json)).not.toContain('lineBreaks');
    expect(json[0].sections.summary.unit).toBe('characters');
    expect(json[0].sections.achievements.unit).toBe('characters');
  });

  it('formatters check the notes of a result given to them', () => {
    const { result } = report(entry('- x'));
    expect(() => formatters.stylish([{ ...result, notes: { lineBreaks: { summary: { breaks: -1, counted: 3 } } } } as never], {})).toThrow(/notes\.lineBreaks\["summary"\]\.breaks/);
    expect(() => formatters.json([{ ...result, sections: { summary: { ...result.sections.summary!, unit: 'bytes' } } } as never], {})).toThrow(/unit/);
  });
});

// Data filled into the report's words is made visible by formatMessage (src/messages.ts): this holds that for the notes too.
describe('advice and notes show input with visible escapes', () => {
  it('a ruleset title and a quoted sentence holding control characters reach the report escaped', () => {
    const limit = 60;
    const hostile: Ruleset = {
      ...ruleset,
      sections: {
        ...ruleset.sections,
        achievements: { ...ruleset.sections.achievements!, title: 'Ach\u001b[2Jievements', limit },
        summary: { ...ruleset.sections.summary!, title: 'Sum\u0007mary', limit: 50 },
      },
    };
    const text = entry(Array.from({ length: 10 }, () => '- ab').join('\n'), LINKED).replace('The team answered every call.', `Evil \u001b]52;c;x\u0007 sentence. Then ${'a'.repeat(100)}.`);
    const { out } = report(text, 'en', hostile);
    expect(out).toContain('✂ Ach\\e[2Jievements is');
    expect(out).toContain('“Evil \\e]52;c;x\\a sentence.”');
    expect(out).toContain('ℹ Sum\\amary has 9 line breaks');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

