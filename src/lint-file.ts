import { dirname, relative, resolve } from 'node:path';
import { ConfigResolver } from './config/load.js';
import { fatalResult } from './fatal-result.js';
import { STDIN } from './files.js';
import { LOCALE_VARIABLES, resolveLocale, type Locale } from './i18n/locale.js';
import { lintText } from './lint.js';
import { DEFAULT_MAX_FILE_SIZE, FileReadError, decodeContent, readContent, type FileContent } from './read-content.js';
import { resolveWithin } from './resolve-within.js';
import { visible } from './sanitize.js';
import { loadRuleset } from './ruleset/load.js';
import type { AttachmentKind, FileResult } from './types.js';

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
}

/** One file's outcome: its result, with the ruleset (as named) and language it was linted in; or why it could not be read. */
export type FileOutcome = { failure: string } | { result: FileResult; ruleset: string; locale: Locale };

/**
 * Lints files one by one with the config, ruleset and language that apply to each.
 * Config and ruleset files are each read once. Throws ConfigError or RulesetError
 * when those cannot be used: that ends the run.
 */
export function createFileLinter(options: FileLinterOptions, readStdin: (limit: number) => Promise<Buffer | string> = noStdin): (file: string) => Promise<FileOutcome> {
  const configs = new ConfigResolver({
    cwd: options.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
  // Read once: each read of process.env is a call into the operating system's environment.
  const env = localeEnvironment(options.env ?? {});
  return async (file) => {
    const fromStdin = file === STDIN;
    const filePath = fromStdin ? (options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : '<stdin>') : file;
    const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let content: FileContent;
    try {
      content = fromStdin ? stdinContent(await readStdin(maxBytes + 1), maxBytes) : readContent(file, maxBytes);
    } catch (error) {
      return { failure: readFailure(fromStdin ? 'standard input' : file, error, options.cwd) };
    }
    // Config is looked up from the nomination's folder; stdin without a name uses the working folder.
    const config = configs.forFile(filePath.startsWith('<') ? resolve(options.cwd, 'stdin.md') : filePath);
    const rulesetName = options.ruleset ?? config.ruleset;
    const ruleset = loadRuleset(rulesetName, options.cwd);
    const locale = resolveLocale(options.locale, config.locale, env);
    const result =
      'text' in content
        ? lintText(content.text, { ruleset, filePath, ...(!filePath.startsWith('<') && { attachmentKind: attachmentsOf(filePath) }), rules: config.rules, locale })
        : fatalResult(filePath, content.problem, content.messageId, content.message, ruleset);
    return { result: options.quiet ? errorsOnly(result) : result, ruleset: rulesetName, locale };
  };
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
function attachmentsOf(filePath: string): (absolutePath: string) => AttachmentKind {
  const folder = dirname(filePath);
  return (path) => resolveWithin(folder, folder, relative(folder, path)).kind;
}
