import { describe, expect, it } from 'vitest';
import { whereIs } from '../../src/checks/attachment-outside.js';
import { lintText } from '../../src/lint.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

const withAttachments = (...items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nattachments:\n${items.join('\n')}` });
const mapping = withAttachments('  - path: ../letter.pdf', '    title: Letter from the CEO');

checkTable('attachment-outside', {
  valid: [
    { name: 'no attachments', text: nomination() },
    { name: 'beside the nomination and below it', text: withAttachments('  - a.pdf', '  - ./b.pdf', '  - evidence/c.pdf', '  - evidence\\d.pdf') },
    { name: 'down and back up without leaving', text: withAttachments('  - evidence/old/../report.pdf', '  - evidence/..') },
    { name: 'a name that only starts with dots', text: withAttachments('  - ..hidden/report.pdf', '  - ...pdf') },
    { name: 'a file, a folder or nothing inside: not this check', text: withAttachments('  - a.pdf', '  - b', '  - c.pdf'), attachmentKind: (p) => (p.endsWith('a.pdf') ? 'file' : p.endsWith('b') ? 'folder' : 'missing') },
  ],
  invalid: [
    {
      name: 'a link that leads out, told by attachmentKind, at its list item',
      text: withAttachments('  - evidence/passwd.pdf', '  - in.pdf'),
      attachmentKind: (p) => (p === '/nominations/evidence/passwd.pdf' ? 'outside' : 'file'),
      errors: [{ messageId: 'link', line: 5, column: 5, includes: ['"evidence/passwd.pdf"', "is a link that leads outside the nomination's folder"] }],
    },
    {
      name: '../ climbs out, at its list item, named as written',
      text: withAttachments('  - ../shared/logo.png'),
      errors: [{ messageId: 'parent', line: 5, column: 5, includes: ['"../shared/logo.png"', "outside the nomination's folder"] }],
    },
    {
      name: 'climbing out in the middle of a path, with either slash',
      text: withAttachments('  - evidence/../../report.pdf', '  - evidence\\..\\..\\report.pdf', '  - ..'),
      errors: [
        { messageId: 'parent', line: 5, column: 5 },
        { messageId: 'parent', line: 6, column: 5 },
        { messageId: 'parent', line: 7, column: 5 },
      ],
    },
    {
      name: 'absolute paths of every system',
      text: withAttachments('  - /etc/passwd', '  - C:\\Reports\\q3.pdf', '  - "C:/Reports/q3.pdf"', '  - \\\\server\\share\\q3.pdf', '  - ~/q3.pdf'),
      errors: [5, 6, 7, 8, 9].map((line) => ({ messageId: 'absolute', line, column: 5 })),
    },
    {
      name: 'the path of a {path, title}, at its value',
      text: mapping,
      errors: [{ messageId: 'parent', line: lineOf(mapping, 'path: ../'), column: 11, includes: ['../letter.pdf'] }],
    },
  ],
});

describe('attachment-outside only reads the path', () => {
  it('an absolute path is attachment-outside alone: its existence is never asked', () => {
    const text = withAttachments('  - /etc/passwd');
    const seen: string[] = [];
    for (const answer of ['file', 'missing'] as const) {
      const result = lintText(text, { ruleset: loadRuleset(), filePath: '/n/entry.md', attachmentKind: (p) => (seen.push(p), answer) });
      expect(result.messages.filter((m) => ['attachment-missing', 'attachment-outside'].includes(m.ruleId)).map((m) => m.messageId)).toEqual(['absolute']);
    }
    expect(seen).toEqual([]);
    expect(lintText(text, { ruleset: loadRuleset() }).messages.some((m) => m.ruleId === 'attachment-outside')).toBe(true);
  });

  it.each([
    ['a.pdf', 'inside'],
    ['evidence/../a.pdf', 'inside'],
    ['../a.pdf', 'parent'],
    ['/a.pdf', 'absolute'],
    ['D:a.pdf', 'absolute'],
    ['~', 'absolute'],
    ['~a.pdf', 'inside'],
  ] as const)('%s is %s', (path, where) => {
    expect(whereIs(path)).toBe(where);
  });
});
