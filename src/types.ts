/** Shared types of the linting core. */
import type { CheckId } from './checks/ids.js';
import type { MessageData } from './i18n/text.js';

export type Severity = 'error' | 'warning';
/** The setting of a check: ESLint's names and numbers (0 off, 1 warn, 2 error), plus `warning` as an alias of `warn`. */
export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;

/** A place in the file: 1-based line, 1-based column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

export interface SectionRule {
  title: string;
  /** The title in Polish reports, one of the aliases; `title` when absent. */
  titlePl?: string;
  /** The heading `init --locale pl` writes (the Polish page's label), one of the aliases; `titlePl` when absent. */
  headingPl?: string;
  description?: string;
  /** What the section holds in the page's Polish words; Polish messages fall back to a generic phrase. */
  descriptionPl?: string;
  required: boolean;
  limit: number;
  /** Maximum number of top-level bullets; set on the section that must be a bulleted list. */
  bullets?: number;
  /** Mentions of years before the eligibility date are flagged in this section. */
  checkDates?: boolean;
  /** This section describes the attachments (used by attachment-unreferenced). */
  describesAttachments?: boolean;
  aliases: string[];
}

export interface Category {
  code: string;
  name: string;
  namePl: string;
  description?: string;
  /** The description as the Polish rules page words it, verbatim. */
  descriptionPl?: string;
  new?: boolean;
}

/** A category of the previous edition, as a ruleset may list it: codes move between editions, names stay. */
export interface PreviousCategory {
  code?: string;
  name: string;
  namePl?: string;
}

/** The previous edition: its year and, when the ruleset knows them, its categories. */
export interface PreviousEdition {
  year: number;
  categories?: PreviousCategory[];
}

/** One competition's rules, loaded from `rulesets/<id>.yaml`. */
export interface Ruleset {
  id: string;
  programme: string;
  competition: string;
  /** The competition's name in Polish reports; `competition` when absent. */
  competitionPl?: string;
  year: number;
  /** What every section limit counts: UTF-16 code units, or Unicode words (see countUnits). */
  unit: 'characters' | 'words';
  eligibility: { since: string; earliestYear: number };
  /** The previous edition, whose winners may re-enter: its year, or its year and categories (read it through `previousEdition`). */
  previousYear: number | PreviousEdition;
  sections: Record<string, SectionRule>;
  links: { max: number };
  attachments: { max: number };
  video: { maxSeconds: number };
  categories: Category[];
}

/** A path into the front matter: keys and array indexes, e.g. ['links', 3]. */
export type KeyPath = ReadonlyArray<string | number>;

/** Why front matter could not be read; the front-matter check words each kind. */
export interface FrontMatterError {
  kind: 'missing' | 'unclosed' | 'language' | 'yaml' | 'duplicateKey' | 'tag' | 'notMapping';
  data: MessageData;
  at: Position;
}

export interface FrontMatter {
  /** False when the file has no front matter at all. */
  present: boolean;
  /** The parsed mapping; null when front matter is absent, broken or not a mapping. */
  data: Record<string, unknown> | null;
  /** Problems that make the front matter unusable, with their positions. */
  errors: FrontMatterError[];
  /** Where a key (or array item) is written; falls back to its nearest written parent. */
  keyAt(path: KeyPath): Position;
  /** Where a value is written; falls back to its key. */
  valueAt(path: KeyPath): Position;
  /** The line after the closing delimiter (1 when there is no front matter). */
  bodyStartLine: number;
}

/** A point of a list as the judges see it: a top-level item or one nested in it. */
export interface ListPoint {
  at: Position;
  /** The marker as written: `-`, `*`, `+`, `1.`, `1)`, or a pasted `•`, `◦`, `▪`, `‣`, `·`, `–`, `—`. */
  marker: string;
}

export interface ListItem extends ListPoint {
  /** Items nested inside this item, at any depth, in file order (first line of each). */
  nested: ListPoint[];
}

/** A top-level block inside a section, as the CommonMark parse sees it. */
export type Block =
  | { kind: 'list'; at: Position; items: ListItem[] }
  | { kind: 'html'; at: Position; text: string }
  | { kind: 'other'; at: Position; type: string };

export interface Section {
  /** The ruleset's id of the section, or null for an unrecognised heading. */
  id: string | null;
  /** The heading text as written, without the `##`. */
  heading: string;
  /** Position of the heading line. */
  at: Position;
  /** First and last (inclusive) body line; last < first when the body is empty. */
  bodyStartLine: number;
  bodyEndLine: number;
  /** The counted text (SPEC §3). */
  text: string;
  /** Length of `text` in the ruleset's unit. */
  characters: number;
  blocks: Block[];
}

