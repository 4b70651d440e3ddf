import { CHECK_IDS, FORM_LIMITS, isCheckId } from '../checks/ids.js';
import type { MessageData } from '../i18n/text.js';
import { markupComments } from '../parse/markup-comments.js';
import { nearest } from '../suggest.js';
import type { NominationDoc, Position } from '../types.js';

/** The directives, spelt as ESLint spells its own (`eslint-disable` …) and markdownlint its. */
export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

const PREFIX = 'iba-lint-';
const KEYWORDS = DIRECTIVE_KINDS.map((kind) => PREFIX + kind);

/** One directive comment, as it will be applied. */
export interface Directive {
  kind: DirectiveKind;
  /** The check ids it names that it may act on; empty for every check that may be disabled. */
  ids: string[];
  /** The text after ` -- `, '' when none (ESLint's justification). */
  justification: string;
  /** Where the comment starts: where problems with it and an unused report point. */
  at: Position;
  /** The line its `-->` is on: disable-next-line covers the line after it. */
  endLine: number;
  /**
   * Before any heading or text of the body. The front matter has no directives of its
   * own (a YAML `# iba-lint-…` comment is not one), so a block directive up there acts
   * from the top of the file, as an `eslint-disable` comment at the top of a file does.
   */
  leading: boolean;
}

/** A directive that cannot be applied as written: reported under the `directive` id. */
export interface DirectiveProblem {
  messageId: string;
  data?: MessageData;
  at: Position;
}

/**
 * The directive comments of a nomination's body and the problems with them. Only
 * HTML comments that are markup count (see markupComments): one inside fenced code, an
 * indented code block or a code span is an example the writer shows, and does nothing.
 */
export function parseDirectives(doc: NominationDoc): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  // Most files have no directive: they skip the second parse.
  if (!doc.text.includes(PREFIX)) return { directives, problems };
  const { comments, firstContentLine } = markupComments(doc.lines, doc.frontMatter.bodyStartLine);
  for (const comment of comments) {
    // `<!--` … `-->` of an ordinary comment; `<!-->` and `<!--->` have no inside.
    const inside = comment.text.length >= 7 ? comment.text.slice(4, -3).trim() : '';
    if (!inside.startsWith(PREFIX)) continue;
    const keyword = /^\S+/.exec(inside)![0];
    const at = comment.start;
    if (!(KEYWORDS as readonly string[]).includes(keyword)) {
      const suggestion = keyword.length <= 64 ? nearest(keyword, KEYWORDS) : undefined;
      problems.push(suggestion ? { messageId: 'suggestDirective', data: { directive: keyword, suggestion }, at } : { messageId: 'unknownDirective', data: { directive: keyword }, at });
      continue;
    }
    const kind = keyword.slice(PREFIX.length) as DirectiveKind;
    if (kind === 'disable-line' && comment.endLine !== at.line) {
      problems.push({ messageId: 'multiline', at });
      continue;
    }
    // ESLint's separator: two or more dashes with white space around them.
    const rest = inside.slice(keyword.length);
    const separator = /\s-{2,}(?:\s|$)/.exec(rest);
    const list = separator ? rest.slice(0, separator.index) : rest;
    const justification = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
    const named = list.split(/[\s,]+/).filter(Boolean).map(unquoted);
    const ids = named.filter((id) => {
      const problem = refusal(id);
      if (problem) problems.push({ ...problem, at });
      return !problem;
    });
    // Ids named and all refused: the directive does nothing, never "every check".
    if (named.length > 0 && ids.length === 0) continue;
    directives.push({ kind, ids, justification, at, endLine: comment.endLine, leading: at.line < firstContentLine });
  }
  return { directives, problems };
}

/** ESLint accepts a rule id in quotes. */
const unquoted = (id: string): string => id.replace(/^(['"])(.+)\1$/, '$2');

/** Every id a directive can name: the checks, and the file problems (which are form limits). */
const KNOWN_IDS: readonly string[] = [...new Set<string>([...CHECK_IDS, ...FORM_LIMITS])];

/** Why a directive may not act on an id, or undefined when it may. */
function refusal(id: string): Omit<DirectiveProblem, 'at'> | undefined {
  if ((FORM_LIMITS as readonly string[]).includes(id)) return { messageId: 'hardLimit', data: { id } };
  if (id === 'directive') return { messageId: 'self' };
  if (isCheckId(id)) return undefined;
  const suggestion = id.length <= 64 ? nearest(id, KNOWN_IDS) : undefined;
  return suggestion ? { messageId: 'suggest', data: { id, suggestion } } : { messageId: 'unknown', data: { id } };
}

/**
 * The comment that switches these checks off for the next line, for an editor's
 * "disable for this line" action: `<!-- iba-lint-disable-next-line a, b -->`, with
 * ` -- reason` when a reason is given. Throws on an id a directive may not name.
 */
export function disableNextLineComment(ids: readonly string[], reason = ''): string {
  return directiveComment('disable-next-line', ids, reason);
}

/** As disableNextLineComment, for the end of the line itself: `<!-- iba-lint-disable-line a -->`. */
export function disableLineComment(ids: readonly string[], reason = ''): string {
  return directiveComment('disable-line', ids, reason);
}

/**
 * `<!-- iba-lint-disable a -->`: from here on. A front-matter line cannot hold a
 * directive; this comment, put before the first heading or text of the body, covers
 * the front matter (see Directive.leading) — and the rest of the file.
 */
export function disableComment(ids: readonly string[], reason = ''): string {
  return directiveComment('disable', ids, reason);
}

function directiveComment(kind: DirectiveKind, ids: readonly string[], reason: string): string {
  for (const id of ids) if (refusal(id)) throw new TypeError(`"${id}" cannot be disabled by an inline directive`);
  // A reason cannot end the comment early, nor hold a line break that would end a disable-line.
  const why = reason.replace(/\s+/g, ' ').replaceAll('-->', '- ->').trim();
  return `<!-- ${PREFIX}${kind}${ids.length > 0 ? ` ${ids.join(', ')}` : ''}${why ? ` -- ${why}` : ''} -->`;
}
