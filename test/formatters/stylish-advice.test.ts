import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { lintText } from '../../src/lint.js';
import { lastFittingSentence, sentences } from '../../src/parse/fit.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const ruleset = loadRuleset();
const entry = (achievements: string, summary = '- One bullet that is long enough to matter') =>
  `---\ncategory: E01\nnominee: Team\nlinks: [https://bank.example/report]\n---\n## Achievements\n${achievements}\n\n## Summary\n${summary}\n`;
const report = (text: string, locale: 'en' | 'pl' = 'en') => {
  const result = lintText(text, { ruleset, filePath: '/n/entry.md', locale });
  return { result, out: formatters.stylish([result], { color: false, cwd: '/n', ruleset, locale }) };
};

describe('lastFittingSentence', () => {
  it('is the last whole sentence within the limit', () => {
    expect(lastFittingSentence('One two. Three four. Five six.', 20, 'characters')).toBe('Three four.');
    expect(lastFittingSentence('One two. Three four. Five six.', 19, 'characters')).toBe('One two.');
    expect(lastFittingSentence('One two. Three four.', 3, 'characters')).toBeNull();
    expect(lastFittingSentence('One two. Three four. Five six.', 4, 'words')).toBe('Three four.');
  });
  it('treats each bullet line as a sentence', () => {
    expect(lastFittingSentence('- first\n- second\n- third', 17, 'characters')).toBe('- second');
  });
});

describe('stylish advice near the limit', () => {
  const sentence = 'Every call was answered in the caller’s own language. ';
  const long = sentence.repeat(Math.ceil(4950 / sentence.length)).trim();

  it('over the limit: by how much, and the last sentence that fits', () => {
    const { result, out } = report(entry(long));
    const overflow = result.sections.achievements!.characters - 4900;
    expect(overflow).toBeGreaterThan(0);
    expect(out).toContain(`Achievements is ${overflow} characters over the limit: it fits up to “Every call was answered in the caller’s own language.” — cut after that`);
    // Advice is for people only: the JSON has no trace of it.
    expect(formatters.json([result], { color: false, cwd: '/n', ruleset })).not.toContain('fits');
  });

  it('under half the limit: a gentle note, which is not a message and changes no exit code', () => {
    const { result, out } = report(entry('Short.'));
    expect(out).toContain('ℹ Achievements uses 0% of its 4900 characters: you may want to add to it\n');
    expect(result.messages).toEqual([]);
    expect(result.errorCount + result.warningCount).toBe(0);
  });

  it('no note at or above half, and none for an empty section', () => {
    const half = report(entry('a'.repeat(2450), `- ${'b'.repeat(600)}`)).out;
    expect(half).not.toContain('ℹ');
    const empty = report(entry('<!-- todo -->')).out;
    expect(empty).not.toContain('Achievements uses');
  });

  it('in Polish', () => {
    const { out } = report(entry(long), 'pl');
    expect(out).toMatch(/Sekcja „Osiągnięcia” przekracza limit o \d+ (znak|znaki|znaków): mieści się do „Every call was/);
  });
});

describe('sentences', () => {
  it.each([
    ['One two. Three four. Five six.', ['One two. ', 'Three four. ', 'Five six.']],
    ['Wait… What? Yes!', ['Wait… ', 'What? ', 'Yes!']],
    ['Wait… what? Yes!', ['Wait… what? ', 'Yes!']],
    ['He said “done.” Then left.', ['He said “done.” ', 'Then left.']],
    ['We use tools, e.g. chat and phone. Both work.', ['We use tools, e.g. chat and phone. ', 'Both work.']],
    ['Satisfaction reached 4.7 out of 5. Good.', ['Satisfaction reached 4.7 out of 5. ', 'Good.']],
    ['- first\n- second\n\n- third', ['- first\n', '- second\n\n', '- third']],
    ['No full stop at all', ['No full stop at all']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expect(sentences(text).join('')).toBe(text);
  });
});
