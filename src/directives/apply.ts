import { mayDisableInFile } from '../checks/ids.js';
import { inEvery, type MessageData } from '../i18n/text.js';
import type { LintMessage, Position, SuppressedMessage } from '../types.js';
import type { Directive, DirectiveProblem } from './parse.js';

/**
 * ESLint's lib/linter/apply-disable-directives.js, for iba-lint's messages: block
 * directives (disable … enable) act from their position on, line directives on one
 * line; a message any directive covers moves to the suppressed messages with one
 * suppression per pass that covered it (block, then line), each with its
 * justification. Messages of a form limit and of `directive` are never covered.
 * Linear in messages plus directives: one forward pass each, as ESLint 8 did.
 */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[]): { messages: LintMessage[]; suppressed: SuppressedMessage[]; unused: DirectiveProblem[] } {
  // A block directive at the top of the body acts from the top of the file, before the
  // front-matter messages (see Directive.leading); its order among its kind is kept.
  const block = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .flatMap((d) => expand(d, d.kind as 'disable' | 'enable', d.leading ? { line: 1, column: 0 } : d.at))
    .sort(compare);
  // A line directive is a disable at column 1 of its line and an enable before the next, as in ESLint.
  const lines = directives
    .flatMap((d) => {
      const line = d.kind === 'disable-line' ? d.at.line : d.kind === 'disable-next-line' ? d.endLine + 1 : 0;
      return line === 0 ? [] : [...expand(d, 'disable', { line, column: 1 }), ...expand(d, 'enable', { line: line + 1, column: 0 })];
    })
    .sort(compare);
  const suppressions = new Map<LintMessage, SuppressedMessage['suppressions']>();
  const usedBlock = pass(messages, block, suppressions);
  const usedLine = pass(messages, lines, suppressions);
  return {
    messages: messages.filter((m) => !suppressions.has(m)),
    suppressed: messages.flatMap((m) => (suppressions.has(m) ? [{ ...m, suppressions: suppressions.get(m)! }] : [])),
    unused: [...unusedDisables(block, usedBlock), ...unusedDisables(lines, usedLine), ...unusedEnables(block)].sort((a, b) => compare(a.at, b.at)),
  };
}

/** One directive comment for one id (null: every check that may be disabled), placed where it acts. */
interface Step {
  type: 'disable' | 'enable';
  line: number;
  column: number;
  id: string | null;
  source: Directive;
}

const compare = (a: Position, b: Position): number => a.line - b.line || a.column - b.column;

function expand(source: Directive, type: Step['type'], at: Position): Step[] {
  const ids = source.ids.length > 0 ? source.ids : [null];
  return ids.map((id) => ({ type, line: at.line, column: at.column, id, source }));
}

/**
 * Walks the messages (sorted by position) and the steps together, as ESLint's
 * applyDirectives: the disables in force at each message, per id and for every id.
 * Adds a suppression to each message covered; returns the disable steps that covered
 * a message first (a message a block directive already covered does not use a line one).
 */
function pass(messages: readonly LintMessage[], steps: readonly Step[], suppressions: Map<LintMessage, SuppressedMessage['suppressions']>): Set<Step> {
  const used = new Set<Step>();
  const disabled = new Map<string, Step>();
  const enabledUnderAll = new Set<string>();
  let all: Step | null = null;
  let next = 0;
  for (const message of messages) {
    while (next < steps.length && compare(steps[next]!, message) <= 0) {
      const step = steps[next++]!;
      if (step.type === 'disable' && step.id === null) {
        all = step;
        disabled.clear();
        enabledUnderAll.clear();
      } else if (step.type === 'disable') {
        enabledUnderAll.delete(step.id!);
        disabled.set(step.id!, step);
      } else if (step.id === null) {
        all = null;
        disabled.clear();
      } else {
        if (all) enabledUnderAll.add(step.id);
        disabled.delete(step.id);
      }
    }
    if (!mayDisableInFile(message.ruleId)) continue;
    const by = disabled.get(message.ruleId) ?? (all && !enabledUnderAll.has(message.ruleId) ? all : undefined);
    if (!by) continue;
    const earlier = suppressions.get(message);
    const suppression = { kind: 'directive' as const, justification: by.source.justification };
    if (earlier) earlier.push(suppression);
    else {
      suppressions.set(message, [suppression]);
      used.add(by);
    }
  }
  return used;
}

/**
 * "Unused iba-lint-disable directive", as ESLint words it: one report for a comment
 * none of whose ids was used, naming them all; otherwise one per unused id.
 */
function unusedDisables(steps: readonly Step[], used: ReadonlySet<Step>): DirectiveProblem[] {
  return byComment(steps.filter((s) => s.type === 'disable' && !used.has(s))).flatMap(([source, unused]) => report(source, unused, 'unusedDisable'));
}

/**
 * "Unused iba-lint-enable directive": an enable that ends no disable before it
 * (ESLint 9's collectUsedEnableDirectives, read backwards from the end).
 */
function unusedEnables(steps: readonly Step[]): DirectiveProblem[] {
  const used = new Set<Step>();
  const pending = new Map<string | null, Step>();
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (step.type === 'enable') {
      if (step.id === null) pending.clear();
      pending.set(step.id, step);
    } else if (step.id === null) {
      for (const enable of pending.values()) used.add(enable);
      pending.clear();
    } else {
      const enable = pending.get(step.id) ?? pending.get(null);
      if (enable) used.add(enable);
    }
  }
  return byComment(steps.filter((s) => s.type === 'enable' && !used.has(s))).flatMap(([source, unused]) => report(source, unused, 'unusedEnable'));
}

/** Steps grouped by the comment they came from, in order. */
function byComment(steps: readonly Step[]): Array<[Directive, Step[]]> {
  const groups = new Map<Directive, Step[]>();
  for (const step of steps) {
    const group = groups.get(step.source);
    if (group) group.push(step);
    else groups.set(step.source, [step]);
  }
  return [...groups];
}

function report(source: Directive, unused: Step[], messageId: 'unusedDisable' | 'unusedEnable'): DirectiveProblem[] {
  const at = source.at;
  if (source.ids.length === 0) return [{ messageId: `${messageId}All`, at }];
  if (unused.length === source.ids.length) return [{ messageId, data: { ids: quotedList(source.ids) }, at }];
  return unused.map((step) => ({ messageId, data: { ids: quotedList([step.id!]) }, at }));
}

/** `'a', 'b', or 'c'` / `„a”, „b” lub „c”`. */
function quotedList(ids: readonly string[]): MessageData[string] {
  return inEvery((locale) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(ids.map((id) => (locale === 'pl' ? `„${id}”` : `'${id}'`))));
}
