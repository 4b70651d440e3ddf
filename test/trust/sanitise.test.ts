/**
 * Nothing from input reaches a terminal or a CI runner raw (issue 11, item 4).
 *
 * A table: hostile strings × the places a repository can put them (a file's name,
 * a heading, a front-matter key, a value, a link URL, an attachment path; on stderr
 * a missing file's name, an unknown option, a config key, a ruleset path) × every
 * format, through the spawned bin, on the raw bytes of stdout and stderr:
 *
 * - no ESC, BEL, CR or other C0 control but the line feed, no C1 control, no bidi
 *   control and no U+2028/U+2029 (stylish with --color: only its own SGR colours);
 * - every stderr line starts `iba-lint: `, so none can begin a workflow command, and
 *   no stdout line begins one either (but the github format's own);
 * - compact has exactly one line per problem, each starting with the file's name;
 * - the machine formats keep the full data: JSON (and SARIF) parse back to the exact
 *   original strings, JUnit too, but for C0 controls, which XML cannot hold.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/load.js';
import { visible } from '../../src/sanitize.js';
import type { LintMessage } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';
import { childElements, parseXml } from '../helpers/xml.js';

/** The strings an attacker would try, by name. A file name holds each with `/` as `_` (see fileName). */
const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['ESC[2J (clear screen)', '\x1b[2J'],
  ['OSC 8 hyperlink', '\x1b]8;;http://x\x07a\x1b]8;;\x07'],
  ['OSC 52 clipboard write', '\x1b]52;c;cHduZWQ=\x07'],
  ['BEL', 'a\x07b'],
  ['CR', 'a\rb'],
  ['LF', 'a\nb'],
  ['a forged workflow command', '\n::error file=README.md::forged'],
  ['U+202E right-to-left override', 'evil\u202Efdp.exe'],
  ['C1 controls NEL and CSI', 'a\u0085b\u009b2J'],
  ['U+2028 line separator', 'a\u2028b'],
];

