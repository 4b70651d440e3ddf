/**
 * Edges of the section cutter (src/parse/sections.ts) that mutation testing
 * (npm run mutate) found unpinned: each test fails for a one-line change the rest of
 * the suite let pass. They pin which section a heading writers commonly decorate
 * falls into and where stray blocks are, not the exact list of accepted headings.
 */
import { describe, expect, it } from 'vitest';
import { parseNomination } from '../../src/parse/document.js';
import { loadRuleset } from '../../src/ruleset/load.js';

const ruleset = loadRuleset();
const FRONT = '---\nname: A\n---\n';
const ids = (body: string) => parseNomination(FRONT + body, ruleset).sections.map((s) => s.id);

describe('a heading is matched whatever white space surrounds or splits its words', () => {
  it('a space left inside closing emphasis does not hide the section', () => {
    expect(ids('## **Summary **\n\n- a\n')).toEqual(['summary']);
  });

  it('emphasis after a leading comment is still taken off', () => {
    expect(ids('## <!-- from the form --> **Summary**\n\n- a\n')).toEqual(['summary']);
  });

  it('a run of spaces between the words of a heading counts as one', () => {
    expect(ids('## Opis   osiągnięć\n\nText.\n')).toEqual(['achievements']);
  });
});

describe('HTML blocks', () => {
  it('one with content is kept as a block, in a section and before the first one; one of comments only is not', () => {
    const doc = parseNomination(`${FRONT}<div>early</div>\n\n<!-- note -->\n\n## Summary\n\n<p>late</p>\n\n<!-- x -->\n`, ruleset);
    expect(doc.strays).toEqual([{ line: 4, column: 1 }]);
    expect(doc.sections[0]!.blocks).toEqual([{ kind: 'html', at: { line: 10, column: 1 }, text: '<p>late</p>\n' }]);
  });
});
