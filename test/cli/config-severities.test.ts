import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A check's severity in a config file: off/warn/warning/error as before, and ESLint's
 * 0 (off), 1 (warn) and 2 (error); --print-config shows them as off, warn, error.
 * Anything else stops the run with one line. Through the spawned bin.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
/** Two warnings: unknown-key (colour) and eligibility-date (2019). */
const WARNS = readFileSync(join(ROOT, 'test/cli/inputs/warnings-only.md'), 'utf8');

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-sev-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.iba-lintrc.yaml'), config);
  writeFileSync(join(dir, 'entry.md'), WARNS);
  return dir;
}

function cli(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('numeric severities in a config file', () => {
  it('0 turns a check off, 2 makes it an error, 1 a warning', () => {
    const dir = project('rules:\n  unknown-key: 2\n  eligibility-date: 0\n  summary-format: 1\n');
    const run = cli(dir, ['--format', 'json', 'entry.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // unknown-key is now an error
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    expect(result!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['unknown-key', 2]]);
  });

  it('the same in JSON, and --print-config shows off, warn and error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iba-sev-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.iba-lintrc.json'), JSON.stringify({ rules: { 'unknown-key': 2, 'eligibility-date': 0, 'summary-format': 1, video: 'warning' } }));
    writeFileSync(join(dir, 'entry.md'), WARNS);
    const run = cli(dir, ['--print-config', 'entry.md']);
    expect(run.code).toBe(0);
    const { rules } = JSON.parse(run.stdout) as { rules: Record<string, string> };
    expect([rules['unknown-key'], rules['eligibility-date'], rules['summary-format'], rules.video]).toEqual(['error', 'off', 'warn', 'warn']);
    for (const value of Object.values(rules)) expect(['off', 'warn', 'error']).toContain(value);
  });

  it.each([
    ['3', '3'],
    ['"2"', '"2"'],
    ['bogus', '"bogus"'],
  ])('%s is one line and exit 2', (written, shown) => {
    const dir = project(`rules:\n  unknown-key: ${written}\n`);
    const run = cli(dir, ['entry.md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // The file, the key, the value as written, and every value allowed; one line.
    expect(run.stderr).toMatch(/^iba-lint: config file \.iba-lintrc\.yaml\b[^\n]*unknown-key[^\n]*; use off, warn, warning, error, 0, 1 or 2[^\n]*\n$/);
    expect(run.stderr).toContain(`is ${shown}`);
  });
});
