import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * One line per problem and nothing else, for grep, editors' quickfix lists and
 * `path:line:col` link detection (ESLint's compact and unix formats):
 *
 *   entry.md:12:1: error The section … [section-length]
 *
 * A line break inside a message becomes a space, so each problem stays one line.
 */
const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      lines.push(`${file}:${m.line}:${m.column}: ${severity} ${oneLine(m.message)} [${m.ruleId}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

const oneLine = (text: string): string => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

export default compact;
