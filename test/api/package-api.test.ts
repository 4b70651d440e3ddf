import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checks/ids.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs an ES module as a user's program would, importing the package by its name. */
function userScript(source: string) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe("import … from 'iba-lint'", () => {
  it('lintText, lintFiles, loadRuleset and formatters work from the package name', () => {
    const out = userScript(`
      import { readFileSync } from 'node:fs';
      import { lintText, lintFiles, loadRuleset, formatters, CHECK_IDS } from 'iba-lint';
      const ruleset = loadRuleset();
      const text = readFileSync('examples/common-mistakes.md', 'utf8');
      const one = lintText(text, { ruleset, filePath: '/x/entry.md' });
      const files = await lintFiles(['examples/']);
      const report = formatters.json(files, { color: false, cwd: process.cwd(), ruleset });
      console.log(JSON.stringify({
        ids: CHECK_IDS.length,
        oneErrors: one.errorCount,
        files: files.map((r) => r.filePath.split('/').pop()),
        errorsByFile: files.map((r) => r.errorCount),
        reportLength: JSON.parse(report).length,
      }));
    `);
    // The package's own list, as the source's: a check added is exported too.
    expect(out.ids).toBe(CHECK_IDS.length);
    expect(out.oneErrors).toBeGreaterThan(0);
    // examples/word-limits/ carries a config that gives it its own ruleset, so it passes too,
    // and so does the Polish example in examples/pl/.
    expect(out.files).toEqual(['common-mistakes.md', 'e01-crisis-response.md', 'e04-dzial-obslugi-klienta.md', 'entry.md']);
    expect(out.errorsByFile).toEqual([expect.any(Number), 0, 0, 0]);
    expect(out.errorsByFile[0]).toBeGreaterThan(0);
    expect(out.reportLength).toBe(4);
  });

  it('lintFiles rejects with the failures and keeps the other results', () => {
    const out = userScript(`
      import { lintFiles, LintFilesError } from 'iba-lint';
      try {
        await lintFiles(['examples/e01-crisis-response.md', 'missing.md']);
        console.log('{"threw":false}');
      } catch (error) {
        console.log(JSON.stringify({ threw: error instanceof LintFilesError, failures: error.failures, results: error.results.length }));
      }
    `);
    expect(out).toEqual({ threw: true, failures: ['missing.md: no such file'], results: 1 });
  });

  it('formatters measure wide characters exactly, with nothing to load first', () => {
    const out = userScript(`
      import { lintText, loadRuleset, formatters } from 'iba-lint';
      const ruleset = loadRuleset();
      const text = '---\\ncategory: E01\\nnominee: T\\nattachments:\\n  - 証拠資料.csv\\n  - evidence.csv\\n---\\n## Achievements\\n\\nText.\\n';
      const result = lintText(text, { ruleset, filePath: '/x/entry.md', exists: () => false });
      const lines = formatters.stylish([result], { color: false, cwd: '/x', ruleset }).split('\\n').filter((l) => l.includes('attachment-missing'));
      console.log(JSON.stringify(lines));
    `) as string[];
    expect(out).toHaveLength(2);
    // 証拠資料 is four characters eight columns wide: the shorter path's line is padded by four more.
    const at = out.map((line) => line.indexOf('attachment-missing'));
    expect(at[1]! - at[0]!).toBe(4);
  });

  it('the built package has the defaults and the door: lintText(text), formatters with {}, an ArgumentError naming a bad option', () => {
    const out = userScript(`
      import { readFileSync } from 'node:fs';
      import { lintText, lintFiles, formatters, exitCode, loadRuleset, ArgumentError } from 'iba-lint';
      const text = readFileSync('examples/common-mistakes.md', 'utf8');
      const result = lintText(text);
      const report = formatters.stylish([result], {});
      const caught = (call) => { try { call(); return null; } catch (e) { return [e instanceof TypeError, e instanceof ArgumentError, e.argument, e.message]; } };
      const rejected = await lintFiles('examples/', { quiet: 1 }).then(() => null, (e) => [e instanceof TypeError, e.argument]);
      console.log(JSON.stringify({
        errors: result.errorCount,
        colourless: !report.includes('\\u001b'),
        locale: caught(() => lintText(text, { locale: 'xx' })),
        severity: caught(() => lintText(text, { rules: { video: 'bogus' } })),
        stylish: caught(() => formatters.stylish(result, {})),
        unknown: caught(() => lintText(text, { local: 'pl' })),
        date: caught(() => { const r = loadRuleset(); return lintText(text, { ruleset: { ...r, eligibility: { ...r.eligibility, since: '2024-13-45' } } }); }),
        shape: caught(() => formatters.compact([{ ...result, messages: [{ ...result.messages[0], message: 5 }] }])),
        exitCode: caught(() => exitCode(5)),
        rejected,
      }));
    `);
    expect(out.errors).toBeGreaterThan(0);
    expect(out.colourless).toBe(true);
    expect(out.locale).toEqual([true, true, 'options.locale', 'lintText: options.locale must be one of en, pl, not "xx"']);
    expect(out.severity).toEqual([true, true, 'options.rules["video"]', 'lintText: options.rules["video"] must be off, warn, warning, error, 0, 1 or 2, not "bogus"']);
    expect(out.unknown).toEqual([true, true, 'options', 'lintText: unknown option "local" in options; did you mean "locale"?']);
    expect(out.date).toEqual([true, true, 'options.ruleset.eligibility.since', 'lintText: options.ruleset.eligibility.since must be a real date written YYYY-MM-DD, not "2024-13-45"']);
    expect(out.shape).toEqual([true, true, 'results[0].messages[0].message', 'formatters.compact: results[0].messages[0].message must be a string, not 5']);
    expect(out.exitCode).toEqual([true, true, 'input', 'exitCode: input must be an object { results, maxWarnings?, failed }, not 5']);
    expect(out.stylish.slice(0, 3)).toEqual([true, true, 'results']);
    expect(out.rejected).toEqual([true, 'options.quiet']);
  });

  it('the package exports types through "exports"', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { exports: Record<string, { types?: string }> };
    expect(pkg.exports['.']?.types).toBe('./dist/index.d.ts');
  });
});
