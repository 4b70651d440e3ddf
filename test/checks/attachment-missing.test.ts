import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

/** An injected file system that knows exactly these absolute paths. */
const only = (...paths: string[]) => {
  const known = new Set(paths);
  return (absolutePath: string) => known.has(absolutePath);
};
const withAttachments = (...items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nattachments:\n${items.join('\n')}` });

const one = withAttachments('  - evidence/call-volume-2024.pdf');
const mapping = withAttachments('  - path: evidence/letter.pdf', '    title: Letter from the CEO');
const three = withAttachments('  - a.pdf', '  - b.pdf', '  - c.pdf');
const parent = withAttachments('  - ../shared/logo.png');

checkTable('attachment-missing', {
  valid: [
    { name: 'no attachments', text: nomination(), exists: only() },
    {
      name: 'resolved relative to the nomination folder',
      text: one,
      filePath: '/nominations/entry.md',
      exists: only('/nominations/evidence/call-volume-2024.pdf'),
    },
    {
      name: 'a nomination in another folder',
      text: one,
      filePath: '/home/ann/iba/e01/entry.md',
      exists: only('/home/ann/iba/e01/evidence/call-volume-2024.pdf'),
    },
    { name: './ and ../ are resolved', text: withAttachments('  - ./a.pdf', '  - ../shared/logo.png'), exists: only('/nominations/a.pdf', '/shared/logo.png') },
    { name: '{path, title}', text: mapping, exists: only('/nominations/evidence/letter.pdf') },
    { name: 'an absolute path is used as it is', text: withAttachments('  - /data/evidence.pdf'), exists: only('/data/evidence.pdf') },
    // The core never touches the disk: without an injected `exists` nothing is checked.
    { name: 'no exists function: not checked', text: withAttachments('  - does/not/exist.pdf') },
  ],
  invalid: [
    {
      name: 'a missing file, at its list item, named as written',
      text: one,
      exists: only(),
      errors: [{ messageId: 'missing', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"', "relative to the nomination's folder"] }],
    },
    {
      // The file exists beside the working directory, not beside the nomination.
      name: 'not resolved against any other folder',
      text: one,
      filePath: '/home/ann/iba/e01/entry.md',
      exists: only('/home/ann/iba/evidence/call-volume-2024.pdf', '/nominations/evidence/call-volume-2024.pdf'),
      errors: [{ messageId: 'missing', line: 5, column: 5, includes: ['"evidence/call-volume-2024.pdf"'] }],
    },
    {
      name: 'the path of a {path, title}, at its value',
      text: mapping,
      exists: only('/nominations/letter.pdf'),
      errors: [{ messageId: 'missing', line: lineOf(mapping, 'path: evidence'), column: 11, includes: ['evidence/letter.pdf'] }],
    },
    {
      name: 'each missing one, in order',
      text: three,
      exists: only('/nominations/b.pdf'),
      errors: [
        { messageId: 'missing', line: 5, column: 5, includes: ['"a.pdf"'] },
        { messageId: 'missing', line: 7, column: 5, includes: ['"c.pdf"'] },
      ],
    },
    {
      name: '../ leaves the nomination folder',
      text: parent,
      exists: only('/nominations/shared/logo.png'),
      errors: [{ messageId: 'missing', line: 5, column: 5, includes: ['"../shared/logo.png"'] }],
    },
  ],
});