/** Bytes no output may hold raw: C0 but LF, DEL, C1, bidi controls, U+2028/U+2029. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The same, allowing ESC only as the start of an SGR colour code (stylish --color). */
const RAW_BUT_COLOUR = /(?!\x1b\[[0-9;]*m)[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** A YAML double-quoted scalar holding exactly `text`: everything but printable ASCII as \u escapes. */
const yamlQuoted = (text: string): string =>
  `"${[...text].map((c) => (/[\x20-\x7e]/.test(c) && c !== '"' && c !== '\\' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;

/** A nomination with `h` in a heading, a key, a value, a link URL and an attachment path. */
const nomination = (h: string): string =>
  [
    '---',
    `category: ${yamlQuoted(`V${h}`)}`,
    'nominee: Contact Center',
    `${yamlQuoted(`K${h}`)}: 1`,
    'links:',
    `  - ${yamlQuoted(`L${h}`)}`,
    'attachments:',
    `  - ${yamlQuoted(`A${h}.pdf`)}`,
    '---',
    '## Achievements',
    'Text.',
    '',
    '## Summary',
    '- One',
    '',
    // A heading is one line: a line break in it ends the heading, and the rest is body text.
    `## H${h}`,
    '',
  ].join('\n');

/** The hostile file's name: `/` separates folders, so it is written `_` there. */
const fileName = (h: string): string => `n${h.replaceAll('/', '_')}.md`;
const missingName = (h: string): string => `missing${h}.md`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function bin(args: string[], cwd: string): Run {
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[key];
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...args], { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every stderr line is one whole `iba-lint: ` diagnostic with nothing raw in it. */
function expectSafeStderr(stderr: string): void {
  expect(stderr).not.toMatch(RAW);
  expect(stderr.endsWith('\n')).toBe(true);
  for (const line of stderr.slice(0, -1).split('\n')) expect(line).toMatch(/^iba-lint: /);
}

/** No stdout line begins a workflow command (after white space, as the runner trims), but the github format's own. */
function expectNoForgedCommand(stdout: string, format: string): void {
  for (const line of stdout.split('\n')) {
    if (format === 'github') expect(line).toMatch(/^(?:::(?:error|warning) file=[^:\n]*,line=\d+,col=\d+,title=[a-z-]+::.*)?$/);
    else expect(line.trimStart()).not.toMatch(/^(?:::|##\[)/);
  }
}

let dir: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iba-trust-'));
  folder = join(dir, 'nominations');
  mkdirSync(folder);
  for (const [, h] of HOSTILE) writeFileSync(join(folder, fileName(h)), nomination(h));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FORMAT_NAMES)('--format %s: hostile names, headings, keys, values, URLs and paths', (format) => {
  let run: Run;
  beforeAll(() => {
    // The folder of hostile nominations, and a missing file of each hostile name: a report on stdout, a failure per name on stderr.
    run = bin(['--format', format, 'nominations', ...HOSTILE.map(([, h]) => missingName(h))], dir);
  });

  it('exits 2 (files missing) with a report of the others', () => {
    expect(run.status).toBe(2);
    expect(run.stdout).not.toBe('');
  });

  it('writes no control, C1, bidi or line-separator character raw on stdout', () => {
    expect(run.stdout).not.toMatch(RAW);
  });

  it('begins no workflow command on stdout, but its own', () => {
    expectNoForgedCommand(run.stdout, format);
  });

  it.each(HOSTILE)('stderr: %s in a missing file name is one visible iba-lint: line', (_name, h) => {
    expectSafeStderr(run.stderr);
    const lines = run.stderr.split('\n').filter((line) => line.includes(`missing${visible(h)}.md`));
    expect(lines).toHaveLength(1);
  });
});

describe('the human formats show input as visible escapes', () => {
  it.each(HOSTILE)('stylish: %s in a file name, a key, a value, a URL, a path', (_name, h) => {
    const { stdout } = bin(['nominations'], dir);
    const shown = visible(h);
    expect(stdout).toContain(`nominations/${visible(fileName(h))}\n`);
    for (const quoted of [`"K${shown}"`, `"V${shown}"`, `"L${shown}"`, `"A${shown}.pdf"`]) expect(stdout).toContain(quoted);
  });

  it('stylish with --color: the only escape sequences are its own colours', () => {
    const { stdout } = bin(['--color', 'nominations'], dir);
    expect(stdout).toMatch(/\x1b\[\d+m/);
    expect(stdout).not.toMatch(RAW_BUT_COLOUR);
    expect(stdout).not.toContain('\x1b[2J');
    expect(stdout).toContain('\\e[2J');
  });

  it('compact: one line per problem, each starting with the file name, which never starts a line of its own', () => {
    const json = JSON.parse(bin(['--format', 'json', 'nominations'], dir).stdout) as Array<{ filePath: string; messages: LintMessage[] }>;
    const lines = bin(['--format', 'compact', 'nominations'], dir).stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
    for (const line of lines) expect(line).toMatch(/^nominations\/n[^\n]*\.md:\d+:\d+: (?:error|warning) .* \[[a-z-]+\]$/);
  });
});

describe('the machine formats keep the full data', () => {
  const byFile = () => {
    const results = JSON.parse(bin(['--format', 'json', 'nominations'], dir).stdout) as Array<{ filePath: string; messages: LintMessage[] }>;
    return new Map(results.map((r) => [r.filePath, r.messages]));
  };

  it.each(HOSTILE)('json: %s parses back exactly, as the file path and as each quoted value', (_name, h) => {
    const messages = byFile().get(join(folder, fileName(h)));
    expect(messages, 'the file is reported under its exact path').toBeDefined();
    const data = (ruleId: string) => messages!.filter((m) => m.ruleId === ruleId).map((m) => m.data);
    expect(data('unknown-key')).toContainEqual(expect.objectContaining({ key: `K${h}` }));
    expect(data('category')).toContainEqual(expect.objectContaining({ value: `V${h}` }));
    expect(data('link-url')).toContainEqual(expect.objectContaining({ url: `L${h}` }));
    expect(data('attachment-missing')).toContainEqual(expect.objectContaining({ path: `A${h}.pdf` }));
    // A line break ends a heading: only a heading without one is quoted whole.
    if (!/[\r\n]/.test(h)) expect(data('unknown-section')).toContainEqual(expect.objectContaining({ heading: `H${h}` }));
    // The message itself shows each value visibly.
    expect(messages!.find((m) => m.ruleId === 'link-url')!.message).toContain(`"L${visible(h)}"`);
  });

  it('sarif: the artifact URIs decode to the exact file names and the messages carry the exact values', () => {
    const log = JSON.parse(bin(['--format', 'sarif', 'nominations'], dir).stdout) as {
      runs: Array<{ artifacts: Array<{ location: { uri: string } }>; results: Array<{ ruleId: string; properties?: { data: Record<string, string> } }> }>;
    };
    const names = log.runs[0]!.artifacts.map((a) => decodeURIComponent(a.location.uri));
    expect(names.sort()).toEqual(HOSTILE.map(([, h]) => `nominations/${fileName(h)}`).sort());
    const urls = log.runs[0]!.results.filter((r) => r.ruleId === 'link-url').map((r) => r.properties?.data.url);
    expect(urls.sort()).toEqual(HOSTILE.map(([, h]) => `L${h}`).sort());
  });

  it('junit: the suite names are the exact file names, C0 controls (which XML cannot hold) as visible escapes', () => {
    const xml = parseXml(bin(['--format', 'junit', 'nominations'], dir).stdout);
    const xmlHolds = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => visible(c));
    const names = childElements(xml, 'testsuite').map((s) => s.attributes.name);
    expect(names.sort()).toEqual(HOSTILE.map(([, h]) => xmlHolds(`nominations/${fileName(h)}`)).sort());
  });
});

describe('stderr: one iba-lint: line whatever an option, a config key or a ruleset path holds', () => {
  it.each(HOSTILE)('%s', (_name, h) => {
    const entry = join(dir, 'entry.md');
    writeFileSync(entry, nomination('x'));
    for (const format of ['github', 'stylish']) {
      const option = bin(['--format', format, `--x${h}`, 'entry.md'], dir);
      expect(option.status).toBe(2);
      expectSafeStderr(option.stderr);
      expect(option.stderr).toContain(`--x${visible(h)}`);
    }
    const configKey = join(dir, 'key');
    mkdirSync(configKey, { recursive: true });
    writeFileSync(join(configKey, 'entry.md'), nomination('x'));
    writeFileSync(join(configKey, '.iba-lintrc.yaml'), `${yamlQuoted(`C${h}`)}: 1\n`);
    const key = bin(['--format', 'github', 'key/entry.md'], dir);
    expect(key.status).toBe(2);
    expectSafeStderr(key.stderr);
    // How the readers quote a key or a path is theirs to choose; the line is safe and names the file.
    expect(key.stderr).toContain('.iba-lintrc.yaml');

    const rulesetPath = join(dir, 'ruleset');
    mkdirSync(rulesetPath, { recursive: true });
    writeFileSync(join(rulesetPath, 'entry.md'), nomination('x'));
    writeFileSync(join(rulesetPath, '.iba-lintrc.yaml'), `ruleset: ${yamlQuoted(`./R${h}.yaml`)}\n`);
    const ruleset = bin(['--format', 'github', 'ruleset/entry.md'], dir);
    expect(ruleset.status).toBe(2);
    expectSafeStderr(ruleset.stderr);
    expect(ruleset.stderr).toMatch(/ruleset/);
  });
});

describe('in process: the stderr choke point in main', () => {
  it('turns any write into one visible iba-lint: line, its line breaks shown as \\n', async () => {
    const { main } = await import('../../src/cli.js');
    let stderr = '';
    const code = await main(['--format', 'github', `missing\n::error file=README.md::forged\x1b[2J.md`], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: {},
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^iba-lint: [^\n]*missing\\n::error file=README\.md::forged\\e\[2J\.md[^\n]*\n$/);
  });

  it('writes an internal error, and with --debug each line of its stack, as iba-lint: lines', async () => {
    const { main } = await import('../../src/cli.js');
    const examples = fileURLToPath(new URL('../../examples', import.meta.url));
    for (const args of [['e01-crisis-response.md'], ['--debug', 'e01-crisis-response.md']]) {
      let stderr = '';
      const code = await main(args, {
        stdout: () => {
          throw new Error('boom\n::error file=README.md::forged\u001b[2J');
        },
        stderr: (t) => (stderr += t),
        env: {},
        cwd: examples,
        isTTY: false,
      });
      expect(code).toBe(2);
      expectSafeStderr(stderr);
      expect(stderr.split('\n')[0]).toMatch(/^iba-lint: internal error: boom\\n::error file=README\.md::forged\\e\[2J/);
      const lines = stderr.split('\n').length - 1;
      if (args.includes('--debug')) {
        expect(lines).toBeGreaterThan(2);
        expect(stderr).toMatch(/\niba-lint: +at /);
      } else expect(lines).toBe(1);
    }
  });
});
