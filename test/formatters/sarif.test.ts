import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, docsUrl } from '../../src/checks/index.js';
import sarif from '../../src/formatters/sarif.js';
import { VERSION } from '../../src/version.js';
import { CLEAN_PATH, CWD, OUTSIDE_PATH, RESULTS, TRICKY_MESSAGES, TRICKY_PATH, context, fileResult, message } from '../helpers/results.js';
import { SARIF_SCHEMA, sarifErrors } from '../helpers/sarif.js';

/** A SARIF log, read as plain JSON. */
const read = (text: string): any => JSON.parse(text);

describe('sarif format', () => {
  const output = sarif(RESULTS, context());
  const log = read(output);
  const run = log.runs[0];

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifErrors(log)).toEqual([]);
    expect(sarifErrors(read(sarif([], context())))).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA.id);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('keeps the values a message quotes cut or escaped in the result\'s properties, still valid, with nothing raw in the bytes', () => {
    const data = { url: `https://web.example/\u202E${'a'.repeat(500)}\u2028\u0085`, firstLine: 3 };
    const text = sarif([fileResult(CLEAN_PATH, [{ ...message('duplicate-link', 1, 4, 5, 'Link "…" is listed twice'), data }])], context());
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const parsed = read(text);
    expect(sarifErrors(parsed)).toEqual([]);
    expect(parsed.runs[0].results[0].properties).toEqual({ data });
    expect(run.results[0].properties).toBeUndefined();
  });

  it('is checked by a validation that catches broken logs, formats included', () => {
    const broken = read(output);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].tool.driver.rules[0].helpUri = 'docs/checks/front-matter.md';
    const errors = sarifErrors(broken);
    expect(errors).toContainEqual(expect.stringMatching(/^\/runs\/0\/results\/0\/level must be equal to one of the allowed values/));
    expect(errors).toContainEqual(expect.stringMatching(/^\/runs\/0\/tool\/driver must have required property 'name'/));
    expect(errors).toContainEqual(expect.stringMatching(/^\/runs\/0\/results\/1\/locations\/0\/physicalLocation\/region\/startLine must be >= 1/));
    expect(errors).toContainEqual(expect.stringMatching(/^\/runs\/0\/tool\/driver\/rules\/0\/helpUri must match format "uri"/));
  });

  it('describes iba-lint and every check as a rule, in registry order', () => {
    const { driver } = run.tool;
    expect(driver).toMatchObject({ name: 'iba-lint', version: VERSION, informationUri: 'https://github.com/iba-lint/iba-lint' });
    expect(driver.rules.map((r: any) => r.id)).toEqual(CHECKS.map((c) => c.id));
    for (const [i, check] of CHECKS.entries()) {
      const rule = driver.rules[i];
      expect(rule.shortDescription.text).toBe(check.description);
      expect(rule.fullDescription.text.startsWith(check.description)).toBe(true);
      expect(rule.helpUri).toBe(docsUrl(check.id));
      expect(rule.help.text).toContain(docsUrl(check.id));
      expect(rule.help.markdown).toContain(`](${docsUrl(check.id)})`);
      expect(rule.defaultConfiguration).toEqual({ level: check.severity });
    }
  });

  it('has one result per problem, pointing at its rule, with the message text exact', () => {
    expect(run.results).toHaveLength(TRICKY_MESSAGES.length + 1);
    for (const [i, m] of TRICKY_MESSAGES.entries()) {
      const result = run.results[i];
      expect(result.ruleId).toBe(m.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(m.ruleId);
      expect(result.level).toBe(m.severity === 2 ? 'error' : 'warning');
      expect(result.message.text).toBe(m.message);
      expect(result.locations[0].physicalLocation.region).toEqual({ startLine: m.line, startColumn: m.column });
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('writes paths inside cwd as encoded URIs under %SRCROOT%, which resolve back to the file', () => {
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    expect(base).toMatch(/^file:\/\/.*\/$/);
    expect(fileURLToPath(base)).toBe(`${CWD}/`);
    const location = run.results[0].locations[0].physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBe('%SRCROOT%');
    expect(location.uri).toMatch(/^[A-Za-z0-9%\-._~!$&'()*+,;=:@/]+$/); // ASCII only: an RFC 3986 reference
    expect(location.uri).not.toMatch(/^\/|^file:/);
    expect(fileURLToPath(new URL(location.uri, base))).toBe(TRICKY_PATH);
  });

  it('writes a file outside cwd as an absolute file: URI without a base', () => {
    const location = run.results.at(-1).locations[0].physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBeUndefined();
    expect(fileURLToPath(location.uri)).toBe(OUTSIDE_PATH);
  });

  it('lists every linted file as an artifact, clean ones too, and results point at theirs', () => {
    const uris = run.artifacts.map((a: any) => (a.location.uriBaseId ? fileURLToPath(new URL(a.location.uri, run.originalUriBaseIds['%SRCROOT%'].uri)) : fileURLToPath(a.location.uri)));
    expect(uris).toEqual([TRICKY_PATH, CLEAN_PATH, OUTSIDE_PATH]);
    for (const result of run.results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[location.index].location.uri).toBe(location.uri);
    }
  });

  it('is never coloured, whatever the colour setting', () => {
    expect(sarif(RESULTS, context(true))).toBe(output);
  });
});
