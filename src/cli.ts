import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { resolveColor } from './color.js';
import { exitCode, tooManyWarnings } from './exit-code.js';
import { formatters, isFormatName, type FormatName } from './formatters/index.js';
import { lintText } from './lint.js';
import { DEFAULT_RULESET, RulesetError, loadRuleset } from './ruleset/load.js';
import type { FileResult } from './types.js';
import { VERSION } from './version.js';

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (for the colour default). */
  isTTY: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

interface Options {
  format: string;
  maxWarnings?: number;
  color?: boolean;
  ruleset: string;
  debug?: boolean;
}

/** A failure of the run (not a lint problem): one line on stderr and exit 2. */
class UsageError extends Error {}

const EXAMPLES = `
Examples:
  $ iba-lint entry.md                      check one nomination
  $ iba-lint nominations/*.md              check several (the shell expands the pattern)
  $ iba-lint --format json entry.md        machine-readable report for CI
  $ iba-lint --max-warnings 0 entry.md     fail on warnings too
  $ NO_COLOR=1 iba-lint entry.md           plain text

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, or too many warnings
  2  the run failed: bad option, file not found or unreadable, internal error

Every check is described at docs/checks/<rule-id>.md.`;

/**
 * Runs iba-lint with the given arguments and returns the exit code. Never throws
 * and never calls process.exit: the bin sets the exit code.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const parsed = parseArgs(argv, io);
    if (typeof parsed === 'number') return parsed;
    debug = parsed.options.debug === true;
    return await run(parsed.files, parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulesetError) {
      io.stderr(`iba-lint: ${error.message}\n`);
    } else {
      const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
      io.stderr(`iba-lint: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    }
    return 2;
  }
}

async function run(files: string[], options: Options, io: CliIo): Promise<number> {
  if (!isFormatName(options.format)) {
    throw new UsageError(`unknown format "${options.format}": use ${Object.keys(formatters).join(' or ')}`);
  }
  const format: FormatName = options.format;
  const ruleset = loadRuleset(options.ruleset, io.cwd);
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    const filePath = resolve(io.cwd, file);
    const text = await readNomination(file, filePath).catch((error: Error) => {
      io.stderr(`iba-lint: ${error.message}\n`);
      return null;
    });
    if (text === null) {
      failed = true;
      continue;
    }
    try {
      results.push(lintText(text, { ruleset, filePath, exists: fileExists }));
    } catch (error) {
      failed = true;
      const detail = options.debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
      io.stderr(`iba-lint: internal error while checking ${file}: ${(error as Error).message}${detail}\n`);
    }
  }
  const color = resolveColor(options.color, io.env, io.isTTY);
  if (results.length > 0 || format === 'json') io.stdout(formatters[format](results, { color, cwd: io.cwd, ruleset }));
  if (tooManyWarnings(results, options.maxWarnings)) {
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    io.stderr(`iba-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  return exitCode({ results, ...(options.maxWarnings !== undefined && { maxWarnings: options.maxWarnings }), failed });
}

async function readNomination(file: string, filePath: string): Promise<string> {
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw new UsageError(`${file} is a folder: name the nomination files in it (for example ${file}/*.md)`);
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`${file}: permission denied`);
    throw new UsageError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
}

/** Attachments are only checked for existence, never opened. */
function fileExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function parseArgs(argv: readonly string[], io: CliIo): { files: string[]; options: Options } | number {
  const program = new Command('iba-lint')
    .description('Check IBA 2026 Customer Service nominations (Markdown with YAML front matter)\nagainst the entry rules: section lengths, bullets, links, attachments, dates.')
    .usage('[options] <file...>')
    .argument('<file...>', 'nomination files to check')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--color', 'force coloured output')
    .option('--no-color', 'plain output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--ruleset <name|file>', 'competition rules: a bundled name or a YAML file', DEFAULT_RULESET)
    .option('--debug', 'show stack traces for internal errors')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // A fixed width off a terminal keeps --help the same in every pipe and test.
      getOutHelpWidth: () => (io.isTTY ? (io.columns ?? 80) : 80),
      outputError: () => {}, // reworded below into one line
    });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      io.stderr(`iba-lint: ${error.message.replace(/^error: /, '').split('\n')[0]} (see iba-lint --help)\n`);
      return 2;
    }
    throw error;
  }
  const options = program.opts<Options>();
  // --color and --no-color share one key; absent means "decide from the environment".
  const colorGiven = argv.some((a) => a === '--color' || a === '--no-color');
  return { files: program.args, options: { ...options, ...(colorGiven ? {} : { color: undefined }) } as Options };
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number such as 0 or 10.');
  return Number(value);
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns !== undefined && { columns: process.stdout.columns }),
  };
}
