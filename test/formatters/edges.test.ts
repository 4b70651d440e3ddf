/**
 * Edges of the formatters that mutation testing (npm run mutate) found unpinned: each
 * test fails for a one-line change the rest of the suite let pass.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { insideRelative, wellFormed } from '../../src/formatters/paths.js';
import { CWD, fileResult, message } from '../helpers/results.js';

describe('json: the ESLint result fields', () => {
  it('has no suppressed messages or deprecated rules, and counts fatal messages only', () => {
    const fatal = { ...message('front-matter', 2, 1, 1, 'x'), fatal: true };
    const results = [fileResult(join(CWD, 'a.md'), [fatal, message('category', 2, 2, 1, 'y'), message('unknown-key', 1, 3, 1, 'z')])];
    const [out] = JSON.parse(formatters.json(results, { cwd: CWD })) as Array<Record<string, unknown>>;
    expect(out).toMatchObject({ suppressedMessages: [], usedDeprecatedRules: [], fatalErrorCount: 1, errorCount: 2, warningCount: 1 });
  });
});

describe('insideRelative', () => {
  it('a relative path is kept, with forward slashes', () => {
    expect(insideRelative('sub/a.md', CWD)).toBe('sub/a.md');
  });

  it('a path inside cwd is relative; cwd itself, its parent and anything outside are null', () => {
    expect(insideRelative(join(CWD, 'sub/a.md'), CWD)).toBe('sub/a.md');
    expect(insideRelative(join(CWD, '..dots.md'), CWD)).toBe('..dots.md');
    expect(insideRelative(CWD, CWD)).toBeNull();
    expect(insideRelative(join(CWD, '..'), CWD)).toBeNull();
    expect(insideRelative(join(CWD, '../x.md'), CWD)).toBeNull();
  });
});

describe('wellFormed', () => {
  it('turns each lone surrogate into U+FFFD and keeps pairs', () => {
    expect(wellFormed('a\ud800b\udfffc🚀')).toBe('a\ufffdb\ufffdc🚀');
  });
});

describe('sarif: the base URI of cwd', () => {
  it('ends in exactly one slash, for the root folder as for any other', () => {
    const base = (cwd: string) => JSON.parse(formatters.sarif([], { cwd })).runs[0].originalUriBaseIds['%SRCROOT%'].uri;
    expect(base('/')).toBe('file:///');
    expect(base(join(CWD, 'sub'))).toBe(`file://${CWD}/sub/`);
  });
});

describe('junit: a check with both errors and warnings', () => {
  it('fails as an error when any of its messages is one, not only when all are', () => {
    const results = [fileResult(join(CWD, 'a.md'), [message('category', 1, 1, 1, 'w'), message('category', 2, 2, 1, 'e')])];
    const xml = formatters.junit(results, { cwd: CWD });
    expect(xml).toMatch(/<failure message="[^"]*" type="error">/);
    expect(xml).not.toContain('type="warning"');
  });
});
