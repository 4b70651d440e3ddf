import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, nomination } from '../helpers/nomination.js';

const withLinks = (...items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nlinks:\n${items.join('\n')}` });

const plain = withLinks('  - https://web.example/press', '  - https://web.example/other', '  - https://web.example/press');
const mixed = withLinks('  - https://web.example/press', '  - url: https://web.example/press', '    title: Press release');
const hostCase = withLinks('  - https://Web.EXAMPLE/press', '  - HTTPS://web.example/press/');
const root = withLinks('  - https://web.example', '  - https://web.example/');
const thrice = withLinks('  - https://a.example', '  - https://a.example', '  - https://a.example');
const twoPairs = withLinks('  - https://a.example/x', '  - https://b.example/y', '  - https://b.example/y', '  - https://a.example/x');
const inline = nomination({ front: `${DEFAULT_FRONT}\nlinks: [https://a.example, https://a.example]` });

checkTable('duplicate-link', {
  valid: [
    { name: 'no links', text: nomination() },
    { name: 'one link', text: withLinks('  - https://web.example/press') },
    { name: 'different paths', text: withLinks('  - https://web.example/press', '  - https://web.example/press/2') },
    { name: 'paths differ only in case', text: withLinks('  - https://web.example/Press', '  - https://web.example/press') },
    { name: 'different queries', text: withLinks('  - https://web.example/?p=1', '  - https://web.example/?p=2') },
    { name: 'different schemes are different pages', text: withLinks('  - http://web.example/a', '  - https://web.example/a') },
    { name: 'same title, different URLs', text: withLinks('  - {url: https://a.example, title: T}', '  - {url: https://b.example, title: T}') },
  ],
  invalid: [
    {
      name: 'the second occurrence, naming the first line',
      text: plain,
      errors: [{ messageId: 'duplicate', line: 7, column: 5, includes: ['"https://web.example/press"', 'first on line 5'] }],
    },
    {
      name: 'a string and a {url, title} of the same URL',
      text: mixed,
      errors: [{ messageId: 'duplicate', line: 6, column: 10, includes: ['first on line 5'] }],
    },
    {
      name: 'host case and a trailing slash do not make a new page',
      text: hostCase,
      errors: [{ messageId: 'duplicate', line: 6, column: 5, includes: ['HTTPS://web.example/press/', 'first on line 5'] }],
    },
    { name: 'a bare host with and without the slash', text: root, errors: [{ messageId: 'duplicate', line: 6, column: 5 }] },
    {
      name: 'three times: two reports, both pointing at the first',
      text: thrice,
      errors: [
        { messageId: 'duplicate', line: 6, column: 5, includes: ['first on line 5'] },
        { messageId: 'duplicate', line: 7, column: 5, includes: ['first on line 5'] },
      ],
    },
    {
      name: 'two different duplicates',
      text: twoPairs,
      errors: [
        { messageId: 'duplicate', line: 7, column: 5, includes: ['https://b.example/y', 'first on line 6'] },
        { messageId: 'duplicate', line: 8, column: 5, includes: ['https://a.example/x', 'first on line 5'] },
      ],
    },
    { name: 'in an inline list', text: inline, errors: [{ messageId: 'duplicate', line: 4, column: 28, includes: ['first on line 4'] }] },
  ],
});
