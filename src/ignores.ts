/**
 * Which files iba-lint leaves out: `.iba-lintignore` files (gitignore syntax), a
 * config's `ignores:` and `--ignore-pattern` (globs anchored at the config's folder
 * and the working folder), and negated arguments (`'!drafts/**'`). One matcher for
 * them all, the `ignore` package (the one ESLint used for .eslintignore), so every
 * source follows git's rules: the last pattern that matches decides, a pattern
 * ending in `/` matches only folders, and nothing below an ignored folder can be
 * taken back (so a folder walk need not go into one).
 */
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigError, type ConfigResolver } from './config/load.js';
import type { Locale } from './i18n/locale.js';
import { FileReadError, readTextFile } from './read-content.js';
import { isInside, resolveWithin } from './resolve-within.js';
import { shownPath } from './shown-path.js';
import type { FileResult, Ruleset } from './types.js';

/** The file of gitignore patterns looked for in every folder from the repository down to a nomination. */
export const IGNORE_FILE = '.iba-lintignore';
/** A list of patterns is a few lines: read no more than a config file. */
export const IGNORE_FILE_MAX_BYTES = 64 * 1024;
/** ESLint's words for a file named on the command line that an ignore pattern leaves out, and the same in Polish. */
export const IGNORED_MESSAGE: Record<Locale, string> = {
  en: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.',
  pl: 'Plik pominięty, bo pasuje do wzorca ignorowania. Użyj „--no-ignore”, aby go sprawdzić.',
};

/**
 * The result for a file named on its own (or stdin's --stdin-filename) that the ignore
 * settings leave out: one warning, as ESLint reports it, so a file is never left out
 * without a word; it is not read, linted or fixed, and every section is null.
 */
export function ignoredResult(filePath: string, ruleset: Ruleset, locale: Locale): FileResult {
  return {
    filePath,
    messages: [{ ruleId: 'file-ignored', severity: 1, message: IGNORED_MESSAGE[locale], line: 1, column: 1, messageId: 'ignored' }],
    errorCount: 0,
    warningCount: 1,
    sections: Object.fromEntries(Object.keys(ruleset.sections).map((id) => [id, null])),
  };
}

/** Why a path is left out: the pattern as written, and where it was written (`nominations/.iba-lintignore:3`). */
export interface IgnoredBy {
  pattern: string;
  source: string;
}

/** One source of patterns: its verdict on a path (true ignored, false taken back by `!`), or undefined when no pattern of it matches. */
type Source = (path: string, folder: boolean) => TestVerdict;
type TestVerdict = { ignored: boolean; by?: IgnoredBy } | undefined;

/**
 * Why a pattern cannot be used, or undefined. The `ignore` package turns each `**`
 * that is not the last part into a loop inside a loop of its regular expression: two
 * of them take time that grows with the square (or more) of a path's depth, and a
 * pull request can commit both the pattern and a folder 2,000 levels deep. One is
 * enough for every pattern a team writes (`**\/drafts/`, `nominations/**\/old.md`,
 * `archive/**`); the trailing `/**` costs nothing and is not counted.
 */
export function patternProblem(pattern: string): string | undefined {
  const inner = pattern.replace(/\/\*\*+\/?$/, '').match(/\*\*+/g) ?? [];
  if (inner.length > 1) return 'has more than one ** (only one is allowed, besides a last /**, as more could take very long to match)';
  return undefined;
}

/** Patterns (`lines`) as one matcher, each marked with where it was written; `glob` anchors each at its folder, as a glob relative to it. */
function compile(lines: readonly string[], glob: boolean, where: (index: number) => string, fail: (index: number, problem: string) => never): Ignore {
  // Case-sensitive, as git on Linux and as globs are.
  const matcher = ignore({ ignorecase: false });
  lines.forEach((line, index) => {
    if (!glob && line.startsWith('#')) return; // a comment, whatever follows
    const problem = patternProblem(line);
    if (problem) fail(index, problem);
    const pattern = glob ? anchored(line) : line;
    try {
      matcher.add({ pattern, mark: where(index) });
    } catch {
      fail(index, 'is not a pattern iba-lint can read');
    }
  });
  return matcher;
}

/** A glob relative to a folder as a gitignore line that matches the same: `drafts/**` → `/drafts/**`, `!keep.md` → `!/keep.md`. */
function anchored(glob: string): string {
  const negated = glob.startsWith('!');
  const rest = (negated ? glob.slice(1) : glob).replace(/^(?:\.\/)+/, '');
  return `${negated ? '!' : ''}${rest.startsWith('/') ? '' : '/'}${rest}`;
}

