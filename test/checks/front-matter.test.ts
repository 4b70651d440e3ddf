import { checkTable } from '../helpers/check-tester.js';
import { lineOf, nomination } from '../helpers/nomination.js';

const BODY = '## Achievements\nText.\n\n## Summary\n- One bullet\n';
const withFront = (front: string) => nomination({ front });
/** A front matter whose aliases expand to 9^9 strings if followed blindly. */
const aliasBomb = [
  'category: E01',
  'nominee: Team',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');

const badFlow = withFront('category: E01\nnominee: [unclosed');
const badIndent = withFront('category: E01\nnominee: Team\nlinks:\n  - https://a.example\n - https://b.example');
const tabIndent = withFront('category: E01\n\tnominee: Team');
const duplicate = withFront('category: E01\nnominee: Team\ncategory: E02');
const nestedDuplicate = withFront('category: E01\nnominee: Team\nprior_win:\n  year: 2025\n  year: 2024\n  categories: [E04]\n  updated: true');
const jsFunction = withFront('category: E01\nnominee: !!js/function "function () { return 1 }"');

checkTable('front-matter', {
  valid: [
    { name: 'the default nomination', text: nomination() },
    { name: '---yaml names the only allowed language', text: `---yaml\ncategory: E01\nnominee: Team\n---\n${BODY}` },
    { name: '--- YAML with a space and capitals', text: `--- YAML\ncategory: E01\nnominee: Team\n---\n${BODY}` },
    { name: 'a BOM and CRLF line endings', text: `\uFEFF---\r\ncategory: E01\r\nnominee: Team\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}` },
    // An empty mapping is still a mapping: category and schema say what is missing.
    { name: 'empty front matter', text: `---\n---\n${BODY}` },
    { name: 'front matter holding only a comment', text: `---\n# to do\n---\n${BODY}` },
    { name: 'closing --- with trailing spaces', text: `---\ncategory: E01\nnominee: Team\n---   \n${BODY}` },
    { name: 'standard YAML tags such as !!str', text: withFront('category: !!str E01\nnominee: Team') },
    { name: 'a few anchors and aliases', text: withFront('category: &c E01\nnominee: Team\nprior_win:\n  year: 2025\n  categories: [*c]\n  updated: true') },
    { name: 'a thematic break --- later in the body', text: nomination({ body: `${BODY}\n---\n\nMore.\n` }) },
  ],
  invalid: [
    { name: 'no front matter', text: `# Title\n\n${BODY}`, errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['---', 'category:', 'nominee:'] }] },
    { name: 'an empty file', text: '', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'front matter not on the first line', text: `\n---\ncategory: E01\nnominee: Team\n---\n${BODY}`, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: '---- is a thematic break, not front matter', text: `----\ncategory: E01\n----\n${BODY}`, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'YAML that does not parse, at the file line of the error',
      text: badFlow,
      errors: [{ messageId: 'yaml', line: lineOf(badFlow, 'nominee:'), column: 19, includes: ['not valid YAML', ']'] }],
    },
    {
      name: 'a mis-indented list item gives one message, not the parser\'s follow-on errors',
      text: badIndent,
      errors: [{ messageId: 'yaml', line: lineOf(badIndent, 'b.example'), column: 1, includes: ['not valid YAML'] }],
    },
    {
      name: 'a tab used for indentation',
      text: tabIndent,
      errors: [{ messageId: 'yaml', line: 3, column: 1, includes: ['Tabs'] }],
    },
    {
      name: 'a YAML error after a BOM and CRLF keeps the file line and column',
      text: '\uFEFF---\r\ncategory: E01\r\nnominee: [x\r\n---\r\n',
      errors: [{ messageId: 'yaml', line: 3, column: 12 }],
    },
    {
      name: 'a YAML error in ---yaml front matter keeps the file line',
      text: `---yaml\ncategory: E01\nnominee: [x\n---\n${BODY}`,
      errors: [{ messageId: 'yaml', line: 3, column: 12 }],
    },
    { name: '---js is refused', text: `---js\n({ category: 'E01', nominee: 'Team' })\n---\n${BODY}`, errors: [{ messageId: 'language', line: 1, column: 1, includes: ['"js"', 'never executed'] }] },
    {
      // Were it executed, the throw would escape lintText and fail the case.
      name: '---javascript is refused, never run',
      text: `---javascript\n({ category: (() => { throw new Error('front matter was executed') })() })\n---\n${BODY}`,
      errors: [{ messageId: 'language', line: 1, column: 1, includes: ['"javascript"'] }],
    },
    { name: '---coffee is refused', text: `---coffee\ncategory: 'E01'\n---\n${BODY}`, errors: [{ messageId: 'language', line: 1, column: 1, includes: ['"coffee"'] }] },
    { name: '---json is refused, even though JSON is YAML', text: `---json\n{"category": "E01", "nominee": "Team"}\n---\n${BODY}`, errors: [{ messageId: 'language', line: 1, column: 1, includes: ['"json"'] }] },
    { name: '--- toml, a language gray-matter does not know, is refused', text: `--- toml\ncategory = "E01"\n---\n${BODY}`, errors: [{ messageId: 'language', line: 1, column: 1, includes: ['"toml"'] }] },
    { name: 'a list instead of a mapping', text: withFront('- category: E01\n- nominee: Team'), errors: [{ messageId: 'notMapping', line: 2, column: 1, includes: ['a list'] }] },
    { name: 'a scalar instead of a mapping', text: withFront('E01 for the contact centre'), errors: [{ messageId: 'notMapping', line: 2, column: 1, includes: ['a single value'] }] },
    { name: 'a number instead of a mapping', text: withFront('42'), errors: [{ messageId: 'notMapping', line: 2, column: 1, includes: ['a single value'] }] },
    { name: 'unclosed front matter', text: `---\ncategory: E01\nnominee: Team\n\n${BODY}`, errors: [{ messageId: 'unclosed', line: 1, column: 1, includes: ['---'] }] },
    { name: 'a file that is only ---', text: '---', errors: [{ messageId: 'unclosed', line: 1, column: 1 }] },
    { name: 'YAML\'s ... does not close front matter', text: `---\ncategory: E01\nnominee: Team\n...\n${BODY}`, errors: [{ messageId: 'unclosed', line: 1, column: 1 }] },
    {
      name: 'a duplicate top-level key, named in full, with the line of the first',
      text: duplicate,
      errors: [{ messageId: 'duplicateKey', line: lineOf(duplicate, 'E02'), column: 1, includes: ['"category"', `first on line ${lineOf(duplicate, 'E01')}`] }],
    },
    {
      name: 'a duplicate nested key',
      text: nestedDuplicate,
      errors: [{ messageId: 'duplicateKey', line: lineOf(nestedDuplicate, '2024'), column: 3, includes: ['"year"', `first on line ${lineOf(nestedDuplicate, '2025')}`] }],
    },
    {
      name: 'two duplicate keys are two messages',
      text: withFront('category: E01\nnominee: Team\ncategory: E02\nnominee: Other'),
      errors: [
        { messageId: 'duplicateKey', line: 4, column: 1, includes: ['"category"', 'first on line 2'] },
        { messageId: 'duplicateKey', line: 5, column: 1, includes: ['"nominee"', 'first on line 3'] },
      ],
    },
    { name: 'the !!js/function tag', text: jsFunction, errors: [{ messageId: 'tag', line: 3, column: 10, includes: ['!!js/function'] }] },
    {
      name: '!!js/regexp and !!js/undefined tags',
      text: withFront('category: !!js/regexp /E0\\d/\nnominee: !!js/undefined ""'),
      errors: [
        { messageId: 'tag', line: 2, column: 11, includes: ['!!js/regexp'] },
        { messageId: 'tag', line: 3, column: 10, includes: ['!!js/undefined'] },
      ],
    },
    { name: 'a custom local tag', text: withFront('category: E01\nnominee: !team Contact Center'), errors: [{ messageId: 'tag', line: 3, column: 10, includes: ['!team'] }] },
    { name: 'an alias bomb is refused, not expanded', text: withFront(aliasBomb), errors: [{ messageId: 'yaml', line: 1, column: 1, includes: ['alias'] }] },
  ],
});
