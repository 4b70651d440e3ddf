import { resolve } from 'node:path';
import type { CheckId } from '../../src/checks/ids.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { FileResult, LintMessage } from '../../src/types.js';

/**
 * Hand-made results for the formatter tests, with text that breaks naive escaping:
 * colons, commas, `%`, line breaks, `<`, `&`, quotes, Polish letters, emoji, and
 * characters XML cannot hold.
 */
export const CWD = resolve('/home/ola/nominacje');
/** A file name with a comma, a colon, `%`, quotes, `&`, `<`, `>`, Polish letters, a space and an emoji. */
export const TRICKY_REL = `zgłoszenia, wersja: 2/"Łódź" & <Tom's> 100% 🚀.md`;
export const TRICKY_PATH = resolve(CWD, TRICKY_REL);
export const CLEAN_PATH = resolve(CWD, 'czysty.md');
export const OUTSIDE_PATH = resolve('/srv/inne/poza.md');

export function message(ruleId: CheckId, severity: 1 | 2, line: number, column: number, text: string): LintMessage {
  return { ruleId, severity, message: text, line, column, messageId: 'test' };
}

export function fileResult(filePath: string, messages: LintMessage[]): FileResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    sections: {},
  };
}

export const TRICKY_MESSAGES: LintMessage[] = [
  message('unknown-key', 1, 5, 1, 'Unknown key "zażółć:gęślą,jaźń" ::error:: %0A stays text'),
  message('link-url', 2, 8, 5, 'Link "https://web.example/a,b?x=1%2C2" is wrong:\nline two\r\nline three'),
  message('section-length', 2, 12, 1, `Sekcja "Osiągnięcia" ma 5000 znaków: 100% limitu, tnij <b> & "cudzysłowy" 'apos' 🚀`),
  message('unknown-section', 1, 30, 2, 'Bell\u0007 escape\u001b[31m NUL\u0000 lone\uD800 non\uFFFE tab\tend ]]> end'),
  message('unknown-section', 1, 31, 1, 'Second: 👩‍👩‍👧 family'),
];

/** The tricky file, a clean file inside cwd, and a file outside cwd. */
export const RESULTS: FileResult[] = [
  fileResult(TRICKY_PATH, TRICKY_MESSAGES),
  fileResult(CLEAN_PATH, []),
  fileResult(OUTSIDE_PATH, [message('category', 2, 3, 11, 'Category "e1" is not a category code')]),
];

export function context(color = false): FormatterContext {
  return { color, cwd: CWD, ruleset: loadRuleset() };
}

export const ANSI = /\x1b\[[0-9;]*m/;
