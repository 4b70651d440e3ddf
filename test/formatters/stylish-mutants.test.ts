/**
 * Edges of the stylish report and its table layout (src/formatters/stylish.ts,
 * src/formatters/table.ts) that mutation testing (npm run mutate) found unpinned:
 * each test fails for a one-line change the rest of the suite let pass.
 */
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import stylish from '../../src/formatters/stylish.js';
import { table } from '../../src/formatters/table.js';
import { displayWidth, widthsWereEstimated } from '../../src/formatters/width.js';
import { ignoredResult } from '../../src/ignores.js';
import type { FileResult, SectionSummary } from '../../src/types.js';
import { CLEAN_PATH, context, fileResult, message } from '../helpers/results.js';

/** A section's count as lintText gives it, in the default ruleset's unit. */
const count = (characters: number, limit: number, more: Partial<SectionSummary> = {}): SectionSummary => ({ characters, limit, unit: 'characters', line: 6, ...more });
/** czysty.md with one warning and these sections (the default ruleset's: achievements 4900, summary 1150, attachments 1500). */
const withSections = (sections: FileResult['sections'], more: Partial<FileResult> = {}): FileResult => ({
  ...fileResult(CLEAN_PATH, [message('schema', 1, 1, 1, 'w')]),
  sections,
  ...more,
});
const COUNTED_IN = '  Counted in characters (UTF-16 code units, as browser form counters count them).';
/** Chalk level 1 colours: the report's own SGR codes. */
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const GREEN = '\x1b[32m';

describe('table: which columns are padded', () => {
  it('pads a right-aligned last column to its widest cell', () => {
    expect(table([['a', '1'], ['bb', '100']], ['left', 'right'])).toEqual(['  a     1', '  bb  100']);
  });

  // A last left column is never measured: CJK or emoji only there do not make the
  // CLI load string-width and render the report a second time (commands/lint.ts).
  it('never measures a last left-aligned column, so wide text there is no reason to render again', () => {
    widthsWereEstimated(); // reset
    // string-width is not loaded in this file: a CJK width is still a guess.
    expect(displayWidth('漢')).toBe(1);
    expect(widthsWereEstimated()).toBe(true);
    expect(table([['1', '漢字 🚀'], ['10', 'x']], ['right', 'left'])).toEqual(['   1  漢字 🚀', '  10  x']);
    expect(widthsWereEstimated()).toBe(false);
  });

  it('a stylish report whose only wide text is in messages is laid out once', () => {
    widthsWereEstimated();
    stylish([fileResult(CLEAN_PATH, [message('schema', 2, 1, 1, '漢字 🚀')])], context());
    expect(widthsWereEstimated()).toBe(false);
  });
});

