import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const BIN = join(ROOT, 'bin/iba-lint.js');

/**
 * Virtual memory the spawned bin may use (KiB): far beyond what a run needs (Node
 * starts in a few hundred MiB of address space), far below what reading /dev/zero
 * to its end or a quadratic blow-up takes. Past it an allocation fails and the run
 * dies: a test that wants exit 2 and one line then fails.
 */
const MEMORY_KIB = 3_000_000;
/** Only a hang reaches this: it is a guard against waiting for ever, not a time bound. */
const HANG_MS = 60_000;

export interface BoundedRun {
  status: number | null;
  /** Set when the guard killed the run: it hung. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The spawned bin under a memory cap (ulimit -v) and a hang guard, with a clean environment for colour and language. */
export function boundedRun(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): BoundedRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const) if (!options.env?.[key]) delete env[key];
  // `ulimit -v` failing (a lower hard limit) leaves that limit in force, which is as good.
  const r = spawnSync('bash', ['-c', `ulimit -v ${MEMORY_KIB} 2>/dev/null; exec "$0" "$@"`, process.execPath, BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: HANG_MS,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
