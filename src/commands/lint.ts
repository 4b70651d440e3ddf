import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CHECKS } from '../checks/index.js';
import { resolveColor } from '../color.js';
import { ConfigResolver } from '../config/load.js';
import { exitCode, tooManyWarnings } from '../exit-code.js';
import { STDIN, expandArguments, outsideTheRepository } from '../files.js';
import { ignoresOf } from '../ignores.js';
import { configResolverFor } from '../lint-file.js';
import { isFormatName, loadFormatter, type FormatName } from '../formatters/load.js';
import { loadStringWidth, widthsWereEstimated } from '../formatters/width.js';
import { resolveLocale } from '../i18n/locale.js';
import { loadRuleset } from '../ruleset/load.js';
import { runLint, type RunOptions, type RunOutcome } from '../run.js';
import { severityName } from '../severity.js';
import type { FileResult } from '../types.js';
import { UsageError, type CliIo } from './io.js';
import { jsonSafe, visible } from '../sanitize.js';
import { shownPath } from '../shown-path.js';
import { settingsFilesRead, wasRead } from '../read-content.js';
import { isSameFile, outputTarget, writeOutput, type OutputTarget } from '../write-file.js';

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
  /** False with --no-ignore: no ignore file, config `ignores` or --ignore-pattern applies. */
  ignore?: boolean;
  /** --ignore-pattern, each time it is given. */
  ignorePattern?: string[];
  /** False with --no-inline-config: directive comments are ignored. */
  inlineConfig?: boolean;
  /** --report-unused-disable-directives: a warning for each directive that switched nothing off. */
  reportUnusedDisableDirectives?: boolean;
  /** Write the mechanical fixes into the files, then report what remains. */
  fix?: boolean;
  /** Fix in memory only: the report is of the fixed text, and JSON results carry `output`. */
  fixDryRun?: boolean;
}

