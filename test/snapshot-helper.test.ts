/**
 * The CLI golden tests' snapshot helper: a snapshot nobody made fails in CI instead of
 * writing itself and passing; locally it is written, as a new case expects.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOTS, isCi, matchSnapshot, type CliCase } from './helpers/cli.js';

const probe: CliCase = { name: 'zz-missing-snapshot-probe', args: [], exitCode: 0 };
const file = join(SNAPSHOTS, `${probe.name}.txt`);

describe('matchSnapshot with no snapshot file', () => {
  it('fails under CI=true, naming the file and how to create it, and writes nothing', () => {
    rmSync(file, { force: true });
    expect(() => matchSnapshot(probe, 'text', { CI: 'true' })).toThrow(
      'snapshot test/cli/snapshots/zz-missing-snapshot-probe.txt is missing: create it with UPDATE_SNAPSHOTS=1 npm test, check it, and commit it',
    );
    expect(existsSync(file)).toBe(false);
  });

  it('is written under UPDATE_SNAPSHOTS=1, in CI too, and then matches', () => {
    try {
      matchSnapshot(probe, 'text', { CI: 'true', UPDATE_SNAPSHOTS: '1' });
      expect(existsSync(file)).toBe(true);
      matchSnapshot(probe, 'text', { CI: 'true' });
      expect(() => matchSnapshot(probe, 'other', { CI: 'true' })).toThrow();
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('knows CI from CI=true or 1, not from an unset, empty, "false" or "0" CI', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'yes' }].map(isCi)).toEqual([true, true, true]);
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].map(isCi)).toEqual([false, false, false, false]);
  });
});
