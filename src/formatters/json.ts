import { jsonSafe } from '../sanitize.js';
import type { Formatter } from './types.js';

/**
 * ESLint's JSON formatter shape (so tools that read ESLint JSON read this), plus
 * the `sections` object of SPEC §5. Full data: paths as they are, and a message
 * that quotes a value cut or escaped carries the values as written in `data`.
 * JSON leaves C1 controls, bidi controls and U+2028/U+2029 raw; jsonSafe writes
 * them as \u escapes, so the bytes are safe on a terminal and parse back the same.
 */
const json: Formatter = (results) =>
  jsonSafe(JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      // The messages an inline directive switched off, each with its suppressions (ESLint's shape).
      suppressedMessages: r.suppressedMessages ?? [],
      errorCount: r.errorCount,
      fatalErrorCount: r.messages.filter((m) => m.fatal === true).length,
      warningCount: r.warningCount,
      // The messages --fix would repair, and (after --fix-dry-run or --fix) the fixed text, as ESLint's.
      fixableErrorCount: r.messages.filter((m) => m.fix !== undefined && m.severity === 2).length,
      fixableWarningCount: r.messages.filter((m) => m.fix !== undefined && m.severity === 1).length,
      ...(r.output !== undefined && { output: r.output }),
      usedDeprecatedRules: [],
      sections: r.sections,
    })),
  ));

export default json;
