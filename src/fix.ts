import type { FileResult, Fix, LintMessage } from './types.js';

/**
 * Applying fixes, as ESLint does (its lib/linter/source-code-fixer.js and
 * Linter#verifyAndFix): pure functions of a text and its messages, no file system.
 */

/** ESLint's limit: a fix that keeps making work for another stops here. */
export const MAX_FIX_PASSES = 10;

/** Which messages' fixes to apply: all of them, or those a predicate picks (ESLint's `fix` option). */
export type FixFilter = boolean | ((message: LintMessage) => boolean);

/**
 * One pass: the fixes of `messages` that `shouldFix` picks, sorted by range, each
 * applied unless it overlaps or touches one applied before it (that one waits for
 * the next pass, when the text is linted again). `fixed` says whether the text changed.
 */
export function applyFixes(text: string, messages: readonly LintMessage[], shouldFix: FixFilter = true): { output: string; fixed: boolean } {
  const fixes = messages
    .filter((m) => m.fix !== undefined && (shouldFix === true || (typeof shouldFix === 'function' && shouldFix(m))))
    .map((m) => m.fix!)
    .filter((fix) => isValidRange(fix, text.length))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = -1;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    // ESLint's rule: a fix starting where the last one ended waits too (two insertions at one place would be in no defined order).
    if (lastEnd >= start) continue;
    output += text.slice(Math.max(0, lastEnd), start) + fix.text;
    lastEnd = end;
  }
  if (lastEnd === -1) return { output: text, fixed: false };
  output += text.slice(lastEnd);
  return { output, fixed: output !== text };
}

const isValidRange = ({ range: [start, end] }: Fix, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;

/**
 * Lints, fixes what it can, and lints the fixed text again, up to MAX_FIX_PASSES
 * fixing passes: ESLint's verifyAndFix. The result is that of the final text, so its
 * messages are what remains; `output` is set only when the text changed.
 */
export function fixText(text: string, lint: (text: string) => FileResult, shouldFix: FixFilter): FileResult {
  let current = text;
  let result = lint(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { output, fixed } = applyFixes(current, result.messages, shouldFix);
    if (!fixed) break;
    current = output;
    result = lint(current);
  }
  return current === text ? result : { ...result, output: current };
}
