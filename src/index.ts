/**
 * iba-lint as a library: the pure core, the ruleset loader and the formatters.
 *
 *   import { lintText, loadRuleset, formatters } from 'iba-lint';
 *   const result = lintText(text, { ruleset: loadRuleset(), filePath });
 */
export { lintText, type LintOptions } from './lint.js';
export { loadRuleset, parseRuleset, RulesetError, DEFAULT_RULESET } from './ruleset/load.js';
export { formatters, type FormatName, type Formatter, type FormatterContext } from './formatters/index.js';
export { CHECKS, docsUrl } from './checks/index.js';
export { CHECK_IDS, type CheckId } from './checks/ids.js';
export { exitCode } from './exit-code.js';
export type { FileResult, LintMessage, Ruleset, SectionSummary, Severity, SeveritySetting } from './types.js';
