import { CHECKS, getCheck } from './checks/index.js';
import type { CheckId } from './checks/ids.js';
import { applyDirectives } from './directives/apply.js';
import { parseDirectives } from './directives/parse.js';
import type { Locale } from './i18n/locale.js';
import { PL } from './i18n/pl.js';
import { ArgumentError, knownKeys, localeOption, optionalBoolean, optionalFunction, optionalString, optionsObject, rulesetOption, rulesOption, shown, unusedDirectivesOption } from './library-arguments.js';
import { locate } from './locate.js';
import { formatMessage, fullData } from './messages.js';
import { fixText, type FixFilter } from './fix.js';
import { parseNomination } from './parse/document.js';
import { rawFixes } from './parse/normalize.js';
import { lastFittingSentence } from './parse/fit.js';
import { listPoints } from './parse/markdown.js';
import { reportNotes } from './report-notes.js';
import { severityName } from './severity.js';
import type { AttachmentKind, Check, FileResult, LintMessage, NominationDoc, Report, Ruleset, SectionSummary, Severity, SeveritySetting, SuppressedMessage } from './types.js';

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
  /**
   * Apply the messages' fixes (true), or those a function picks, and lint the fixed
   * text again, as ESLint's `fix` option: the result's messages are what remains, and
   * `output` holds the fixed text when it changed. Default false.
   */
  fix?: FixFilter;
  /**
   * Apply inline directives (`<!-- iba-lint-disable … -->`); false ignores them, as
   * ESLint's --no-inline-config. Default true.
   */
  inlineConfig?: boolean;
  /**
   * Report directives that switched nothing off, under the `directive` id: true or
   * `warn` as warnings, `error` as errors; false or `off` (the default) not at all.
   */
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
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
  if (options.fix) return fixText(text, (current) => lintText(current, { ...options, fix: false }), options.fix);
  const doc = parseNomination(text, ruleset);
  const rawFix = rawFixes(text);
  const messages: LintMessage[] = [];
  const { exists } = options;
  const attachmentKind = options.attachmentKind ?? (exists && ((path: string): AttachmentKind => (exists(path) ? 'file' : 'missing')));
  // One context for every check of the file; each check's reports go to its own list.
  let reports: Report[] = [];
  const context = {
    ruleset,
    ...(options.filePath !== undefined && { filePath: options.filePath }),
    ...(attachmentKind !== undefined && { attachmentKind }),
    report: (r: Report) => {
      reports.push(r);
    },
  };
  for (const check of CHECKS) {
    const severity = effectiveSeverity(check.severity, options.rules?.[check.id]);
    if (severity === null) continue;
    reports = [];
    check.check(doc, context);
    for (const report of reports) {
      if (report.fix && !check.fixable) throw new Error(`${check.id}: reported a fix but is not marked fixable`);
      messages.push({
        ...checkMessage(check, severity, report, doc, locale),
        ...(report.fix && { fix: rawFix(report.fix) }),
      });
    }
  }
  const { messages: sorted, suppressedMessages } = withDirectives(doc, sortMessages(dedupe(messages)), options, locale);
  return {
    filePath: options.filePath ?? '<text>',
    messages: sorted,
    ...(suppressedMessages.length > 0 && { suppressedMessages }),
    errorCount: sorted.filter((m) => m.severity === 2).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    sections: summarizeSections(doc, ruleset),
    ...overLimitFits(doc, ruleset),
    ...reportNotes(doc, ruleset),
  };
}

/** The keys of LintOptions: every one, or this does not compile (so a new option cannot be rejected as unknown). */
const LINT_OPTIONS = Object.keys({ ruleset: 1, filePath: 1, attachmentKind: 1, exists: 1, rules: 1, locale: 1, fix: 1, inlineConfig: 1, reportUnusedDisableDirectives: 1 } satisfies Record<keyof LintOptions, 1>);

/** Every option checked, and the defaults filled in: the bundled ruleset, English. */
function checkArguments(text: unknown, given: unknown): { options: LintOptions; ruleset: Ruleset; locale: Locale } {
  if (typeof text !== 'string') throw new ArgumentError('text', `lintText: text must be a string, not ${shown(text)}`);
  const options = optionsObject('lintText', given);
  knownKeys('lintText', 'options', options, LINT_OPTIONS);
  optionalString('lintText', 'options.filePath', options.filePath);
  optionalFunction('lintText', 'options.exists', options.exists);
  optionalFunction('lintText', 'options.attachmentKind', options.attachmentKind);
  rulesOption('lintText', 'options.rules', options.rules);
  if (options.fix !== undefined && typeof options.fix !== 'boolean' && typeof options.fix !== 'function') {
    throw new ArgumentError('options.fix', `lintText: options.fix must be true, false or a function of a message, not ${shown(options.fix)}`);
  }
  optionalBoolean('lintText', 'options.inlineConfig', options.inlineConfig);
  unusedDirectivesOption('lintText', 'options.reportUnusedDisableDirectives', options.reportUnusedDisableDirectives);
  const locale = localeOption('lintText', 'options.locale', options.locale);
  return { options: options as LintOptions, ruleset: rulesetOption('lintText', 'options.ruleset', options.ruleset), locale };
}

/** A check's report as a message: located, and worded in the run's language. */
function checkMessage(check: Check, severity: Severity, report: Report, doc: NominationDoc, locale: Locale): LintMessage {
  const { line, column } = locate(check.id, report.at, doc.lines);
  return {
    ruleId: check.id,
    severity: severity === 'error' && !report.asWarning ? 2 : 1,
    message: formatMessage(check.id, locale === 'en' ? check.messages : TRANSLATIONS[locale][check.id], report.messageId, report.data, locale),
    line,
    column,
    messageId: report.messageId,
    ...withData(fullData(report.data, locale)),
  };
}

/**
 * Inline directives (src/directives/), applied once every check has reported, so the
 * CLI, the library and the language server all get them: the messages they switch off
 * move to suppressedMessages, and problems with the directives themselves, and (when
 * asked) unused ones, are reported as `directive`.
 */
function withDirectives(doc: NominationDoc, checked: LintMessage[], options: LintOptions, locale: Locale): { messages: LintMessage[]; suppressedMessages: SuppressedMessage[] } {
  if (options.inlineConfig === false) return { messages: checked, suppressedMessages: [] };
  const { directives, problems } = parseDirectives(doc);
  if (directives.length === 0 && problems.length === 0) return { messages: checked, suppressedMessages: [] };
  const applied = applyDirectives(checked, directives);
  const check = getCheck('directive');
  const severity = effectiveSeverity(check.severity, options.rules?.directive);
  const unused = options.reportUnusedDisableDirectives;
  const unusedSeverity: Severity | null = unused === true || unused === 'warn' ? 'warning' : unused === 'error' ? 'error' : null;
  const own = [
    ...(severity ? problems.map((problem) => checkMessage(check, severity, problem, doc, locale)) : []),
    ...(unusedSeverity ? applied.unused.map((problem) => checkMessage(check, unusedSeverity, problem, doc, locale)) : []),
  ];
  return { messages: own.length > 0 ? sortMessages(dedupe([...applied.messages, ...own])) : applied.messages, suppressedMessages: applied.suppressed };
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
