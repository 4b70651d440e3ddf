import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { HOSTS, inProcess, matchSnapshot, render, type CliCase } from '../helpers/cli.js';
import { sarifErrors } from '../helpers/sarif.js';
import { childElements, parseXml } from '../helpers/xml.js';

/**
 * Golden tests of the machine formats through the CLI, in process and as the spawned
 * bin, against test/cli/snapshots/format-<name>-*.txt (UPDATE_SNAPSHOTS=1 rewrites),
 * and checks that each format reports the same problems as --format json.
 */
const E01 = 'examples/e01-crisis-response.md';
const MISTAKES = 'examples/common-mistakes.md';
const FORMATS = ['compact', 'github', 'sarif', 'junit'] as const;

const CASES: CliCase[] = FORMATS.flatMap((format) => [
  { name: `format-${format}-common-mistakes`, args: ['--format', format, MISTAKES], exitCode: 1 },
  { name: `format-${format}-e01`, args: ['--format', format, E01], exitCode: 0 },
  { name: `format-${format}-two-files`, args: ['-f', format, E01, MISTAKES], exitCode: 1 },
]);

describe.each(HOSTS)('formats through the CLI (%s)', (_host, runCase) => {
  it.each(CASES)('$name', async (c) => {
    const outcome = await runCase(c);
    expect(outcome.exitCode).toBe(c.exitCode);
    matchSnapshot(c, render(c, outcome));
  });
});

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: 1 | 2; message: string; line: number; column: number }>;
}

async function run(format: string, env: Record<string, string> = {}, args: string[] = []): Promise<string> {
  const outcome = await inProcess({ name: format, args: ['--format', format, ...args, E01, MISTAKES], env, exitCode: 1 });
  expect(outcome.stderr).toBe('');
  return outcome.stdout;
}

describe('the machine formats report what --format json reports', async () => {
  const json = JSON.parse(await run('json')) as JsonResult[];
  const problems = json.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ...m })));

  it('compact: one line per problem, in the same order', async () => {
    const lines = (await run('compact')).trimEnd().split('\n');
    expect(lines.map((l) => /:(\d+):(\d+): (error|warning) .* \[([a-z-]+)\]$/.exec(l)!.slice(1))).toEqual(
      problems.map((p) => [String(p.line), String(p.column), p.severity === 2 ? 'error' : 'warning', p.ruleId]),
    );
  });

  it('github: one annotation per problem, in the same order', async () => {
    const lines = (await run('github')).trimEnd().split('\n');
    expect(lines.map((l) => /^::(error|warning) file=[^,]+,line=(\d+),col=(\d+),title=([a-z-]+)::/.exec(l)!.slice(1))).toEqual(
      problems.map((p) => [p.severity === 2 ? 'error' : 'warning', String(p.line), String(p.column), p.ruleId]),
    );
  });

  it('sarif: valid against the official schema, one result per problem', async () => {
    const log = JSON.parse(await run('sarif'));
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0].results as Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
    expect(results.map((r) => [r.ruleId, r.message.text, r.locations[0]!.physicalLocation.region.startLine])).toEqual(problems.map((p) => [p.ruleId, p.message, p.line]));
  });

  it('junit: well-formed, a suite per file, a failure per check that reported', async () => {
    const root = parseXml(await run('junit'));
    const suites = childElements(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual([E01, MISTAKES]);
    for (const [i, suite] of suites.entries()) {
      const failed = childElements(suite, 'testcase').filter((c) => childElements(c, 'failure').length > 0);
      expect(failed.map((c) => c.attributes.name)).toEqual(CHECKS.map((c) => c.id).filter((id) => json[i]!.messages.some((m) => m.ruleId === id)));
    }
  });

  it.each(FORMATS)('%s: never coloured, even with FORCE_COLOR or --color', async (format) => {
    const plain = await run(format);
    expect(await run(format, { FORCE_COLOR: '1' })).toBe(plain);
    expect(await run(format, {}, ['--color'])).toBe(plain);
    expect(plain).not.toMatch(/\x1b\[/);
  });
});
