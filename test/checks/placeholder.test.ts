import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { nominationTemplate } from '../../src/commands/init.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { checkTable, runCheck } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, nomination } from '../helpers/nomination.js';

const ruleset = loadRuleset();
/** A body whose achievements (line 6 of the file) say `text`. */
const achievements = (text: string, summary = '- Answered every call') => nomination({ body: `## Achievements\n${text}\n\n## Summary\n${summary}\n` });

checkTable('placeholder', {
  valid: [
    { name: 'a finished entry', text: nomination() },
    { name: 'Todo, a word in other languages, and XX, the Polish Roman twenty', text: achievements('W XX wieku zespół powstał; „todo” to po hiszpańsku „wszystko”.') },
    { name: 'a word that contains the marks', text: achievements('Our TODOS list, the TBDX code and Maxxxim.') },
    { name: 'addresses that only look alike', text: achievements('See https://example.community/a and https://myexample.com/b and counterexample.org.') },
    { name: 'a placeholder inside a comment is a note to the writer', text: achievements('The team grew. <!-- TODO: add the March figures; see https://example.com/x -->') },
    { name: 'a placeholder under an unknown heading is not sent (unknown-section says so)', text: nomination({ body: '## Achievements\nDone.\n\n## Summary\n- Done\n\n## Notes\nTODO\n' }) },
    { name: 'a nominee that only begins like the template', text: nomination({ front: 'category: E01\nnominee: Name of the team, department or person nominated: Example Bank Contact Center' }) },
    { name: 'init\'s video address, outside video.url, is an example address only', text: nomination({ front: `${DEFAULT_FRONT}\ntitle: A crisis line` }) },
  ],
  invalid: [
    {
      name: "init's nominee, in English",
      text: nomination({ front: 'category: E01\nnominee: Name of the team, department or person nominated' }),
      errors: [{ messageId: 'init', line: 3, column: 10, includes: ['nominee is still "Name of the team, department or person nominated"', 'iba-lint init', 'write the name'] }],
    },
    {
      name: "init's nominee, in Polish, whatever the case and spaces around",
      text: nomination({ front: 'category: E01\nnominee: "  nazwa nominowanego zespołu, działu lub osoby "' }),
      errors: [{ messageId: 'init', line: 3, column: 10 }],
    },
    {
      name: "init's video address",
      text: nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo:\n  url: https://example.com/replace-with-your-video\n  duration: "4:30"`, body: '' }),
      errors: [{ messageId: 'init', line: 6, column: 8, includes: ['video.url is still', "the video's address"] }],
    },
    {
      name: 'TODO, TBD, XXX and lorem ipsum in a section, each at its place',
      text: achievements('The team TODO\ncut waits by XXX% in TBD.\nLorem ipsum dolor sit amet.'),
      errors: [
        { messageId: 'word', line: 6, column: 10, includes: ['The section "Achievements" holds "TODO"'] },
        { messageId: 'word', line: 7, column: 14, includes: ['"XXX"'] },
        { messageId: 'word', line: 7, column: 22, includes: ['"TBD"'] },
        { messageId: 'word', line: 8, column: 1, includes: ['"Lorem ipsum"'] },
      ],
    },
    { name: 'small letters: tbd, xxx, todo:', text: achievements('Date tbd, xxx calls.', '- todo: the results'), errors: [
      { messageId: 'word', line: 6, column: 6 },
      { messageId: 'word', line: 6, column: 11 },
      { messageId: 'word', line: 9, column: 3, includes: ['The section "Summary"'] },
    ] },
    {
      name: 'an example.com address in text, with its path, and a subdomain of example.org',
      text: achievements('See https://example.com/press/hotline. And www.example.org.'),
      errors: [
        { messageId: 'address', line: 6, column: 5, includes: ['"https://example.com/press/hotline"', 'reserved for examples'] },
        { messageId: 'address', line: 6, column: 44, includes: ['"www.example.org"'] },
      ],
    },
    {
      name: 'front-matter values at any depth: a link, a link title, an attachment path',
      text: nomination({ front: `${DEFAULT_FRONT}\nlinks:\n  - https://news.example.net/story\n  - url: https://bank.test/report\n    title: TBD\nattachments:\n  - evidence/TODO.pdf` }),
      errors: [
        { messageId: 'address', line: 5, column: 5, includes: ['links item 1 holds', '"https://news.example.net/story"'] },
        { messageId: 'word', line: 7, column: 12, includes: ['title'] },
        { messageId: 'word', line: 9, column: 5, includes: ['"TODO"'] },
      ],
    },
  ],
});

describe('the templates init writes fail until filled in', () => {
  const category = ruleset.categories[0]!;
  it.each(['en', 'pl'] as const)('%s essay: the nominee placeholder, besides the empty sections', (locale) => {
    const messages = lintText(nominationTemplate(ruleset, { category, format: 'essay', locale }), { ruleset }).messages;
    expect(messages.filter((m) => m.ruleId === 'placeholder').map((m) => [m.messageId, m.severity])).toEqual([['init', 2]]);
  });

  it.each(['en', 'pl'] as const)('%s video: the nominee and the video address', (locale) => {
    const messages = runCheck('placeholder', { name: 'video template', text: nominationTemplate(ruleset, { category, format: 'video', locale }) });
    expect(messages.map((m) => m.messageId)).toEqual(['init', 'init']);
    expect(messages[1]!.message).toContain('video.url');
  });

  it('a nominee given to init is no placeholder', () => {
    const text = nominationTemplate(ruleset, { category, format: 'essay', nominee: 'Contact Center, Example Bank' });
    expect(runCheck('placeholder', { name: 'named nominee', text })).toEqual([]);
  });
});

describe('placeholder in Polish', () => {
  it('names the key and the section in Polish quotes', () => {
    const text = nomination({ front: 'category: E01\nnominee: TBD', body: '## Achievements\nTODO\n\n## Summary\n- x\n' });
    const messages = lintText(text, { ruleset, locale: 'pl', rules: { 'section-missing': 'off' } }).messages.filter((m) => m.ruleId === 'placeholder');
    expect(messages.map((m) => m.message)).toEqual([
      '„nominee” zawiera „TBD”, czyli tekst zastępczy: przed wysłaniem zgłoszenia zastąp go właściwą treścią',
      'Sekcja „Osiągnięcia” zawiera „TODO”, czyli tekst zastępczy: przed wysłaniem zgłoszenia zastąp go właściwą treścią',
    ]);
  });
});
