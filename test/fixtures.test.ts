import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCheckId } from '../src/checks/ids.js';
import { lintText } from '../src/lint.js';
import { loadRuleset } from '../src/ruleset/load.js';

/**
 * Scenario test (STYLE.md practice 11): every nomination in test/fixtures/ carries
 * its expected problems as markers, and linting it must give exactly those — no
 * missing message, no extra one. The marker convention is in test/fixtures/README.md.
 */

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const files = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort();

/** `<!-- expect: a, b -->`, `<!-- expect-file: a -->`, `<!-- expect-at 7: a -->`. */
const HTML_MARKER = /<!--\s*expect(?:(-file)|-at\s+(\d+))?\s*:\s*([\s\S]*?)\s*-->/g;
/** A YAML comment in front matter: `key: value  # expect: a, b`. */
const YAML_MARKER = /(?:^|\s)#\s*expect\s*:\s*([a-z0-9 ,-]+?)\s*$/;

/** One expected or actual problem, as `line rule-id` so a diff reads well. */
const key = (line: number, ruleId: string): string => `${String(line).padStart(4)} ${ruleId}`;

function parseMarkers(text: string, file = '<text>'): string[] {
  const expected: string[] = [];
  const add = (line: number, ids: string, where: number): void => {
    for (const id of ids.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!isCheckId(id)) throw new Error(`${file}:${where}: "${id}" in an expect marker is not a check id`);
      expected.push(key(line, id));
    }
  };
  // Same line numbering as the linter: CRLF, LF and lone CR all end a line; a BOM is no line.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // YAML comment markers count only in the front matter: line 1 `---…` up to the next `---`.
  const close = lines[0]?.startsWith('---') ? lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) : -1;
  lines.forEach((lineText, index) => {
    const line = index + 1;
    let html = false;
    for (const match of lineText.matchAll(HTML_MARKER)) {
      html = true;
      const [, fileWide, at, ids] = match;
      add(fileWide ? 1 : at ? Number(at) : line, ids ?? '', line);
    }
    const yaml = html || index === 0 || index >= close ? null : YAML_MARKER.exec(lineText);
    if (yaml) add(line, yaml[1] ?? '', line);
  });
  return expected.sort();
}

describe('fixture markers', () => {
  it('reads every marker form', () => {
    const text = [
      '---',
      'category: e1   # expect: category',
      '---',
      '## Summary <!-- expect: section-length, summary-bullets -->',
      '<!-- expect-file: section-missing -->',
      '<!-- expect-at 2: unknown-key -->',
      '# Not a marker outside the front matter # expect: category',
    ].join('\r\n');
    expect(parseMarkers(text)).toEqual(
      [key(2, 'category'), key(4, 'section-length'), key(4, 'summary-bullets'), key(1, 'section-missing'), key(2, 'unknown-key')].sort(),
    );
  });

  it('rejects a marker with an id that is not a check', () => {
    expect(() => parseMarkers('<!-- expect: section-lenght -->')).toThrow(/section-lenght/);
  });

  it('finds enough fixtures to be worth running', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
});

describe('fixtures', () => {
  const ruleset = loadRuleset();

  it.each(files)('%s', (name) => {
    const filePath = join(FIXTURES, name);
    const text = readFileSync(filePath, 'utf8');
    const expected = parseMarkers(text, name);
    const result = lintText(text, { ruleset, filePath, exists: existsSync });
    const actual = result.messages.map((m) => key(m.line, m.ruleId)).sort();
    const report = result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n');
    expect(actual, `${name}: messages were\n${report || '(none)'}`).toEqual(expected);
  });

  it('the at-limit executive entry is exactly at the limit, and its twin one over, as their notes say', () => {
    const count = (name: string) => lintText(readFileSync(join(FIXTURES, name), 'utf8'), { ruleset }).sections.achievements!.characters;
    const limit = ruleset.sections.achievements!.limit;
    expect(count('e05-executive-at-limit.md')).toBe(limit);
    expect(count('e05-executive-over-limit.md')).toBe(limit + 1);
  });

  it('never executes non-YAML front matter', () => {
    // js-front-matter.md sets this global if its front matter is ever run.
    expect((globalThis as Record<string, unknown>).IBA_FIXTURE_FRONT_MATTER_EXECUTED).toBeUndefined();
  });
});
