import type { SeveritySetting } from './types.js';

/**
 * The values a check's setting may take, in config files and in lintText's `rules`:
 * ESLint's words and numbers (0 off, 1 warn, 2 error), plus `warning` as an alias of
 * `warn`. Anything else is a mistake to report, never a silent warning.
 */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'warn', 'warning', 'error', 0, 1, 2];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return (SEVERITY_SETTINGS as readonly unknown[]).includes(value);
}

/** A setting in the words --print-config shows: off, warn or error. */
export function severityName(setting: SeveritySetting): 'off' | 'warn' | 'error' {
  if (setting === 'off' || setting === 0) return 'off';
  if (setting === 'error' || setting === 2) return 'error';
  return 'warn';
}
