/**
 * The examples on each check's doc page are linted: the incorrect one makes its check
 * fire, and the correct one is a clean nomination on which no check fires at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCheck } from '../src/checks/index.js';
import { CHECK_IDS, type CheckId } from '../src/checks/ids.js';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';

const DOCS = new URL('../docs/checks/', import.meta.url);
const FILE_PATH = '/nominations/entry.md';
/** Attachments exist when they are in an `evidence/` folder. */
const exists = (path: string): boolean => path.includes('/evidence/');

type Kind = 'incorrect' | 'correct';

/** The bodies of the fenced blocks whose info string is exactly `markdown <kind>`. */
function examples(page: string, kind: Kind): string[] {
  const found: string[] = [];
  const fence = /^(`{3,}|~{3,})[ \t]*([^\n]*)\n([\s\S]*?)^\1[`~]*[ \t]*$/gm;
  for (const match of page.replaceAll('\r\n', '\n').matchAll(fence)) {
    if (match[2]!.trim() === `markdown ${kind}`) found.push(match[3]!);
  }
  return found;
}

function lint(text: string) {
  return lintText(text, { ruleset: loadRuleset(), filePath: FILE_PATH, exists }).messages;
}

const show = (messages: ReturnType<typeof lint>): string[] => messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);

describe('docs/checks/README.md', () => {
  const readme = new URL('README.md', DOCS);
  it('lists every check, in registry order, linked to its page with its default severity', () => {
    const text = readFileSync(readme, 'utf8');
    const rows = [...text.matchAll(/^\| \[`([a-z-]+)`\]\(([^)]+)\) \| (error|warning) \|/gm)];
    expect(rows.map((r) => r[1])).toEqual([...CHECK_IDS]);
    for (const [, id, link, severity] of rows) {
      expect(link).toBe(`${id}.md`);
      expect(severity).toBe(getCheck(id as CheckId).severity);
    }
  });
});

describe.each([...CHECK_IDS])('docs/checks/%s.md', (id) => {
  const file = new URL(`${id}.md`, DOCS);
  const page = existsSync(file) ? readFileSync(file, 'utf8') : '';

  it('exists, is titled with the id and gives the default severity', () => {
    expect(page, `docs/checks/${id}.md is missing`).not.toBe('');
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    expect(page).toContain(`**Default severity:** ${getCheck(id).severity}`);
    for (const heading of ['## When it fires', '## Why', '## Incorrect', '## Correct', '## How to fix']) {
      expect(page).toContain(`\n${heading}\n`);
    }
  });

  it('says "**Fixable:**" exactly when the check is marked fixable (its reports may carry a --fix edit)', () => {
    expect(page.includes('\n**Fixable:** '), `docs/checks/${id}.md`).toBe(getCheck(id).fixable === true);
  });

  it('has exactly one incorrect and one correct example', () => {
    expect(examples(page, 'incorrect')).toHaveLength(1);
    expect(examples(page, 'correct')).toHaveLength(1);
  });

  it('incorrect example: the check fires', () => {
    for (const text of examples(page, 'incorrect')) {
      const messages = lint(text);
      expect(messages.filter((m) => m.ruleId === id), show(messages).join('\n')).not.toHaveLength(0);
    }
  });

  it('correct example: no check fires', () => {
    for (const text of examples(page, 'correct')) {
      expect(show(lint(text))).toEqual([]);
    }
  });
});

describe('README, Performance', () => {
  it('shows the tables of the last npm run bench (bench/RESULTS.md)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const results = readFileSync(new URL('../bench/RESULTS.md', import.meta.url), 'utf8');
    const shown = /<!-- bench:start[^>]*-->\n([\s\S]*?)\n<!-- bench:end -->/.exec(readme)?.[1];
    expect(shown).toBe(results.slice(results.indexOf('| Run |')).trim());
  });
});

describe('README, the quick start', () => {
  it('shows the report examples/common-mistakes.md really prints: each line shown is printed, in order, and nothing after the first problem rows is left out', async () => {
    const { inProcess } = await import('./helpers/cli.js');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = /npx iba-lint examples\/common-mistakes\.md\n```\n\n```\n([\s\S]*?)\n```/.exec(readme);
    expect(block, 'the README shows the report of examples/common-mistakes.md').not.toBeNull();
    const shown = block![1]!.split('\n');
    const run = await inProcess({ name: 'quick start', args: ['examples/common-mistakes.md'], exitCode: 1 });
    const printed = run.stdout.trimEnd().split('\n');
    // A line `…` stands for rows left out, and `(…)` for the end of a long message; every
    // other line is printed, in the order shown.
    const matches = (line: string) => (p: string) => {
      const [head, tail] = line.split('(…)') as [string, string | undefined];
      return tail === undefined ? p === line : p.startsWith(head) && p.endsWith(tail) && p.length > line.length;
    };
    let at = 0;
    for (const line of shown.filter((l) => l.trim() !== '…')) {
      const found = printed.findIndex((p, i) => i >= at && matches(line)(p));
      expect(found, `README line not printed (or out of order): ${line}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    // From the section table on, the README leaves nothing out: the advice lines included.
    const table = printed.findIndex((l) => l.trimStart().startsWith('Section'));
    expect(shown.slice(shown.findIndex((l) => l.trimStart().startsWith('Section')))).toEqual(printed.slice(table));
  });
});
