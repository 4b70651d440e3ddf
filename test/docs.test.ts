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
