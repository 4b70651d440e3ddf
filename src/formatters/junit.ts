import { CHECKS } from '../checks/index.js';
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
  const body = messages.map((m) => `${m.line}:${m.column} ${m.message}`).join('\n');
  return `      <failure message="${attr(summary)}" type="${severity}">${text(body)}</failure>`;
}

function failedChecks(result: FileResult): number {
  return new Set(result.messages.map((m) => m.ruleId)).size;
}

/**
 * Characters XML 1.0 cannot hold at all, even as references: C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. They are dropped.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element text. CR is written as a reference, since parsers turn a raw CR into LF. */
function text(value: string): string {
  return value.replace(ILLEGAL, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\r', '&#13;');
}

/** An attribute value in double quotes; tab and line breaks as references, which attribute normalisation would turn into spaces. */
function attr(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll("'", '&apos;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}

export default junit;
