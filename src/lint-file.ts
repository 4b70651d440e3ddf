import { dirname, relative, resolve } from 'node:path';
import { ConfigResolver } from './config/load.js';
import { fatalResult } from './fatal-result.js';
import { ignoredResult, type PathFilter } from './ignores.js';
import { STDIN } from './files.js';
import { LOCALE_VARIABLES, resolveLocale, type Locale } from './i18n/locale.js';
import { lintText, type LintOptions } from './lint.js';
import { DEFAULT_MAX_FILE_SIZE, FileReadError, decodeContent, readContent, type FileContent } from './read-content.js';
import { kindWithin } from './resolve-within.js';
import { visible } from './sanitize.js';
import { writeFix } from './write-fix.js';
import { loadRuleset } from './ruleset/load.js';
import type { AttachmentKind, FileResult, Ruleset } from './types.js';

/** What linting one file needs to know. */
export interface FileLinterOptions {
  cwd: string;
  /** A config file for every nomination; false for none; undefined to look for one. */
  config?: string | false;
  /** A ruleset that overrides the config's. */
  ruleset?: string;
  /** Report errors only. */
  quiet?: boolean;
  /** The path a nomination from standard input is reported as, and resolved from. */
  stdinFilename?: string;
  /** --locale; otherwise each file's config, then the environment, decides. */
  locale?: string;
  /** The environment, for the default locale. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Files larger than this many bytes are reported as file-too-large, not read (default 1 MiB). */
  maxFileSize?: number;
  /** The run's config files, shared with its ignore settings (see run.ts); made here when absent. */
  configs?: ConfigResolver;
  /** What the run's ignore settings leave out (see src/ignores.ts); absent, nothing is (the language server's choice). */
  ignores?: PathFilter;
  /** Fix what is mechanical (--fix-dry-run, --fix): results are the fixed text's, with `output` when it changed. */
  fix?: boolean;
  /** Write each fixed file back (--fix); never standard input or unsaved text. */
  writeFixes?: boolean;
  /** False: inline directives are ignored (--no-inline-config). */
  inlineConfig?: boolean;
  /** Report directives that switched nothing off (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: LintOptions['reportUnusedDisableDirectives'];
}

/**
 * One file's outcome: its result, with the ruleset (as named, and as loaded) and language it was linted in; or why it could not be read.
 * `unwritten`: why --fix did not write the file (the result is then the file's as it stands).
 */
export type FileOutcome = { failure: string } | { result: FileResult; ruleset: string; rules: Ruleset; locale: Locale; unwritten?: string };

/**
 * Lints one file with the config, ruleset and language that apply to it. `unsaved`,
 * when given, is the file's text as an editor holds it (the language server): it is
 * linted in place of what is on disk, with everything else resolved for the file's path.
 */
export type FileLinter = (file: string, unsaved?: string) => Promise<FileOutcome>;

/**
 * Lints files one by one with the config, ruleset and language that apply to each.
 * Config and ruleset files are each read once. Throws ConfigError or RulesetError
 * when those cannot be used: that ends the run.
 */
export function createFileLinter(options: FileLinterOptions, readStdin: (limit: number) => Promise<Buffer | string> = noStdin): FileLinter {
  const configs = options.configs ?? configResolverFor(options);
  // Read once: each read of process.env is a call into the operating system's environment.
  const env = localeEnvironment(options.env ?? {});
  // The folders the run's attachments lie in, found once for all its nominations (see kindWithin).
  const attachmentFolders = new Set<string>();
  return async (file, unsaved) => {
    const fromStdin = file === STDIN;
    const filePath = fromStdin ? (options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : '<stdin>') : file;
    const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    // Left out by the ignore settings yet named on its own (or as stdin's name): said, as ESLint does; not read, linted or fixed.
    if (options.ignores && unsaved === undefined && !filePath.startsWith('<') && options.ignores.excludes(filePath)) {
      if (fromStdin) await readStdin(maxBytes + 1); // read all the same, so the program writing into the pipe is not cut off
      const config = configs.forFile(filePath);
      const rulesetName = options.ruleset ?? config.ruleset;
      const ruleset = loadRuleset(rulesetName, options.cwd);
      const locale = resolveLocale(options.locale, config.locale, env);
      const result = ignoredResult(filePath, ruleset, locale);
      return { result: options.quiet ? errorsOnly(result) : result, ruleset: rulesetName, rules: ruleset, locale };
    }
    let content: FileContent;
    try {
      // Unsaved text is checked as standard input is: for its size in bytes, and nothing read.
      if (unsaved !== undefined) content = stdinContent(unsaved, maxBytes);
      else content = fromStdin ? stdinContent(await readStdin(maxBytes + 1), maxBytes) : readContent(file, maxBytes);
    } catch (error) {
      return { failure: readFailure(fromStdin ? 'standard input' : file, error, options.cwd) };
    }
    // Config is looked up from the nomination's folder; stdin without a name uses the working folder.
    const config = configs.forFile(filePath.startsWith('<') ? resolve(options.cwd, 'stdin.md') : filePath);
    const rulesetName = options.ruleset ?? config.ruleset;
    const ruleset = loadRuleset(rulesetName, options.cwd);
    const locale = resolveLocale(options.locale, config.locale, env);
    const lintOptions: LintOptions = { ruleset, filePath, ...(!filePath.startsWith('<') && { attachmentKind: attachmentsOf(filePath, attachmentFolders) }), rules: config.rules, locale, ...directiveOptions(options) };
    const { result, unwritten } =
      'text' in content ? lintAndFix(file, content.text, lintOptions, unsaved === undefined ? options : { ...options, writeFixes: false }) : { result: fatalResult(filePath, content.problem, content.messageId, content.message, ruleset), unwritten: undefined };
    return { result: options.quiet ? errorsOnly(result) : result, ruleset: rulesetName, rules: ruleset, locale, ...(unwritten !== undefined && { unwritten }) };
  };
}

/**
 * Lints, and with `fix` fixes (errors only with `quiet`, as ESLint), and with
 * `writeFixes` writes the fixed text back (see writeFix): a file that could not be
 * written is linted again unfixed, so the report says what the file holds.
 */
function lintAndFix(file: string, text: string, lintOptions: LintOptions, options: FileLinterOptions): { result: FileResult; unwritten?: string | undefined } {
  if (!options.fix) return { result: lintText(text, lintOptions) };
  const result = lintText(text, { ...lintOptions, fix: options.quiet ? (message) => message.severity === 2 : true });
  if (!options.writeFixes || result.output === undefined || file === STDIN) return { result };
  const unwritten = writeFix(file, text, result.output, options.cwd);
  return unwritten === undefined ? { result } : { result: lintText(text, lintOptions), unwritten };
}

/** The inline-directive options of lintText, only those given. */
function directiveOptions(options: FileLinterOptions): Pick<LintOptions, 'inlineConfig' | 'reportUnusedDisableDirectives'> {
  return {
    ...(options.inlineConfig !== undefined && { inlineConfig: options.inlineConfig }),
    ...(options.reportUnusedDisableDirectives !== undefined && { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives }),
  };
}

/** The config files of a run, as its options say: --config, --no-config, or the nearest to each file. */
export function configResolverFor(options: Pick<FileLinterOptions, 'cwd' | 'config'>): ConfigResolver {
  return new ConfigResolver({
    cwd: options.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
}

function localeEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, env[name]]));
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 };
}

