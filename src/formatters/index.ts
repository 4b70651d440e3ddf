import compact from './compact.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

/** The output formats, by the name `--format` takes. */
export const formatters = { stylish, json, compact, github, sarif, junit } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
