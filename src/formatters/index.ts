import compact from './compact.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { FormatName } from './load.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export { FORMAT_NAMES, isFormatName, type FormatName } from './load.js';

/** The output formats, by the name `--format` takes (the CLI loads them one by one: see load.ts). */
export const formatters = { stylish, json, compact, github, sarif, junit } satisfies Record<FormatName, Formatter>;
