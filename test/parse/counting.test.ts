import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { countedText, countUnits } from '../../src/parse/count.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { nomination } from '../helpers/nomination.js';

const ruleset = loadRuleset();
const lint = (text: string) => lintText(text, { ruleset, filePath: '/nominations/entry.md' });
const sections = (text: string) => lint(text).sections;
/** A nomination with these achievements (and a one-bullet summary). */
const withAchievements = (achievements: string) => nomination({ body: `## Achievements\n${achievements}\n\n## Summary\n- One\n` });
const achievementsCount = (achievements: string) => sections(withAchievements(achievements)).achievements?.characters;

const NFC = 'zażółć';
const NFD = NFC.normalize('NFD');

describe('counting (SPEC §3) through lintText(...).sections', () => {
  it('counts a line break as 1', () => {
    expect(achievementsCount('Line one.\nLine two.')).toBe(19);
  });

  it('counts a CRLF file the same as its LF twin', () => {
    const lf = nomination({ body: '## Achievements\nLine one.\nLine two.\n\n## Summary\n- One\n- Two\n\n## Attachments\nThe chart.\n' });
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(lf);
    expect(sections(crlf)).toEqual(sections(lf));
    expect(sections(crlf).achievements).toEqual({ characters: 19, limit: 4900, unit: 'characters', line: 5 });
    expect(sections(crlf).summary?.characters).toBe('- One\n- Two'.length);
  });

  it('counts old Mac CR-only line endings as LF too', () => {
    expect(sections(withAchievements('Line one.\nLine two.').replace(/\n/g, '\r')).achievements?.characters).toBe(19);
  });

  it('a BOM changes neither the counts nor any position', () => {
    // Indented stray text on line 1 gives a message whose column the BOM could shift.
    const text = '   Intro text\n## Achievements\nSince 2019 we grew.\n\n## Summary\n- One\n';
    const plain = lint(text);
    const bom = lint(`\uFEFF${text}`);
    expect(bom.sections).toEqual(plain.sections);
    expect(bom.sections.achievements).toEqual({ characters: 19, limit: 4900, unit: 'characters', line: 2 });
    expect(bom.messages).toEqual(plain.messages);
    expect(bom.messages.find((m) => m.ruleId === 'unknown-section')).toMatchObject({ line: 1, column: 4 });
    expect(bom.messages.find((m) => m.ruleId === 'eligibility-date')).toMatchObject({ line: 3, column: 7 });
  });

  it('a BOM before the front matter is still front matter', () => {
    const text = nomination();
    const bom = lint(`\uFEFF${text}`);
    expect(bom.messages).toEqual([]);
    expect(bom.sections).toEqual(lint(text).sections);
  });

  it('counts decomposed zażółć as 6, like the composed one', () => {
    expect(NFD.length).toBe(9);
    expect(achievementsCount(NFD)).toBe(6);
    expect(achievementsCount(NFC)).toBe(6);
  });

  it('counts an emoji outside the BMP as 2 UTF-16 units', () => {
    expect(achievementsCount('🚀')).toBe(2);
    expect(achievementsCount('a🚀b')).toBe(4);
  });

  it('removes HTML comments', () => {
    expect(achievementsCount('Text<!-- a note -->')).toBe(4);
    expect(achievementsCount('One <!-- x -->two')).toBe(7);
  });

  it('removes multi-line comments', () => {
    expect(achievementsCount('One <!-- a note\nover\nthree lines -->two')).toBe(7);
    expect(achievementsCount('Text\n<!--\n## Summary\nlong note\n-->')).toBe(4);
    expect(achievementsCount('<!--\nnote\n-->\nText')).toBe(4);
  });

  it('does not count trailing white space of each line', () => {
    expect(achievementsCount('abc   \ndef\t \nghi')).toBe(11);
  });

  it('counts leading indentation, which is written text', () => {
    expect(achievementsCount('abc\n    def')).toBe(11);
  });

  it('does not count leading and trailing blank lines', () => {
    const text = nomination({ body: '## Achievements\n\n   \n\nabc\n\n  \n\n## Summary\n- One\n' });
    expect(sections(text).achievements?.characters).toBe(3);
  });

  it('counts blank lines between paragraphs', () => {
    expect(achievementsCount('abc\n\ndef')).toBe(8);
  });

  it('keeps Markdown markup as written', () => {
    expect(achievementsCount('**bold**')).toBe(8);
    expect(achievementsCount('[site](https://web.example)')).toBe(27);
    expect(sections(nomination({ body: '## Achievements\nx\n\n## Summary\n- One\n- *Two*\n' })).summary?.characters).toBe(13);
  });

  it('does not count the heading line', () => {
    const text = nomination({ body: '## Description of achievements\nabc\n\n## Summary\n- One\n' });
    expect(sections(text).achievements?.characters).toBe(3);
  });

  it('keeps a fenced "## Summary" inside the achievements', () => {
    const fence = '```\n## Summary\n- not a bullet\n```';
    const text = nomination({ body: `## Achievements\nBefore.\n${fence}\nAfter.\n\n## Summary\n- One\n` });
    const result = sections(text);
    expect(result.achievements).toEqual({ characters: `Before.\n${fence}\nAfter.`.length, limit: 4900, unit: 'characters', line: 5 });
    expect(result.summary).toEqual({ characters: 5, limit: 1150, unit: 'characters', line: 13, bullets: 1, bulletLimit: 10 });
    expect(lint(text).messages.map((m) => m.ruleId)).not.toContain('section-duplicate');
  });

  it('keeps ### sub-headings inside their section', () => {
    const text = nomination({ body: '## Achievements\nIntro.\n\n### Crisis\nDetails.\n\n## Summary\n- One\n' });
    expect(sections(text).achievements?.characters).toBe('Intro.\n\n### Crisis\nDetails.'.length);
  });

  it('ends a section at the next # heading', () => {
    const text = nomination({ body: '## Achievements\nabc\n\n# Appendix\nNot part of the entry.\n\n## Summary\n- One\n' });
    const result = sections(text);
    expect(result.achievements?.characters).toBe(3);
    expect(result.summary?.characters).toBe(5);
  });

  it('ends a section at the next ## heading, known or not', () => {
    const text = nomination({ body: '## Achievements\nabc\n## Notes\nnot counted here\n## Summary\n- One\n- Two\n' });
    const result = sections(text);
    expect(result.achievements).toEqual({ characters: 3, limit: 4900, unit: 'characters', line: 5 });
    expect(result.summary).toEqual({ characters: 11, limit: 1150, unit: 'characters', line: 9, bullets: 2, bulletLimit: 10 });
    expect(result.attachments).toBeNull();
  });

  it('runs the last section to the end of the file', () => {
    const text = nomination({ body: '## Achievements\nx\n\n## Summary\n- One\n\n## Attachments\nThe chart\nshows it.\n\n\n' });
    expect(sections(text).attachments).toEqual({ characters: 19, limit: 1500, unit: 'characters', line: 11 });
  });
});