describe('stylish: the section table, byte for byte', () => {
  it('numbers right-aligned, a bar of 20 cells, dots for a section left out, a blank line after each part', () => {
    const result = withSections({ achievements: count(4900, 4900), summary: count(575, 1150, { bullets: 3, bulletLimit: 10 }), attachments: null });
    expect(stylish([result], context())).toBe(
      [
        'czysty.md',
        '  1:1  warning  w  schema',
        '',
        '  Section       Used  Limit',
        '  Achievements  4900   4900  ████████████████████  100%',
        '  Summary        575   1150  ██████████░░░░░░░░░░  50%  3/10 bullets',
        '  Attachments      —   1500  ····················  not included (optional)',
        COUNTED_IN,
        '',
        '✖ 1 problem (0 errors, 1 warning) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('a section exactly at its limit is not over it: no "0 over", no advice where to cut', () => {
    const out = stylish([withSections({ achievements: count(4900, 4900), summary: null, attachments: null }, { fits: { achievements: 'Every call was answered.' } })], context());
    expect(out).toContain('████████████████████  100%\n');
    expect(out).not.toMatch(/over|✂/);
  });

  it('a file the ignore settings left out: its warning, then the tally, and no section table', () => {
    const result = ignoredResult(CLEAN_PATH, context().ruleset!, 'en');
    expect(stylish([result], context())).toBe(
      [
        'czysty.md',
        '  1:1  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to override.  file-ignored',
        '',
        '✖ 1 problem (0 errors, 1 warning) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('a count of bullets without its limit, or a limit without a count, shows no bullets', () => {
    for (const more of [{ bullets: 3 }, { bulletLimit: 10 }]) {
      const out = formatters.stylish([withSections({ achievements: null, summary: count(575, 1150, more), attachments: null })], context());
      expect(out).toContain('  Summary        575   1150  ██████████░░░░░░░░░░  50%\n');
      expect(out).not.toMatch(/bullet|undefined/);
    }
  });
});

describe('stylish: where to cut, quoting the end of the last sentence that fits', () => {
  const cut = (sentence: string): string => {
    const out = stylish([withSections({ achievements: count(5000, 4900), summary: null, attachments: null }, { fits: { achievements: sentence } })], context());
    return out.split('\n').find((line) => line.includes('✂'))!;
  };
  const advice = (quoted: string) => `  ✂ Achievements is 100 characters over the limit: it fits up to “${quoted}” — cut after that`;

  it('a sentence of 60 characters whole', () => {
    const sixty = 'Each call was answered in the caller’s own language, always.';
    expect(sixty).toHaveLength(60);
    expect(cut(sixty)).toBe(advice(sixty));
  });

  it('a longer one from the first whole word of its last 60 characters, after an ellipsis', () => {
    const long = 'In 2024 the team answered every call within a minute, in the caller’s own language, day and night.';
    // Its last 60 characters begin inside "within"; the quote begins at the next word.
    expect(long.slice(-60)).toBe('ithin a minute, in the caller’s own language, day and night.');
    expect(cut(long)).toBe(advice('…a minute, in the caller’s own language, day and night.'));
  });

  it('with each run of spaces and line breaks as one space', () => {
    expect(cut('- One  point\n\n- two.')).toBe(advice('- One point - two.'));
  });
});

describe('stylish: colours say how full a section is', () => {
  const row = (characters: number, limit: number): string => {
    const out = stylish([withSections({ achievements: count(characters, limit), summary: null, attachments: null })], context(true));
    return out.split('\n').find((line) => line.includes('Achievements') && line.includes('█'))!;
  };

  it('green below 90 % of the limit, yellow from 90 % up to the limit itself, red over it', () => {
    expect(row(50, 100)).toContain(`${GREEN}${'█'.repeat(10)}\x1b[39m`);
    expect(row(89, 100)).toContain(`${GREEN}${'█'.repeat(18)}\x1b[39m`);
    expect(row(90, 100)).toContain(`${YELLOW}${'█'.repeat(18)}\x1b[39m`);
    expect(row(100, 100)).toContain(`${YELLOW}${'█'.repeat(20)}\x1b[39m`);
    expect(row(101, 100)).toContain(`${RED}${'█'.repeat(20)}\x1b[39m`);
  });

  it('a count of bullets over its limit is red; at or under it, plain', () => {
    const note = (bullets: number) => stylish([withSections({ achievements: null, summary: count(575, 1150, { bullets, bulletLimit: 10 }), attachments: null })], context(true));
    expect(note(11)).toContain(`${RED}11/10 bullets\x1b[39m`);
    for (const bullets of [10, 3]) {
      expect(note(bullets)).toContain(`  ${bullets}/10 bullets\n`);
    }
  });

  it('the tally is red when there is an error, yellow when there are only warnings', () => {
    const tally = (severity: 1 | 2) => stylish([fileResult(CLEAN_PATH, [message('schema', severity, 1, 1, 'm')])], context(true)).split('\n').at(-2)!;
    expect(tally(2)).toMatch(new RegExp(`^\\x1b\\[31m\\x1b\\[1m✖ 1 problem \\(1 error, 0 warnings\\)`));
    expect(tally(1)).toMatch(new RegExp(`^\\x1b\\[33m\\x1b\\[1m✖ 1 problem \\(0 errors, 1 warning\\)`));
  });
});
