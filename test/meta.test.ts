/**
 * The registry, the README's table of checks, the docs and the tests stay in step (STYLE practice 13), and
 * no competition number is written into the code: they all come from the ruleset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHECKS, docsUrl } from '../src/checks/index.js';

const ROOT = new URL('../', import.meta.url);

/**
 * The README's table of checks (under "## What it checks"): each row's id, its link and
 * its default severity, in the table's order. Read from the file, so the table a user
 * reads is the one the registry is held to.
 */
function readmeChecks(readme: string): Array<{ id: string; link: string; severity: string }> {
  const section = readme.slice(readme.indexOf('\n## What it checks'), readme.indexOf('\n## ', readme.indexOf('\n## What it checks') + 1));
  const rows: Array<{ id: string; link: string; severity: string }> = [];
  let inTable = false;
  for (const line of section.split('\n')) {
    if (/^\|\s*id\s*\|\s*default\s*\|/.test(line)) inTable = true;
    else if (inTable && !line.startsWith('|')) break;
    else if (inTable && !/^\|\s*-/.test(line)) {
      const match = /^\| \[`([^`]+)`\]\(([^)]+)\) \| (\w+) \|/.exec(line);
      if (!match) throw new Error(`README checks table: a row that is not "| [\`id\`](link) | severity | …": ${line}`);
      rows.push({ id: match[1]!, link: match[2]!, severity: match[3]! });
    }
  }
  return rows;
}

describe('the check registry', () => {
  const table = readmeChecks(readFileSync(new URL('README.md', ROOT), 'utf8'));

  it("matches the README's table of checks: the same ids, in the same order, with the same default severities", () => {
    expect(table.length).toBeGreaterThan(0);
    expect(CHECKS.map((c) => [c.id, c.severity])).toEqual(table.map((row) => [row.id, row.severity]));
  });

  it("links each row of the README's table to the check's own page", () => {
    for (const row of table) expect(row.link, row.id).toBe(`docs/checks/${row.id}.md`);
  });

  it('would catch a README row out of order, missing, or with another severity', () => {
    const rows = (...lines: string[]) => readmeChecks(['', '## What it checks', '', '| id | default | fires when |', '|---|---|---|', ...lines, '', '## Next', '| x |'].join('\n'));
    expect(rows('| [`a`](docs/checks/a.md) | error | x |', '| [`b`](docs/checks/b.md) | warning | y |')).toEqual([
      { id: 'a', link: 'docs/checks/a.md', severity: 'error' },
      { id: 'b', link: 'docs/checks/b.md', severity: 'warning' },
    ]);
    expect(() => rows('| a | error | x |')).toThrow('README checks table');
  });

  it('has unique, kebab-case ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
  it('has a description and at least one message', () => {
    expect(check.description.trim()).not.toBe('');
    expect(Object.keys(check.messages).length).toBeGreaterThan(0);
    for (const [messageId, template] of Object.entries(check.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      expect(template.trim(), `${id}.${messageId}`).not.toBe('');
    }
  });

  it('writes every message placeholder as {{word}} or a plural {{word|form|form}}', () => {
    for (const [messageId, template] of Object.entries(check.messages)) {
      // What is left after the {{word}} and {{word|…}} placeholders must hold no braces at all:
      // `{{ word }}`, `{word}` or `{{word}` would be a placeholder that is never filled.
      const rest = template.replace(/\{\{\w+(?:\|[^|{}]*)*\}\}/g, '');
      expect(rest, `${id}.${messageId}: ${template}`).not.toMatch(/[{}]/);
    }
  });

  it('has a doc page, docs/checks/<id>.md', () => {
    expect(existsSync(new URL(`docs/checks/${id}.md`, ROOT)), `docs/checks/${id}.md`).toBe(true);
  });

  it('has a test file, test/checks/<id>.test.ts', () => {
    expect(existsSync(new URL(`test/checks/${id}.test.ts`, ROOT)), `test/checks/${id}.test.ts`).toBe(true);
  });

  it('has a docsUrl ending in docs/checks/<id>.md', () => {
    expect(docsUrl(id).endsWith(`docs/checks/${id}.md`)).toBe(true);
  });
});

describe('no competition number in src/', () => {
  /** Limits, years and codes of IBA 2026 that must come from rulesets/iba-2026.yaml. */
  const NUMBERS = [4900, 1150, 1500, 2024, 2025, 300];
  const IN_TEXT = /(?<![\w.])(?:4,?900|1,?150|1,?500|2024|2025|300)(?![\d])|\bE0[1-8]\b/;

  function tsFiles(dir: URL): URL[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      // src/generated/ is compiled from schemas/, which are data like the rulesets.
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : tsFiles(new URL(`${entry.name}/`, dir));
      return entry.name.endsWith('.ts') ? [new URL(entry.name, dir)] : [];
    });
  }

  /**
   * The literals of some code — numbers, strings, template and regular-expression
   * text — that hold a competition number, with their line. Comments are not code,
   * so they are not looked at.
   */
  function offendingLiterals(fileName: string, code: string): string[] {
    const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      let hit = false;
      if (ts.isNumericLiteral(node)) hit = NUMBERS.includes(Number(node.text));
      else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)) hit = IN_TEXT.test(node.text);
      if (hit) found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  const files = tsFiles(new URL('src/', ROOT));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [fileURLToPath(f).slice(fileURLToPath(ROOT).length), f] as const))('%s', (name, file) => {
    expect(offendingLiterals(name, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('would catch one', () => {
    const hits = (code: string) => offendingLiterals('probe.ts', code).length;
    expect(hits('const limit = 4900;')).toBe(1);
    expect(hits('const limit = 4_900;')).toBe(1);
    expect(hits("const code = 'E01';")).toBe(1);
    expect(hits('const since = `since ${x} 2024`;')).toBe(1);
    expect(hits("const text = '1,150 characters';")).toBe(1);
    expect(hits('const y = /20(24|25)/; const m = 300;')).toBe(1);
    expect(hits('// the limit is 4900\nconst ten = 10, year = 2026;')).toBe(0);
  });
});

describe('the config schema knows every check', () => {
  it('schemas/config.schema.json lists exactly the registry ids under rules', () => {
    const schema = JSON.parse(readFileSync(new URL('schemas/config.schema.json', ROOT), 'utf8')) as { properties: { rules: { properties: object } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(CHECKS.map((c) => c.id));
  });
});
