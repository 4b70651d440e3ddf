/**
 * Inline directives (`<!-- iba-lint-disable … -->` and the ESLint family), applied by
 * lintText after every check: what each form switches off, the suppressed messages and
 * their justification, hard limits refused, unused directives, --no-inline-config, and
 * the CLI flags through the spawned bin. The problems with a directive itself are the
 * `directive` check's table, test/checks/directive.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, mayDisableInFile } from '../src/checks/ids.js';
import { disableComment, disableLineComment, disableNextLineComment } from '../src/directives/parse.js';
import json from '../src/formatters/json.js';
import { lintFiles } from '../src/lint-files.js';
import { lintText, type LintOptions } from '../src/lint.js';
import { visible } from '../src/sanitize.js';
import type { FileResult } from '../src/types.js';
import { ROOT } from './helpers/cli.js';
import { context } from './helpers/results.js';
import { linearTime } from './helpers/linear-time.js';
import { nomination } from './helpers/nomination.js';
import { tempRepositories } from './helpers/temp-tree.js';

/**
 * A nomination whose achievements are `lines`, from line 6 of the file (the front
 * matter takes lines 1–4 and the heading line 5), and whose summary is clean.
 */
const entry = (lines: string[], front?: string, summary = '- Answered every call') =>
  nomination({ ...(front !== undefined && { front }), body: ['## Achievements', ...lines, '', '## Summary', summary, ''].join('\n') });

