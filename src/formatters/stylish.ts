import { Chalk, type ChalkInstance } from 'chalk';
import { unitLabel } from '../parse/count.js';
import type { FileResult, SectionSummary } from '../types.js';
import { relativePath } from './paths.js';
import { table } from './table.js';
import type { Formatter, FormatterContext } from './types.js';

const BAR_CELLS = 20;
/** Usage at or above this share of the limit turns the bar yellow; over the limit, red. */
const WARN_SHARE = 0.9;

/**
 * The report a writer reads: each problem as `line:col  severity  message  rule-id`,
 * then every section's count against its limit with a usage bar, then a tally.
 */
const stylish: Formatter = (results, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    out.push(c.underline(relativePath(result.filePath, context.cwd)));
    if (result.messages.length === 0) out.push(`  ${c.green('✔')} no problems`);
    else out.push(...problemLines(result, c));
    out.push('', ...sectionLines(result, context, c), '');
  }
  out.push(tally(results, c));
  return `${out.join('\n')}\n`;
};

function problemLines(result: FileResult, c: ChalkInstance): string[] {
  const rows = result.messages.map((m) => [
    c.dim(`${m.line}:${m.column}`),
    m.severity === 2 ? c.red('error') : c.yellow('warning'),
    m.message,
    c.dim(m.ruleId),
  ]);
  return table(rows, ['right', 'left', 'left', 'left']);
}

function sectionLines(result: FileResult, context: FormatterContext, c: ChalkInstance): string[] {
  const rows = [[c.bold('Section'), c.bold('Used'), c.bold('Limit'), '', '']];
  const ruleset = context.rulesets?.get(result.filePath) ?? context.ruleset;
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const summary = result.sections[id] ?? null;
    if (!summary) {
      rows.push([rule.title, '—', String(rule.limit), c.dim('·'.repeat(BAR_CELLS)), c.dim(rule.required ? 'missing' : 'not included (optional)')]);
      continue;
    }
    rows.push([rule.title, String(summary.characters), String(summary.limit), bar(summary, c), note(summary, c)]);
  }
  const lines = table(rows, ['left', 'right', 'right', 'left', 'left']);
  lines.push(c.dim(`  Counted in ${unitLabel(ruleset.unit)}.`));
  return lines;
}

function bar(summary: SectionSummary, c: ChalkInstance): string {
  const share = summary.characters / summary.limit;
  const filled = Math.min(BAR_CELLS, Math.round(share * BAR_CELLS));
  const paint = share > 1 ? c.red : share >= WARN_SHARE ? c.yellow : c.green;
  return paint('█'.repeat(filled)) + c.dim('░'.repeat(BAR_CELLS - filled));
}

function note(summary: SectionSummary, c: ChalkInstance): string {
  const percent = `${Math.round((summary.characters / summary.limit) * 100)}%`;
  const parts = [summary.characters > summary.limit ? c.red(`${percent}, ${summary.characters - summary.limit} over`) : percent];
  if (summary.bullets !== undefined && summary.bulletLimit !== undefined) {
    const text = `${summary.bullets}/${summary.bulletLimit} bullets`;
    parts.push(summary.bullets > summary.bulletLimit ? c.red(text) : text);
  }
  return parts.join('  ');
}

function tally(results: readonly FileResult[], c: ChalkInstance): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  if (errors + warnings === 0) return c.green(`✔ ${files} checked: no problems`);
  const problems = plural(errors + warnings, 'problem');
  const detail = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const line = `✖ ${problems} (${detail}) in ${files}`;
  return errors > 0 ? c.red.bold(line) : c.yellow.bold(line);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;


export default stylish;
