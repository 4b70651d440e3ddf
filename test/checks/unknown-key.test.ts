import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const BASE = 'category: E01\nnominee: Team';
const withKeys = (keys: string) => nomination({ front: `${BASE}\n${keys}` });
const PRIOR_WIN = 'prior_win:\n  year: 2025\n  categories: [E04]\n  updated: true';

const everyKey = withKeys(
  [
    'organization: Example Bank',
    'title: A crisis line in two weeks',
    'format: video',
    'video: {url: https://v.example/1, duration: "4:30"}',
    'links:\n  - https://a.example\n  - {url: https://b.example, title: Press}',
    'attachments:\n  - evidence/a.pdf\n  - {path: evidence/b.pdf, title: Call volumes}',
    PRIOR_WIN,
  ].join('\n'),
);
const priorWinFoo = withKeys(`${PRIOR_WIN}\n  foo: 1`);
const priorWinTypo = withKeys(`${PRIOR_WIN}\n  updatd: false`);
const linkTypo = withKeys('links:\n  - {url: https://a.example, titel: Press}');
const twoUnknown = withKeys('nomine: Other\nxyzzy: 1');

checkTable('unknown-key', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: 'every known key, nested ones included', text: everyKey },
    // A known key with a wrong value is the schema check's business.
    { name: 'a known key with a value of the wrong type', text: withKeys('links: 3\nprior_win: true') },
    { name: 'front matter that does not parse', text: nomination({ front: 'category: E01\nnomine: [x' }) },
    { name: 'no front matter at all', text: '# Title\n\n## Achievements\nText.\n' },
  ],
  invalid: [
    {
      name: 'nomine → nominee',
      text: withKeys('nomine: Other'),
      errors: [{ messageId: 'suggest', line: 4, column: 1, includes: ['"nomine"', 'did you mean "nominee"'] }],
    },
    {
      name: 'catgory → category',
      text: nomination({ front: 'catgory: E01\nnominee: Team' }),
      errors: [{ messageId: 'suggest', line: 2, column: 1, includes: ['"catgory"', '"category"'] }],
    },
    { name: 'Category with a capital → category', text: withKeys('Category: E02'), errors: [{ messageId: 'suggest', line: 4, column: 1, includes: ['"Category"', '"category"'] }] },
    { name: 'organisation → organization', text: withKeys('organisation: Example Bank'), errors: [{ messageId: 'suggest', line: 4, column: 1, includes: ['"organization"'] }] },
    { name: 'link → links', text: withKeys('link: [https://a.example]'), errors: [{ messageId: 'suggest', line: 4, column: 1, includes: ['"links"'] }] },
    {
      name: 'a top-level key with no near match lists the known keys',
      text: withKeys('xyzzy: 1'),
      errors: [{ messageId: 'unknown', line: 4, column: 1, includes: ['"xyzzy"', 'category, nominee, organization, title, format, video, links, attachments, prior_win'] }],
    },
    {
      name: 'prior_win.foo, at the nested key',
      text: priorWinFoo,
      errors: [{ messageId: 'unknown', line: lineOf(priorWinFoo, 'foo:'), column: 3, includes: ['"prior_win.foo"', 'year, categories, updated'] }],
    },
    {
      name: 'prior_win.updatd → updated',
      text: priorWinTypo,
      errors: [{ messageId: 'suggest', line: lineOf(priorWinTypo, 'updatd'), column: 3, includes: ['"prior_win.updatd"', '"updated"'] }],
    },
    {
      name: 'an unknown key inside a flow mapping',
      text: withKeys('prior_win: {year: 2025, categories: [E04], updated: true, extra: {deep: 1}}'),
      errors: [{ messageId: 'unknown', line: 4, column: 59, includes: ['"prior_win.extra"'] }],
    },
    { name: 'titel in a link mapping → title', text: linkTypo, errors: [{ messageId: 'suggest', line: 5, column: 30, includes: ['"links.titel"', '"title"'] }] },
    { name: 'an unknown key in an attachment mapping', text: withKeys('attachments:\n  - {path: a.pdf, name: A}'), errors: [{ messageId: 'unknown', line: 5, column: 19, includes: ['"attachments.name"', 'path, title'] }] },
    { name: 'duraton in video → duration', text: withKeys('video: {url: https://v.example/1, duraton: 270}'), errors: [{ messageId: 'suggest', line: 4, column: 35, includes: ['"video.duraton"', '"duration"'] }] },
    {
      name: 'two unknown keys, in file order',
      text: twoUnknown,
      errors: [
        { messageId: 'suggest', line: lineOf(twoUnknown, 'nomine:'), column: 1, includes: ['"nominee"'] },
        { messageId: 'unknown', line: lineOf(twoUnknown, 'xyzzy'), column: 1, includes: ['"xyzzy"'] },
      ],
    },
  ],
});
