/**
 * The `directive` check: directive comments that cannot be applied, at the comment.
 * How directives apply (what they switch off, unused ones, the CLI flags) is
 * test/directives.test.ts.
 */
import { checkTable } from '../helpers/check-tester.js';
import { nomination } from '../helpers/nomination.js';

/** A nomination whose achievements (from line 6 of the file) are `lines`. */
const body = (...lines: string[]) => nomination({ body: ['## Achievements', ...lines, '', '## Summary', '- Answered every call', ''].join('\n') });

checkTable('directive', {
  valid: [
    { name: 'no directive', text: nomination() },
    { name: 'a directive naming checks that may be disabled, with a reason', text: body('<!-- iba-lint-disable placeholder, eligibility-date -- quoted from a letter -->', 'Text.') },
    { name: 'every form of directive, without ids', text: body('<!-- iba-lint-disable -->', 'Text. <!-- iba-lint-disable-line -->', '<!-- iba-lint-disable-next-line -->', 'More.', '<!-- iba-lint-enable -->') },
    { name: 'ids in quotes and separated by spaces', text: body(`<!-- iba-lint-disable 'placeholder' "visible-markup" unknown-section -->`, 'Text.') },
    { name: 'a comment that only mentions iba-lint', text: body('<!-- run iba-lint-disable later; iba-lint: fine -->', 'Text.') },
    { name: 'a wrong directive inside fenced code is an example, not a directive', text: body('Text.', '', '```', '<!-- iba-lint-disable section-length -->', '```') },
    { name: 'a wrong directive inside an indented code block', text: body('Text.', '', '    <!-- iba-lint-disable section-length -->') },
    { name: 'a wrong directive inside a code span', text: body('Write `<!-- iba-lint-disable section-length -->` to see the error.') },
    { name: 'a wrong directive in a code span of double backticks holding a backtick', text: body('See ``a ` <!-- iba-lint-disable section-length --> `` here.') },
    { name: 'a YAML comment in the front matter is not a directive', text: nomination({ front: 'category: E01\nnominee: Team # iba-lint-disable section-length' }) },
  ],
  invalid: [
    {
      name: 'a hard limit of the form, with the other ids of the comment still read',
      text: body('<!-- iba-lint-disable placeholder, section-length -->', 'Text.'),
      errors: [{ messageId: 'hardLimit', line: 6, column: 1, includes: ['"section-length" is a hard limit of the entry form', 'config file'] }],
    },
    {
      name: 'each hard limit, file problems included, in every form of directive',
      text: body(
        '<!-- iba-lint-disable summary-bullets, links-limit -->',
        'Text. <!-- iba-lint-disable-line attachments-limit, category -->',
        '<!-- iba-lint-disable-next-line prior-winner, video, front-matter -->',
        'More.',
        '<!-- iba-lint-enable schema, encoding, file-too-large -->',
      ),
      errors: [
        { messageId: 'hardLimit', line: 6, column: 1, includes: ['"summary-bullets"'] },
        { messageId: 'hardLimit', line: 6, column: 1, includes: ['"links-limit"'] },
        { messageId: 'hardLimit', line: 7, column: 7, includes: ['"attachments-limit"'] },
        { messageId: 'hardLimit', line: 7, column: 7, includes: ['"category"'] },
        { messageId: 'hardLimit', line: 8, column: 1, includes: ['"prior-winner"'] },
        { messageId: 'hardLimit', line: 8, column: 1, includes: ['"video"'] },
        { messageId: 'hardLimit', line: 8, column: 1, includes: ['"front-matter"'] },
        { messageId: 'hardLimit', line: 10, column: 1, includes: ['"schema"'] },
        { messageId: 'hardLimit', line: 10, column: 1, includes: ['"encoding"'] },
        { messageId: 'hardLimit', line: 10, column: 1, includes: ['"file-too-large"'] },
      ],
    },
    { name: 'directive itself', text: body('<!-- iba-lint-disable directive -->', 'Text.'), errors: [{ messageId: 'self', line: 6, column: 1 }] },
    {
      name: 'an unknown id close to a check id',
      text: body('Text. <!-- iba-lint-disable-line placeholdr -->'),
      errors: [{ messageId: 'suggest', line: 6, column: 7, includes: ['"placeholdr" is not a check id', 'did you mean "placeholder"?'] }],
    },
    {
      name: 'an unknown id close to a hard limit suggests it (and naming it would then be refused)',
      text: body('<!-- iba-lint-disable section-lenght -->', 'Text.'),
      errors: [{ messageId: 'suggest', line: 6, column: 1, includes: ['did you mean "section-length"?'] }],
    },
    { name: 'an unknown id like no other', text: body('<!-- iba-lint-disable zzqqxxvv -->', 'Text.'), errors: [{ messageId: 'unknown', line: 6, column: 1, includes: ['"zzqqxxvv"', 'docs/checks/README.md'] }] },
    {
      name: 'a misspelt directive',
      text: body('<!-- iba-lint-disable-nextline placeholder -->', 'Text.'),
      errors: [{ messageId: 'suggestDirective', line: 6, column: 1, includes: ['"iba-lint-disable-nextline" is not an inline directive', 'did you mean "iba-lint-disable-next-line"?'] }],
    },
    {
      name: 'a directive like no other',
      text: body('<!--iba-lint-everything-off-please-->', 'Text.'),
      errors: [{ messageId: 'unknownDirective', line: 6, column: 1, includes: ['"iba-lint-everything-off-please"'] }],
    },
    {
      name: 'disable-line over two lines',
      text: body('Text. <!-- iba-lint-disable-line', 'placeholder -->'),
      errors: [{ messageId: 'multiline', line: 6, column: 7 }],
    },
    {
      name: 'in a heading, a list item and an HTML block',
      text: nomination({ body: '## Achievements <!-- iba-lint-disable-line zzqqxxvv -->\nText.\n\n<div>\n<!-- iba-lint-enable zzqqxxvv -->\n</div>\n\n## Summary\n- One <!-- iba-lint-disable-line zzqqxxvv -->\n' }),
      errors: [
        { messageId: 'unknown', line: 5, column: 17 },
        { messageId: 'unknown', line: 9, column: 1 },
        { messageId: 'unknown', line: 13, column: 7 },
      ],
    },
    {
      name: 'after a code span that is closed, a comment is a directive again',
      text: body('See `code` and <!-- iba-lint-disable-line zzqqxxvv -->'),
      errors: [{ messageId: 'unknown', line: 6, column: 16 }],
    },
    {
      name: 'an unmatched backtick does not open a code span',
      text: body('A ` alone <!-- iba-lint-disable-line zzqqxxvv -->'),
      errors: [{ messageId: 'unknown', line: 6, column: 11 }],
    },
  ],
});
