import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, loadStringWidth, widthsWereEstimated } from '../../src/formatters/width.js';
import { ROOT } from '../helpers/cli.js';

describe('displayWidth', () => {
  it('measures what it takes as one column per character exactly as string-width does', () => {
    let fast = 0;
    for (let code = 0x20; code < 0x3000; code++) {
      const char = String.fromCodePoint(code);
      const width = displayWidth(char);
      if (widthsWereEstimated()) continue; // left to string-width
      fast++;
      expect({ char, code: code.toString(16), width }).toEqual({ char, code: code.toString(16), width: stringWidth(char) });
    }
    expect(fast).toBeGreaterThan(500); // ASCII, Latin, the report's symbols
  });

  it('ignores colour codes', () => {
    expect(displayWidth('\x1b[31merror\x1b[39m')).toBe(5);
    expect(widthsWereEstimated()).toBe(false);
  });

  it('says when it had to guess, and is exact once string-width is loaded', async () => {
    expect(displayWidth('報告 ✅')).toBe(4);
    expect(widthsWereEstimated()).toBe(true);
    expect(widthsWereEstimated()).toBe(false); // reading resets it
    await loadStringWidth();
    expect(displayWidth('報告 ✅')).toBe(stringWidth('報告 ✅'));
    expect(displayWidth('e\u0301')).toBe(1);
    expect(widthsWereEstimated()).toBe(false);
  });
});

describe('the stylish report lays out wide characters through the spawned bin', () => {
  it('keeps the rule-id column straight when a message holds CJK text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iba-lint-width-'));
    const file = join(dir, 'entry.md');
    writeFileSync(file, '---\ncategory: E01\nnominee: Team\nattachments:\n  - 証拠資料.csv\n  - evidence.csv\n---\n## Achievements\n\nWe answered every call.\n\n## Summary\n\n- Answered every call\n\n## Attachments\n\nThe files 証拠資料.csv and evidence.csv show the calls.\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--no-color', file], { encoding: 'utf8' });
    const lines = run.stdout.split('\n').filter((l) => l.includes('attachment-missing'));
    expect(lines).toHaveLength(2);
    const columns = lines.map((l) => stringWidth(l.slice(0, l.indexOf('attachment-missing'))));
    expect(columns[0]).toBe(columns[1]);
  });
});
