import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CategoriesCommandOptions } from './commands/categories.js';
import type { ExportCommandOptions } from './commands/export.js';
import type { InitCommandOptions } from './commands/init.js';
import { UsageError, type CliIo } from './commands/io.js';
import { lintCommand, printConfig, type LintCommandOptions } from './commands/lint.js';
import { ConfigError } from './config/load.js';
import { FORMAT_NAMES } from './formatters/load.js';
import { LOCALES } from './i18n/locale.js';
import { RulesetError } from './ruleset/load.js';
import { diagnostic } from './sanitize.js';
import { descriptorWriter } from './standard-output.js';
import { isTerminal } from './terminal.js';
import { VERSION } from './version.js';
import { WriteError } from './write-file.js';

export type { CliIo } from './commands/io.js';

const EXAMPLES = `
Examples:
  $ iba-lint entry.md                          check one nomination
  $ iba-lint nominations/                      every .md file below a folder
  $ iba-lint 'nominations/**/*.md'             a pattern, expanded by iba-lint
  $ iba-lint nominations/ '!nominations/drafts/**'   all but the drafts (! leaves out)
  $ iba-lint --watch entry.md                  check again on every save
  $ iba-lint --format github 'nominations/**/*.md'   annotations in a pull request
  $ iba-lint --max-warnings 0 entry.md         fail on warnings too
  $ iba-lint --fix entry.md                    fix mechanical mistakes, report the rest
  $ iba-lint --locale pl entry.md              messages in Polish
  $ cat entry.md | iba-lint - --stdin-filename entry.md
  $ iba-lint init entry.md --category <code>   start a new nomination
  $ iba-lint export entry.md --section summary the text to paste into the form
  $ iba-lint categories                        the category codes
  $ iba-lint lsp --stdio                       the language server, for an editor

Configuration:
  .iba-lintrc.yaml, .iba-lintrc.json or an "iba-lint" key in package.json, looked
  for from each nomination's folder upward (the nearest wins), for example:
    ruleset: iba-2026
    locale: pl
    rules:
      eligibility-date: off
      summary-format: error
    ignores: [drafts/**]     # globs relative to the config file's folder

Ignoring files: folders and patterns skip what a .iba-lintignore (gitignore
syntax; in every folder from the repository down), a config's ignores or
--ignore-pattern leave out; a file named on its own that they leave out gets
a warning instead of a check. --no-ignore checks them all.

Inline directives, in the nomination's body (never for the form's hard limits,
such as section-length; see docs/checks/directive.md):
  <!-- iba-lint-disable-next-line eligibility-date -- background: opened in 2019 -->
  <!-- iba-lint-disable placeholder --> … <!-- iba-lint-enable placeholder -->

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, or too many warnings
  2  the run failed: bad option or config, file not found or unreadable, internal error

Every check is described in docs/checks/<rule-id>.md.`;

type Invocation =
  | { command: 'lint'; files: string[]; options: LintCommandOptions & { printConfig?: string; debug?: boolean } }
  | { command: 'export'; file: string; options: ExportCommandOptions }
  | { command: 'init'; file: string; options: InitCommandOptions }
  | { command: 'categories'; options: CategoriesCommandOptions }
  | { command: 'lsp' };

/**
 * Runs iba-lint with the given arguments and returns the exit code. Never throws
 * and never calls process.exit: the bin sets the exit code.
 */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  // The one way to stderr: each write is one diagnostic line, whatever a file name,
  // key or path in it holds (see diagnostic in sanitize.ts). Every writer — the
  // commands, the readers' messages, commander's errors — gets this io.
  const io: CliIo = { ...given, stderr: (text) => given.stderr(diagnostic(text)) };
  const debug = argv.includes('--debug');
  try {
    const invocation = parseArgs(argv, io);
    if (typeof invocation === 'number') return invocation;
    return await dispatch(invocation, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulesetError || error instanceof ConfigError || error instanceof WriteError) {
      io.stderr(`iba-lint: ${error.message}\n`);
    } else {
      const hint = debug ? '' : ' (run with --debug for details)';
      io.stderr(`iba-lint: internal error: ${(error as Error)?.message ?? String(error)}${hint}\n`);
      // The stack, asked for: one iba-lint: line per frame, as every line on stderr.
      if (debug && error instanceof Error) for (const line of (error.stack ?? '').split('\n')) io.stderr(`iba-lint: ${line}\n`);
    }
    return 2;
  }
}

async function dispatch(invocation: Invocation, io: CliIo): Promise<number> {
  switch (invocation.command) {
    case 'lint':
      if (invocation.options.printConfig !== undefined) return printConfig(invocation.options.printConfig, invocation.options, io);
      return lintCommand(invocation.files, invocation.options, io);
    // The other commands are loaded only when run, so that linting does not pay for them.
    case 'categories': {
      const { categoriesCommand } = await import('./commands/categories.js');
      return categoriesCommand(invocation.options, io);
    }
    case 'init': {
      const { initCommand } = await import('./commands/init.js');
      return initCommand(invocation.file, invocation.options, io);
    }
    case 'export': {
      const { exportCommand } = await import('./commands/export.js');
      return exportCommand(invocation.file, invocation.options, io);
    }
    case 'lsp': {
      const { lspCommand } = await import('./commands/lsp.js');
      return lspCommand({ cwd: io.cwd, env: io.env });
    }
  }
}

