import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale.js';
import { ui } from '../i18n/ui.js';
import { disableComment, disableNextLineComment } from '../directives/parse.js';
import { bodyStartLine, type DiagnosticData } from './convert.js';

/**
 * Quick fixes for iba-lint's diagnostics: the `--fix` edit a message carries, applied
 * to the editor's text (never to a file: the editor applies the edit, as with any
 * code action), and "disable for this line" as an `iba-lint-disable-next-line`
 * comment above it, for the checks a file may disable; for a problem in the front
 * matter (YAML has no HTML comments), an `iba-lint-disable` at the top of the body.
 */
export function codeActions(document: TextDocument, diagnostics: readonly Diagnostic[], locale: Locale, mayDisable: (ruleId: string) => boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = document.getText();
  const lines = text.split('\n');
  const firstBodyLine = bodyStartLine(lines) - 1;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'iba-lint') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    const ruleId = data?.ruleId ?? String(diagnostic.code ?? '');
    if (data?.fix) {
      const [start, end] = data.fix.range;
      actions.push({
        title: ui(locale, 'fixThis', { rule: ruleId }),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: data.fix.text }] } },
      });
    }
    if (!ruleId || !mayDisable(ruleId)) continue;
    const line = diagnostic.range.start.line;
    // A front-matter line cannot hold an HTML comment: there, a block directive at the top of the body, which covers the file.
    const inBody = line >= firstBodyLine;
    const at = inBody ? line : Math.min(firstBodyLine, lines.length);
    const indent = inBody ? /^[ \t]*/.exec(lines[line] ?? '')![0] : '';
    actions.push({
      title: ui(locale, inBody ? 'disableForLine' : 'disableForFile', { rule: ruleId }),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `${indent}${inBody ? disableNextLineComment([ruleId]) : disableComment([ruleId])}${eol}` }] } },
    });
  }
  return actions;
}