/** The parsed nomination every check reads. */
export interface NominationDoc {
  /** The text after BOM removal and line-ending normalisation. */
  text: string;
  lines: string[];
  frontMatter: FrontMatter;
  /** Every level-2 section in order, recognised or not. */
  sections: Section[];
  /** Body blocks outside any section (other than a leading `#` title and comments). */
  strays: Position[];
}

export interface Report {
  messageId: string;
  /** Filled into the message; a Localized value reads differently per language (a section title, a date). */
  data?: MessageData;
  at: Position;
  /** Reported as a warning even where the check's findings are errors: advice about a likely slip, not a broken rule. */
  asWarning?: boolean;
  /** The mechanical repair, as an edit of the normalised `doc.text` (lintText moves it into the text as given). */
  fix?: Fix;
}

/**
 * ESLint's fix: replace the UTF-16 code units [range[0], range[1]) with `text`. In a
 * LintMessage the range is in the text given to lintText, BOM and line endings as given.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface CheckContext {
  ruleset: Ruleset;
  /** Absolute path of the nomination, when it has one. */
  filePath?: string;
  /** What an attachment is, by its absolute path; absent means "don't check". */
  attachmentKind?: (absolutePath: string) => AttachmentKind;
  report(report: Report): void;
}

/**
 * What an attachment path leads to: a regular file, nothing, a folder, a device,
 * FIFO or socket (`special`), or — through a link — somewhere outside the
 * nomination's folder.
 */
export type AttachmentKind = 'file' | 'missing' | 'folder' | 'special' | 'outside';

/** One check of SPEC §4: metadata plus a pure function of the parsed document. */
export interface Check {
  id: CheckId;
  description: string;
  severity: Severity;
  /** Some of its reports carry a fix (ESLint's meta.fixable): a report with a fix from a check without it is a bug. */
  fixable?: true;
  messages: Record<string, string>;
  check(doc: NominationDoc, ctx: CheckContext): void;
}

/** File-level problems found before parsing; not checks of SPEC §4 and not in the registry. */
export type FileProblemId = 'encoding' | 'file-too-large' | 'file-ignored';

export interface LintMessage {
  ruleId: CheckId | FileProblemId;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId: string;
  /**
   * The values the message was filled with, as written, when the message does not
   * show them so: a long value is quoted as an excerpt, control characters as visible
   * escapes (see fullData in messages.ts). Absent when the message holds them exactly.
   */
  data?: Record<string, string | number>;
  /** The file could not be linted at all (too large, not UTF-8): the only message of its result. */
  fatal?: boolean;  /** The mechanical repair `--fix` applies (ESLint's shape); absent when the problem needs a writer. */
  fix?: Fix;
}

/**
 * A message an inline directive switched off, in ESLint's shape: each directive that
 * covers it, with its reason (the text after ` -- `, '' when none) as `justification`.
 */
export type SuppressedMessage = LintMessage & { suppressions: Array<{ kind: 'directive'; justification: string }> };

export interface SectionSummary {
  /** The section's length in `unit` (the name is SPEC §5's, whatever the unit). */
  characters: number;
  limit: number;
  /** What `characters` and `limit` count: the ruleset's unit (SPEC §3). */
  unit: Ruleset['unit'];
  line: number;
  bullets?: number;
  bulletLimit?: number;
}

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  sections: Record<string, SectionSummary | null>;
  /**
   * For each section over its limit, the last sentence that still fits (null when
   * not even the first does). For the human report; not part of the JSON output.
   */
  fits?: Record<string, string | null>;
  /** Notes for the human report (see report-notes.ts); not part of the JSON output. */
  notes?: ReportNotes;
  /**
   * The messages an inline directive switched off (ESLint's `suppressedMessages`), in
   * the order of `messages`; absent when there are none. Not counted in errorCount or
   * warningCount, and not shown by the human formats.
   */
  suppressedMessages?: SuppressedMessage[];
  /** The fixed text, only when lintText was asked to fix and a fix changed the text (ESLint's `output`). */
  output?: string;
}

export interface ReportNotes {
  /** Sections within their limit that each line break counted as two characters would put over it. */
  lineBreaks?: Record<string, { breaks: number; counted: number }>;
  /** An essay entry with no links and no attachments, which the page calls optional but highly recommended. */
  noLinksOrAttachments?: true;
}
