import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigResolver } from './config/load.js';
import { resolveLocale, type Locale } from './i18n/locale.js';
import { fatalResult } from './fatal-result.js';
import { expandArguments, STDIN } from './files.js';
import { lintText } from './lint.js';
import { loadRuleset } from './ruleset/load.js';
import type { FileResult, Ruleset } from './types.js';

export interface RunOptions {
  cwd: string;
  /** A config file for every nomination; false for none; undefined to look for one. */
  config?: string | false;
  /** A ruleset that overrides the config's. */
  ruleset?: string;
  /** Report errors only. */
  quiet?: boolean;
  errorOnUnmatchedPattern?: boolean;
  /** Reads standard input, for the argument `-`. */
  readStdin?: () => Promise<string>;
  /** The path a nomination from standard input is reported as, and resolved from. */
  stdinFilename?: string;
  /** --locale; otherwise each file's config, then the environment, decides. */
  locale?: string;
  /** The environment, for the default locale. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Files larger than this many bytes are reported as file-too-large, not read (default 1 MiB). */
  maxFileSize?: number;
}

export interface RunOutcome {
  results: FileResult[];
  /** One line per argument or file that could not be linted. */
  failures: string[];
  /** The ruleset each result was linted with, by file path. */
  rulesets: Map<string, Ruleset>;
  /** The language of the report: the first file's. */
  locale: Locale;
}

/** How many files are read at once: enough to hide disk latency, few enough for any ulimit. */
const READ_CONCURRENCY = 16;

/** The default of --max-file-size: 1 MiB, far beyond any nomination. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** What a file holds: its text, or why it cannot be linted. */
type FileContent = { text: string } | { problem: 'file-too-large' | 'encoding'; messageId: string; message: string };

/** Expands the arguments, reads each nomination, finds its config and lints it. */
export async function runLint(args: readonly string[], options: RunOptions): Promise<RunOutcome> {
  const { files, errors } = await expandArguments(args, options.cwd, options.errorOnUnmatchedPattern ?? true);
  const configs = new ConfigResolver({
    cwd: options.cwd,
    ...(typeof options.config === 'string' && { configFile: options.config }),
    ...(options.config === false && { noConfig: true }),
  });
  const failures = [...errors];
  const rulesets = new Map<string, Ruleset>();
  const locales = new Map<string, Locale>();
  const env = options.env ?? {};
  const outcomes = await mapLimited(files, READ_CONCURRENCY, async (file): Promise<{ failure: string } | { result: FileResult }> => {
    const fromStdin = file === STDIN;
    const filePath = fromStdin ? (options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : '<stdin>') : file;
    let content: FileContent;
    try {
      content = fromStdin ? { text: await (options.readStdin ?? noStdin)() } : await readContent(file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    } catch (error) {
      return { failure: readFailure(fromStdin ? 'standard input' : file, error, options.cwd) };
    }
    // Config is looked up from the nomination's folder; stdin without a name uses the working folder.
    const config = configs.forFile(filePath.startsWith('<') ? resolve(options.cwd, 'stdin.md') : filePath);
    const ruleset = loadRuleset(options.ruleset ?? config.ruleset, options.cwd);
    const locale = resolveLocale(options.locale, config.locale, env);
    const result =
      'text' in content
        ? lintText(content.text, { ruleset, filePath, exists: fileExists, rules: config.rules, locale })
        : fatalResult(filePath, content.problem, content.messageId, content.message, ruleset);
    rulesets.set(filePath, ruleset);
    locales.set(filePath, locale);
    return { result: options.quiet ? errorsOnly(result) : result };
  });
  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    if ('failure' in outcome) failures.push(outcome.failure);
    else results.push(outcome.result);
  }
  return { results, failures, rulesets, locale: (results[0] && locales.get(results[0].filePath)) ?? resolveLocale(options.locale, undefined, env) };
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 };
}

function readFailure(name: string, error: unknown, cwd: string): string {
  const shown = name.startsWith('/') ? name.replace(`${cwd}/`, '') : name;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${shown}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${shown}: permission denied`;
  if (code === 'EISDIR') return `${shown} is a folder`;
  return `${shown}: cannot be read (${code ?? (error as Error).message})`;
}

/**
 * Reads a file as bytes and decodes it as UTF-8, unless it is over `maxBytes`
 * (then it is not read at all) or is not UTF-8 text: UTF-16, NUL bytes, invalid sequences.
 */
async function readContent(file: string, maxBytes: number): Promise<FileContent> {
  const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
  if (isFile && size > maxBytes) return tooLarge(size, maxBytes);
  const bytes = await readFile(file);
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const encoding = (messageId: string, message: string): FileContent => ({ problem: 'encoding', messageId, message });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return encoding('utf16', `The file is UTF-16 (${order}), not UTF-8: save it as UTF-8 and lint it again.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return encoding('nulByte', `The file contains a NUL byte (at byte ${nul}): it is not UTF-8 text. Save it as UTF-8 and lint it again.`);
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text, as readFile(…, 'utf8') did: the parser removes it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return encoding('invalidUtf8', 'The file is not valid UTF-8: save it as UTF-8 and lint it again.');
  }
}

function tooLarge(size: number, maxBytes: number): FileContent {
  return {
    problem: 'file-too-large',
    messageId: 'tooLarge',
    message: `The file is ${size} bytes, more than the ${maxBytes} bytes allowed (--max-file-size): it was not checked.`,
  };
}

async function noStdin(): Promise<string> {
  throw new Error('standard input is not available');
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

/** Like Promise.all over `items`, with at most `limit` running at once; keeps the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