/** Each message as `line:column ruleId`, and each suppressed one with its justifications. */
function lint(text: string, options: LintOptions = {}) {
  const result = lintText(text, { filePath: '/nominations/entry.md', ...options });
  return {
    result,
    reported: result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
    suppressed: (result.suppressedMessages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId} [${m.suppressions.map((s) => JSON.stringify(s.justification)).join(', ')}]`),
  };
}

interface Case {
  name: string;
  lines: string[];
  front?: string;
  summary?: string;
  options?: LintOptions;
  reported: string[];
  suppressed: string[];
}

const TODO = 'TODO add the March figures.';

const CASES: Case[] = [
  { name: 'without directives, the problems are reported', lines: [TODO, 'Founded in 2019.'], reported: ['6:1 placeholder', '7:12 eligibility-date'], suppressed: [] },
  {
    name: 'disable-next-line: the line after the comment, and no other',
    lines: ['<!-- iba-lint-disable-next-line placeholder -->', TODO, TODO],
    reported: ['8:1 placeholder'],
    suppressed: ['7:1 placeholder [""]'],
  },
  {
    name: 'disable-next-line over a blank line covers the blank line, as in ESLint',
    lines: ['<!-- iba-lint-disable-next-line placeholder -->', '', TODO],
    reported: ['8:1 placeholder'],
    suppressed: [],
  },
  {
    name: 'disable-next-line of a comment over two lines covers the line after its end',
    lines: ['<!-- iba-lint-disable-next-line placeholder', '     -- a figure the client sends in May -->', TODO],
    reported: [],
    suppressed: ['8:1 placeholder ["a figure the client sends in May"]'],
  },
  {
    name: 'disable-line: its own line of a paragraph, not the next',
    lines: [`${TODO} <!-- iba-lint-disable-line placeholder -- the client's word -->`, TODO],
    reported: ['7:1 placeholder'],
    suppressed: ["6:1 placeholder [\"the client's word\"]"],
  },
  {
    name: 'disable … enable: from the comment on, until the enable',
    lines: [TODO, '<!-- iba-lint-disable placeholder -->', TODO, 'In 2019 too.', '<!-- iba-lint-enable placeholder -->', TODO],
    reported: ['6:1 placeholder', '9:4 eligibility-date', '11:1 placeholder'],
    suppressed: ['8:1 placeholder [""]'],
  },
  {
    name: 'a disable without enable runs to the end of the file',
    lines: ['<!-- iba-lint-disable eligibility-date -->', 'In 2019.'],
    summary: '- Since 2018',
    reported: [],
    suppressed: ['7:4 eligibility-date [""]', '10:9 eligibility-date [""]'],
  },
  {
    name: 'several ids, comma separated, one reason for each message',
    lines: ['<!-- iba-lint-disable-next-line placeholder, eligibility-date -- background -->', `${TODO} Founded in 2019.`],
    reported: [],
    suppressed: ['7:1 placeholder ["background"]', '7:40 eligibility-date ["background"]'],
  },
  {
    name: 'without ids: every check that may be disabled',
    lines: ['<!-- iba-lint-disable-next-line -->', `${TODO} Founded in 2019.`],
    reported: [],
    suppressed: ['7:1 placeholder [""]', '7:40 eligibility-date [""]'],
  },
  {
    name: 'disable all, then enable one id: that id is back (ESLint)',
    lines: ['<!-- iba-lint-disable -->', '<!-- iba-lint-enable placeholder -->', `${TODO} Founded in 2019.`],
    reported: ['8:1 placeholder'],
    suppressed: ['8:40 eligibility-date [""]'],
  },
  {
    name: 'a block and a line directive both cover a message: two suppressions',
    lines: ['<!-- iba-lint-disable placeholder -- block -->', `${TODO} <!-- iba-lint-disable-line placeholder -- line -->`],
    reported: [],
    suppressed: ['7:1 placeholder ["block", "line"]'],
  },
  {
    name: 'a hard limit is refused and stays reported, even by a directive without ids',
    lines: ['<!-- iba-lint-disable section-length -->', '<!-- iba-lint-disable -->', 'x'.repeat(5000)],
    reported: ['5:1 section-length', '6:1 directive'],
    suppressed: [],
  },
  {
    name: 'a refused id does not turn a directive into "every check"',
    lines: ['<!-- iba-lint-disable-next-line placeholdr -->', TODO],
    reported: ['6:1 directive', '7:1 placeholder'],
    suppressed: [],
  },
  {
    name: 'the directive check cannot be disabled by a directive',
    lines: ['<!-- iba-lint-disable -->', '<!-- iba-lint-disable-next-line zzqqxxvv -->', 'Text.'],
    reported: ['7:1 directive'],
    suppressed: [],
  },
  {
    name: 'a directive inside fenced code does nothing',
    lines: ['```', '<!-- iba-lint-disable placeholder -->', '```', TODO],
    reported: ['6:1 visible-markup', '9:1 placeholder'],
    suppressed: [],
  },
  {
    name: 'a directive inside a code span does nothing',
    lines: [`${TODO} \`<!-- iba-lint-disable-line placeholder -->\``],
    reported: ['6:1 placeholder', '6:29 visible-markup'],
    suppressed: [],
  },
  {
    name: '--no-inline-config: every problem reported, no directive problem',
    lines: ['<!-- iba-lint-disable-next-line placeholder, section-length, zzqqxxvv -->', TODO],
    options: { inlineConfig: false },
    reported: ['7:1 placeholder'],
    suppressed: [],
  },
  {
    name: 'unused directives: not reported without the option',
    lines: ['<!-- iba-lint-disable-next-line placeholder -->', 'Text.', '<!-- iba-lint-enable eligibility-date -->'],
    reported: [],
    suppressed: [],
  },
  {
    name: 'unused directives with the option: each form, the part of a comment unused, an enable that ends nothing',
    lines: [
      '<!-- iba-lint-disable-next-line placeholder -->',
      'Text.',
      `${TODO} <!-- iba-lint-disable-line placeholder, eligibility-date -->`,
      '<!-- iba-lint-disable -->',
      '<!-- iba-lint-enable -->',
      '<!-- iba-lint-enable eligibility-date -->',
    ],
    options: { reportUnusedDisableDirectives: true },
    reported: ['6:1 directive', '8:29 directive', '9:1 directive', '11:1 directive'],
    suppressed: ['8:1 placeholder [""]'],
  },
];

