import type { Formatter } from './types.js';

/**
 * ESLint's JSON formatter shape (so tools that read ESLint JSON read this), plus
 * the `sections` object of SPEC §5.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: r.messages.filter((m) => m.fatal === true).length,
      warningCount: r.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      sections: r.sections,
    })),
  );

export default json;
