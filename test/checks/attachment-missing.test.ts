import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { AttachmentKind } from '../../src/types.js';
import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

/** An injected file system: these absolute paths are files (or what is given); any other is missing. */
const disk = (...entries: Array<string | [string, AttachmentKind]>) => {
  const kinds = new Map(entries.map((e) => (typeof e === 'string' ? [e, 'file' as AttachmentKind] : e)));
  return (absolutePath: string): AttachmentKind => kinds.get(absolutePath) ?? 'missing';
};
const withAttachments = (...items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nattachments:\n${items.join('\n')}` });

const one = withAttachments('  - evidence/call-volume-2024.pdf');
const mapping = withAttachments('  - path: evidence/letter.pdf', '    title: Letter from the CEO');
const three = withAttachments('  - a.pdf', '  - b.pdf', '  - c.pdf');

checkTable('attachment-missing', {
  valid: [
    { name: 'no attachments', text: nomination(), attachmentKind: disk() },
    {
      name: 'resolved relative to the nomination folder',
      text: one,
      filePath: '/nominations/entry.md',
      attachmentKind: disk('/nominations/evidence/call-volume-2024.pdf'),
    },
    {
      name: 'a nomination in another folder',
      text: one,
      filePath: '/home/ann/iba/e01/entry.md',
      attachmentKind: disk('/home/ann/iba/e01/evidence/call-volume-2024.pdf'),
    },
    { name: './ and down-and-up are resolved', text: withAttachments('  - ./a.pdf', '  - evidence/../b.pdf'), attachmentKind: disk('/nominations/a.pdf', '/nominations/b.pdf') },
    { name: '{path, title}', text: mapping, attachmentKind: disk('/nominations/evidence/letter.pdf') },
    // Outside the folder is attachment-outside's alone: never looked up, so never "missing".
    { name: 'an absolute path is not looked up', text: withAttachments('  - /data/evidence.pdf', '  - /root/.no-such'), attachmentKind: disk() },
    { name: '../ is not looked up', text: withAttachments('  - ../shared/logo.png'), attachmentKind: disk() },
    { name: 'a link leading outside is attachment-outside\'s', text: one, attachmentKind: disk(['/nominations/evidence/call-volume-2024.pdf', 'outside']) },
    // The core never touches the disk: without an injected function nothing is checked.
    { name: 'no attachmentKind function: not checked', text: withAttachments('  - does/not/exist.pdf') },
    { name: 'no real location (stdin): not checked', text: one, filePath: '<stdin>', attachmentKind: disk() },
    // The older `exists` still works: true is a file, false missing.
    { name: 'exists (deprecated) true', text: one, exists: (p) => p === '/nominations/evidence/call-volume-2024.pdf' },
  ],
  invalid: [
    {
      name: 'a missing file, at its list item, named as written',
      text: one,
      attachmentKind: disk(),
      errors: [{ messageId: 'missing', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"', "relative to the nomination's folder"] }],
    },
    {
      // The file exists beside the working directory, not beside the nomination.
      name: 'not resolved against any other folder',
      text: one,
      filePath: '/home/ann/iba/e01/entry.md',
      attachmentKind: disk('/home/ann/iba/evidence/call-volume-2024.pdf', '/nominations/evidence/call-volume-2024.pdf'),
      errors: [{ messageId: 'missing', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"'] }],
    },
    {
      name: 'the path of a {path, title}, at its value',
      text: mapping,
      attachmentKind: disk('/nominations/letter.pdf'),
      errors: [{ messageId: 'missing', line: lineOf(mapping, 'path: evidence'), column: 11, includes: ['evidence/letter.pdf'] }],
    },
    {
      name: 'each missing one, in order',
      text: three,
      attachmentKind: disk('/nominations/b.pdf'),
      errors: [
        { messageId: 'missing', line: 5, column: 5, includes: ['"a.pdf"'] },
        { messageId: 'missing', line: 7, column: 5, includes: ['"c.pdf"'] },
      ],
    },
    {
      name: 'a folder is not a file, and says so',
      text: one,
      attachmentKind: disk(['/nominations/evidence/call-volume-2024.pdf', 'folder']),
      errors: [{ messageId: 'folder', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"', 'is a folder, not a file'] }],
    },
    {
      name: 'a device, FIFO or socket is not a file, and says so',
      text: one,
      attachmentKind: disk(['/nominations/evidence/call-volume-2024.pdf', 'special']),
      errors: [{ messageId: 'special', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"', 'not a regular file', 'device, FIFO or socket'] }],
    },
    { name: 'exists (deprecated) false', text: one, exists: () => false, errors: [{ messageId: 'missing', line: 5, column: 5 }] },
  ],
});

describe('attachment-missing asks only about paths inside the folder', () => {
  it('never asks about an absolute path or one that climbs out', () => {
    const asked: string[] = [];
    const text = withAttachments('  - /etc/shadow', '  - /root/.no-such', '  - ../up.pdf', '  - C:\\x.pdf', '  - ~/x.pdf', '  - in.pdf');
    lintText(text, { ruleset: loadRuleset(), filePath: '/n/entry.md', attachmentKind: (p) => (asked.push(p), 'missing') });
    // attachment-missing and attachment-outside both ask, about the one inside path only.
    expect(new Set(asked)).toEqual(new Set(['/n/in.pdf']));
  });
});
