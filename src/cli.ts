import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CHECKS } from './checks/index.js';
import { resolveColor } from './color.js';
import { ConfigError, ConfigResolver } from './config/load.js';
import { exitCode, tooManyWarnings } from './exit-code.js';
import { formatters, isFormatName } from './formatters/index.js';
import { RulesetError, loadRuleset } from './ruleset/load.js';
import { runLint } from './run.js';
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
  /** Reads all of standard input (for the file argument `-`). */
  readStdin?: () => Promise<string>;
}

interface Options {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string | false;
  printConfig?: string;
  ruleset?: string;
  stdinFilename?: string;
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  debug?: boolean;
}

/** A failure of the run (not a lint problem): one line on stderr and exit 2. */
class UsageError extends Error {}

const EXAMPLES = `
Examples:
  $ iba-lint entry.md                          check one nomination
  $ iba-lint nominations/                      every .md file below a folder
  $ iba-lint 'nominations/**/*.md'             a pattern, expanded by iba-lint
  $ iba-lint --format json entry.md            machine-readable report
  $ iba-lint --format github 'nominations/**/*.md'   annotations in a GitHub pull request
  $ iba-lint --max-warnings 0 entry.md         fail on warnings too
  $ cat entry.md | iba-lint - --stdin-filename entry.md
  $ iba-lint --print-config entry.md           the settings that apply to a file

Configuration:
  .iba-lintrc.yaml, .iba-lintrc.json or an "iba-lint" key in package.json, looked
  for from each nomination's folder upward (the nearest wins), for example:
    ruleset: iba-2026
    rules:
      eligibility-date: off
      summary-format: error

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, or too many warnings
  2  the run failed: bad option or config, file not found or unreadable, internal error

Every check is described in docs/checks/<rule-id>.md.`;

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
    if (parsed.options.printConfig !== undefined) return printConfig(parsed.options.printConfig, parsed.options, io);
    return await run(parsed.files, parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulesetError || error instanceof ConfigError) {
      io.stderr(`iba-lint: ${error.message}\n`);
    } else {
      const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
      io.stderr(`iba-lint: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    }
    return 2;
  }
}

async function run(files: string[], options: Options, io: CliIo): Promise<number> {
  if (!isFormatName(options.format)) throw new UsageError(`unknown format "${options.format}"`);
  if (files.length === 0) throw new UsageError('no files given: name nomination files, folders or patterns (see iba-lint --help)');
  const outcome = await runLint(files, {
    cwd: io.cwd,
    ...(options.config !== undefined && { config: options.config }),
    ...(options.ruleset !== undefined && { ruleset: options.ruleset }),
    ...(options.stdinFilename !== undefined && { stdinFilename: options.stdinFilename }),
    ...(io.readStdin !== undefined && { readStdin: io.readStdin }),
    quiet: options.quiet === true,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
  });
  for (const failure of outcome.failures) io.stderr(`iba-lint: ${failure}\n`);
  const { results } = outcome;
  const color = options.outputFile ? false : resolveColor(options.color, io.env, io.isTTY);
  const ruleset = results[0] ? outcome.rulesets.get(results[0].filePath)! : loadRuleset(options.ruleset ?? undefined, io.cwd);
  const formatted = formatters[options.format](results, { color, cwd: io.cwd, ruleset, rulesets: outcome.rulesets });
  if (options.outputFile) writeAtomically(resolve(io.cwd, options.outputFile), formatted);
  else if (results.length > 0 || options.format !== 'stylish') io.stdout(formatted);
  if (tooManyWarnings(results, options.maxWarnings)) {
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    io.stderr(`iba-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  return exitCode({ results, ...(options.maxWarnings !== undefined && { maxWarnings: options.maxWarnings }), failed: outcome.failures.length > 0 });
}

/** The settings that apply to one file, with every check's effective severity. */
function printConfig(file: string, options: Options, io: CliIo): number {
  const filePath = resolve(io.cwd, file);
  const resolver = new ConfigResolver({
    cwd: io.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
  const config = resolver.forFile(filePath);
  const ruleset = options.ruleset ?? config.ruleset;
  loadRuleset(ruleset, io.cwd); // fails here, with its one-line message, if it cannot be used
  const rules = Object.fromEntries(CHECKS.map((c) => [c.id, normalizeSetting(config.rules[c.id] ?? c.severity)]));
  io.stdout(`${JSON.stringify({ filePath, configFile: config.file, ruleset, rules }, null, 2)}\n`);
  return 0;
}

const normalizeSetting = (setting: string): string => (setting === 'warning' ? 'warn' : setting);

/** The report is written whole or not at all: to a temporary file, then renamed over. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function parseArgs(argv: readonly string[], io: CliIo): { files: string[]; options: Options } | number {
  const program = new Command('iba-lint')
    .description(
      'Check IBA 2026 Customer Service nominations (Markdown with YAML front matter)\nagainst the entry rules: section lengths, bullets, links, attachments, dates.',
    )
    .usage('[options] <file|folder|pattern|-...>')
    .argument('[files...]', 'nominations: files, folders (every .md below), quoted glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-c, --config <file>', 'use this config file for every nomination')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the settings that apply to a file, and exit')
    .option('--ruleset <name|file>', 'competition rules: a bundled name (iba-2026) or a YAML file')
    .option('--stdin-filename <path>', 'the path a nomination read from stdin (-) is reported as')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern or folder matches no files')
    .option('--color', 'force coloured output')
    .option('--no-color', 'plain output (NO_COLOR and FORCE_COLOR are honoured too)')
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
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
