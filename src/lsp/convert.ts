import type { Diagnostic } from 'vscode-languageserver';
import { sectionTitle } from '../checks/helpers.js';
import { docsUrl } from '../checks/index.js';
import { isCheckId } from '../checks/ids.js';
import type { Locale } from '../i18n/locale.js';
import { ui } from '../i18n/ui.js';
import type { FileResult, LintMessage, Ruleset, SectionSummary } from '../types.js';

/** LSP DiagnosticSeverity: 1 error, 2 warning (the protocol's numbers, not iba-lint's). */
const ERROR = 1;
const WARNING = 2;

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  ruleId: string;
  fix?: LintMessage['fix'];
}

/**
 * A result's messages as LSP diagnostics: the same message, severity and rule id as
 * the CLI (`code`), its docs page (`codeDescription`), `source: iba-lint`. A message
 * points at a line and column; the diagnostic runs from there to the end of the line,
 * so an editor underlines the key, heading or bullet it is about. Positions are
 * UTF-16 code units, as both iba-lint and the protocol count them.
 */
export function toDiagnostics(result: FileResult, lines: readonly string[]): Diagnostic[] {
  return result.messages.map((m) => {
    const line = m.line - 1;
    const start = m.column - 1;
    const end = Math.max(start + 1, (lines[line] ?? '').replace(/\r$/, '').length);
    const data: DiagnosticData = { ruleId: m.ruleId, ...(m.fix && { fix: m.fix }) };
    return {
      range: { start: { line, character: start }, end: { line, character: end } },
      severity: m.severity === 2 ? ERROR : WARNING,
      code: m.ruleId,
      ...(isCheckId(m.ruleId) && { codeDescription: { href: docsUrl(m.ruleId) } }),
      source: 'iba-lint',
      message: m.message,
      data,
    };
  });
}

/**
 * A file is a nomination when it has front matter or a `#`/`##` heading: any other
 * Markdown (a README beside the nominations) gets no diagnostics at all.
 */
export function looksLikeNomination(text: string): boolean {
  return /^\uFEFF?---[ \t]*\r?$/m.test(text.split('\n', 1)[0] ?? '') || /^ {0,3}#{1,2}[ \t]+\S/m.test(text);
}

/** Each known section present, with its heading's 0-based line, in ruleset order. */
export function sectionsAt(result: FileResult, ruleset: Ruleset): Array<{ id: string; line: number; summary: SectionSummary }> {
  const found: Array<{ id: string; line: number; summary: SectionSummary }> = [];
  for (const id of Object.keys(ruleset.sections)) {
    const summary = result.sections[id];
    if (summary) found.push({ id, line: summary.line - 1, summary });
  }
  return found;
}

/**
 * A section's use of its limit, as the hover and the lens say it:
 * "1,258 / 1,150 characters, 108 characters over · 11/10 bullets". Numbers grouped as the
 * language writes them; each with its unit (the same ui catalogue as the report).
 */
export function usageText(summary: SectionSummary, ruleset: Ruleset, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale);
  const words = (summary.unit ?? ruleset.unit) === 'words';
  const overflow = summary.characters - summary.limit;
  const data = { count: summary.characters, countText: number.format(summary.characters), limit: summary.limit, limitText: number.format(summary.limit), overflow, overflowText: number.format(overflow) };
  let text = ui(locale, words ? 'usageWords' : 'usage', data);
  if (overflow > 0) text += ui(locale, words ? 'usageOverWords' : 'usageOver', data);
  if (summary.bullets !== undefined && summary.bulletLimit !== undefined) {
    text += ` · ${ui(locale, 'bullets', { count: summary.bullets, limit: summary.bulletLimit })}`;
  }
  return text;
}

/** The hover of a section heading: its title in bold, then its usage. */
export function hoverText(id: string, summary: SectionSummary, ruleset: Ruleset, locale: Locale): string {
  const rule = ruleset.sections[id]!;
  return `**${escapeMarkdown(sectionTitle(rule)[locale])}**: ${usageText(summary, ruleset, locale)}`;
}

/** A ruleset's title is data, not Markdown to render. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** The 1-based line after the front matter's closing `---` (1 when there is none): directives go below it. */
export function bodyStartLine(lines: readonly string[]): number {
  if (!/^\uFEFF?---[ \t]*\r?$/.test(lines[0] ?? '')) return 1;
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(lines[i]!)) return i + 2;
  return lines.length + 1;
}
