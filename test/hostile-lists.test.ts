/**
 * Hostile input, continued: long lists in the front matter. (Nesting, tags, aliases,
 * prototype keys and Markdown attacks are in hostile-yaml-markdown.test.ts.)
 *
 * Timing is relative only, as there: time(8n) against time(n) in the same run, with a
 * bound of 8 × 3 plus a little slack, so noise passes and a quadratic blow-up (64×)
 * fails. Set IBA_LINT_TIMINGS=1 to print the measured ratios.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';
import type { FileResult } from '../src/types.js';
import { linearTime } from './helpers/linear-time.js';

const ruleset = loadRuleset();
const lint = (text: string): FileResult => lintText(text, { ruleset, filePath: '/n/entry.md', exists: () => true });

const BODY = '## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n\n## Attachments\n\nText.\n';
/** A valid nomination with `extra` front-matter lines after the nominee (so they start on line 4). */
const withFront = (extra: string): string => `---\ncategory: E01\nnominee: Contact Center\n${extra}\n---\n${BODY}`;

const expectLinear = linearTime(lint);

const wrongLinks = (n: number): string => withFront(`links:\n${'  - [1]\n'.repeat(n)}`);
const wrongAttachments = (n: number): string => withFront(`attachments:\n${'  - 3\n'.repeat(n)}`);

describe('a long list in the front matter', () => {
  it('of wrong items gets one schema error per item, each at its own line', () => {
    // What a faster relevantErrors must keep: one message per item, about that item.
    const links = lint(wrongLinks(50)).messages.filter((m) => m.ruleId === 'schema');
    expect(links).toHaveLength(50);
    links.forEach((m, i) => {
      expect(m).toMatchObject({ messageId: 'type', line: 5 + i, column: 5 });
      expect(m.message).toContain(`links item ${i + 1} must be`);
    });
    const attachments = lint(wrongAttachments(50)).messages.filter((m) => m.ruleId === 'schema');
    expect(attachments).toHaveLength(50);
    attachments.forEach((m, i) => expect(m).toMatchObject({ messageId: 'type', line: 5 + i, column: 5 }));
  });

  it('of valid links is linted in linear time', () => {
    expectLinear('valid links', (n) => withFront(`links:\n${Array.from({ length: n }, (_, i) => `  - https://web.example/${i}`).join('\n')}`), 250, 2);
  });

  it('of one link repeated is linted in linear time', () => {
    expectLinear('duplicate links', (n) => withFront(`links:\n${'  - https://web.example/a\n'.repeat(n)}`), 250, 2);
  });

  it('of valid attachments is linted in linear time', () => {
    expectLinear('valid attachments', (n) => withFront(`attachments:\n${Array.from({ length: n }, (_, i) => `  - a${i}.pdf`).join('\n')}`), 250, 2);
  });

  it('of wrong prior_win categories is linted in linear time', () => {
    expectLinear('wrong prior_win categories', (n) => withFront(`prior_win:\n  year: 2024\n  updated: true\n  categories:\n${'    - [1]\n'.repeat(n)}`), 250, 2);
  });

  // Each wrong item of links or attachments (a string or a mapping) has an anyOf
  // error; narrowing the errors to the right branch must not compare every error with
  // every other, or thousands of wrong items take minutes.
  it('of wrong links is linted in linear time', () => {
    expectLinear('wrong links', wrongLinks, 300);
  });

  it('of wrong attachments is linted in linear time', () => {
    expectLinear('wrong attachments', wrongAttachments, 300);
  });
});