function readFailure(name: string, error: unknown, cwd: string): string {
  const shown = visible(name.startsWith('/') ? name.replace(`${cwd}/`, '') : name);
  if (error instanceof FileReadError && error.code === undefined) return `${shown} ${error.reason}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${shown}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${shown}: permission denied`;
  if (code === 'EISDIR') return `${shown} is a folder`;
  return `${shown}: cannot be read (${code ?? (error as Error).message})`;
}

/** Standard input is checked like a file: bytes for size and encoding; text given as a string, for size. */
function stdinContent(input: Buffer | string, maxBytes: number): FileContent {
  return decodeContent(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, maxBytes);
}

async function noStdin(): Promise<string> {
  throw new Error('standard input is not available');
}

/**
 * What each attachment of the nomination at `filePath` is, never looking outside the
 * nomination's folder (see resolveWithin): a link that leaves it is `outside`, whether
 * or not its target exists. Attachments are never opened.
 */
function attachmentsOf(filePath: string, folders: Set<string>): (absolutePath: string) => AttachmentKind {
  const folder = dirname(filePath);
  // Several checks ask about the same attachment: each is looked up once per lint.
  const kinds = new Map<string, AttachmentKind>();
  return (path) => {
    let kind = kinds.get(path);
    if (kind === undefined) kinds.set(path, (kind = kindWithin(folder, relative(folder, path), folders)));
    return kind;
  };
}