/** The default command: lint, report, decide the exit code. */
export async function lintCommand(args: readonly string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  if (!isFormatName(options.format)) throw new UsageError(`unknown format "${options.format}"`);
  if (args.length === 0) throw new UsageError('no files given: name nomination files, folders or patterns (see iba-lint --help)');
  const format = options.format;
  checkFixOptions(args, options);
  const runOptions: RunOptions = {
    cwd: io.cwd,
    env: io.env,
    quiet: options.quiet === true,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    ...(options.config !== undefined && { config: options.config }),
    ...(options.ruleset !== undefined && { ruleset: options.ruleset }),
    ...(options.locale !== undefined && { locale: options.locale }),
    ...(options.stdinFilename !== undefined && { stdinFilename: options.stdinFilename }),
    ...(options.ignore === false && { ignore: false }),
    ...(options.ignorePattern?.length && { ignorePatterns: options.ignorePattern }),
    ...(options.maxFileSize !== undefined && { maxFileSize: options.maxFileSize }),
    ...(options.inlineConfig === false && { inlineConfig: false }),
    ...(options.reportUnusedDisableDirectives === true && { reportUnusedDisableDirectives: 'warn' as const }),
    ...(io.readStdin !== undefined && { readStdin: io.readStdin }),
    ...((options.fix || options.fixDryRun) && { fix: true, writeFixes: options.fix === true }),
  };
  if (options.watch) return watchCommand(args, runOptions, format, options, io);
  // Checked before the run, so that a report with nowhere to go costs no work.
  const output = options.outputFile === undefined ? undefined : checkedOutput(options.outputFile, io.cwd);

  const outcome = await runLint(args, runOptions);
  for (const failure of outcome.failures) io.stderr(`iba-lint: ${visible(failure)}\n`);
  for (const note of outcome.skipped) io.stderr(`iba-lint: ${visible(note)}\n`);
  const { results } = outcome;
  const report = await render(outcome, format, options, io);
  if (output) {
    notAnInput(output, results, options.outputFile!, io.cwd);
    await writeOutput(output, report, options.outputFile!, (fd, text) => (fd === 1 ? io.stdout(text) : io.stderr(text)));
  }
  else if (results.length > 0 || format !== 'stylish') io.stdout(report);
  if (tooManyWarnings(results, options.maxWarnings)) {
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    io.stderr(`iba-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
  }
  return exitCode({ results, ...(options.maxWarnings !== undefined && { maxWarnings: options.maxWarnings }), failed: outcome.failures.length > 0 });
}

/** The combinations ESLint refuses, and --watch, which would rewrite a file while it is being edited. */
function checkFixOptions(args: readonly string[], options: LintCommandOptions): void {
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only shows the result');
  if (options.fix && args.includes(STDIN)) throw new UsageError('--fix cannot write to standard input (-): use --fix-dry-run --format json, whose "output" is the fixed text');
  if ((options.fix || options.fixDryRun) && options.watch) {
    throw new UsageError(`${options.fix ? '--fix' : '--fix-dry-run'} cannot be used with --watch, which would rewrite a file as it is being edited: run iba-lint --fix once, then --watch`);
  }
}

const isMarkdown = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** A report replaces a report; it never replaces a nomination, which a slip of the shell would lose. */
function notOverANomination(name: string): UsageError {
  return new UsageError(`--output-file ${visible(name)} would replace a nomination or another Markdown file: name another file for the report (such as report.json)`);
}

/**
 * Where --output-file leads (see outputTarget): never to a Markdown file, by the name
 * given or by the real path a link leads to; and never, through a folder link that a
 * pull request committed (`reports` -> /tmp/x), out of the repository that the name
 * is in (the name's last part, if a link, is replaced rather than followed).
 */
function checkedOutput(name: string, cwd: string): OutputTarget {
  const path = resolve(cwd, name);
  const out = outsideTheRepository(dirname(path), cwd, { nameTheLink: true });
  if (out !== undefined) throw new UsageError(`--output-file ${visible(name)}: ${out}`);
  if (isMarkdown(path) && existsSync(path)) throw notOverANomination(name);
  const target = outputTarget(path, name);
  // Even though a link is replaced rather than followed, a link to a Markdown file named as the report is a slip worth stopping.
  if (target.kind !== 'new' && target.kind !== 'standard' && isMarkdown(realPath(path))) throw notOverANomination(name);
  return target;
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * The report never goes into a file being linted, whatever the name leads there:
 * `alias/e.txt` with `alias` a link to `.`, a hard link, a link to the nomination.
 * Files are compared by device and inode, not by name.
 */
function notAnInput(target: OutputTarget, results: readonly FileResult[], name: string, cwd: string): void {
  if (target.kind === 'new') return;
  for (const { filePath } of results) {
    const input = filePath.startsWith('<') ? undefined : statSync(filePath, { throwIfNoEntry: false });
    if (input && isSameFile(input, target.stats)) {
      throw new UsageError(`--output-file ${visible(name)} is ${shownPath(filePath, cwd)}, a file being linted: name another file for the report (such as report.json)`);
    }
  }
  // The config files and rulesets the run read are inputs too: a report over one breaks the next run.
  if (target.kind === 'file' && wasRead(target.stats)) {
    throw new UsageError(`--output-file ${visible(name)} is a file this run read (a config file or a ruleset): name another file for the report (such as report.json)`);
  }
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
  // The files to watch are those a run would lint: what the ignore settings leave out of a folder is not watched.
  const { files, errors, skipped } = await expandArguments(args, io.cwd, runOptions.errorOnUnmatchedPattern, ignoresOf(runOptions, configResolverFor(runOptions)));
  if (errors.length > 0) throw new UsageError(errors[0]!);
  for (const note of skipped) io.stderr(`iba-lint: ${visible(note)}\n`);
  const { watchFiles } = await import('./watch.js');
  // Each run names the files as the user would (a file gone is "noms/entry.md: no such file", not its absolute path).
  const names = files.map((file) => {
    const rel = relative(io.cwd, file);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
    return rel === STDIN ? `.${sep}${rel}` : rel; // a file named "-" is not standard input
  });
  return watchFiles(files, async () => {
    const outcome = await runLint(names, runOptions);
    const failures = [...outcome.failures, ...outcome.skipped].map((f) => `iba-lint: ${visible(f)}\n`).join('');
    return failures + (outcome.results.length > 0 ? await render(outcome, format, options, io) : '');
  }, io, settingsFilesRead);
}

/** `--print-config FILE`: the settings that apply to one file, every check's severity included. */
export function printConfig(file: string, options: { config?: string | false; ruleset?: string; locale?: string; ignore?: boolean; ignorePattern?: string[] }, io: CliIo): number {
  const filePath = resolve(io.cwd, file);
  // As for a file to lint: configs are looked for along its folders, which must not lead out through a committed link.
  const out = outsideTheRepository(filePath, io.cwd);
  if (out !== undefined) throw new UsageError(`${visible(file)}: ${out}`);
  const resolver = new ConfigResolver({
    cwd: io.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
  const config = resolver.forFile(filePath);
  const ruleset = options.ruleset ?? config.ruleset;
  loadRuleset(ruleset, io.cwd); // fails here, with its one-line message, if it cannot be used
  const locale = resolveLocale(options.locale, config.locale, io.env);
  const rules = Object.fromEntries(CHECKS.map((c) => [c.id, severityName(config.rules[c.id] ?? (c.severity === 'error' ? 'error' : 'warn'))]));
  // Whether a folder walk or a pattern would leave the file out, and which pattern, written where, does: the question ignores raise.
  const ignores = ignoresOf({ cwd: io.cwd, ...(options.ignore === false && { ignore: false }), ...(options.ignorePattern && { ignorePatterns: options.ignorePattern }) }, resolver);
  const ignored = ignores.ignoredBy(filePath) ?? false;
  io.stdout(`${jsonSafe(JSON.stringify({ filePath, configFile: config.file, ruleset, locale, rules, ignores: config.ignores ?? [], ignored }, null, 2))}\n`);
  return 0;
}

