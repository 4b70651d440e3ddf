import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const BASE = 'category: E01\nnominee: Team';
const withKeys = (keys: string) => nomination({ front: `${BASE}\n${keys}` });

const specExample = nomination({
  front: [
    'category: E01',
    'nominee: Contact Center, Example Bank',
    'format: essay            # essay (default) | video',
    'links:                   # at most 10; a URL string, or {url, title}',
    '  - https://web.example/press/hotline',
    'attachments:             # at most 10; a path relative to this file, or {path, title}',
    '  - evidence/call-volume-2024.pdf',
    'prior_win:               # only for winners of the previous (2025) competition',
    '  year: 2025',
    '  categories: [E04]',
    '  updated: true          # the entry was updated with recent achievements',
  ].join('\n'),
});
const noUpdated = withKeys('prior_win:\n  year: 2025\n  categories: [E04]');
const badPriorWin = withKeys('prior_win:\n  year: "2025"\n  categories: E04\n  updated: yes');
const badAttachments = withKeys('attachments:\n  - evidence/a.pdf\n  - 3\n  - {path: b.pdf}\n  - {title: No path}\n  - ""');
const badLinks = withKeys('links:\n  - {url: 3}\n  - [https://a.example]\n  - {title: No url}\n  - https://b.example');

checkTable('schema', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'the example of SPEC §2', text: specExample },
    { name: 'links and attachments as mappings with a title', text: withKeys('links:\n  - {url: https://a.example, title: Press}\nattachments:\n  - path: evidence/a.pdf\n    title: Call volumes') },
    { name: 'a video entry with duration as m:ss', text: withKeys('format: video\nvideo: {url: https://v.example/1, duration: "4:30"}') },
    { name: 'a video entry with duration in seconds', text: withKeys('format: video\nvideo:\n  url: https://v.example/1\n  duration: 270') },
    { name: 'organization and title strings', text: withKeys('organization: Example Bank\ntitle: A crisis line in two weeks') },
    { name: 'prior_win with updated: false', text: withKeys('prior_win: {year: 2025, categories: [E04, E07], updated: false}') },
    { name: 'empty lists', text: withKeys('links: []\nattachments: []') },
    // SPEC §3, settled: an empty `links:` or `attachments:` (YAML null) means none.
    { name: 'links: and attachments: left empty', text: withKeys('links:\nattachments:') },
    { name: 'links: ~ and attachments: null', text: withKeys('links: ~\nattachments: null') },
    // Those belong to other checks.
    { name: 'a category that is not a code', text: nomination({ front: 'category: 42\nnominee: Team' }) },
    { name: 'an unknown key of any type', text: withKeys('foo: [1, 2]') },
    { name: 'front matter that does not parse', text: nomination({ front: 'category: E01\nnominee: [x' }) },
  ],
  invalid: [
    { name: 'links: 3', text: withKeys('links: 3'), errors: [{ messageId: 'type', line: 4, column: 8, includes: ['links', 'list of web addresses'] }] },
    { name: 'links as a single string', text: withKeys('links: https://a.example'), errors: [{ messageId: 'type', line: 4, column: 8, includes: ['links must be a list'] }] },
    { name: 'attachments as a single path', text: withKeys('attachments: evidence.pdf'), errors: [{ messageId: 'type', line: 4, column: 14, includes: ['attachments', 'list of file paths'] }] },
    {
      name: 'prior_win without updated, at the prior_win key',
      text: noUpdated,
      errors: [{ messageId: 'required', line: lineOf(noUpdated, 'prior_win'), column: 1, includes: ['prior_win', '"updated"', 'true or false'] }],
    },
    { name: 'prior_win as a flow mapping without updated', text: withKeys('prior_win: {year: 2025, categories: [E04]}'), errors: [{ messageId: 'required', line: 4, column: 1, includes: ['"updated"'] }] },
    { name: 'prior_win: true', text: withKeys('prior_win: true'), errors: [{ messageId: 'type', line: 4, column: 12, includes: ['prior_win', 'year, categories and updated'] }] },
    {
      name: 'each wrong field of prior_win, at its value',
      text: badPriorWin,
      errors: [
        { messageId: 'type', line: lineOf(badPriorWin, 'year:'), column: 9, includes: ['prior_win.year'] },
        { messageId: 'type', line: lineOf(badPriorWin, 'categories:'), column: 15, includes: ['prior_win.categories', 'list'] },
        { messageId: 'type', line: lineOf(badPriorWin, 'updated:'), column: 12, includes: ['prior_win.updated', 'true or false'] },
      ],
    },
    {
      name: 'a prior_win category that is not a string',
      text: withKeys('prior_win: {year: 2025, categories: [E04, 7], updated: true}'),
      errors: [{ messageId: 'type', line: 4, column: 43, includes: ['prior_win.categories item 2'] }],
    },
    { name: 'format: film', text: withKeys('format: film'), errors: [{ messageId: 'enum', line: 4, column: 9, includes: ['essay, video', '"film"'] }] },
    { name: 'format: Video (values are lower case)', text: withKeys('format: Video'), errors: [{ messageId: 'enum', line: 4, column: 9, includes: ['"Video"'] }] },
    { name: 'an empty nominee', text: nomination({ front: 'category: E01\nnominee: ""' }), errors: [{ messageId: 'empty', line: 3, column: 10, includes: ['nominee is empty', 'name of the team'] }] },
    { name: 'a nominee of only spaces is empty', text: nomination({ front: 'category: E01\nnominee: "   "' }), errors: [{ messageId: 'empty', line: 3, column: 10, includes: ['nominee is empty'] }] },
    { name: 'a nominee with no value', text: nomination({ front: 'category: E01\nnominee:' }), errors: [{ messageId: 'type', line: 3, column: 9, includes: ['nominee'] }] },
    { name: 'a number as nominee', text: nomination({ front: 'category: E01\nnominee: 42' }), errors: [{ messageId: 'type', line: 3, column: 10, includes: ['nominee must be'] }] },
    { name: 'a missing nominee', text: nomination({ front: 'category: E01' }), errors: [{ messageId: 'requiredTop', line: 1, column: 1, includes: ['"nominee"', 'name of the team'] }] },
    {
      name: 'organization and title that are not strings',
      text: withKeys('organization: 5\ntitle: [A, B]'),
      errors: [
        { messageId: 'type', line: 4, column: 15, includes: ['organization'] },
        { messageId: 'type', line: 5, column: 8, includes: ['title'] },
      ],
    },
    {
      name: 'every wrong attachments item, each at its item',
      text: badAttachments,
      errors: [
        { messageId: 'type', line: lineOf(badAttachments, '- 3'), column: 5, includes: ['attachments item 2', 'file path'] },
        { messageId: 'required', line: lineOf(badAttachments, 'No path'), column: 5, includes: ['attachments item 4', '"path"'] },
        { messageId: 'empty', line: lineOf(badAttachments, '""'), column: 5, includes: ['attachments item 5'] },
      ],
    },
    { name: 'a {url: 3} link', text: withKeys('links:\n  - {url: 3}'), errors: [{ messageId: 'type', line: 5, column: 11, includes: ['url of links item 1', 'web address'] }] },
    { name: 'a block-style link mapping with url: 3', text: withKeys('links:\n  - url: 3\n    title: Press'), errors: [{ messageId: 'type', line: 5, column: 10, includes: ['url of links item 1'] }] },
    {
      name: 'every wrong links item, each at its item',
      text: badLinks,
      errors: [
        { messageId: 'type', line: lineOf(badLinks, 'url: 3'), column: 11, includes: ['url of links item 1'] },
        { messageId: 'type', line: lineOf(badLinks, '[https'), column: 5, includes: ['links item 2'] },
        { messageId: 'required', line: lineOf(badLinks, 'No url'), column: 5, includes: ['links item 3', '"url"'] },
      ],
    },
    { name: 'video as a string', text: withKeys('video: https://v.example/1'), errors: [{ messageId: 'type', line: 4, column: 8, includes: ['video', 'url or file, and its duration'] }] },
    {
      name: 'video fields of the wrong type',
      text: withKeys('video: {url: 3, duration: true}'),
      errors: [
        { messageId: 'type', line: 4, column: 14, includes: ['video.url'] },
        { messageId: 'type', line: 4, column: 27, includes: ['video.duration', 'm:ss'] },
      ],
    },
  ],
});
