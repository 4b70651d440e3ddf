import { Chalk, type ChalkInstance } from 'chalk';
import { sectionTitle } from '../checks/helpers.js';
import type { Locale } from '../i18n/locale.js';
import { ui } from '../i18n/ui.js';
import { unitLabel } from '../parse/count.js';
import type { FileResult, Ruleset, SectionSummary } from '../types.js';
import { lineStart, visible } from '../sanitize.js';
import { shownPath } from './paths.js';
import { table } from './table.js';
import type { Formatter, FormatterContext } from './types.js';

const BAR_CELLS = 20;
/** Usage at or above this share of the limit turns the bar yellow; over the limit, red. */
const WARN_SHARE = 0.9;
/** Below this share of the limit, the report suggests using the space. */
const UNDER_SHARE = 0.5;
/** How much of a sentence to quote when saying where to cut. */
const TAIL_CHARS = 60;

/**
 * The report a writer reads: each problem as `line:col  severity  message  rule-id`,
 * then every section's count against its limit with a usage bar, then a tally. Its
 * own words are in `context.locale` (src/i18n/ui.ts); the messages come already
 * worded in the language lintText was given.
 *
 * Everything from input (paths, messages, section titles of a ruleset) is made
 * visible (src/sanitize.ts) before it is coloured: the colour codes are the report's
 * own, a heading's ESC[2J is not.
 */
const stylish: Formatter = (results, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const locale = context.locale ?? 'en';
  const out: string[] = [];
  for (const result of results) {
    out.push(c.underline(shownPath(result.filePath, context.cwd)));
    if (result.messages.length === 0) out.push(`  ${c.green('✔')} ${ui(locale, 'noProblems')}`);
    // Row by row: a file may have a hundred thousand problems, too many to spread as arguments.
    else for (const line of problemLines(result, c, locale)) out.push(line);
    // A file left out by the ignore settings was not read: it has no sections to show.
    const ignored = result.messages.length === 1 && result.messages[0]!.ruleId === 'file-ignored';
    out.push('', ...(ignored ? [] : [...sectionLines(result, context, c, locale), '']));
  }
  out.push(tally(results, c, locale));
  return `${out.join('\n')}\n`;
};

/**
 * Position and severity are padded into columns; the message is not, and the rule
 * id follows it after two spaces (as in ESLint's stylish, less the padding): padding
 * every row to the widest message made the report grow with the square of the
 * number of problems.
 */
function problemLines(result: FileResult, c: ChalkInstance, locale: Locale): string[] {
  const rows = result.messages.map((m) => [
    c.dim(`${m.line}:${m.column}`),
    m.severity === 2 ? c.red(ui(locale, 'error')) : c.yellow(ui(locale, 'warning')),
    `${visible(m.message)}  ${c.dim(visible(m.ruleId))}`,
  ]);
  return table(rows, ['right', 'left', 'left']);
}

function sectionLines(result: FileResult, context: FormatterContext, c: ChalkInstance, locale: Locale): string[] {
  const rows = [[c.bold(ui(locale, 'section')), c.bold(ui(locale, 'used')), c.bold(ui(locale, 'limit')), '', '']];
  const ruleset = context.rulesets?.get(result.filePath) ?? context.ruleset;
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    // A ruleset's title starts a line of the table: made visible and unable to begin a workflow command.
    const title = lineStart(visible(sectionTitle(rule)[locale]));
    const summary = result.sections[id] ?? null;
    if (!summary) {
      rows.push([title, '—', String(rule.limit), c.dim('·'.repeat(BAR_CELLS)), c.dim(ui(locale, rule.required ? 'missing' : 'notIncluded'))]);
      continue;
    }
    rows.push([title, String(summary.characters), String(summary.limit), bar(summary, c), note(summary, c, locale, ruleset.unit)]);
  }
  const lines = table(rows, ['left', 'right', 'right', 'left', 'left']);
  lines.push(c.dim(`  ${ui(locale, 'countedIn', { unit: unitLabel(ruleset.unit, locale) })}`));
  lines.push(...adviceLines(result, ruleset, c, locale));
  return lines;
}

