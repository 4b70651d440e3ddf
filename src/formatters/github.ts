import { visible } from '../sanitize.js';
import type { LintMessage } from '../types.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one line per problem, which the runner turns
 * into annotations on the pull request's files:
 *
 *   ::error file=entry.md,line=12,col=1,title=section-length::The section …
 *
 * Never coloured: the runner reads these lines literally. Path, rule id and message
 * are made visible (src/sanitize.ts) before they are escaped: the runner would pass
 * ESC or U+202E on to the log and the annotation, and a newline must not end the command.
 */
const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = visible(relativePath(result.filePath, context.cwd));
    for (const m of result.messages) lines.push(command(file, m));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function command(file: string, m: LintMessage): string {
  const level = m.severity === 2 ? 'error' : 'warning';
  const properties = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`, `title=${escapeProperty(visible(m.ruleId))}`];
  return `::${level} ${properties.join(',')}::${escapeData(visible(m.message))}`;
}

/** The message part, escaped as @actions/core does (`escapeData` in its command.ts). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value: as data, and `:` and `,` too, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export default github;
