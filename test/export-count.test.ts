/**
 * `export` and the report count each section as SPEC §3 says, checked against counts
 * made without the linter's own code: by hand for small sections, and by a short
 * independent reading of §3 for generated ones. (The other export tests compare the
 * export with the report, which share one count, so they cannot catch a counting bug.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSections } from '../src/commands/export.js';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { ROOT } from './helpers/cli.js';
import { runs, SEED } from './helpers/seed.js';

const ruleset = loadRuleset();
const FRONT = '---\ncategory: E01\nnominee: Team\n---\n';
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-export-count-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * SPEC §3 read directly, for sections written as the generator below writes them (ATX
 * headings at the margin, comments on one line, no code fences): a section is the
 * lines after `## <alias>` up to the next `# ` or `## ` line; comments go, and a line
 * that held only comments goes whole; trailing spaces and tabs go; blank lines at
 * either end go; NFC; the length in UTF-16 code units. The first occurrence counts.
 */
function specCount(markdown: string, title: string): number | null {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l === `## ${title}`);
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && /^##? /.test(l));
  if (end === -1) end = lines.length;
  const kept: string[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const bare = line.replace(/<!--.*?-->/g, '');
    if (bare !== line && bare.trim() === '') continue;
    kept.push(bare.replace(/[ \t]+$/, ''));
  }
  while (kept[0] === '') kept.shift();
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n').normalize('NFC').length;
}

/** The counts as the spawned bin's `export --format json` prints them. */
function exported(markdown: string): Record<string, number> {
  const file = join(dir, 'entry.md');
  writeFileSync(file, markdown);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), 'export', file, '--format', 'json'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const sections = JSON.parse(run.stdout) as Array<{ section: string; text: string; count: number }>;
  return Object.fromEntries(sections.map((s) => [s.section, s.count]));
}

/** Small sections whose counts were worked out by hand from SPEC §3. */
const HAND: Array<{ name: string; markdown: string; counts: Record<string, number> }> = [
  // "- zażółć" is 8: the list marker and its space count, Polish letters are one unit each.
  { name: 'one bullet', markdown: '## Summary\n- zażółć\n', counts: { summary: 8 } },
  // "  Line one." (11) + "\n\n" (2) + "Line two 🚀" (9 + 2): indentation counts, trailing
  // spaces, the comment-only line and the blank lines at either end do not.
  { name: 'prose with a comment line', markdown: '## Achievements\n\n  Line one.   \n\n<!-- note -->\nLine two 🚀\n\n\n', counts: { achievements: 24 } },
  // "a  b" (4): an inline comment goes, the spaces either side of it stay; "e\u0301" is one after NFC.
  { name: 'inline comment and NFD', markdown: '## Attachments\na <!-- x --> b\ne\u0301\n', counts: { attachments: 6 } },
  // CRLF counts as one, like LF: "x\ny" is 3. "### Sub" stays in the section (7 + 1 + 1): 12 in all;
  // "# Title" ends it.
  { name: 'CRLF, a sub-heading, a level-1 end', markdown: '## Summary\r\nx\r\ny\r\n### Sub\r\nz\r\n# Title\r\nnot counted\r\n', counts: { summary: 13 } },
  // The first of two Summary sections counts ("one", 3); an unknown ## heading ends a section.
  { name: 'first occurrence, unknown heading', markdown: '## Summary\none\n## Notes\nn\n## Summary\nsecond\n## Achievements\n**bold**\t\n', counts: { summary: 3, achievements: 8 } },
  // Nothing but a comment and blank lines: 0.
  { name: 'empty', markdown: '## Achievements\n\n<!-- only a note -->\n\n', counts: { achievements: 0 } },
];

describe('section counts, worked out by hand from SPEC §3', () => {
  it.each(HAND)('$name: the bin, the library and the independent reading agree with the hand count', ({ markdown, counts }) => {
    const text = FRONT + markdown;
    expect(exported(text)).toEqual(counts);
    const library = Object.fromEntries(exportSections(text, ruleset).map((s) => [s.section, s.count]));
    expect(library).toEqual(counts);
    const { sections } = lintText(text, { ruleset });
    for (const [id, count] of Object.entries(counts)) {
      expect(sections[id]?.characters, id).toBe(count);
      expect(specCount(text, ruleset.sections[id]!.title), id).toBe(count);
    }
  });
});

describe('section counts against the independent reading of SPEC §3', () => {
  const word = fc.constantFrom('We', 'answered', '94%', 'zażółć', 'e\u0301', 'A\u030a', '🚀', '日本語', '**bold**', '[r](https://e.x)', '<!-- note -->', '<!--x-->', '  ', '\t', '-', '1.', 'a.pdf');
  const line = fc.oneof(
    { arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')), weight: 6 },
    { arbitrary: fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '  ', '\t', ' \t ')).map(([w, pad]) => w.join(' ') + pad), weight: 2 },
    { arbitrary: fc.constantFrom('', '', '   ', '<!-- only a note -->', ' <!-- a --> <!-- b --> ', '### Sub-heading', '- a bullet', '  - nested'), weight: 3 },
  );
  const section = fc.tuple(fc.constantFrom('Achievements', 'Summary', 'Attachments', 'Notes'), fc.array(line, { maxLength: 8 }));
  const document = fc.tuple(fc.array(section, { maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([sections, eol]) =>
    (FRONT + sections.map(([title, lines]) => [`## ${title}`, ...lines].join('\n')).join('\n')).replace(/\n/g, eol),
  );

  it('the library counts each section as the reading does, and exports exactly the sections found', () => {
    fc.assert(
      fc.property(document, (text) => {
        const library = Object.fromEntries(exportSections(text, ruleset).map((s) => [s.section, s.count]));
        const { sections } = lintText(text, { ruleset });
        for (const [id, rule] of Object.entries(ruleset.sections)) {
          const expected = specCount(text, rule.title);
          expect(library[id] ?? null, id).toBe(expected);
          expect(sections[id]?.characters ?? null, id).toBe(expected);
        }
      }),
      { numRuns: runs(300), seed: SEED },
    );
  });
});
