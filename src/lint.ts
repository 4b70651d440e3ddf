import { CHECKS } from './checks/index.js';
import type { CheckId } from './checks/ids.js';
import type { Locale } from './i18n/locale.js';
import { PL } from './i18n/pl.js';
import { locate } from './locate.js';
import { formatMessage } from './messages.js';
import { parseNomination } from './parse/document.js';
import { lastFittingSentence } from './parse/fit.js';
import type { FileResult, LintMessage, NominationDoc, Report, Ruleset, SectionSummary, Severity, SeveritySetting } from './types.js';

export interface LintOptions {
  ruleset: Ruleset;
  /** Absolute path of the nomination: shown in results, and where attachments are resolved. */
  filePath?: string;
  /** Whether an attachment exists (injected so the core never touches the file system). */
  exists?: (absolutePath: string) => boolean;
  /** Per-check severity overrides: `off`, `warn` or `error`. */
  rules?: Partial<Record<CheckId, SeveritySetting>>;
  /** The language of the messages (default English). Only `message` changes: ids, data and positions do not. */
  locale?: Locale;
}

/** Each language's templates; English is the checks' own `messages`. A locale without a catalogue fails to compile. */
const TRANSLATIONS: Record<Exclude<Locale, 'en'>, Record<CheckId, Record<string, string>>> = { pl: PL };

/**
 * Lints one nomination's text. Pure: no file system, no process, no console —
 * the same text and options always give the same result.
 */
export function lintText(text: string, options: LintOptions): FileResult {
  const doc = parseNomination(text, options.ruleset);
  const messages: LintMessage[] = [];
  const locale = options.locale ?? 'en';
  for (const check of CHECKS) {
    const severity = effectiveSeverity(check.severity, options.rules?.[check.id]);
    if (severity === null) continue;
    const reports: Report[] = [];
    check.check(doc, {
      ruleset: options.ruleset,
      ...(options.filePath !== undefined && { filePath: options.filePath }),
      ...(options.exists !== undefined && { exists: options.exists }),
      report: (r) => reports.push(r),
    });
    for (const report of reports) {
      const { line, column } = locate(check.id, report.at, doc.lines);
      messages.push({
        ruleId: check.id,
        severity: severity === 'error' ? 2 : 1,
        message: formatMessage(check.id, locale === 'en' ? check.messages : TRANSLATIONS[locale][check.id], report.messageId, report.data, locale),
        line,
        column,
        messageId: report.messageId,
      });
    }
  }
  const sorted = sortMessages(dedupe(messages));
  return {
    filePath: options.filePath ?? '<text>',
    messages: sorted,
    errorCount: sorted.filter((m) => m.severity === 2).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    sections: summarizeSections(doc, options.ruleset),
    ...overLimitFits(doc, options.ruleset),
  };
}

function effectiveSeverity(defaultSeverity: Severity, setting: SeveritySetting | undefined): Severity | null {
  if (setting === undefined) return defaultSeverity;
  if (setting === 'off') return null;
  return setting === 'error' ? 'error' : 'warning';
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}\0${m.line}\0${m.column}\0${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** By position; at the same position, in registry order (the sort is stable). */
function sortMessages(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where each over-long section could be cut; computed only for the rare section over its limit. */
function overLimitFits(doc: NominationDoc, ruleset: Ruleset): { fits?: Record<string, string | null> } {
  const fits: Record<string, string | null> = {};
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const section = doc.sections.find((s) => s.id === id);
    if (section && section.characters > rule.limit) fits[id] = lastFittingSentence(section.text, rule.limit, ruleset.unit);
  }
  return Object.keys(fits).length > 0 ? { fits } : {};
}

/** The `sections` object of SPEC §5: the first occurrence of each known section, or null. */
function summarizeSections(doc: NominationDoc, ruleset: Ruleset): Record<string, SectionSummary | null> {
  const summary: Record<string, SectionSummary | null> = {};
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const section = doc.sections.find((s) => s.id === id);
    if (!section) {
      summary[id] = null;
      continue;
    }
    const entry: SectionSummary = { characters: section.characters, limit: rule.limit, line: section.at.line };
    if (rule.bullets !== undefined) {
      entry.bullets = section.blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0);
      entry.bulletLimit = rule.bullets;
    }
    summary[id] = entry;
  }
  return summary;
}
