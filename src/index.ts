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
export { loadRuleset, parseRuleset, RulesetError, DEFAULT_RULESET } from './ruleset/load.js';
export { formatters, type FormatName, type Formatter, type FormatterContext, type FormatterOptions, type LibraryFormatter } from './formatters/index.js';
export { ArgumentError } from './library-arguments.js';
export { CHECKS, docsUrl } from './checks/index.js';
export { CHECK_IDS, type CheckId } from './checks/ids.js';
export { exitCode } from './exit-code.js';
export { LOCALES, type Locale } from './i18n/locale.js';
export type { AttachmentKind, FileResult, LintMessage, Ruleset, SectionSummary, Severity, SeveritySetting } from './types.js';

import { loadStringWidth } from './formatters/width.js';

// The CLI loads string-width only for a report that needs it (see formatters/width.ts);
// a program using the formatters gets exact widths from the start.
await loadStringWidth();
