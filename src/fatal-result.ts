import type { FileProblemId, FileResult, Ruleset } from './types.js';

/**
 * The result for a file that could not be linted at all (too large, not UTF-8):
 * one fatal error at 1:1, and every section of the ruleset null.
 */
export function fatalResult(filePath: string, ruleId: FileProblemId, messageId: string, message: string, ruleset: Ruleset): FileResult {
  return {
    filePath,
    messages: [{ ruleId, severity: 2, message, line: 1, column: 1, messageId, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    sections: Object.fromEntries(Object.keys(ruleset.sections).map((id) => [id, null])),
  };
}
