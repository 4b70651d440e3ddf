import { visible } from '../sanitize.js';
import { shownPath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * One line per problem and nothing else, for grep, editors' quickfix lists and
 * `path:line:col` link detection (ESLint's compact and unix formats):
 *
 *   entry.md:12:1: error The section … [section-length]
 *
 * A line break inside a message becomes a space, so each problem stays one line;
 * any other control character, in the message or the path, shows as a visible
 * escape, and a path cannot begin a CI workflow command (see shownPath).
 */
const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = shownPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      lines.push(`${file}:${m.line}:${m.column}: ${severity} ${visible(oneLine(m.message))} [${visible(m.ruleId)}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

const oneLine = (text: string): string => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

export default compact;
