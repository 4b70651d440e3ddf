import { CHECKS, docsUrl } from '../checks/index.js';
import { jsonSafe } from '../sanitize.js';
import type { FileResult, LintMessage } from '../types.js';
import { VERSION } from '../version.js';
import { fileUrl, insideRelative } from './paths.js';
import type { Formatter } from './types.js';

/** The schema of the OASIS standard (SARIF 2.1.0 with Errata 01), which the tests validate against. */
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const RULE_INDEX = new Map<string, number>(CHECKS.map((check, index) => [check.id, index]));

/**
 * SARIF 2.1.0, the format of GitHub code scanning and other static-analysis viewers:
 * one run whose driver lists every check as a rule, and one result per problem.
 * Paths inside `cwd` are relative to the `%SRCROOT%` base (which is `cwd`); a file
 * outside it gets an absolute `file:` URI.
 */
const sarif: Formatter = (results, context) => {
  const artifacts = results.map((r) => ({ location: artifactLocation(r.filePath, context.cwd), mimeType: 'text/markdown' }));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver() },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUrl(context.cwd) } },
        artifacts,
        results: results.flatMap((r, index) => r.messages.map((m) => result(m, r, index, context.cwd))),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  // jsonSafe: no raw C1, bidi or U+2028/U+2029 in the bytes; a SARIF reader gets the same text back.
  return `${jsonSafe(JSON.stringify(log, null, 2))}\n`;
};

function driver() {
  return {
    name: 'iba-lint',
    version: VERSION,
    semanticVersion: VERSION,
    informationUri: 'https://github.com/iba-lint/iba-lint',
    rules: CHECKS.map((check) => {
      const url = docsUrl(check.id);
      const level = check.severity === 'error' ? 'error' : 'warning';
      return {
        id: check.id,
        shortDescription: { text: check.description },
        fullDescription: { text: `${check.description} By default ${level === 'error' ? 'an error' : 'a warning'}. When it fires and why, with examples: ${url}` },
        helpUri: url,
        help: { text: `${check.description}\n\nWhen it fires and why, with examples: ${url}`, markdown: `${check.description}\n\n[When it fires and why, with examples](${url})` },
        defaultConfiguration: { level },
      };
    }),
  };
}

function result(m: LintMessage, file: FileResult, artifactIndex: number, cwd: string) {
  return {
    ruleId: m.ruleId,
    ruleIndex: RULE_INDEX.get(m.ruleId) ?? -1,
    level: m.severity === 2 ? 'error' : 'warning',
    message: { text: m.message },
    // The values a message quotes cut or escaped, as written (see LintMessage.data).
    ...(m.data && { properties: { data: m.data } }),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(file.filePath, cwd), index: artifactIndex },
          region: { startLine: m.line, startColumn: m.column },
        },
      },
    ],
  };
}

/** A relative URI reference under %SRCROOT%, each segment percent-encoded (spaces, Polish letters, `%`). */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = insideRelative(filePath, cwd);
  if (rel === null) return { uri: fileUrl(filePath) };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF §3.14.14: a base URI ends with a slash. */
function folderUrl(folder: string): string {
  const url = fileUrl(folder);
  return url.endsWith('/') ? url : `${url}/`;
}

export default sarif;
