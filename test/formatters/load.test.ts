import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/formatters/load.js';
import { RESULTS, context } from '../helpers/results.js';

describe('formatters loaded one by one for the CLI', () => {
  it('are the formats the library exports, by the same names', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
  });

  // The library's formatters check their arguments and fill in defaults around the
  // same functions: given a whole context, both write the same report.
  it.each(FORMAT_NAMES)('%s: loads a formatter that writes what the library exports writes', async (name) => {
    const loaded = await loadFormatter(name);
    for (const color of [false, true]) expect(loaded(RESULTS, context(color))).toBe(formatters[name](RESULTS, context(color)));
  });

  it('knows a format name from anything else', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });
});
