import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli.js';

/**
 * The CLI golden-test pattern (STYLE practice 12): a case runs in process (main with
 * captured streams) and as the spawned bin, and both must match the same readable
 * snapshot file in test/cli/snapshots/. UPDATE_SNAPSHOTS=1 rewrites the snapshots.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SNAPSHOTS = join(ROOT, 'test/cli/snapshots');

export interface CliCase {
  name: string;
  args: string[];
  env?: Record<string, string>;
  exitCode: number;
}

export interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function inProcess(c: CliCase): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(c.args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: c.env ?? {},
    cwd: ROOT,
    isTTY: false,
  });
  return { exitCode, stdout, stderr };
}

export function spawned(c: CliCase): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, ...c.env };
  // Colour and language come from the case alone, as in process: a developer's LANG=pl_PL.UTF-8 must not change the snapshots.
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const) if (!c.env?.[key]) delete env[key];
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), ...c.args], { cwd: ROOT, env, encoding: 'utf8' });
  return { exitCode: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** The two hosts every golden case runs on, for `describe.each`. */
export const HOSTS = [
  ['in process', inProcess],
  ['spawned bin', async (c: CliCase) => spawned(c)],
] as const;

/** The snapshot text: the command, its environment, exit code and both streams, with the checkout's path as <root>. */
export function render(c: CliCase, o: Outcome): string {
  const text = [`$ iba-lint ${c.args.join(' ')}`, `env: ${JSON.stringify(c.env ?? {})}`, `exit: ${o.exitCode}`, '--- stdout', o.stdout, '--- stderr', o.stderr].join('\n');
  // The file: URL form first (SARIF writes one), which percent-encodes what the plain path may not.
  return text.replaceAll(pathToFileURL(ROOT).href, 'file://<root>').replaceAll(ROOT, '<root>');
}

/**
 * A missing snapshot is written on a developer's machine (a new case records itself),
 * but fails in CI: there, writing it would pass a case that nobody ever looked at.
 */
export function matchSnapshot(c: CliCase, actual: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = join(SNAPSHOTS, `${c.name}.txt`);
  const missing = !existsSync(file);
  if (missing && env.UPDATE_SNAPSHOTS !== '1' && isCi(env)) {
    throw new Error(`snapshot test/cli/snapshots/${c.name}.txt is missing: create it with UPDATE_SNAPSHOTS=1 npm test, check it, and commit it`);
  }
  if (env.UPDATE_SNAPSHOTS === '1' || missing) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** CI=true (GitHub Actions, GitLab, most runners) or any other non-empty CI but "false"/"0". */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
