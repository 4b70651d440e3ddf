/**
 * Every counterexample the property tests (test/property.test.ts) have found, kept as
 * a plain test so it is tried on every run whatever the seed. Add each new one here,
 * with the run that found it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { offsetPositions } from '../src/locate.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { ROOT } from './helpers/cli.js';

const ruleset = loadRuleset();
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-counterexamples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each message of `text` as `line:column ruleId`, after checking that every one is inside the file. */
function placed(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const locale of ['en', 'pl'] as const) {
    for (const m of lintText(text, { ruleset, locale }).messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.line).toBeLessThanOrEqual(lines.length);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
      if (locale === 'en') out.push(`${m.line}:${m.column} ${m.ruleId}`);
    }
  }
  return out;
}

describe('front matter that the yaml parser recovers from: positions stay in the file', () => {
  // Found by the unseeded property "never throws" (about one run in ten): the yaml
  // package's LineCounter lost the line break after `*: 0`, so `!!binary` was put at
  // 2:9 of a 4-character line and lintText threw "reported an impossible position".
  it('`*: 0` then `b: !!binary`: the tag is reported where it is written, 3:4', () => {
    const text = '---\n*: 0\nb: !!binary\n---\n';
    expect(() => lintText(text, { ruleset })).not.toThrow();
    expect(placed(text).filter((m) => m.endsWith('front-matter'))).toEqual(['2:2 front-matter', '3:4 front-matter']);
  });

  it.each([
    ['an alias ending in a colon, then a tag', '---\n*: 0\nb: !!binary\nc: !!str x\n---\n'],
    ['an alias and a tag on later lines', '---\ncategory: E01\n*:\n  *: 1\nx: !!set\n---\n## Achievements\n'],
    ['an anchor with no name, then a tag', '---\n&: 0\nb: !!binary\n---\n'],
    ['an alias key in a flow mapping, then a tag', '---\n{*: 0}\nb: !!binary\n---\n'],
    ['a tag after an alias, with CRLF endings', '---\r\n*: 0\r\nb: !!binary\r\n---\r\n'],
    ['a tag after an alias, behind a BOM and --- yaml', '\uFEFF--- yaml\n*: 0\nb: !!timestamp 2024\n---\n'],
  ])('%s', (_name, text) => {
    expect(() => placed(text)).not.toThrow();
  });

  it('through the bin: exit 1 with the tag at 3:4, not an internal error', () => {
    const file = join(dir, 'alias-then-tag.md');
    writeFileSync(file, '---\n*: 0\nb: !!binary\n---\n## Achievements\n\nText.\n\n## Summary\n\n- A bullet\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--format', 'compact', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/:3:4: error The YAML tag !!binary is not allowed/);
  });
});

describe('offsetPositions: offsets into positions inside the text', () => {
  const at = offsetPositions('\nab\n\ncd', 4);
  it('counts lines by LF, and starts the first line at the column given', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((o) => `${at(o).line}:${at(o).column}`)).toEqual(['1:4', '2:1', '2:2', '2:3', '3:1', '4:1', '4:2', '4:3']);
  });
  it('clamps an offset out of range (or not an integer) into the text', () => {
    expect(at(-5)).toEqual({ line: 1, column: 4 });
    expect(at(1_000)).toEqual({ line: 4, column: 3 });
    expect(at(Number.NaN)).toEqual({ line: 1, column: 4 });
  });
  it('places the end of an empty text at its start', () => {
    expect(offsetPositions('')(3)).toEqual({ line: 1, column: 1 });
  });
});