describe('directives, as lintText applies them', () => {
  it.each(CASES)('$name', (c) => {
    const { reported, suppressed } = lint(entry(c.lines, c.front, c.summary), c.options);
    expect({ reported, suppressed }).toEqual({ reported: c.reported, suppressed: c.suppressed });
  });

  it('moves a suppressed message whole, with its suppressions, and counts only what is reported', () => {
    const text = entry([`${TODO} <!-- iba-lint-disable-line placeholder -- quoted -->`, 'Founded in 2019.']);
    const plain = lintText(entry([TODO, 'Founded in 2019.']));
    const { result } = lint(text);
    expect(result.suppressedMessages).toEqual([{ ...plain.messages[0], suppressions: [{ kind: 'directive', justification: 'quoted' }] }]);
    expect([result.errorCount, result.warningCount]).toEqual([0, 1]);
    expect([plain.errorCount, plain.warningCount]).toEqual([1, 1]);
    // The comment is not counted, as no comment is.
    expect(result.sections).toEqual(lint(entry([TODO, 'Founded in 2019.'])).result.sections);
    expect(lintText(nomination()).suppressedMessages).toBeUndefined();
  });

  it('a disable before the first heading covers the front matter; after the heading it does not', () => {
    const front = 'category: E01\nnominee: Contact Center\norganisation: Example Bank';
    const top = nomination({ front, body: '<!-- iba-lint-disable unknown-key -- our programme asks for it -->\n# Title\n\n## Achievements\nText.\n\n## Summary\n- One\n' });
    expect(lint(top).suppressed).toEqual(['4:1 unknown-key ["our programme asks for it"]']);
    const later = nomination({ front, body: '## Achievements\n<!-- iba-lint-disable unknown-key -->\nText.\n\n## Summary\n- One\n' });
    expect(lint(later, { reportUnusedDisableDirectives: true }).reported).toEqual(['4:1 unknown-key', '7:1 directive']);
  });

  it('words the unused reports as ESLint does, in English and Polish', () => {
    const text = entry(['<!-- iba-lint-disable-next-line placeholder, eligibility-date, visible-markup -->', 'Text.', '<!-- iba-lint-enable -->']);
    const words = (locale: 'en' | 'pl') => lintText(text, { reportUnusedDisableDirectives: 'warn', locale }).messages.map((m) => [m.severity, m.message]);
    expect(words('en')).toEqual([
      [1, "Unused iba-lint-disable directive (no problems were reported from 'placeholder', 'eligibility-date', or 'visible-markup')"],
      [1, 'Unused iba-lint-enable directive (no matching iba-lint-disable directives were found)'],
    ]);
    expect(words('pl')).toEqual([
      [1, 'Niepotrzebna dyrektywa iba-lint-disable (nie zgłoszono żadnego problemu z „placeholder”, „eligibility-date” lub „visible-markup”)'],
      [1, 'Niepotrzebna dyrektywa iba-lint-enable (brak wcześniejszej dyrektywy iba-lint-disable)'],
    ]);
  });

  it('names only the unused ids of a comment whose other ids were used', () => {
    const text = entry([`${TODO} <!-- iba-lint-disable-line placeholder, eligibility-date, visible-markup -->`]);
    expect(lintText(text, { reportUnusedDisableDirectives: true }).messages.map((m) => m.message)).toEqual([
      "Unused iba-lint-disable directive (no problems were reported from 'eligibility-date')",
      "Unused iba-lint-disable directive (no problems were reported from 'visible-markup')",
    ]);
  });

  it('shows an id from the file with visible escapes in the message, and keeps it as written in data and JSON', () => {
    const id = 'zz\u001b[2J\u202eqq';
    const { result } = lint(entry([`<!-- iba-lint-disable-next-line ${id} -->`, 'Text.', `${TODO} <!-- iba-lint-disable-line placeholder -- why\u202e -->`]));
    const [message] = result.messages;
    expect(message!.message).toBe(`"${visible(id)}" is not a check id, so this directive does nothing for it (docs/checks/README.md lists the ids)`);
    expect(message!.message).not.toMatch(/[\u001b\u202e]/);
    expect(message!.data).toEqual({ id });
    const text = json([result], context());
    expect(text).not.toMatch(/[\u001b\u202e]/);
    const [file] = JSON.parse(text) as FileResult[];
    expect(file!.messages[0]!.data).toEqual({ id });
    expect(file!.suppressedMessages![0]!.suppressions).toEqual([{ kind: 'directive', justification: 'why\u202e' }]);
  });

  it("reportUnusedDisableDirectives 'error' makes them errors, 'off' and false silent", () => {
    const text = entry(['Text. <!-- iba-lint-disable-line placeholder -->']);
    const severities = (value: LintOptions['reportUnusedDisableDirectives']) => lintText(text, { reportUnusedDisableDirectives: value }).messages.map((m) => m.severity);
    expect([severities('error'), severities('warn'), severities(true), severities('off'), severities(false)]).toEqual([[2], [1], [1], [], []]);
  });

  it('rules.directive sets the severity of problems with directives, and off silences them (the directive still does nothing)', () => {
    const text = entry(['<!-- iba-lint-disable-next-line section-length -->', 'x'.repeat(5000)]);
    const by = (rules: LintOptions['rules']) => lintText(text, { rules }).messages.map((m) => `${m.ruleId} ${m.severity}`);
    expect(by({})).toEqual(['section-length 2', 'directive 2']);
    expect(by({ directive: 'warn' })).toEqual(['section-length 2', 'directive 1']);
    expect(by({ directive: 'off' })).toEqual(['section-length 2']);
  });

  it('reads directives in a file with a BOM and CRLF line endings at the same lines', () => {
    const text = `\ufeff${entry(['<!-- iba-lint-disable-next-line placeholder -->', TODO, TODO]).replaceAll('\n', '\r\n')}`;
    expect(lint(text)).toMatchObject({ reported: ['8:1 placeholder'], suppressed: ['7:1 placeholder [""]'] });
  });

  it('the JSON report carries suppressedMessages with each justification, ESLint\'s shape', () => {
    const { result } = lint(entry([`${TODO} <!-- iba-lint-disable-line placeholder -- from the letter -->`]));
    const [file] = JSON.parse(json([result], context())) as Array<Record<string, unknown>>;
    expect(file!.suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'placeholder', line: 6, column: 1, severity: 2, suppressions: [{ kind: 'directive', justification: 'from the letter' }] }),
    ]);
    expect([file!.errorCount, file!.messages]).toEqual([0, []]);
  });
});

