import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';

/** The writer's commands — init, export, categories, --watch — through the spawned bin. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');

function cli(args: string[], cwd = ROOT) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temp = () => mkdtempSync(join(tmpdir(), 'iba-cmd-'));

describe('iba-lint init', () => {
  it('writes a nomination that lints with only the two "section is empty" errors', () => {
    const dir = temp();
    const made = cli(['init', 'entry.md', '--category', 'e04', '--nominee', 'Customer Care, Example Telecom'], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Wrote entry.md');
    const text = readFileSync(join(dir, 'entry.md'), 'utf8');
    expect(text).toContain('category: E04');
    expect(text).toContain('Customer Service Department of the Year');
    expect(text).toContain('Dział obsługi klienta roku');
    expect(text).toMatch(/at most 4900 characters/);
    expect(text).toMatch(/at most 1150 characters and 10 bullets/);
    const lint = cli(['--format', 'json', 'entry.md'], dir);
    expect(lint.code).toBe(1);
    const [result] = JSON.parse(lint.stdout);
    expect(result.messages.map((m: { ruleId: string; messageId: string }) => `${m.ruleId}/${m.messageId}`)).toEqual(['section-missing/empty', 'section-missing/empty']);
    // The limits are written as comments, which are not counted.
    expect(result.sections.achievements.characters).toBe(0);
  });

  it('a video entry fails until its placeholders are replaced: the nominee and the video address', () => {
    const dir = temp();
    expect(cli(['init', 'video.md', '--category', 'E06', '--format', 'video'], dir).code).toBe(0);
    const untouched = cli(['--format', 'json', 'video.md'], dir);
    expect(JSON.parse(untouched.stdout)[0].messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`)).toEqual(['placeholder:3', 'placeholder:6']);
    expect(untouched.code).toBe(1);
    const text = readFileSync(join(dir, 'video.md'), 'utf8');
    writeFileSync(
      join(dir, 'video.md'),
      text.replace(/^nominee: .*$/m, 'nominee: Customer Care, Example Telecom').replace(/^( {2}url: ).*$/m, '$1https://video.example/customer-care'),
    );
    const filled = cli(['--format', 'json', 'video.md'], dir);
    expect(JSON.parse(filled.stdout)[0].messages).toEqual([]);
    expect(filled.code).toBe(0);
  });

  it('refuses to replace an existing file, unless --force', () => {
    const dir = temp();
    writeFileSync(join(dir, 'entry.md'), 'my draft\n');
    const refused = cli(['init', 'entry.md', '--category', 'E01'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^iba-lint: .*entry\.md already exists: use --force to replace it\n$/);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe('my draft\n');
    expect(cli(['init', 'entry.md', '--category', 'E01', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toContain('category: E01');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unknown or missing category is one line and exit 2', () => {
    const dir = temp();
    const unknown = cli(['init', 'entry.md', '--category', 'E09'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('iba-lint: unknown category "E09": use one of E01, E02, E03, E04, E05, E06, E07, E08 (see iba-lint categories)\n');
    const missing = cli(['init', 'entry.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('iba-lint categories', () => {
  const ruleset = loadRuleset();
  it('lists every code with its English and Polish name', () => {
    const run = cli(['categories']);
    expect(run.code).toBe(0);
    for (const c of ruleset.categories) {
      expect(run.stdout).toMatch(new RegExp(`${c.code}\\s+${c.name.replace(/[()]/g, '\\$&')}.*${c.namePl}`));
    }
  });
  it('--format json is the ruleset\'s list', () => {
    const listed = JSON.parse(cli(['categories', '--format', 'json']).stdout) as Array<{ code: string; name: string; namePl: string }>;
    expect(listed.map((c) => [c.code, c.name, c.namePl])).toEqual(ruleset.categories.map((c) => [c.code, c.name, c.namePl]));
  });
});

describe('iba-lint export', () => {
  const nominations = [
    ...readdirSync(join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `test/fixtures/${f}`),
    'examples/e01-crisis-response.md',
    'examples/common-mistakes.md',
  ];

  it.each(nominations)('%s: the exported text is exactly as long as the reported count', (file) => {
    const exported = JSON.parse(cli(['export', file, '--format', 'json']).stdout) as Array<{ section: string; text: string; count: number }>;
    const [result] = JSON.parse(cli(['--format', 'json', file]).stdout);
    for (const section of exported) {
      expect(section.text.length, section.section).toBe(section.count);
      expect(section.count, section.section).toBe(result.sections[section.section].characters);
    }
    const reported = Object.entries(result.sections).filter(([, s]) => s !== null).map(([id]) => id);
    expect(exported.map((s) => s.section)).toEqual(reported);
  });

  it('--section prints only that text, with no newline added in a pipe, and the count on stderr', () => {
    const plain = cli(['export', 'examples/e01-crisis-response.md', '--section', 'summary']);
    const [result] = JSON.parse(cli(['--format', 'json', 'examples/e01-crisis-response.md']).stdout);
    expect(plain.code).toBe(0);
    expect(plain.stdout.length).toBe(result.sections.summary.characters);
    expect(plain.stdout.startsWith('- Answered')).toBe(true);
    expect(plain.stderr).toBe(`Summary: ${result.sections.summary.characters} / 1150 characters\n`);
  });

  it('an unknown or absent section is exit 2 with one line', () => {
    expect(cli(['export', 'examples/e01-crisis-response.md', '--section', 'essay']).stderr).toBe(
      'iba-lint: unknown section "essay": use one of achievements, summary, attachments\n',
    );
    const absent = cli(['export', 'examples/common-mistakes.md', '--section', 'attachments']);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toBe('iba-lint: examples/common-mistakes.md has no Attachments section\n');
  });
});

describe('--watch', () => {
  it('re-lints on change, survives a broken file, and ends cleanly on Ctrl-C', async () => {
    const dir = temp();
    const file = join(dir, 'entry.md');
    const good = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');
    writeFileSync(file, good);
    const child = spawn(process.execPath, [BIN, '--watch', '--no-color', 'entry.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const until = async (predicate: () => boolean, what: string): Promise<void> => {
      for (let waited = 0; !predicate(); waited += 50) {
        if (waited > 15_000) throw new Error(`timed out waiting for ${what}; stdout: ${out}; stderr: ${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const reports = () => out.split('watching 1 file for changes').length - 1;
    await until(() => reports() >= 1, 'the first report');
    expect(out).toContain('2 problems (0 errors, 2 warnings)');

    writeFileSync(file, good.replace('category: E07', 'category: E99'));
    await until(() => reports() >= 2, 'the report after an edit');
    expect(out.slice(out.lastIndexOf('entry.md'))).toContain('"E99"');

    writeFileSync(file, '---\nthis: [is broken\n---\n');
    await until(() => reports() >= 3, 'the report of a broken file');
    expect(out.slice(out.lastIndexOf('entry.md'))).toContain('front-matter');

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toBe('');
  }, 30_000);
});
