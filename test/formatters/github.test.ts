import { describe, expect, it } from 'vitest';
import github from '../../src/formatters/github.js';
import { visible } from '../../src/sanitize.js';
import { CLEAN_PATH, CWD, OUTSIDE_PATH, RESULTS, TRICKY_MESSAGES, TRICKY_REL, context, fileResult, message } from '../helpers/results.js';

/**
 * Reads a workflow command as the Actions runner does (actions/runner ActionCommand):
 * the command name, `,`-separated `key=value` properties up to the next `::`, then
 * the data; escapes are undone with `%25` last, so `%250A` stays the text `%0A`.
 */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string, property: boolean): string => {
    let out = s.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
    if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
    return out.replaceAll('%25', '%');
  };
  const properties: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { command: match[1]!, properties, data: unescape(match[3]!, false) };
}

describe('github format', () => {
  const output = github(RESULTS, context());
  const lines = output.split('\n').slice(0, -1);

  it('writes one workflow command per problem, escaped as GitHub documents', () => {
    const file = 'zgłoszenia%2C wersja%3A 2/"Łódź" & <Tom\'s> 100%25 🚀.md';
    expect(lines.slice(0, 3)).toEqual([
      `::warning file=${file},line=5,col=1,title=unknown-key::Unknown key "zażółć:gęślą,jaźń" ::error:: %250A stays text`,
      `::error file=${file},line=8,col=5,title=link-url::Link "https://web.example/a,b?x=1%252C2" is wrong:\\nline two\\r\\nline three`,
      `::error file=${file},line=12,col=1,title=section-length::Sekcja "Osiągnięcia" ma 5000 znaków: 100%25 limitu, tnij <b> & "cudzysłowy" 'apos' 🚀`,
    ]);
    expect(output.endsWith('\n')).toBe(true);
  });

  it('gives back the path, rule and message, control characters as visible escapes, when read the way the runner reads it', () => {
    const tricky = lines.slice(0, TRICKY_MESSAGES.length).map(parseCommand);
    expect(tricky.map((c) => c.data)).toEqual(TRICKY_MESSAGES.map((m) => visible(m.message)));
    expect(tricky[3]!.data).toBe('Bell\\a escape\\e[31m NUL\\x00 lone\uD800 non\uFFFE tab\\tend ]]> end');
    for (const [i, c] of tricky.entries()) {
      const m = TRICKY_MESSAGES[i]!;
      expect(c).toEqual({
        command: m.severity === 2 ? 'error' : 'warning',
        properties: { file: TRICKY_REL, line: String(m.line), col: String(m.column), title: m.ruleId },
        data: visible(m.message),
      });
    }
  });

  it('keeps every problem on one line, a clean file adds none, and a file outside cwd keeps its absolute path', () => {
    expect(lines).toHaveLength(TRICKY_MESSAGES.length + 1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,\n]+,line=\d+,col=\d+,title=[a-z-]+::/);
    expect(output).not.toContain(CLEAN_PATH);
    expect(parseCommand(lines.at(-1)!).properties.file).toBe(OUTSIDE_PATH.replaceAll('\\', '/'));
  });

  it('is never coloured, whatever the colour setting', () => {
    expect(github(RESULTS, context(true))).toBe(output);
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(github([], context())).toBe('');
    expect(github([fileResult(CLEAN_PATH, [])], context())).toBe('');
  });

  it('shows control and bidi characters of a path, a rule id and a message as visible escapes: nothing raw, one line each', () => {
    const path = `${CWD}/x\n::error file=README.md::forged\u202E.md`;
    const out = github([fileResult(path, [message('schema', 2, 1, 1, '\u001b]52;c;cHduZWQ=\u0007 \u009b2J \u2028')])], context());
    expect(out).toBe('::error file=x\\n%3A%3Aerror file=README.md%3A%3Aforged\\u{202E}.md,line=1,col=1,title=schema::\\e]52;c;cHduZWQ=\\a \\x9b2J \\u{2028}\n');
  });

  it('escapes a percent sign before the characters it escapes with', () => {
    const [line] = github([fileResult(CLEAN_PATH, [message('schema', 2, 1, 1, '%0A and %25 and 50%')])], context()).split('\n');
    expect(line).toBe('::error file=czysty.md,line=1,col=1,title=schema::%250A and %2525 and 50%25');
    expect(parseCommand(line!).data).toBe('%0A and %25 and 50%');
  });
});
