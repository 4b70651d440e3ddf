import type { FileResult } from './types.js';

export interface ExitCodeInput {
  results: readonly FileResult[];
  /** Exit 1 when warnings exceed this; undefined or negative means no limit. */
  maxWarnings?: number;
  /** The run itself failed for some file or option (unreadable file, crash). */
  failed: boolean;
}

/**
 * SPEC §5: 2 when the run failed, 1 for any error or too many warnings, else 0.
 * A run failure wins, because then the report is incomplete.
 */
export function exitCode({ results, maxWarnings, failed }: ExitCodeInput): 0 | 1 | 2 {
  if (failed) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  return tooManyWarnings(results, maxWarnings) ? 1 : 0;
}

export function tooManyWarnings(results: readonly FileResult[], maxWarnings: number | undefined): boolean {
  if (maxWarnings === undefined || maxWarnings < 0) return false;
  return results.reduce((n, r) => n + r.warningCount, 0) > maxWarnings;
}