describe('the list of what may be disabled', () => {
  it('refuses exactly the hard limits of SPEC §4 and directive itself', () => {
    expect([...FORM_LIMITS]).toEqual(['section-length', 'summary-bullets', 'links-limit', 'attachments-limit', 'category', 'prior-winner', 'video', 'front-matter', 'schema', 'encoding', 'file-too-large']);
    for (const id of [...FORM_LIMITS, 'directive', 'nonsense']) expect(mayDisableInFile(id), id).toBe(false);
    for (const id of ['placeholder', 'unknown-key', 'eligibility-date', 'visible-markup']) expect(mayDisableInFile(id), id).toBe(true);
  });
});

describe('the comments an editor writes for "disable for this line"', () => {
  it('writes a directive that switches the line off, with a reason that cannot end the comment', () => {
    const comment = disableNextLineComment(['placeholder', 'eligibility-date'], 'from a letter --> <b>\nsigned');
    expect(comment).toBe('<!-- iba-lint-disable-next-line placeholder, eligibility-date -- from a letter - -> <b> signed -->');
    expect(lint(entry([comment, `${TODO} Founded in 2019.`])).suppressed).toEqual(['7:1 placeholder ["from a letter - -> <b> signed"]', '7:40 eligibility-date ["from a letter - -> <b> signed"]']);
    const line = disableLineComment(['placeholder']);
    expect(line).toBe('<!-- iba-lint-disable-line placeholder -->');
    expect(lint(entry([`${TODO} ${line}`])).suppressed).toEqual(['6:1 placeholder [""]']);
  });

  it('writes the disable that covers the front matter from the top of the body', () => {
    const comment = disableComment(['unknown-key'], 'our programme asks for it');
    expect(comment).toBe('<!-- iba-lint-disable unknown-key -- our programme asks for it -->');
    const text = nomination({ front: 'category: E01\nnominee: Contact Center\norganisation: Example Bank', body: `${comment}\n## Achievements\nText.\n\n## Summary\n- One\n` });
    expect(lint(text).suppressed).toEqual(['4:1 unknown-key ["our programme asks for it"]']);
  });

  it('inserted on its own line between bullets or paragraph lines, it changes no count, bullet or other message', () => {
    const summary = (between: string) => entry(['Line one', `${between}TODO line two`], undefined, `- One\n${between}- TODO two\n- Three`);
    const before = lintText(summary(''));
    const after = lintText(summary(`${disableNextLineComment(['placeholder'])}\n`));
    // The heading lines move down; what is counted does not.
    const counts = (r: FileResult) => Object.values(r.sections).map((x) => x && { characters: x.characters, bullets: x.bullets });
    expect(counts(after)).toEqual(counts(before));
    expect(after.messages).toEqual([]);
    expect(after.suppressedMessages!.map((m) => [m.ruleId, m.messageId])).toEqual(before.messages.map((m) => [m.ruleId, m.messageId]));
    expect(before.messages.map((m) => m.ruleId)).toEqual(['placeholder', 'placeholder']);
  });

  it('refuses to write one for a hard limit', () => {
    expect(() => disableNextLineComment(['section-length'])).toThrow('"section-length" cannot be disabled by an inline directive');
  });
});

describe('the library options', () => {
  it.each([
    [{ inlineConfig: 'no' }, 'lintText: options.inlineConfig must be true or false, not "no"'],
    [{ reportUnusedDisableDirectives: 'loud' }, 'lintText: options.reportUnusedDisableDirectives must be true, false, "off", "warn" or "error", not "loud"'],
  ])('lintText refuses %j', (options, message) => {
    expect(() => lintText('', options as LintOptions)).toThrow(message);
  });

  const repository = tempRepositories('iba-directives-');

  it('lintFiles passes both on, and refuses a wrong one before any work', async () => {
    const dir = repository({ 'entry.md': entry(['<!-- iba-lint-disable-next-line placeholder -->', TODO, 'Text. <!-- iba-lint-disable-line placeholder -->']) });
    const ids = (results: FileResult[]) => results[0]!.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(ids(await lintFiles('entry.md', { cwd: dir }))).toEqual([]);
    expect(ids(await lintFiles('entry.md', { cwd: dir, reportUnusedDisableDirectives: true }))).toEqual(['8 directive']);
    expect(ids(await lintFiles('entry.md', { cwd: dir, inlineConfig: false }))).toEqual(['7 placeholder']);
    await expect(lintFiles('entry.md', { cwd: dir, inlineConfig: 1 as unknown as boolean })).rejects.toThrow('lintFiles: options.inlineConfig must be true or false, not 1');
  });
});

