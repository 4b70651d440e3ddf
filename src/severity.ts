import type { SeveritySetting } from './types.js';

/**
 * The values a check's setting may take, in config files and in lintText's `rules`:
 * ESLint's words and numbers (0 off, 1 warn, 2 error), plus `warning` as an alias of
 * `warn`. Anything else is a mistake to report, never a silent warning.
 */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'warn', 'warning', 'error', 0, 1, 2];

/** The settings in words, for messages: `off, warn, warning, error, 0, 1 or 2`. */
export const SEVERITY_SETTINGS_TEXT = `${SEVERITY_SETTINGS.slice(0, -1).join(', ')} or ${String(SEVERITY_SETTINGS.at(-1))}`;

/** The settings written as words, the candidates for a did-you-mean. */
export const SEVERITY_WORDS: readonly string[] = SEVERITY_SETTINGS.filter((s): s is Exclude<SeveritySetting, number> => typeof s === 'string');

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return (SEVERITY_SETTINGS as readonly unknown[]).includes(value);
}

/** A setting in the words --print-config shows: off, warn or error. */
export function severityName(setting: SeveritySetting): 'off' | 'warn' | 'error' {
  if (setting === 'off' || setting === 0) return 'off';
  if (setting === 'error' || setting === 2) return 'error';
  return 'warn';
}
