import stylish from './stylish.js';
import type { Formatter } from './types.js';

/** The output formats, by the name `--format` takes; stylish, the default, first. */
export const FORMAT_NAMES = ['stylish', 'json', 'compact', 'github', 'sarif', 'junit'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/**
 * The formatter for a name. Only stylish is loaded with the CLI; the machine
 * formats are loaded when asked for, so a writer's run does not pay for them.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return stylish;
    case 'json':
      return (await import('./json.js')).default;
    case 'compact':
      return (await import('./compact.js')).default;
    case 'github':
      return (await import('./github.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
  }
}
