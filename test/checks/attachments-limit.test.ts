import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

const files = (n: number) => Array.from({ length: n }, (_, i) => `  - evidence/file-${i + 1}.pdf`);
const withAttachments = (items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nattachments:\n${items.join('\n')}` });

const eleven = withAttachments(files(11));
const twelve = withAttachments(files(12));
const mappings = withAttachments(Array.from({ length: 11 }, (_, i) => `  - path: evidence/file-${i + 1}.pdf\n    title: File ${i + 1}`));
const inline = nomination({ front: `${DEFAULT_FRONT}\nattachments: [${Array.from({ length: 11 }, (_, i) => `f${i}.pdf`).join(', ')}]` });

checkTable('attachments-limit', {
  valid: [
    { name: 'no attachments', text: nomination() },
    { name: 'an empty list', text: withAttachments([]).replace('attachments:\n', 'attachments: []\n') },
    { name: 'exactly ten', text: withAttachments(files(10)) },
    { name: 'ten {path, title} mappings', text: withAttachments(Array.from({ length: 10 }, (_, i) => `  - {path: f${i}.pdf, title: F${i}}`)) },
    // Ten links are a separate allowance: links do not count against attachments.
    { name: 'ten attachments and ten links', text: nomination({ front: `${DEFAULT_FRONT}\nattachments:\n${files(10).join('\n')}\nlinks:\n${Array.from({ length: 10 }, (_, i) => `  - https://web.example/${i}`).join('\n')}` }) },
  ],
  invalid: [
    {
      name: 'eleven: reported at the eleventh item',
      text: eleven,
      errors: [{ messageId: 'tooMany', line: lineOf(eleven, 'file-11.pdf'), column: 5, includes: ['11', 'at most 10', 'remove 1'] }],
    },
    {
      name: 'twelve: one report, at the first item over the limit',
      text: twelve,
      errors: [{ messageId: 'tooMany', line: lineOf(twelve, 'file-11.pdf'), column: 5, includes: ['12', 'remove 2'] }],
    },
    {
      name: 'mappings: at the eleventh mapping',
      text: mappings,
      errors: [{ messageId: 'tooMany', line: lineOf(mappings, 'file-11.pdf'), column: 5, includes: ['11'] }],
    },
    { name: 'an inline list', text: inline, errors: [{ messageId: 'tooMany', line: 4, column: 'attachments: [f0.pdf, f1.pdf, f2.pdf, f3.pdf, f4.pdf, f5.pdf, f6.pdf, f7.pdf, f8.pdf, f9.pdf, '.length + 1 }] },
  ],
});
