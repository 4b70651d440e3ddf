import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The pre-commit hook end to end, with the real `pre-commit` tool and the real
 * remote-repository flow: this repository's working tree (uncommitted changes
 * included, ignored files such as node_modules/ and dist/ left out) is committed
 * into a temporary git repository, which a temporary project names as `repo:` in
 * its .pre-commit-config.yaml. pre-commit clones it, reads .pre-commit-hooks.yaml
 * and installs the hook as it would for a team (npm install with the `prepare`
 * build, npm pack, npm install -g of the tarball) — once, into a temporary
 * PRE_COMMIT_HOME. Then a failing nomination is refused and a passing one goes in.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_TIMEOUT = 300_000;

/** Children get neither the npm-script environment of `npm test` nor a git hook's. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|git_|pre_commit)/i.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return {
    ...env,
    // Only the repository's own git config: no global hooksPath, signing or templates.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

interface Run {
  status: number | null;
  output: string;
}

let env: NodeJS.ProcessEnv = childEnv({});

/** Runs a command to its end; stdout and stderr interleaved, as a user would see them. */
function run(command: string, args: string[], cwd: string, timeout = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs a command that must succeed; its output is in the error otherwise. */
async function ok(command: string, args: string[], cwd: string, timeout?: number): Promise<string> {
  const result = await run(command, args, cwd, timeout);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.output}`);
  }
  return result.output;
}

async function newRepository(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await ok('git', ['init', '--quiet', '--initial-branch=main'], dir);
  await ok('git', ['config', 'user.name', 'iba-lint test'], dir);
  await ok('git', ['config', 'user.email', 'iba-lint-test@web.example'], dir);
  await ok('git', ['config', 'commit.gpgsign', 'false'], dir);
}

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0;
const skipReason = available
  ? ''
  : `pre-commit is not available ("pre-commit --version" ${preCommit.error ? `failed: ${preCommit.error.message}` : `exited ${preCommit.status}`}); install it (apt-get install pre-commit, or pipx install pre-commit) to run this test`;
if (!available) console.warn(`test/precommit.test.ts skipped: ${skipReason}`);

describe.skipIf(!available)(`pre-commit hook ${available ? `(${preCommit.stdout.trim()})` : `(skipped: ${skipReason})`}`, () => {
  let temp = '';
  let project = '';

  const headCommit = async (): Promise<string> => (await ok('git', ['rev-parse', 'HEAD'], project)).trim();
  const filesInHead = async (): Promise<string[]> => (await ok('git', ['ls-tree', '-r', '--name-only', 'HEAD'], project)).split('\n').filter(Boolean);

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'iba-lint-pre-commit-'));
    env = childEnv({ PRE_COMMIT_HOME: join(temp, 'pre-commit-home') });

    // The hook repository: this working tree as it is now, committed.
    const hooks = join(temp, 'iba-lint-hooks');
    await newRepository(hooks);
    const listed = await ok('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT);
    for (const file of new Set(listed.split('\0').filter(Boolean))) {
      if (!existsSync(join(ROOT, file))) continue; // deleted, not yet committed
      mkdirSync(dirname(join(hooks, file)), { recursive: true });
      cpSync(join(ROOT, file), join(hooks, file));
    }
    expect(existsSync(join(hooks, '.pre-commit-hooks.yaml'))).toBe(true);
    await ok('git', ['add', '--all'], hooks);
    await ok('git', ['commit', '--quiet', '--no-verify', '-m', 'iba-lint under test'], hooks);
    const rev = (await ok('git', ['rev-parse', 'HEAD'], hooks)).trim();

    // The team's project, using the hook as a remote repository at that commit.
    project = join(temp, 'project');
    await newRepository(project);
    mkdirSync(join(project, 'nominations'));
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: iba-lint\n`,
    );
    // Installs the git hook and the hook's environment (the one npm install of the test).
    await ok('pre-commit', ['install', '--install-hooks'], project, INSTALL_TIMEOUT);
    // A first commit with no Markdown in it: the hook is skipped, not failed.
    await ok('git', ['add', '.pre-commit-config.yaml'], project);
    const first = await ok('git', ['commit', '-m', 'Use iba-lint'], project);
    expect(first).toMatch(/iba-lint \(IBA 2026 nominations\)\.+\(no files to check\)Skipped/);
  }, INSTALL_TIMEOUT);

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('refuses a commit of a nomination with errors', async () => {
    const before = await headCommit();
    cpSync(join(ROOT, 'examples/common-mistakes.md'), join(project, 'nominations/common-mistakes.md'));
    await ok('git', ['add', 'nominations/common-mistakes.md'], project);

    const commit = await run('git', ['commit', '-m', 'Draft nomination'], project);

    expect(commit.status, commit.output).not.toBe(0);
    expect(commit.output).toMatch(/iba-lint \(IBA 2026 nominations\)\.+Failed/);
    // iba-lint's own report, naming the file and a rule it broke.
    expect(commit.output).toContain('nominations/common-mistakes.md');
    expect(commit.output).toMatch(/^\s+3:11\s+error\s+Category "e1" is not a category code .*\s+category$/m);
    expect(await headCommit()).toBe(before);
    expect(await filesInHead()).not.toContain('nominations/common-mistakes.md');

    await ok('git', ['rm', '--cached', '--quiet', 'nominations/common-mistakes.md'], project);
    rmSync(join(project, 'nominations/common-mistakes.md'));
  });

  it('accepts a commit of a passing nomination with its attachments', async () => {
    const before = await headCommit();
    // The attachments are not Markdown: the hook must not be given them.
    cpSync(join(ROOT, 'examples/e01-crisis-response.md'), join(project, 'nominations/e01-crisis-response.md'));
    cpSync(join(ROOT, 'examples/evidence'), join(project, 'nominations/evidence'), { recursive: true });
    await ok('git', ['add', 'nominations'], project);

    const commit = await run('git', ['commit', '-m', 'E01 nomination'], project);

    expect(commit.status, commit.output).toBe(0);
    expect(commit.output).toMatch(/iba-lint \(IBA 2026 nominations\)\.+Passed/);
    expect(await headCommit()).not.toBe(before);
    expect(await filesInHead()).toEqual(
      expect.arrayContaining([
        'nominations/e01-crisis-response.md',
        'nominations/evidence/call-volume-2024.csv',
        'nominations/evidence/consultant-onboarding-plan.txt',
        'nominations/evidence/customer-feedback-2025.csv',
      ]),
    );
  });
});