describe('countedText', () => {
  it('removes leading and trailing blank lines and trailing white space', () => {
    expect(countedText('  \n\nabc  \n  def\t\n\n \n')).toBe('abc\n  def');
  });

  it('keeps inner blank lines', () => {
    expect(countedText('a\n\nb')).toBe('a\n\nb');
  });

  it('removes comments, on one line or several', () => {
    expect(countedText('a<!-- x -->b')).toBe('ab');
    expect(countedText('a <!-- x\ny\nz --> b')).toBe('a  b');
    expect(countedText('a<!-- one -->b<!-- two -->c')).toBe('abc');
  });

  it('does not let one comment swallow the text between two', () => {
    expect(countedText('<!-- a -->keep<!-- b -->')).toBe('keep');
  });

  it('removes trailing white space left where a comment was', () => {
    expect(countedText('text <!-- note -->\nmore')).toBe('text\nmore');
  });

  it('is empty for an empty body or one of comments only', () => {
    expect(countedText('')).toBe('');
    expect(countedText('\n<!-- only a note -->\n\n')).toBe('');
  });

  it('normalises to NFC', () => {
    expect(countedText(NFD)).toBe(NFC);
    expect(countedText(`${NFD}  \n`)).toHaveLength(6);
  });

  it('keeps Markdown markup', () => {
    expect(countedText('- **bold** and _em_\n> quote')).toBe('- **bold** and _em_\n> quote');
  });

  it('counts in UTF-16 code units', () => {
    expect(countUnits(countedText('🚀 zażółć'), 'characters')).toBe(9);
  });
});
