import { CHECKS } from '../checks/index.js';
import { visible } from '../sanitize.js';
import type { FileResult, LintMessage } from '../types.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML for CI test reports (Jenkins, GitLab, Azure Pipelines): each file is a
 * test suite and each check a test case, so a clean check shows as passed. A check
 * that reported anything fails once, with every message as `line:col message`.
 */
const junit: Formatter = (results, context) => {
  const suites = results.map((result) => suite(result, relativePath(result.filePath, context.cwd)));
  const failures = results.reduce((n, r) => n + failedChecks(r), 0);
  const tests = results.length * CHECKS.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="iba-lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(result: FileResult, file: string): string {
  const name = attr(file);
  const cases = CHECKS.map((check) => {
    const messages = result.messages.filter((m) => m.ruleId === check.id);
    const open = `    <testcase classname="${name}" name="${attr(check.id)}"`;
    return messages.length === 0 ? `${open}/>` : `${open}>\n${failure(messages)}\n    </testcase>`;
  });
  const head = `  <testsuite name="${name}" tests="${CHECKS.length}" failures="${failedChecks(result)}" errors="0">`;
  return [head, ...cases, '  </testsuite>'].join('\n');
}

function failure(messages: readonly LintMessage[]): string {
  const severity = messages.some((m) => m.severity === 2) ? 'error' : 'warning';
  const summary = `${messages.length} ${severity}${messages.length === 1 ? '' : 's'}`;
  // One line per message: a line break inside one is a reference, so no message can start a line of the log.
  const body = messages.map((m) => text(`${m.line}:${m.column} ${m.message}`).replaceAll('\n', '&#10;')).join('\n');
  return `      <failure message="${attr(summary)}" type="${severity}">${body}</failure>`;
}

function failedChecks(result: FileResult): number {
  return new Set(result.messages.map((m) => m.ruleId)).size;
}

/**
 * Characters XML 1.0 cannot hold at all, even as references: C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. A C0 control is shown as its
 * visible escape (ESC as \e); the others are dropped.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Characters XML holds but a terminal acts on: DEL, C1 controls, U+2028/U+2029, bidi controls. */
const TERMINAL = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Element text. CR, and the characters a terminal would act on, are written as
 * references: a parser gets them back exactly (and would turn a raw CR into LF),
 * while the bytes of the report hold none of them raw.
 */
function text(value: string): string {
  return value
    .replace(ILLEGAL, (c) => (c < ' ' ? visible(c) : ''))
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;')
    .replace(TERMINAL, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** An attribute value in double quotes; tab and line breaks as references, which attribute normalisation would turn into spaces. */
function attr(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll("'", '&apos;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}

export default junit;
