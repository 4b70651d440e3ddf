/**
 * The language server with a real editor: Neovim's built-in LSP client, headless
 * (test/lsp/nvim-client.lua). Neovim comes from Debian (`apt-get install neovim`, which
 * .ci/run does); where it is missing the test is skipped with the reason, except under
 * CI=true, where a missing editor fails it: CI must run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const reason = 'nvim is not installed (apt-get install neovim)';
if (!available && !ci) console.warn(`test/lsp/neovim.test.ts skipped: ${reason}`);

describe.skipIf(!available && !ci)(`Neovim as the client (${available ? nvim.stdout.split('\n')[0] : reason})`, () => {
  it('receives the diagnostics the CLI reports, a hover with the summary count, and new diagnostics after an unsaved edit', () => {
    expect(available, reason).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'iba-lint-nvim-'));
    const file = join(dir, 'entry.md');
    cpSync(join(ROOT, 'examples/common-mistakes.md'), file);
    const out = join(dir, 'out.json');
    const env = { ...process.env, IBA_BIN: join(ROOT, 'bin/iba-lint.js'), IBA_FILE: file, IBA_OUT: out, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir };
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/lsp/nvim-client.lua')}`], { cwd: dir, env, encoding: 'utf8', timeout: 90_000 });
    expect(run.error, run.stderr).toBeUndefined();
    const got = JSON.parse(readFileSync(out, 'utf8')) as {
      received: boolean;
      changed: boolean;
      hover?: string;
      diagnostics: Array<{ lnum: number; col: number; code: string; source: string; message: string; severity: number }>;
      after: Array<{ code: string }>;
    };
    const cli = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--format', 'json', 'entry.md'], { cwd: dir, env, encoding: 'utf8' }).stdout)[0].messages as Array<{
      ruleId: string;
      line: number;
      column: number;
      message: string;
      severity: number;
    }>;
    expect(got.received).toBe(true);
    // Neovim's severities are the protocol's: 1 error, 2 warning.
    // Sorted alike: Lua's sort is not stable, so two problems at one place may come in either order.
    const sorted = (rows: Array<Array<string | number>>) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(got.diagnostics.map((d) => [d.lnum + 1, d.col + 1, d.code, d.source, d.message, d.severity === 1 ? 2 : 1]))).toEqual(
      sorted(cli.map((m) => [m.line, m.column, m.ruleId, 'iba-lint', m.message, m.severity])),
    );
    expect(got.hover).toBe('**Summary**: 1,258 / 1,150 characters, 108 characters over · 12/10 bullets');
    expect(got.changed).toBe(true);
    // The same problems less the one fixed (two at one position may come in either order).
    expect(got.after.map((d) => d.code).sort()).toEqual(got.diagnostics.map((d) => d.code).filter((c) => c !== 'category').sort());
  });
});
