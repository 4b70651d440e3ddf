/**
 * iba-lint as a library: the pure core, file linting as the CLI does it, the
 * ruleset loader and the formatters.
 *
 *   import { lintFiles, lintText, loadRuleset, formatters } from 'iba-lint';
 *   const result = lintText(text, { filePath });   // the bundled ruleset, English
 *
 * Every function checks its arguments first: a wrong one throws an ArgumentError
 * (a TypeError) whose message and `argument` name it.
 */
export { lintText, type LintOptions } from './lint.js';
export { lintFiles, LintFilesError, type LintFilesOptions } from './lint-files.js';
export { ConfigError } from './config/load.js';
export { RulesetError, DEFAULT_RULESET } from './ruleset/load.js';
export { formatters, type FormatName, type Formatter, type FormatterContext, type FormatterOptions, type LibraryFormatter } from './formatters/index.js';
export { ArgumentError } from './library-arguments.js';
export { CHECKS, docsUrl } from './checks/index.js';
export { CHECK_IDS, FORM_LIMITS, type CheckId } from './checks/ids.js';
export { LOCALES, type Locale } from './i18n/locale.js';
export type { AttachmentKind, FileResult, Fix, LintMessage, Ruleset, SectionSummary, Severity, SeveritySetting, SuppressedMessage } from './types.js';

import { exitCode as exitCodeOf, type ExitCodeInput } from './exit-code.js';
import { loadStringWidth } from './formatters/width.js';
import { exitCodeArgument, fail } from './library-arguments.js';
import { loadRuleset as loadRulesetFrom, parseRuleset as parseRulesetText } from './ruleset/load.js';
import type { Ruleset } from './types.js';

// The functions below are the library's doors to code the CLI calls unchecked:
// a program's wrong argument is an ArgumentError naming it, not "Cannot read
// properties of undefined" or the YAML parser's "source is not a string".

/** SPEC §5's exit code for `{ results, maxWarnings?, failed }`: 2 when the run failed, 1 for errors or too many warnings, else 0. */
export function exitCode(input: ExitCodeInput): 0 | 1 | 2 {
  exitCodeArgument(input);
  return exitCodeOf(input);
}
export type { ExitCodeInput } from './exit-code.js';

/** A ruleset by bundled name (`iba-2026`, the default) or file path (from `cwd`), validated; a RulesetError when it cannot be used. */
export function loadRuleset(nameOrPath?: string, cwd?: string): Ruleset {
  if (nameOrPath !== undefined && (typeof nameOrPath !== 'string' || nameOrPath === '')) fail('loadRuleset', 'nameOrPath', 'a bundled ruleset name or a file path', nameOrPath);
  if (cwd !== undefined && typeof cwd !== 'string') fail('loadRuleset', 'cwd', 'a string', cwd);
  return loadRulesetFrom(nameOrPath, cwd);
}

/** Ruleset YAML parsed and validated; `source` names it in the RulesetError when it is not valid. */
export function parseRuleset(text: string, source: string): Ruleset {
  if (typeof text !== 'string') fail('parseRuleset', 'text', 'a string of YAML', text);
  if (typeof source !== 'string') fail('parseRuleset', 'source', 'a string that names the ruleset in errors', source);
  return parseRulesetText(text, source);
}


// The CLI loads string-width only for a report that needs it (see formatters/width.ts);
// a program using the formatters gets exact widths from the start.
await loadStringWidth();
