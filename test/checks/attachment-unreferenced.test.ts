import { describe, expect, it } from 'vitest';
import { checkTable, runCheck } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

const ESSAY = '## Achievements\nIn 2024 the line tripled.\n\n## Summary\n- Tripled the line\n';
const entry = (attachments: string[], attachmentsSection?: string, essay = ESSAY) =>
  nomination({
    front: `${DEFAULT_FRONT}\nattachments:\n${attachments.join('\n')}`,
    body: attachmentsSection === undefined ? essay : `${essay}\n${attachmentsSection}\n`,
  });

const FILE = '  - evidence/call-volume-2024.pdf';
const LETTER = ['  - path: evidence/letter.pdf', '    title: Letter from the CEO'];

const noSection = entry([FILE]);
const silent = entry([FILE], '## Attachments\nThe attached chart shows the call volume.');
const commentOnly = entry([FILE], '## Attachments\nThe chart shows the volume. <!-- call-volume-2024.pdf -->');
const multiLineComment = entry([FILE], '## Attachments\nThe chart shows the volume.\n<!--\n  TODO: call-volume-2024.pdf\n-->');
const elsewhere = entry([FILE], '## Attachments\nThe chart shows the volume.', ESSAY.replace('tripled.', 'tripled (see call-volume-2024.pdf).'));
const oneOfTwo = entry([FILE, '  - evidence/survey.xlsx'], '## Attachments\ncall-volume-2024.pdf shows the volume.');
const titled = entry(LETTER, '## Attachments\nThe chief executive wrote to thank the team.');
const empty = entry([FILE], '## Attachments\n<!-- to do -->');
const unknownSection = entry([FILE], '## Attachements\ncall-volume-2024.pdf shows the volume.');

const nfd = (s: string) => s.normalize('NFD');
const nfc = (s: string) => s.normalize('NFC');

checkTable('attachment-unreferenced', {
  valid: [
    { name: 'no attachments and no Attachments section', text: nomination() },
    { name: 'mentioned by file name', text: entry([FILE], '## Attachments\ncall-volume-2024.pdf shows the volume tripled.') },
    { name: 'mentioned by its path', text: entry([FILE], '## Attachments\nSee evidence/call-volume-2024.pdf.') },
    { name: 'mentioned in another case', text: entry([FILE], '## Attachments\nCALL-VOLUME-2024.PDF shows it.') },
    { name: 'mentioned by title', text: entry(LETTER, '## Attachments\nThe letter from the CEO thanks the team.') },
    { name: 'a {path, title} mentioned by file name', text: entry(LETTER, '## Attachments\nletter.pdf thanks the team.') },
    { name: 'under the Polish title', text: entry([FILE], '## Załączniki\ncall-volume-2024.pdf pokazuje wolumen.') },
    { name: 'under an enumerated title', text: entry([FILE], '## c. Supporting materials:\ncall-volume-2024.pdf shows it.') },
    {
      // macOS file names are often decomposed; the section text is counted as NFC.
      name: 'a decomposed file name mentioned as written',
      text: entry([`  - ${nfd('załącznik-1.pdf')}`], `## Attachments\n${nfd('załącznik-1.pdf')} pokazuje wolumen.`),
    },
    { name: 'a decomposed name mentioned composed', text: entry([`  - ${nfd('raport-zółty.pdf')}`], `## Attachments\n${nfc('raport-zółty.pdf')} shows it.`) },
    { name: 'a decomposed title', text: entry([`  - {path: a.pdf, title: ${nfd('List prezesa ósmy')}}`], `## Attachments\n${nfc('List prezesa ósmy')} shows it.`) },
  ],
  invalid: [
    {
      name: 'no Attachments section at all',
      text: noSection,
      errors: [{ messageId: 'noSection', line: 5, column: 5, includes: ['"call-volume-2024.pdf"', '## Attachments'] }],
    },
    {
      name: 'the section never mentions it',
      text: silent,
      errors: [{ messageId: 'unreferenced', line: 5, column: 5, includes: ['"call-volume-2024.pdf"', '"Attachments"'] }],
    },
    { name: 'mentioned only in an HTML comment', text: commentOnly, errors: [{ messageId: 'unreferenced', line: 5, column: 5 }] },
    { name: 'mentioned only in a multi-line comment', text: multiLineComment, errors: [{ messageId: 'unreferenced', line: 5, column: 5 }] },
    { name: 'mentioned only in the achievements', text: elsewhere, errors: [{ messageId: 'unreferenced', line: 5, column: 5 }] },
    { name: 'an Attachments section with only a comment', text: empty, errors: [{ messageId: 'unreferenced', line: 5, column: 5 }] },
    {
      name: 'only the unmentioned one of two',
      text: oneOfTwo,
      errors: [{ messageId: 'unreferenced', line: lineOf(oneOfTwo, 'survey.xlsx'), column: 5, includes: ['"survey.xlsx"'] }],
    },
    {
      name: 'a {path, title} is named by its title, at its path',
      text: titled,
      errors: [{ messageId: 'unreferenced', line: lineOf(titled, 'path: evidence'), column: 11, includes: ['"Letter from the CEO"'] }],
    },
    {
      // A misspelt heading is not the Attachments section (unknown-section says so).
      name: 'mentioned only under an unrecognised heading',
      text: unknownSection,
      errors: [{ messageId: 'noSection', line: 5, column: 5 }],
    },
    {
      name: 'every attachment, when there is no section',
      text: entry([FILE, ...LETTER]),
      errors: [
        { messageId: 'noSection', line: 5, column: 5, includes: ['call-volume-2024.pdf'] },
        { messageId: 'noSection', line: 6, column: 11, includes: ['Letter from the CEO'] },
      ],
    },
  ],
});

describe('attachment-unreferenced matches whole names', () => {
  const body = (mention: string) => `## Achievements\nText.\n\n## Summary\n- One\n\n## Attachments\n${mention}\n`;
  const front = 'category: E01\nnominee: Team\nattachments:\n  - evidence/a.pdf';
  it('data.pdf does not mention a.pdf', () => {
    const messages = runCheck('attachment-unreferenced', { name: 'x', text: nomination({ front, body: body('The file data.pdf shows it.') }) });
    expect(messages.map((m) => m.messageId)).toEqual(['unreferenced']);
  });
  it('a.pdf in parentheses or at the end of a sentence is a mention', () => {
    for (const mention of ['The letters (a.pdf) show it.', 'See A.PDF.', 'See evidence/a.pdf for details']) {
      expect(runCheck('attachment-unreferenced', { name: 'x', text: nomination({ front, body: body(mention) }) })).toEqual([]);
    }
  });
});