/** What `matcher` says of `path` relative to `base`: a source's verdict, undefined outside `base`. */
function verdict(matcher: Ignore, base: string, path: string, folder: boolean): TestVerdict {
  if (!isInside(path, base) || path === base) return undefined;
  const rel = relative(base, path).split(sep).join('/');
  const result = matcher.test(folder ? `${rel}/` : rel);
  if (result.ignored) return { ignored: true, by: { pattern: result.rule!.pattern, source: result.rule!.mark ?? '' } };
  return result.unignored ? { ignored: false } : undefined;
}

/**
 * Globs relative to `base` (the working folder for `--ignore-pattern` and negated
 * arguments), checked before anything runs; `name` says where they came from in an
 * error (`--ignore-pattern`).
 */
export function globSource(globs: readonly string[], base: string, name: (index: number) => string, fail: (message: string) => never): Source {
  const matcher = compile(globs, true, name, (index, problem) => fail(`${name(index)} ${JSON.stringify(globs[index])} ${problem}`));
  return (path, folder) => verdict(matcher, base, path, folder);
}

/**
 * Decides what is left out, from any number of sources, the first listed winning
 * where several have a say. A path is left out when its sources say so, or when a
 * folder above it is, checked from the top down, each folder once per run, but only
 * folders below `topOf(folder)`: a source never looks above the repository. (One
 * source checks the folders above a path by itself; this loop is for several.)
 */
export class PathFilter {
  private readonly folders = new Map<string, IgnoredBy | null>();

  constructor(
    private readonly sources: readonly Source[],
    private readonly topOf: (folder: string) => string = (folder) => folder,
  ) {}

  /** Why an absolute path is left out, or undefined when it is not. */
  ignoredBy(path: string, folder = false): IgnoredBy | undefined {
    if (this.sources.length === 0) return undefined;
    const parent = dirname(path);
    const top = this.topOf(parent);
    const judged = parent !== top && isInside(parent, top);
    return (judged ? this.folderIgnoredBy(parent) : undefined) ?? this.own(path, folder, judged);
  }

  /** Whether an absolute path is left out. */
  excludes(path: string, folder = false): boolean {
    return this.ignoredBy(path, folder) !== undefined;
  }

  private folderIgnoredBy(folder: string): IgnoredBy | undefined {
    const known = this.folders.get(folder);
    if (known !== undefined) return known ?? undefined;
    const by = this.ignoredBy(folder, true);
    this.folders.set(folder, by ?? null);
    return by;
  }

  /** What the first source with a say says of the path itself; the folder above was `judged` not ignored. */
  private own(path: string, folder: boolean, judged: boolean): IgnoredBy | undefined {
    for (const source of this.sources) {
      const said = source(path, folder);
      if (!said) continue;
      // A source that ignores the folder above, which a source before it took back, says
      // "ignored" of all that is in it: that is its word on the folder, which was overruled.
      if (said.ignored && judged && source(dirname(path), true)?.ignored) continue;
      return said.ignored ? said.by : undefined;
    }
    return undefined;
  }
}

export interface IgnoreOptions {
  cwd: string;
  /** False: no ignore file, config `ignores` or ignore pattern applies (--no-ignore). */
  ignore?: boolean;
  /** Globs relative to `cwd` to leave out as well (--ignore-pattern). */
  ignorePatterns?: readonly string[];
}

/**
 * What the run's ignore settings leave out, by precedence: `--ignore-pattern`, then
 * the `ignores:` of the config that applies to the path (the same config the
 * nomination would be linted with), then `.iba-lintignore` files, the nearest first.
 * Like `.gitignore`, an `.iba-lintignore` applies below its folder, and those of every
 * folder from the repository (the nearest folder with `.git`; without one, the working
 * folder) down to the path are read: each once, through the one capped reader, never
 * through a link out of the repository. A file that cannot be used ends the run
 * (ConfigError): linting the drafts it meant to leave out would be as wrong as
 * leaving out what it did not.
 */
