import { CHECKS } from './checks/index.js';
import type { CheckId } from './checks/ids.js';
import type { Locale } from './i18n/locale.js';
import { PL } from './i18n/pl.js';
import { ArgumentError, knownKeys, localeOption, optionalFunction, optionalString, optionsObject, rulesetOption, rulesOption, shown } from './library-arguments.js';
import { locate } from './locate.js';
import { formatMessage, fullData } from './messages.js';
import { parseNomination } from './parse/document.js';
import { lastFittingSentence } from './parse/fit.js';
import { listPoints } from './parse/markdown.js';
import { reportNotes } from './report-notes.js';
import { severityName } from './severity.js';
import type { AttachmentKind, FileResult, LintMessage, NominationDoc, Report, Ruleset, SectionSummary, Severity, SeveritySetting } from './types.js';

export interface LintOptions {
  /** The competition's rules (default: the bundled ruleset, loadRuleset()). */
  ruleset?: Ruleset;
  /** Absolute path of the nomination: shown in results, and where attachments are resolved. */
  filePath?: string;
  /**
   * What an attachment is, by its absolute path (injected so the core never touches
   * the file system): asked only for a relative path that stays in the nomination's folder.
   */
  attachmentKind?: (absolutePath: string) => AttachmentKind;
  /** @deprecated The older form of attachmentKind: true is `file`, false `missing`. */
  exists?: (absolutePath: string) => boolean;
  /** Per-check severity overrides: `off`, `warn` or `error`, or ESLint's 0, 1 or 2. */
  rules?: Partial<Record<CheckId, SeveritySetting>>;
  /** The language of the messages (default English). Only `message` changes: ids, data and positions do not. */
  locale?: Locale;
}

/** Each language's templates; English is the checks' own `messages`. A locale without a catalogue fails to compile. */
const TRANSLATIONS: Record<Exclude<Locale, 'en'>, Record<CheckId, Record<string, string>>> = { pl: PL };

/**
 * Lints one nomination's text. Pure: no file system (but for loading the bundled
 * ruleset once, when none is given), no process, no console — the same text and
 * options always give the same result. A wrong argument throws an ArgumentError
 * (a TypeError) naming it, before any work.
 */
export function lintText(text: string, lintOptions?: LintOptions): FileResult {
  const { options, ruleset, locale } = checkArguments(text, lintOptions);
  const doc = parseNomination(text, ruleset);
  const messages: LintMessage[] = [];
  const { exists } = options;
  const attachmentKind = options.attachmentKind ?? (exists && ((path: string): AttachmentKind => (exists(path) ? 'file' : 'missing')));
  for (const check of CHECKS) {
    const severity = effectiveSeverity(check.severity, options.rules?.[check.id]);
    if (severity === null) continue;
    const reports: Report[] = [];
    check.check(doc, {
      ruleset,
      ...(options.filePath !== undefined && { filePath: options.filePath }),
      ...(attachmentKind !== undefined && { attachmentKind }),
      report: (r) => reports.push(r),
    });
    for (const report of reports) {
      const { line, column } = locate(check.id, report.at, doc.lines);
      messages.push({
        ruleId: check.id,
        severity: severity === 'error' && !report.asWarning ? 2 : 1,
        message: formatMessage(check.id, locale === 'en' ? check.messages : TRANSLATIONS[locale][check.id], report.messageId, report.data, locale),
        line,
        column,
        messageId: report.messageId,
        ...withData(fullData(report.data, locale)),
      });
    }
  }
  const sorted = sortMessages(dedupe(messages));
  return {
    filePath: options.filePath ?? '<text>',
    messages: sorted,
    errorCount: sorted.filter((m) => m.severity === 2).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    sections: summarizeSections(doc, ruleset),
    ...overLimitFits(doc, ruleset),
    ...reportNotes(doc, ruleset),
  };
}

/** The keys of LintOptions: every one, or this does not compile (so a new option cannot be rejected as unknown). */
const LINT_OPTIONS = Object.keys({ ruleset: 1, filePath: 1, attachmentKind: 1, exists: 1, rules: 1, locale: 1 } satisfies Record<keyof LintOptions, 1>);

/** Every option checked, and the defaults filled in: the bundled ruleset, English. */
function checkArguments(text: unknown, given: unknown): { options: LintOptions; ruleset: Ruleset; locale: Locale } {
  if (typeof text !== 'string') throw new ArgumentError('text', `lintText: text must be a string, not ${shown(text)}`);
  const options = optionsObject('lintText', given);
  knownKeys('lintText', 'options', options, LINT_OPTIONS);
  optionalString('lintText', 'options.filePath', options.filePath);
  optionalFunction('lintText', 'options.exists', options.exists);
  optionalFunction('lintText', 'options.attachmentKind', options.attachmentKind);
  rulesOption('lintText', 'options.rules', options.rules);
  const locale = localeOption('lintText', 'options.locale', options.locale);
  return { options: options as LintOptions, ruleset: rulesetOption('lintText', 'options.ruleset', options.ruleset), locale };
}

/** The `data` field of a message, only when the message quotes a value cut or escaped. */
const withData = (data: Record<string, string | number> | undefined): { data?: Record<string, string | number> } => (data ? { data } : {});

function effectiveSeverity(defaultSeverity: Severity, setting: SeveritySetting | undefined): Severity | null {
  if (setting === undefined) return defaultSeverity;
  const name = severityName(setting);
  if (name === 'off') return null;
  return name === 'error' ? 'error' : 'warning';
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
    const entry: SectionSummary = { characters: section.characters, limit: rule.limit, unit: ruleset.unit, line: section.at.line };
    if (rule.bullets !== undefined) {
      entry.bullets = listPoints(section.blocks).length; // what summary-bullets counts
      entry.bulletLimit = rule.bullets;
    }
    summary[id] = entry;
  }
  return summary;
}
