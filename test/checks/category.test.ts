import { checkTable } from '../helpers/check-tester.js';
import { nomination } from '../helpers/nomination.js';
import { loadRuleset } from '../../src/ruleset/load.js';

/** `category` on line 2, so a value is reported at 2:11. */
const withCategory = (value: string) => nomination({ front: `category: ${value}\nnominee: Team` });
const CODES = 'E01, E02, E03, E04, E05, E06, E07, E08';
const suggests = (written: string, code: string, name: string) => ({
  name: `${written} → ${code}`,
  text: withCategory(written),
  errors: [{ messageId: 'suggest', line: 2, column: 11, includes: [`did you mean "${code}"`, name] }],
});
const unknown = (written: string, shown = written) => ({
  name: `${written} has no likely meaning`,
  text: withCategory(written),
  errors: [{ messageId: 'unknown', line: 2, column: 11, includes: [`"${shown}"`, `use one of ${CODES}`] }],
});

checkTable('category', {
  valid: [
    ...loadRuleset().categories.map((c) => ({ name: `code ${c.code}`, text: withCategory(c.code) })),
    { name: 'a quoted code', text: withCategory('"E04"') },
    { name: 'a code with a trailing comment', text: withCategory('E07   # team of the year') },
    // front-matter reports these; a second message about category would be noise.
    { name: 'no front matter', text: '# Title\n\n## Achievements\nText.\n' },
    { name: 'front matter that does not parse', text: nomination({ front: 'category: E01\nnominee: [x' }) },
  ],
  invalid: [
    {
      name: 'no category key',
      text: nomination({ front: 'nominee: Team' }),
      errors: [{ messageId: 'missing', line: 1, column: 1, includes: ['"category:"', CODES] }],
    },
    { name: 'category with no value, at the key', text: nomination({ front: 'nominee: Team\ncategory:' }), errors: [{ messageId: 'missing', line: 3, column: 1, includes: [CODES] }] },
    { name: 'an empty string', text: nomination({ front: 'nominee: Team\ncategory: ""' }), errors: [{ messageId: 'missing', line: 3, column: 1 }] },
    suggests('e1', 'E01', 'Best Crisis Response in Customer Service'),
    suggests('E1', 'E01', 'Best Crisis Response in Customer Service'),
    suggests('e01', 'E01', 'Best Crisis Response in Customer Service'),
    suggests('EO1', 'E01', 'Best Crisis Response in Customer Service'),
    suggests('E 04', 'E04', 'Customer Service Department of the Year'),
    suggests('e-8', 'E08', 'Customer Service Transformation of the Year'),
    suggests('Best Crisis Response in Customer Service', 'E01', 'Best Crisis Response in Customer Service'),
    suggests('customer service team of the year', 'E07', 'Customer Service Team of the Year'),
    suggests('Customer Service Team of the Yaer', 'E07', 'Customer Service Team of the Year'),
    suggests('Zespół obsługi klienta roku', 'E07', 'Customer Service Team of the Year'),
    unknown('E09'),
    unknown('E10'),
    unknown('E00'),
    unknown('F01'),
    unknown('1'),
    unknown('Customer Service'),
    // String(['E01']) is "E01": a list must not pass as the code it holds.
    unknown('[E01]', '["E01"]'),
    unknown('{code: E01}', '{"code":"E01"}'),
  ],
});