/**
 * Close to the limit: where to cut a section that is over it, and a gentle note on
 * one that uses less than half its space; the notes of the result (report-notes.ts):
 * line breaks that a form counting two per break would put over the limit, and an
 * essay without links or attachments. Report only: no message, no exit code.
 */
export function adviceLines(result: FileResult, ruleset: Ruleset, c: ChalkInstance, locale: Locale): string[] {
  const lines: string[] = [];
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const summary = result.sections[id];
    if (!summary || summary.characters === 0) continue;
    const title = sectionTitle(rule)[locale];
    const overflow = summary.characters - summary.limit;
    if (overflow > 0) {
      const sentence = result.fits?.[id];
      const text = sentence
        ? ui(locale, inUnit('cutAfter', ruleset.unit), { title, overflow, sentence: tail(sentence) })
        : ui(locale, inUnit('cutNothingFits', ruleset.unit), { title, overflow });
      lines.push(`  ${c.red('✂')} ${text}`);
    } else if (summary.characters < summary.limit * UNDER_SHARE) {
      lines.push(c.dim(`  ℹ ${ui(locale, inUnit('underHalf', ruleset.unit), { title, percent: Math.round((summary.characters / summary.limit) * 100), limit: summary.limit })}`));
    }
    const breaks = result.notes?.lineBreaks?.[id];
    if (breaks) lines.push(c.dim(`  ℹ ${ui(locale, 'breaksAsTwo', { title, breaks: breaks.breaks, count: breaks.counted, limit: summary.limit })}`));
  }
  if (result.notes?.noLinksOrAttachments) {
    lines.push(c.dim(`  ℹ ${ui(locale, 'noLinksOrAttachments', { links: ruleset.links.max, documents: ruleset.attachments.max })}`));
  }
  return lines;
}

/** A report string whose numbers carry the ruleset's unit: `over` for characters, `overWords` for words. */
function inUnit(id: string, unit: Ruleset['unit']): string {
  return unit === 'words' ? `${id}Words` : id;
}

/** The end of a long sentence, which is where the cut goes. */
function tail(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ');
  if (flat.length <= TAIL_CHARS) return flat;
  const end = flat.slice(-TAIL_CHARS);
  return `…${end.slice(end.indexOf(' ') + 1)}`; // from a word's start
}

function bar(summary: SectionSummary, c: ChalkInstance): string {
  const share = summary.characters / summary.limit;
  const filled = Math.min(BAR_CELLS, Math.round(share * BAR_CELLS));
  const paint = share > 1 ? c.red : share >= WARN_SHARE ? c.yellow : c.green;
  return paint('█'.repeat(filled)) + c.dim('░'.repeat(BAR_CELLS - filled));
}

export function note(summary: SectionSummary, c: ChalkInstance, locale: Locale, unit: Ruleset['unit']): string {
  const percent = Math.round((summary.characters / summary.limit) * 100);
  const overflow = summary.characters - summary.limit;
  const parts = [overflow > 0 ? c.red(ui(locale, inUnit('over', unit), { percent, overflow })) : ui(locale, 'percent', { percent })];
  if (summary.bullets !== undefined && summary.bulletLimit !== undefined) {
    const text = ui(locale, 'bullets', { count: summary.bullets, limit: summary.bulletLimit });
    parts.push(summary.bullets > summary.bulletLimit ? c.red(text) : text);
  }
  return parts.join('  ');
}

export function tally(results: readonly FileResult[], c: ChalkInstance, locale: Locale): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const files = results.length;
  if (errors + warnings === 0) return c.green(ui(locale, 'clean', { files }));
  const line = ui(locale, 'tally', { problems: errors + warnings, errors, warnings, files });
  return errors > 0 ? c.red.bold(line) : c.yellow.bold(line);
}

export default stylish;
