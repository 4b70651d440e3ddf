import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const FRONT = 'category: E01\nnominee: Team';
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://web.example/news/${i + 1}`);
const blockLinks = (n: number) => nomination({ front: `${FRONT}\nlinks:\n${urls(n).map((u) => `  - ${u}`).join('\n')}` });
const mappingLinks = (n: number) => nomination({ front: `${FRONT}\nlinks:\n${urls(n).map((u, i) => `  - url: ${u}\n    title: Article ${i + 1}`).join('\n')}` });
const flowLinks = (n: number) => nomination({ front: `${FRONT}\nlinks: [${urls(n).join(', ')}]` });

const eleven = blockLinks(11);
const thirteen = blockLinks(13);
const elevenMappings = mappingLinks(11);
const elevenFlow = flowLinks(11);
const threeOfTwo = blockLinks(3);
const twoAllowed = { ...loadRuleset(), links: { max: 2 } };

checkTable('links-limit', {
  valid: [
    { name: 'no links', text: nomination() },
    { name: 'an empty list', text: nomination({ front: `${FRONT}\nlinks: []` }) },
    { name: '10 links', text: blockLinks(10) },
    { name: '10 links as {url, title}', text: mappingLinks(10) },
    { name: '10 links in a flow sequence', text: flowLinks(10) },
    // Other checks' business: links that are not a list, and attachments.
    { name: 'links: 11 is not a list of 11', text: nomination({ front: `${FRONT}\nlinks: 11` }) },
    { name: '11 attachments', text: nomination({ front: `${FRONT}\nattachments:\n${Array.from({ length: 11 }, (_, i) => `  - evidence/${i + 1}.pdf`).join('\n')}` }) },
  ],
  invalid: [
    {
      name: '11 links: flagged at the 11th item',
      text: eleven,
      errors: [{ messageId: 'tooMany', line: lineOf(eleven, 'news/11'), column: 5, includes: ['11 links', 'at most 10', 'remove 1', 'link 11'] }],
    },
    { name: '13 links', text: thirteen, errors: [{ messageId: 'tooMany', line: lineOf(thirteen, 'news/11'), column: 5, includes: ['13 links', 'remove 3', 'link 11'] }] },
    { name: '11 {url, title} links', text: elevenMappings, errors: [{ messageId: 'tooMany', line: lineOf(elevenMappings, 'news/11'), column: 5, includes: ['11 links'] }] },
    {
      name: '11 links in a flow sequence, at the 11th URL',
      text: elevenFlow,
      errors: [{ messageId: 'tooMany', line: 4, column: elevenFlow.split('\n')[3]!.indexOf('https://web.example/news/11') + 1, includes: ['11 links'] }],
    },
    {
      name: 'the limit comes from the ruleset',
      text: threeOfTwo,
      ruleset: twoAllowed,
      errors: [{ messageId: 'tooMany', line: lineOf(threeOfTwo, 'news/3'), column: 5, includes: ['3 links', 'at most 2', 'link 3'] }],
    },
  ],
});
