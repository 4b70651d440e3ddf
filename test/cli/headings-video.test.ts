/**
 * Through the bin (issue 12, items 1 and 5): an entry headed with the rules page's own
 * labels passes; a video given as an uploaded file is looked up as an attachment is,
 * and its attachments need no Attachments section. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempRepositories } from '../helpers/temp-tree.js';

const repository = tempRepositories('iba-headings-video-');

function lint(dir: string, file: string): { exitCode: number | null; messages: Array<{ ruleId: string; messageId: string; message: string; line: number; severity: number }>; stderr: string } {
  const env = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[key];
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--format', 'json', file], { cwd: dir, env, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: never[] }>;
  return { exitCode: run.status, messages: result!.messages, stderr: run.stderr };
}

const FRONT = 'category: E01\nnominee: Contact Center, Example Bank';

describe('headings as the rules page words them, through the bin', () => {
  it('the Polish labels with a., b., c., notes and Wymagane/Opcjonalne: no section problem, exit 0', () => {
    const text = [
      '---',
      FRONT,
      'attachments:\n  - wykres.pdf',
      '---',
      '## a. Opis osiągnięć kandydata od 1 stycznia 2024 r. (maksymalnie 4900 znaków) Wymagane',
      'W marcu 2024 r. infolinia potroiła liczbę konsultantów.',
      '',
      '## b. Krótkie podsumowanie (maksymalnie 1150 znaków) w formie listy punktowanej, zawierające maksymalnie dziesięć (10) głównych osiągnięć kandydata od 1 stycznia 2024 r. Wymagane',
      '- Potrojona infolinia w dwa tygodnie',
      '',
      '## c. Odwołaj się do wszelkich załączników zawierających materiały uzupełniające do niniejszej nominacji (maksymalnie 1500 znaków). Opcjonalne',
      'Plik wykres.pdf pokazuje liczbę połączeń.',
      '',
    ].join('\n');
    const dir = repository({ 'wpis.md': text, 'wykres.pdf': '%PDF-1.4\n' });
    const { exitCode, messages, stderr } = lint(dir, 'wpis.md');
    expect(messages).toEqual([]);
    expect([exitCode, stderr]).toEqual([0, '']);
  });

  it('a misspelt summary heading: section-missing names it, at its line', () => {
    const dir = repository({ 'entry.md': `---\n${FRONT}\n---\n## Achievements\nIn 2024 the line tripled.\n\n## Sumary\n- Tripled the line\n` });
    const { exitCode, messages } = lint(dir, 'entry.md');
    expect(exitCode).toBe(1);
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.message])).toEqual([
      ['section-missing', 'missingMeant', 8, 'The required section "Summary" is missing; "## Sumary" on line 8 may be meant as it: name it "## Summary"'],
      ['unknown-section', 'suggest', 8, '"## Sumary" is not a section of the entry form; did you mean "## Summary"? Its text is not counted or submitted'],
    ]);
  });
});

describe('a video as the page allows, through the bin', () => {
  const video = (lines: string) => `---\n${FRONT}\nformat: video\nvideo:\n${lines}\nattachments:\n  - chart.pdf\n---\n`;

  it('an uploaded file that is there, and attachments with no Attachments section: exit 0', () => {
    const dir = repository({ 'entry.md': video('  file: film/entry.mp4\n  duration: "4:30"'), 'film/entry.mp4': 'mp4', 'chart.pdf': '%PDF-1.4\n' });
    const { exitCode, messages } = lint(dir, 'entry.md');
    expect(messages).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('a file that is missing, a FIFO, or outside the folder is an error; the FIFO is not opened', () => {
    for (const [files, messageId, message] of [
      [{}, 'fileMissing', 'video.file "film/entry.mp4" does not exist: fix the path (it is relative to the nomination\'s folder) or add the file'],
      [{ 'film/entry.mp4': null }, 'fileNotFile', 'video.file "film/entry.mp4" is not a regular file: give the path of the video file itself'],
    ] as const) {
      const dir = repository({ 'entry.md': video('  file: film/entry.mp4\n  duration: "4:30"'), 'chart.pdf': '%PDF-1.4\n', ...files });
      const { exitCode, messages } = lint(dir, 'entry.md');
      expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.message])).toEqual([['video', messageId, 6, message]]);
      expect(exitCode).toBe(1);
    }
    const dir = repository({ 'entry.md': video('  file: ../entry.mp4\n  duration: "4:30"'), 'chart.pdf': '%PDF-1.4\n' });
    expect(lint(dir, 'entry.md').messages.map((m) => m.messageId)).toEqual(['fileOutside']);
  });

  it('duration 0 is an error; a video: block without format: video is a warning (exit 0)', () => {
    const zero = repository({ 'entry.md': video('  url: https://video.web.example/1\n  duration: 0'), 'chart.pdf': '' });
    expect(lint(zero, 'entry.md').messages.map((m) => [m.messageId, m.severity])).toEqual([['notPositive', 2]]);
    const essay = repository({ 'entry.md': `---\n${FRONT}\nvideo: {url: https://video.web.example/1, duration: 60}\n---\n## Achievements\nIn 2024 the line tripled.\n\n## Summary\n- Tripled\n` });
    const { exitCode, messages } = lint(essay, 'entry.md');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.severity])).toEqual([['video', 'notVideoFormat', 4, 1]]);
    expect(exitCode).toBe(0);
  });
});
