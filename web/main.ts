// The page: a CodeMirror 6 editor for the whole nomination and iba-lint's report of
// it, re-checked on every change by the CLI's own lintText with the bundled ruleset.
// Nothing is sent anywhere: the draft and the language live in localStorage.
import { markdown } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import rulesetData from 'iba-lint:ruleset';
import { exportSections, type ExportedSection } from '../src/commands/export.js';
import { nominationTemplate } from '../src/commands/init.js';
import { isLocale, type Locale } from '../src/i18n/locale.js';
import { ui } from '../src/i18n/ui.js';
import { lintText } from '../src/lint.js';
import { bytesInWords, DEFAULT_MAX_FILE_SIZE } from '../src/read-content.js';
import type { FileResult, LintMessage, Ruleset } from '../src/types.js';
import { renderReport } from './report.js';
import { say } from './strings.js';

const ruleset = rulesetData as unknown as Ruleset;
const DRAFT_KEY = 'iba-lint.draft';
const LOCALE_KEY = 'iba-lint.locale';
const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

/** Storage may be refused (a private window, a policy): the page still works, it only forgets. */
const stored = {
  get: (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string): void => {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* nothing to keep it in */
    }
  },
};

/** The language remembered, else the browser's (`pl`, `pl-PL`), else English. */
function initialLocale(): Locale {
  const saved = stored.get(LOCALE_KEY);
  if (saved && isLocale(saved)) return saved;
  return navigator.language.toLowerCase().split('-')[0] === 'pl' ? 'pl' : 'en';
}

let locale = initialLocale();
let fileName = 'nomination.md';

const editorLabel = new Compartment();
const view = new EditorView({
  parent: $('#editor'),
  state: EditorState.create({
    doc: stored.get(DRAFT_KEY) ?? template(),
    extensions: [
      basicSetup,
      yamlFrontmatter({ content: markdown() }),
      lintGutter(),
      EditorView.lineWrapping,
      editorLabel.of(EditorView.contentAttributes.of({ 'aria-label': say(locale, 'editor') })),
      // contenteditable is focusable already; the explicit tabindex lets checkers (axe) see the scrolling editor is reachable by keyboard.
      EditorView.contentAttributes.of({ tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        stored.set(DRAFT_KEY, update.state.doc.toString());
        scheduleCheck();
      }),
      // A file dropped on the editor opens it, rather than CodeMirror pasting it in at the drop point.
      EditorView.domEventHandlers({
        drop: (event) => {
          const file = event.dataTransfer?.files[0];
          if (!file) return false;
          event.preventDefault();
          void openFile(file);
          return true;
        },
      }),
    ],
  }),
});

let pending = false;
/** Checks once per batch of changes, after CodeMirror's update (a view may not be updated inside its own update). */
function scheduleCheck(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    check();
  });
}

let sections: ExportedSection[] = [];
/** Lints the draft and shows it: the underlines in the editor, the report beside it. */
function check(): void {
  const text = view.state.doc.toString();
  // No filePath and no attachmentKind: the attachment checks that need the file system skip themselves.
  const result: FileResult = lintText(text, { ruleset, locale });
  sections = exportSections(text, ruleset);
  view.dispatch(setDiagnostics(view.state, result.messages.map(diagnostic)));
  renderReport(document.body, result, sections, ruleset, locale, { goTo, copy });
}

/** A message's line and column (1-based) as an editor position, kept inside the document. */
function position(line: number, column: number): number {
  const doc = view.state.doc;
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column, 1) - 1, at.to);
}

function diagnostic(m: LintMessage): Diagnostic {
  const from = position(m.line, m.column);
  const lineEnd = view.state.doc.lineAt(from).to;
  return { from, to: lineEnd > from ? lineEnd : from, severity: m.severity === 2 ? 'error' : 'warning', message: m.message, source: m.ruleId };
}

function goTo(m: LintMessage): void {
  const at = position(m.line, m.column);
  view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
  view.focus();
}

async function copy(section: ExportedSection): Promise<void> {
  const title = $(`tr[data-section="${CSS.escape(section.section)}"] th`).textContent ?? section.title;
  try {
    await navigator.clipboard.writeText(section.text);
    status(say(locale, 'copied', { title, count: section.count, limit: section.limit }));
  } catch {
    status(say(locale, 'copyFailed'));
  }
}

function status(text: string): void {
  $('#status').textContent = text;
}

/** The page's words, the editor's label and the lists that name categories, in the current language. */
function applyLocale(): void {
  document.documentElement.lang = locale;
  document.title = say(locale, 'title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-say]')) node.textContent = say(locale, node.dataset.say!);
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) node.textContent = ui(locale, node.dataset.ui!);
  ($('#language') as HTMLSelectElement).value = locale;
  view.dispatch({ effects: editorLabel.reconfigure(EditorView.contentAttributes.of({ 'aria-label': say(locale, 'editor') })) });
  const categories = $('#category') as HTMLSelectElement;
  const chosen = categories.value;
  categories.replaceChildren(
    ...ruleset.categories.map((c) => {
      const option = document.createElement('option');
      option.value = c.code;
      option.textContent = `${c.code} ${locale === 'pl' ? c.namePl : c.name}`;
      return option;
    }),
  );
  if (chosen) categories.value = chosen;
  for (const option of ($('#format') as HTMLSelectElement).options) option.textContent = say(locale, option.value);
  check();
}

/** init's template for the chosen category and format, in the page's language. */
function template(): string {
  const code = document.querySelector<HTMLSelectElement>('#category')?.value;
  const category = ruleset.categories.find((c) => c.code === code) ?? ruleset.categories[0]!;
  const format = document.querySelector<HTMLSelectElement>('#format')?.value === 'video' ? 'video' : 'essay';
  return nominationTemplate(ruleset, { category, format, locale });
}

function replaceDraft(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
}

/** A file as lint reads one: at most the CLI's default size, and UTF-8 (a BOM is kept, as the CLI counts past it). */
async function openFile(file: File): Promise<void> {
  const name = file.name;
  if (file.size > DEFAULT_MAX_FILE_SIZE) return status(say(locale, 'tooLarge', { name, size: bytesInWords(DEFAULT_MAX_FILE_SIZE) }));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch {
    return status(say(locale, 'notUtf8', { name }));
  }
  fileName = name;
  replaceDraft(text);
  status(say(locale, 'opened', { name }));
}

$('#language').addEventListener('change', (event) => {
  const value = (event.target as HTMLSelectElement).value;
  if (!isLocale(value)) return;
  locale = value;
  stored.set(LOCALE_KEY, locale);
  applyLocale();
});
$('#open').addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (file) void openFile(file).finally(() => (input.value = ''));
});
$('#new-entry').addEventListener('click', () => {
  if (view.state.doc.length > 0 && !window.confirm(say(locale, 'confirmNew'))) return;
  fileName = 'nomination.md';
  replaceDraft(template());
});
$('#download').addEventListener('click', () => {
  // A data: address, not a blob: one: the page never makes any other kind of request.
  const link = Object.assign(document.createElement('a'), { href: `data:text/markdown;charset=utf-8,${encodeURIComponent(view.state.doc.toString())}`, download: fileName });
  link.click();
});
// A file dropped anywhere else on the page opens too, instead of the browser leaving the page for it.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

applyLocale();
