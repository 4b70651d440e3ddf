import { Chalk } from 'chalk';
import { sectionTitle } from '../src/checks/helpers.js';
import type { ExportedSection } from '../src/commands/export.js';
import { adviceLines, note, tally } from '../src/formatters/stylish.js';
import type { Locale } from '../src/i18n/locale.js';
import { ui } from '../src/i18n/ui.js';
import { unitLabel } from '../src/parse/count.js';
import type { FileResult, LintMessage, Ruleset } from '../src/types.js';
import { say } from './strings.js';

/** The stylish report's own functions, without colour: the page colours with CSS. */
const plain = new Chalk({ level: 0 });
const BAR_CELLS = 20;

/** An element with text: everything from the nomination reaches the page as text nodes, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export interface ReportActions {
  /** Move the editor's cursor to a message's line and column. */
  goTo(message: LintMessage): void;
  /** Put a section's counted text on the clipboard. */
  copy(section: ExportedSection): void;
}

/** The stylish report as page elements: the section table, the problems, the notes, the tally. */
export function renderReport(root: HTMLElement, result: FileResult, sections: readonly ExportedSection[], ruleset: Ruleset, locale: Locale, actions: ReportActions): void {
  const table = root.querySelector('#sections tbody')!;
  const rows = Object.entries(ruleset.sections).map(([id, rule]) => {
    const summary = result.sections[id] ?? null;
    const exported = sections.find((s) => s.section === id);
    const title = sectionTitle(rule)[locale];
    const row = el('tr', undefined, { 'data-section': id });
    row.append(el('th', title, { scope: 'row' }));
    if (!summary) {
      row.append(el('td', '—', { class: 'num' }), el('td', String(rule.limit), { class: 'num' }), el('td'), el('td', ui(locale, rule.required ? 'missing' : 'notIncluded'), { class: 'dim' }), el('td'));
      return row;
    }
    const share = summary.characters / summary.limit;
    const bar = el('div', undefined, { class: `bar ${share > 1 ? 'over' : share >= 0.9 ? 'close' : 'ok'}`, 'aria-hidden': 'true' });
    bar.append(el('span', undefined, { style: `width:${(Math.min(BAR_CELLS, Math.round(share * BAR_CELLS)) / BAR_CELLS) * 100}%` }));
    const copyCell = el('td');
    if (exported) {
      const button = el('button', say(locale, 'copy', { count: exported.count }), {
        type: 'button',
        class: 'copy',
        'aria-label': say(locale, 'copyLabel', { title, count: exported.count, limit: exported.limit }),
      });
      button.addEventListener('click', () => actions.copy(exported));
      copyCell.append(button);
    }
    row.append(
      el('td', String(summary.characters), { class: 'num used' }),
      el('td', String(summary.limit), { class: 'num' }),
      el('td', undefined, { class: 'usage' }),
      el('td', note(summary, plain, locale, ruleset.unit), { class: share > 1 ? 'note bad' : 'note' }),
      copyCell,
    );
    row.querySelector('.usage')!.append(bar);
    return row;
  });
  table.replaceChildren(...rows);
  root.querySelector('#counted-in')!.textContent = ui(locale, 'countedIn', { unit: unitLabel(ruleset.unit, locale) });

  const problems = root.querySelector('#problem-list')!;
  problems.replaceChildren(
    ...(result.messages.length === 0
      ? [el('li', `✔ ${ui(locale, 'noProblems')}`, { class: 'clean' })]
      : result.messages.map((m) => {
          const button = el('button', undefined, { type: 'button', class: `problem ${m.severity === 2 ? 'error' : 'warning'}`, 'data-rule': m.ruleId, 'data-line': String(m.line) });
          button.append(
            el('span', `${m.line}:${m.column}`, { class: 'position' }),
            el('span', ui(locale, m.severity === 2 ? 'error' : 'warning'), { class: 'severity' }),
            el('span', m.message, { class: 'message' }),
            el('span', m.ruleId, { class: 'rule' }),
          );
          button.addEventListener('click', () => actions.goTo(m));
          return el('li').appendChild(button).parentElement!;
        })),
  );

  const notes = adviceLines(result, ruleset, plain, locale).map((line) => line.trim());
  root.querySelector('#note-list')!.replaceChildren(...(notes.length === 0 ? [el('li', say(locale, 'noNotes'), { class: 'dim' })] : notes.map((line) => el('li', line))));
  const tallyLine = root.querySelector('#tally')!;
  tallyLine.textContent = tally([result], plain, locale);
  tallyLine.className = result.errorCount > 0 ? 'bad' : result.warningCount > 0 ? 'warn' : 'good';
}
