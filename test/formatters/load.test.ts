import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/formatters/load.js';

describe('formatters loaded one by one for the CLI', () => {
  it('are the formats the library exports, by the same names', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
  });

  it.each(FORMAT_NAMES)('%s: loads the very formatter the library exports', async (name) => {
    expect(await loadFormatter(name)).toBe(formatters[name]);
  });

  it('knows a format name from anything else', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });
});