function parseArgs(argv: readonly string[], io: CliIo): Invocation | number {
  let invocation: Invocation | undefined;
  const program = new Command('iba-lint')
    .description('Check IBA 2026 Customer Service nominations (Markdown with YAML front matter)\nagainst the entry rules: section lengths, bullets, links, attachments, dates.')
    .usage('[options] <file|folder|pattern|-...>\n       iba-lint <command> [options]')
    .enablePositionalOptions()
    .argument('[files...]', 'nominations: files, folders (every .md below), quoted glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout (never over a Markdown file)')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-w, --watch', 'check again whenever a file changes (Ctrl-C stops)')
    .option('--fix', 'fix mechanical mistakes in the files (a code spelled e1, a link without https://, pasted bullets…), then report what remains')
    .option('--fix-dry-run', 'report what --fix would leave, writing nothing; --format json adds the fixed text as "output"')
    .addOption(new Option('--locale <language>', 'language of messages (default: config, then LC_ALL/LC_MESSAGES/LANG)').choices([...LOCALES]))
    .option('-c, --config <file>', 'use this config file for every nomination')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the settings that apply to a file, and exit')
    .option('--ruleset <name|file>', 'competition rules: a bundled name (iba-2026) or a YAML file')
    .option('--stdin-filename <path>', 'the path a nomination read from stdin (-) is reported as')
    .option('--max-file-size <bytes>', 'report files larger than this as file-too-large, unread (default: 1048576)', parseCount)
    .option('--no-inline-config', 'ignore <!-- iba-lint-disable … --> comments: report every problem')
    .option('--report-unused-disable-directives', 'warn about <!-- iba-lint-disable … --> comments that switch nothing off')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern or folder matches no files')
    .option('--ignore-pattern <pattern>', 'leave out files matching this glob, relative to the working folder (repeatable)', (value: string, list?: string[]) => [...(list ?? []), value])
    .option('--no-ignore', 'check every file: no .iba-lintignore, config ignores or --ignore-pattern applies')
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
      getErrHelpWidth: () => 80,
      outputError: () => {}, // reworded below into one line
    })
    .action((files: string[], options: LintCommandOptions & { printConfig?: string }) => {
      // --color and --no-color share one key; absent means "decide from the environment".
      const colorGiven = argv.some((a) => a === '--color' || a === '--no-color');
      invocation = { command: 'lint', files, options: { ...options, ...(colorGiven ? {} : { color: undefined }) } };
    });

  program
    .command('export')
    .description('print the counted text of each section — exactly what to paste into the form — with its count')
    .argument('<file>', 'the nomination')
    .option('-s, --section <name>', 'only this section (achievements, summary or attachments), as plain text')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--ruleset <name|file>', 'competition rules (default: config, then iba-2026)')
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'use no config file')
    .action((file: string, options) => {
      invocation = { command: 'export', file, options };
    });

  program
    .command('init')
    .description('write a new nomination for a category: front matter, sections and their limits as comments')
    .argument('<file>', 'the file to create (never replaced without --force)')
    .requiredOption('--category <code>', 'the category code (iba-lint categories lists them)')
    .addOption(new Option('-f, --format <kind>', 'an essay or a video entry').choices(['essay', 'video']).default('essay'))
    .option('--nominee <name>', 'the team, department or person nominated')
    .option('--force', 'replace the file if it exists')
    .option('--ruleset <name|file>', 'competition rules (default: iba-2026)')
    .addOption(new Option('--locale <language>', 'language of the headings and comments (default: config, then LC_ALL/LC_MESSAGES/LANG)').choices([...LOCALES]))
    .action((file: string, options) => {
      invocation = { command: 'init', file, options };
    });

  program
    .command('lsp')
    .description('run the language server on stdin/stdout, for an editor: problems, section counts and quick fixes as you type')
    .option('--stdio', 'talk over standard input and output (the default and only transport; editors pass it)')
    .addHelpText(
      'after',
      `
The server lints each Markdown nomination the editor opens, on every change, from the
unsaved text, with the config and ruleset the CLI would use for that file. It shows
each section's count at its heading (code lens, inlay hint, hover) and offers quick
fixes. It never writes a file. Set-up for Neovim, Helix and VS Code: see the README,
"In your editor".`,
    )
    .action(() => {
      invocation = { command: 'lsp' };
    });

  program
    .command('categories')
    .description("list the ruleset's category codes with their names and descriptions")
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--ruleset <name|file>', 'competition rules (default: iba-2026)')
    .addOption(new Option('--locale <language>', 'language of the list: pl shows the Polish names and descriptions (default: config, then LC_ALL/LC_MESSAGES/LANG)').choices([...LOCALES]))
    .action((options) => {
      invocation = { command: 'categories', options };
    });

  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      // Only commander's own suggestion line is dropped: a line break inside an argument it
      // quotes stays, and the stderr line shows it as \n (the argument is the user's, but
      // may be a file name from a pull request, via xargs or a glob).
      const message = error.message.replace(/^error: /, '').split(/\n(?=\(Did you mean )/)[0];
      io.stderr(`iba-lint: ${message} (see iba-lint --help)\n`);
      return 2;
    }
    throw error;
  }
  return invocation ?? 2;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number such as 0 or 10.');
  return Number(value);
}

function processIo(): CliIo {
  // A terminal is written through process.stdout; a pipe or a file straight to its descriptor (see standard-output.ts).
  const terminal = isTerminal(1);
  return {
    stdout: terminal ? (text) => process.stdout.write(text) : descriptorWriter(1),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: terminal,
    ...(terminal && process.stdout.columns !== undefined && { columns: process.stdout.columns }),
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        // Enough to say it is too large: stop reading an endless pipe.
        if (length >= limit) break;
      }
      return Buffer.concat(chunks);
    },
  };
}
