/**
 * Edges of the checks that mutation testing (npm run mutate) found unpinned: each
 * test here fails for a one-line change that the rest of the suite let pass. Grouped
 * by check; a custom ruleset stands in where the bundled one cannot tell two codes
 * apart (two-letter prefixes, codes without a zero, codes that are not letters+digits).
 */
import { describe, expect, it } from 'vitest';
import { intendedCategory } from '../src/checks/category.js';
import { isHttpUrl, listedEntries, titleOf } from '../src/checks/helpers.js';
import { CHECKS, getCheck } from '../src/checks/index.js';
import { parseDuration } from '../src/checks/video.js';
import { whereIs } from '../src/checks/attachment-outside.js';
import { lintText } from '../src/lint.js';
import { parseNomination } from '../src/parse/document.js';
import { loadRuleset } from '../src/ruleset/load.js';
import type { Ruleset } from '../src/types.js';

const ruleset = loadRuleset();
const BODY = '## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n';
const lint = (frontMatter: string, body = BODY) => lintText(`---\n${frontMatter}\n---\n${body}`, { ruleset });
const of = (frontMatter: string, ruleId: string, body = BODY) => lint(frontMatter, body).messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);

/** The bundled ruleset with other categories. */
const withCategories = (...codes: Array<[code: string, name: string]>): Ruleset => ({
  ...ruleset,
  categories: codes.map(([code, name]) => ({ code, name, namePl: `${name} PL` })),
});

describe('category: what a writer meant', () => {
  it('a Polish name in capitals is the category it names', () => {
    const e01 = ruleset.categories[0]!;
    expect(intendedCategory(e01.namePl.toUpperCase(), ruleset)?.code).toBe(e01.code);
  });

  it('letters and number must be the whole value, not part of it', () => {
    expect(intendedCategory('9E1', ruleset)).toBeUndefined();
    expect(intendedCategory('E1X', ruleset)).toBeUndefined();
  });

  it('prefixes of two letters, numbers of two digits and codes without a zero are matched by letters and number', () => {
    const custom = withCategories(['AB01', 'First'], ['E12', 'Second'], ['E1', 'Third']);
    expect(intendedCategory('ab1', custom)?.code).toBe('AB01');
    expect(intendedCategory('e 12', custom)?.code).toBe('E12');
    expect(intendedCategory('e01', custom)?.code).toBe('E1');
  });

  it('a ruleset code that is not letters and digits is skipped, not a crash', () => {
    expect(intendedCategory('e1', withCategories(['SPECIAL', 'Special'], ['E01', 'First']))?.code).toBe('E01');
    // Nor is a code matched by a part of it.
    expect(intendedCategory('e1', withCategories(['1E01', 'Digit first'], ['E01A', 'Letter last']))).toBeUndefined();
  });

  it('a name that looks like letters and a number is still found by name', () => {
    expect(intendedCategory('TEAM 7', withCategories(['E01', 'Team 7']))?.code).toBe('E01');
  });
});

