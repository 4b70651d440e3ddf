import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKS } from '../checks/index.js';
import { resolveColor } from '../color.js';
import { ConfigResolver } from '../config/load.js';
import { exitCode, tooManyWarnings } from '../exit-code.js';
import { STDIN, expandArguments } from '../files.js';
import { isFormatName, loadFormatter, type FormatName } from '../formatters/load.js';
import { loadStringWidth, widthsWereEstimated } from '../formatters/width.js';
import { resolveLocale } from '../i18n/locale.js';
import { loadRuleset } from '../ruleset/load.js';
import { runLint, type RunOptions, type RunOutcome } from '../run.js';
import { UsageError, type CliIo } from './io.js';
import { writeFileAtomically } from '../write-file.js';

export interface LintCommandOptions {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string | false;
  ruleset?: string;
  locale?: string;
  stdinFilename?: string;
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  watch?: boolean;
  maxFileSize?: number;
}

/** The default command: lint, report, decide the exit code. */
export async function lintCommand(args: readonly string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  if (!isFormatName(options.format)) throw new UsageError(`unknown format "${options.format}"`);
  if (args.length === 0) throw new UsageError('no files given: name nomination files, folders or patterns (see iba-lint --help)');
  const format = options.format;
  const runOptions: RunOptions = {
    cwd: io.cwd,
    env: io.env,
    quiet: options.quiet === true,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    ...(options.config !== undefined && { config: options.config }),
    ...(options.ruleset !== undefined && { ruleset: options.ruleset }),
    ...(options.locale !== undefined && { locale: options.locale }),
    ...(options.stdinFilename !== undefined && { stdinFilename: options.stdinFilename }),
    ...(options.maxFileSize !== undefined && { maxFileSize: options.maxFileSize }),
    ...(io.readStdin !== undefined && { readStdin: io.readStdin }),
  };
  if (options.watch) return watchCommand(args, runOptions, format, options, io);
  const outputPath = options.outputFile === undefined ? undefined : resolve(io.cwd, options.outputFile);
  if (outputPath && isMarkdown(outputPath) && existsSync(outputPath)) throw notOverANomination(options.outputFile!);

  const outcome = await runLint(args, runOptions);
  for (const failure of outcome.failures) io.stderr(`iba-lint: ${failure}\n`);
  for (const note of outcome.skipped) io.stderr(`iba-lint: ${note}\n`);
  const { results } = outcome;
  const report = await render(outcome, format, options, io);
  if (outputPath) {
    if (results.some((r) => r.filePath === outputPath)) throw notOverANomination(options.outputFile!);
    writeFileAtomically(outputPath, report, { overwrite: true });
  }
  else if (results.length > 0 || format !== 'stylish') io.stdout(report);
  if (tooManyWarnings(results, options.maxWarnings)) {
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    io.stderr(`iba-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  return exitCode({ results, ...(options.maxWarnings !== undefined && { maxWarnings: options.maxWarnings }), failed: outcome.failures.length > 0 });
}

const isMarkdown = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** A report replaces a report; it never replaces a nomination, which a slip of the shell would lose. */
function notOverANomination(name: string): UsageError {
  return new UsageError(`--output-file ${name} would replace a nomination or another Markdown file: name another file for the report (such as report.json)`);
}

async function render(outcome: RunOutcome, format: FormatName, options: LintCommandOptions, io: CliIo): Promise<string> {
  const { results } = outcome;
  const color = options.outputFile ? false : resolveColor(options.color, io.env, io.isTTY);
  const ruleset = results[0] ? outcome.rulesets.get(results[0].filePath)! : loadRuleset(options.ruleset, io.cwd);
  const formatter = await loadFormatter(format);
  const context = { color, cwd: io.cwd, ruleset, rulesets: outcome.rulesets, locale: outcome.locale };
  const report = formatter(results, context);
  if (!widthsWereEstimated()) return report;
  // Something wider or narrower than one column per character (CJK, emoji): lay it out again, exactly.
  await loadStringWidth();
  return formatter(results, context);
}

async function watchCommand(args: readonly string[], runOptions: RunOptions, format: FormatName, options: LintCommandOptions, io: CliIo): Promise<number> {
  if (args.includes(STDIN)) throw new UsageError('--watch cannot read stdin (-): name the files to watch');
  if (options.outputFile) throw new UsageError('--watch writes to the terminal: leave out --output-file');
  const { files, errors, skipped } = await expandArguments(args, io.cwd, runOptions.errorOnUnmatchedPattern);
  if (errors.length > 0) throw new UsageError(errors[0]!);
  for (const note of skipped) io.stderr(`iba-lint: ${note}\n`);
  const { watchFiles } = await import('./watch.js');
  return watchFiles(files, async () => {
    const outcome = await runLint(files, runOptions);
    const failures = [...outcome.failures, ...outcome.skipped].map((f) => `iba-lint: ${f}\n`).join('');
    return failures + (outcome.results.length > 0 ? await render(outcome, format, options, io) : '');
  }, io);
}

/** `--print-config FILE`: the settings that apply to one file, every check's severity included. */
export function printConfig(file: string, options: { config?: string | false; ruleset?: string; locale?: string }, io: CliIo): number {
  const filePath = resolve(io.cwd, file);
  const resolver = new ConfigResolver({
    cwd: io.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
  const config = resolver.forFile(filePath);
  const ruleset = options.ruleset ?? config.ruleset;
  loadRuleset(ruleset, io.cwd); // fails here, with its one-line message, if it cannot be used
  const locale = resolveLocale(options.locale, config.locale, io.env);
  const rules = Object.fromEntries(CHECKS.map((c) => [c.id, normalizeSetting(config.rules[c.id] ?? c.severity)]));
  io.stdout(`${JSON.stringify({ filePath, configFile: config.file, ruleset, locale, rules }, null, 2)}\n`);
  return 0;
}

const normalizeSetting = (setting: string): string => (setting === 'warning' ? 'warn' : setting);
