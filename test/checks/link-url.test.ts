import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

/** A nomination whose front matter lists these `links:` lines after the defaults. */
const withLinks = (...items: string[]) => nomination({ front: `${DEFAULT_FRONT}\nlinks:\n${items.join('\n')}` });

const bare = withLinks('  - https://web.example/press', '  - web.example/press');
const ftp = withLinks('  - ftp://files.web.example/report.pdf');
const mapping = withLinks('  - url: www.web.example/award', '    title: Award page');
const flow = withLinks('  - {title: Press, url: /press/hotline}');
const two = withLinks('  - mailto:press@web.example', '  - https://web.example', '  - javascript:alert(1)');
const noHost = withLinks('  - https://');
const space = withLinks('  - https://web.example/annual report.pdf');
const noSlashes = withLinks('  - https:web.example/press', '  - https:/web.example/press', '  - https:\\\\web.example/press');
const inline = nomination({ front: `${DEFAULT_FRONT}\nlinks: [https://web.example, org.example]` });

checkTable('link-url', {
  valid: [
    { name: 'no links at all', text: nomination() },
    { name: 'an empty list', text: nomination({ front: `${DEFAULT_FRONT}\nlinks: []` }) },
    { name: 'https and http URLs', text: withLinks('  - https://web.example/press/hotline', '  - http://org.example') },
    { name: 'upper-case scheme, port, query and fragment', text: withLinks('  - HTTPS://Web.EXAMPLE:8443/a?b=1#c') },
    { name: '{url, title} mapping', text: withLinks('  - url: https://web.example/press', '    title: Press release') },
    { name: 'flow mapping', text: withLinks('  - {url: "https://web.example/a", title: A}') },
    { name: 'a mapping without url is the schema check\'s business', text: withLinks('  - title: Only a title') },
  ],
  invalid: [
    {
      name: 'a bare domain, at its list item',
      text: bare,
      errors: [{ messageId: 'invalid', line: lineOf(bare, '- web.example/press'), column: 5, includes: ['"web.example/press"', 'https://'] }],
    },
    { name: 'an ftp URL', text: ftp, errors: [{ messageId: 'invalid', line: 5, column: 5, includes: ['ftp://files.web.example/report.pdf'] }] },
    {
      name: 'url of a {url, title} mapping, at the url value',
      text: mapping,
      errors: [{ messageId: 'invalid', line: lineOf(mapping, 'url: www'), column: 10, includes: ['www.web.example/award'] }],
    },
    { name: 'a relative path in a flow mapping', text: flow, errors: [{ messageId: 'invalid', line: 5, column: 25, includes: ['/press/hotline'] }] },
    {
      name: 'every bad link, in order; good ones left alone',
      text: two,
      errors: [
        { messageId: 'invalid', line: 5, column: 5, includes: ['mailto:press@web.example'] },
        { messageId: 'invalid', line: 7, column: 5, includes: ['javascript:alert(1)'] },
      ],
    },
    { name: 'a scheme without a host', text: noHost, errors: [{ messageId: 'invalid', line: 5, column: 5 }] },
    { name: 'white space inside the URL', text: space, errors: [{ messageId: 'invalid', line: 5, column: 5 }] },
    {
      // WHATWG URL parsing repairs these to https://web.example/…, but as written
      // they are not absolute http(s) URLs (URL Standard: missing "//").
      name: 'https: without the two slashes',
      text: noSlashes,
      errors: [
        { messageId: 'invalid', line: 5, column: 5, includes: ['https:web.example/press'] },
        { messageId: 'invalid', line: 6, column: 5, includes: ['https:/web.example/press'] },
        { messageId: 'invalid', line: 7, column: 5, includes: ['https:\\\\web.example/press'] },
      ],
    },
    { name: 'an inline list', text: inline, errors: [{ messageId: 'invalid', line: 4, column: 30, includes: ['"org.example"'] }] },
  ],
});