describe('duplicate-link: which links are the same', () => {
  it('two different links that are not URLs are not duplicates; the same one written with spaces is', () => {
    expect(of('category: E01\nnominee: T\nlinks: ["not a url", "also not"]', 'duplicate-link')).toEqual([]);
    expect(of('category: E01\nnominee: T\nlinks: ["not a url", " not a url "]', 'duplicate-link')).toHaveLength(1);
  });

  it('a URL behind a no-break space is the same page as the plain one', () => {
    expect(of('category: E01\nnominee: T\nlinks: ["\\u00a0https://A.example/x", "https://a.example/x/"]', 'duplicate-link')).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('isHttpUrl: false, not merely falsy, for what the URL parser rejects; white space around a URL is not part of it', () => {
    expect(isHttpUrl('http://[')).toBe(false);
    expect(isHttpUrl(' https://web.example ')).toBe(true);
    expect(isHttpUrl('\u00a0https://web.example\u3000')).toBe(true);
    expect(isHttpUrl('https://exa mple.com')).toBe(false);
  });

  it('listedEntries: null and number items are skipped, and a title that is not a string is left out', () => {
    const doc = parseNomination('---\nlinks: [~, 3, {url: "https://a.example", title: 5}, {url: "https://b.example", title: B}]\n---\n', ruleset);
    expect(listedEntries(doc, 'links', 'url')).toEqual([
      { value: 'https://a.example', path: ['links', 2, 'url'] },
      { value: 'https://b.example', path: ['links', 3, 'url'], title: 'B' },
    ]);
  });

  it('titleOf a section the ruleset does not know is its id, in every language', () => {
    expect(titleOf(ruleset, 'nope')).toEqual({ en: 'nope', pl: 'nope' });
  });

  it('getCheck finds a check of the registry by id', () => {
    for (const check of CHECKS) expect(getCheck(check.id)).toBe(check);
  });
});

describe('prior-winner: a non-string category or a categories list that is not a list is not a crash', () => {
  const win = (category: string, categories: string) => `category: ${category}\nnominee: T\nprior_win:\n  year: ${ruleset.previousYear}\n  categories: ${categories}\n  updated: false`;

  const E01 = 'Best Crisis Response in Customer Service';

  it('matches names whatever their case or spaces, and the category code whatever its case', () => {
    expect(of(win('e01', `[${E01}]`), 'prior-winner')).toHaveLength(1);
    expect(of(win('E01', `[" ${E01.toUpperCase().replaceAll(' ', '  ')} "]`), 'prior-winner')).toHaveLength(1);
    expect(of(win('E01', '[Customer Service Department of the Year]'), 'prior-winner')).toEqual([]);
  });

  it('skips a number category, a categories string and items that are not strings', () => {
    expect(of(win('5', `[${E01}]`), 'prior-winner')).toEqual([]);
    expect(of(win('E01', E01), 'prior-winner')).toEqual([]);
    expect(of(win('E01', `[1, ${E01}]`), 'prior-winner')).toHaveLength(1);
  });
});

describe('unknown-key: values that are not mappings', () => {
  it('a scalar where a mapping is known (video: "abc") has no keys to report', () => {
    expect(of('category: E01\nnominee: T\nvideo: abc', 'unknown-key')).toEqual([]);
  });

  it('a mapping under a key whose keys are not known (title: {a: 1}) is not walked', () => {
    expect(of('category: E01\nnominee: T\ntitle: {a: 1}', 'unknown-key')).toEqual([]);
  });
});

describe('section-missing: the English message', () => {
  it('names the section and lower-cases the first letter of its description', () => {
    expect(of('category: E01\nnominee: T', 'section-missing', '## Summary\n\n- A bullet\n')).toEqual([
      'The required section "Achievements" is missing: add a "## Achievements" heading with a description of the nominee\'s achievements since 1 January 2024',
    ]);
  });

  it('lower-cases only a capital that begins the description', () => {
    const missing = (description: string) => {
      const custom: Ruleset = { ...ruleset, sections: { ...ruleset.sections, achievements: { ...ruleset.sections.achievements!, description } } };
      return lintText('---\ncategory: E01\nnominee: T\n---\n## Summary\n\n- A bullet\n', { ruleset: custom }).messages.filter((m) => m.ruleId === 'section-missing').map((m) => m.message);
    };
    const prefix = 'The required section "Achievements" is missing: add a "## Achievements" heading with ';
    expect(missing('The USA team')).toEqual([`${prefix}the USA team`]);
    expect(missing('a USA team')).toEqual([`${prefix}a USA team`]);
  });
});

describe('video: durations', () => {
  it('parseDuration reads seconds, m:ss and h:mm:ss, with spaces around', () => {
    expect(parseDuration(0)).toBe(0);
    expect(parseDuration(' 4:59 ')).toBe(299);
    expect(parseDuration('1.25')).toBe(1.25);
    expect(parseDuration('1:00:00')).toBe(3600);
    expect(parseDuration('10:00:00')).toBe(36_000);
  });

  it('parseDuration refuses what is not wholly a duration', () => {
    for (const bad of [true, -1, Number.NaN, 'x4:59', '4:59x', '4:60', '1.', null]) expect(parseDuration(bad), String(bad)).toBeUndefined();
  });

  it('a null duration is a missing one, not a bad one', () => {
    const messages = lint('category: E01\nnominee: T\nformat: video\nvideo:\n  url: https://web.example/v\n  duration: ~').messages.filter((m) => m.ruleId === 'video');
    expect(messages.map((m) => m.messageId)).toEqual(['noDuration']);
  });
});

describe('attachments: paths written with white space, or beside a nomination with no real location', () => {
  const FRONT = 'category: E01\nnominee: T';
  const withPaths = (...paths: string[]) => `---\n${FRONT}\nattachments:\n${paths.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n---\n${BODY}`;
  const ids = (text: string, options: Parameters<typeof lintText>[1]) =>
    lintText(text, { ruleset, ...options }).messages.map((m) => m.ruleId).filter((id) => id?.startsWith('attachment-'));

  it('an absolute path after a space is attachment-outside alone, and is never looked up', () => {
    const asked: string[] = [];
    const attachmentKind = (path: string) => (asked.push(path), 'missing' as const);
    expect(ids(withPaths(' /srv/evidence.pdf'), { filePath: '/nominations/entry.md', attachmentKind })).toEqual(['attachment-outside', 'attachment-unreferenced']);
    expect(asked).toEqual([]);
  });

  it('a blank path is left to the schema check, not looked up as the folder itself', () => {
    const attachmentKind = () => 'folder' as const;
    expect(ids(withPaths('', '   '), { filePath: '/nominations/entry.md', attachmentKind })).not.toContain('attachment-missing');
  });

  it('beside a relative file path there is nothing to resolve against, so no link is followed', () => {
    const attachmentKind = () => 'outside' as const;
    expect(ids(withPaths('evidence/a.pdf'), { filePath: 'entry.md', attachmentKind })).not.toContain('attachment-outside');
    expect(ids(withPaths('evidence/a.pdf'), { filePath: '/nominations/entry.md', attachmentKind })).toContain('attachment-outside');
  });

  it('a colon or tilde inside a name does not make it absolute; at its start it does', () => {
    expect(whereIs('evidence/notes: 2024.pdf')).toBe('inside');
    expect(whereIs('draft~/a.pdf')).toBe('inside');
    expect(whereIs('a.pdf~')).toBe('inside');
    expect(whereIs('C:notes.pdf')).toBe('absolute');
    expect(whereIs('~/a.pdf')).toBe('absolute');
  });
});

describe('attachment-unreferenced: what counts as a mention', () => {
  const withAttachment = (entry: string, explained: string) =>
    `---\ncategory: E01\nnominee: T\nattachments:\n  - ${entry}\n---\n${BODY}\n## Attachments\n\n${explained}\n`;
  const unreferenced = (text: string, rs: Ruleset = ruleset) => lintText(text, { ruleset: rs }).messages.filter((m) => m.ruleId === 'attachment-unreferenced');

  it('a name followed by more of a word is not a mention of it', () => {
    expect(unreferenced(withAttachment('a.pdf', 'See a.pdf2 and a.pdfs.'))).toHaveLength(1);
    expect(unreferenced(withAttachment('a.pdf', 'See a.pdf.'))).toHaveLength(0);
  });

  it('a blank title names nothing', () => {
    expect(unreferenced(withAttachment('{ path: a.pdf, title: "  " }', 'Figures:  — as listed.'))).toHaveLength(1);
  });

  it('a ruleset with no section that describes attachments has nothing to check, and does not fail', () => {
    const sections = Object.fromEntries(Object.entries(ruleset.sections).map(([id, rule]) => [id, { ...rule, describesAttachments: false }]));
    expect(unreferenced(withAttachment('a.pdf', 'Nothing.'), { ...ruleset, sections })).toEqual([]);
  });
});

describe('eligibility-date: a section of one line, and a year on the last line of the file', () => {
  const years = (body: string) =>
    lintText(`---\ncategory: E01\nnominee: T\n---\n${body}`, { ruleset }).messages.filter((m) => m.ruleId === 'eligibility-date').map((m) => [m.line, m.column]);

  it('are both read, at their places', () => {
    expect(years('## Achievements\nIn 2019 we began.\n## Summary\n\n- Since 2019 more')).toEqual([[6, 4], [9, 9]]);
  });
});
