import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId } from '../../src/checks/ids.js';
import { lintText } from '../../src/lint.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import type { AttachmentKind, Ruleset, SeveritySetting } from '../../src/types.js';

export interface ValidCase {
  name: string;
  text: string;
  filePath?: string;
  exists?: (absolutePath: string) => boolean;
  attachmentKind?: (absolutePath: string) => AttachmentKind;
  ruleset?: Ruleset;
}

export interface ExpectedReport {
  messageId: string;
  line: number;
  column: number;
  /** Substrings the filled-in message must contain (numbers, names, suggestions). */
  includes?: string[];
  /** 1 (warning) or 2 (error), when the case is about which: a check may report advice as a warning. */
  severity?: 1 | 2;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

/** Lints with every other check off, so a case sees only the check under test. */
export function runCheck(id: CheckId, c: ValidCase) {
  const rules = Object.fromEntries(CHECK_IDS.filter((other) => other !== id).map((other) => [other, 'off'])) as Partial<Record<CheckId, SeveritySetting>>;
  return lintText(c.text, {
    ruleset: c.ruleset ?? loadRuleset(),
    filePath: c.filePath ?? '/nominations/entry.md',
    ...(c.exists && { exists: c.exists }),
    ...(c.attachmentKind && { attachmentKind: c.attachmentKind }),
    rules,
  }).messages;
}

/**
 * ESLint's RuleTester, in small: valid cases produce no message from the check;
 * invalid cases produce exactly the listed messages, in order, at those positions.
 */
export function checkTable(id: CheckId, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(id, () => {
    it.each(cases.valid)('valid: $name', (c) => {
      expect(runCheck(id, c)).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', (c) => {
      const messages = runCheck(id, c);
      expect(messages.map((m) => ({ messageId: m.messageId, line: m.line, column: m.column }))).toEqual(
        c.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column })),
      );
      c.errors.forEach((e, i) => {
        for (const part of e.includes ?? []) expect(messages[i]!.message).toContain(part);
        if (e.severity !== undefined) expect(messages[i]!.severity, e.messageId).toBe(e.severity);
      });
      expect(messages.every((m) => m.ruleId === id)).toBe(true);
    });
  });
}