export function ignoresOf(options: IgnoreOptions, configs: ConfigResolver): PathFilter {
  if (options.ignore === false) return new PathFilter([]);
  const { cwd } = options;
  const fail = (message: string): never => {
    throw new ConfigError(message);
  };
  const commandLine = globSource(options.ignorePatterns ?? [], cwd, () => '--ignore-pattern', fail);
  const configMatchers = new Map<string, Ignore>();
  const fromConfig: Source = (path, folder) => {
    // The nearest config from the path's folder up: for a folder too, as a config inside a
    // folder cannot match the folder itself, and looking inside would go through a link out.
    const config = configs.forFile(path);
    if (!config.file || !config.ignores || config.ignores.length === 0) return undefined;
    let matcher = configMatchers.get(config.file);
    if (!matcher) {
      const shown = shownPath(config.file, cwd);
      // The patterns were checked when the config was read (validateConfig): none fails here.
      matcher = compile(config.ignores, true, (index) => `${shown} ignores[${index}]`, (index, problem) => fail(`config file ${shown}: ignores[${index}] ${problem}`));
      configMatchers.set(config.file, matcher);
    }
    return verdict(matcher, dirname(config.file), path, folder);
  };
  const top = topFinder(cwd);
  const files = new IgnoreFiles(cwd, top);
  return new PathFilter([...(options.ignorePatterns?.length ? [commandLine] : []), fromConfig, (path, folder) => files.verdict(path, folder)], top);
}

/**
 * Where ignore settings stop being looked for above a folder: its repository (the
 * nearest folder with `.git`); without one, the working folder when the folder is
 * in it, else the folder itself. Nothing above is ever read.
 */
function topFinder(cwd: string): (folder: string) => string {
  const repositories = new Map<string, string | null>();
  const repositoryOf = (folder: string): string | null => {
    let found = repositories.get(folder);
    if (found === undefined) {
      found = existsSync(join(folder, '.git')) ? folder : dirname(folder) === folder ? null : repositoryOf(dirname(folder));
      repositories.set(folder, found);
    }
    return found;
  };
  return (folder) => repositoryOf(folder) ?? (isInside(folder, cwd) ? cwd : folder);
}

/** The `.iba-lintignore` files of a run, each read once. */
class IgnoreFiles {
  private readonly read = new Map<string, Ignore | null>();

  constructor(
    private readonly cwd: string,
    private readonly topOf: (folder: string) => string,
  ) {}

  /** The nearest file with a say decides, as in git. */
  verdict(path: string, folder: boolean): TestVerdict {
    for (const [at, matcher] of this.chainOf(dirname(path))) {
      const said = verdict(matcher, at, path, folder);
      if (said) return said;
    }
    return undefined;
  }

  /** The ignore files that apply in a folder, nearest first, with their folders: found once per folder, not once per file. */
  private chainOf(parent: string): Array<[string, Ignore]> {
    let chain = this.chains.get(parent);
    if (chain) return chain;
    chain = [];
    const top = this.topOf(parent);
    for (let at = parent; isInside(at, top); at = dirname(at)) {
      const matcher = this.matcherIn(at, top);
      if (matcher) chain.push([at, matcher]);
      if (at === top) break;
    }
    this.chains.set(parent, chain);
    return chain;
  }

  private readonly chains = new Map<string, Array<[string, Ignore]>>();

  private matcherIn(folder: string, top: string): Ignore | null {
    const known = this.read.get(folder);
    if (known !== undefined) return known;
    const file = join(folder, IGNORE_FILE);
    const shown = shownPath(file, this.cwd);
    let text: string | undefined;
    try {
      lstatSync(file);
      const to = resolveWithin(top, folder, IGNORE_FILE);
      if (to.kind === 'outside') throw new ConfigError(`ignore file ${shown} is a link that leads outside its repository ${top}: it was not read`);
      if (to.kind === 'missing') throw new ConfigError(`ignore file ${shown} is a link that leads to no file (a broken link or a link loop): fix or remove it`);
      text = readTextFile(to.kind === 'file' ? to.real : file, IGNORE_FILE_MAX_BYTES);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') text = undefined; // there is none here
      else throw new ConfigError(`ignore file ${shown} ${error instanceof FileReadError ? error.reason : `cannot be read (${code ?? 'unknown error'})`}`);
    }
    const matcher =
      text === undefined
        ? null
        : compile(
            text.split(/\r?\n/),
            false,
            (index) => `${shown}:${index + 1}`,
            (index, problem) => {
              throw new ConfigError(`ignore file ${shown}, line ${index + 1}: the pattern ${problem}`);
            },
          );
    this.read.set(folder, matcher);
    return matcher;
  }
}