describe('the CLI, through the bin', () => {
  const repository = tempRepositories('iba-directives-cli-');
  const run = (cwd: string, ...args: string[]) => {
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
    return { status: out.status, stdout: out.stdout, stderr: out.stderr };
  };

  it('applies directives; --report-unused-disable-directives warns; --no-inline-config reports all; json keeps the justification', () => {
    const dir = repository();
    writeFileSync(join(dir, 'entry.md'), entry([`${TODO} <!-- iba-lint-disable-line placeholder -- the client's wording -->`, 'Text. <!-- iba-lint-disable-line eligibility-date -->']));

    const plain = run(dir, 'entry.md');
    expect([plain.status, plain.stderr]).toEqual([0, '']);
    expect(plain.stdout).toContain('no problems');

    const unused = run(dir, '--format', 'compact', '--report-unused-disable-directives', 'entry.md');
    expect([unused.status, unused.stderr]).toEqual([0, '']);
    expect(unused.stdout).toBe("entry.md:7:7: warning Unused iba-lint-disable directive (no problems were reported from 'eligibility-date') [directive]\n");

    const strict = run(dir, '--report-unused-disable-directives', '--max-warnings', '0', 'entry.md');
    expect(strict.status).toBe(1);

    const all = run(dir, '--format', 'compact', '--no-inline-config', 'entry.md');
    expect([all.status, all.stderr]).toEqual([1, '']);
    expect(all.stdout).toBe('entry.md:6:1: error The section "Achievements" holds "TODO", a placeholder: replace it with the real text before submitting the entry [placeholder]\n');

    const report = run(dir, '--format', 'json', 'entry.md');
    const [file] = JSON.parse(report.stdout) as Array<{ messages: unknown[]; suppressedMessages: Array<{ ruleId: string; suppressions: unknown }> }>;
    expect(file!.messages).toEqual([]);
    expect(file!.suppressedMessages.map((m) => [m.ruleId, m.suppressions])).toEqual([['placeholder', [{ kind: 'directive', justification: "the client's wording" }]]]);
  });

  it('a directive naming a hard limit fails the run, and --help teaches both flags', () => {
    const dir = repository();
    writeFileSync(join(dir, 'entry.md'), entry(['<!-- iba-lint-disable section-length -->', 'Text.']));
    const refused = run(dir, '--format', 'compact', 'entry.md');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('entry.md:6:1: error "section-length" is a hard limit of the entry form and cannot be disabled in the file: the form rejects an entry that breaks it anyway (a config file may turn it off for another programme) [directive]\n');
    const help = run(dir, '--help');
    expect(help.stdout).toMatch(/--no-inline-config\s+ignore <!-- iba-lint-disable … -->\s+comments: report every problem/);
    expect(help.stdout).toMatch(/--report-unused-disable-directives\s+warn about <!-- iba-lint-disable … -->\s+comments that switch nothing off/);
    expect(help.stdout).toContain('<!-- iba-lint-disable-next-line eligibility-date -- background: opened in 2019 -->');
  });
});

describe('time', () => {
  const linear = linearTime((text) => lintText(text, { reportUnusedDisableDirectives: true }));

  it('is linear in directives and the messages they cover', () => {
    linear('disable-line on each line with a problem', (n) => entry(Array.from({ length: n }, (_, i) => `TODO ${i} <!-- iba-lint-disable-line placeholder, eligibility-date -->`)), 200);
  });

  it('is linear in block directives that enable and disable in turn', () => {
    linear('disable and enable pairs', (n) => entry(Array.from({ length: n }, () => '<!-- iba-lint-disable -->\nTODO\n<!-- iba-lint-enable -->\n\n').flatMap((s) => s.split('\n'))), 200);
  });

  it('is linear in backticks and comments of one paragraph', () => {
    linear('code spans of many lengths and comments', (n) => entry([Array.from({ length: n }, (_, i) => `${'`'.repeat((i % 50) + 1)} <!-- iba-lint-disable-line zz -->`).join(' ')]), 200);
  });
});
