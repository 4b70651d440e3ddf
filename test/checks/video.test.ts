import { describe, expect, it } from 'vitest';
import { checkTable, runCheck } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

/** A video entry; lines 2–3 are the defaults, `format` is line 4, `video` line 5. */
const videoEntry = (...videoLines: string[]) => nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo:\n${videoLines.join('\n')}`, body: '' });
const URL_LINE = '  url: https://video.web.example/entry';
const FILE_LINE = '  file: video/entry.mp4';

const noVideo = nomination({ front: `${DEFAULT_FRONT}\nformat: video`, body: '' });
const nullVideo = nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo:`, body: '' });
const badUrl = videoEntry('  url: youtube.com/watch?v=abc', '  duration: 4:30');
const ftpUrl = videoEntry('  url: ftp://video.web.example/entry.mp4', '  duration: 4:30');
const noUrl = videoEntry('  duration: 4:30');
const noDuration = videoEntry(URL_LINE);
const emptyDuration = videoEntry(URL_LINE, '  duration: ""');
const word = videoEntry(URL_LINE, '  duration: five minutes');
const badSeconds = videoEntry(URL_LINE, '  duration: 4:75');
const negative = videoEntry(URL_LINE, '  duration: -5');
const over = videoEntry(URL_LINE, '  duration: 5:01');
const overSeconds = videoEntry(URL_LINE, '  duration: 301');
const farOver = videoEntry(URL_LINE, '  duration: "6:30"');
const both = videoEntry('  url: not a url', '  duration: 7:00');
const empty = nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo: {}`, body: '' });

checkTable('video', {
  valid: [
    { name: 'an essay (the default format)', text: nomination() },
    { name: 'format: essay', text: nomination({ front: `${DEFAULT_FRONT}\nformat: essay` }) },
    { name: 'm:ss under the limit', text: videoEntry(URL_LINE, '  duration: 4:30') },
    { name: 'exactly 5:00', text: videoEntry(URL_LINE, '  duration: 5:00') },
    { name: 'exactly 300 seconds', text: videoEntry(URL_LINE, '  duration: 300') },
    { name: 'seconds as a string', text: videoEntry(URL_LINE, '  duration: "299"') },
    { name: 'h:mm:ss', text: videoEntry(URL_LINE, '  duration: 0:05:00') },
    { name: 'http and a flow mapping', text: nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo: {url: "http://v.example/1", duration: "0:45"}` }) },
    // A video that is not a mapping is a type error: the schema check reports it, not this one.
    { name: 'video that is a string is left to the schema check', text: nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo: https://v.example/1` }) },
    // The page asks only for "a video up to five minutes": an uploaded file will do.
    { name: 'a file instead of a url', text: videoEntry(FILE_LINE, '  duration: 4:30'), attachmentKind: (path) => (path === '/nominations/video/entry.mp4' ? 'file' : 'missing') },
    { name: 'a url and a file', text: videoEntry(URL_LINE, FILE_LINE, '  duration: 4:30'), attachmentKind: () => 'file' },
    // Without a real location (stdin), a relative file is not looked up.
    { name: 'a file with no nomination path', text: videoEntry(FILE_LINE, '  duration: 4:30'), filePath: 'entry.md', attachmentKind: () => 'missing' },
    { name: 'an empty video key in an essay', text: nomination({ front: `${DEFAULT_FRONT}\nvideo:` }) },
  ],
  invalid: [
    { name: 'format: video without video, at format', text: noVideo, errors: [{ messageId: 'missing', line: 4, column: 1 }] },
    { name: 'an empty video key', text: nullVideo, errors: [{ messageId: 'missing', line: 4, column: 1 }] },
    { name: 'a url without a scheme, at the url', text: badUrl, errors: [{ messageId: 'url', line: lineOf(badUrl, 'url:'), column: 8 }] },
    { name: 'an empty url, at its key', text: videoEntry('  duration: 4:30', '  url:'), errors: [{ messageId: 'url', line: 7, column: 3 }] },
    { name: 'https: without //', text: videoEntry('  url: https:video.web.example/entry', '  duration: 4:30'), errors: [{ messageId: 'url', line: 6, column: 8 }] },
    { name: 'an ftp url', text: ftpUrl, errors: [{ messageId: 'url', line: 6, column: 8 }] },
    { name: 'neither url nor file, at the video key', text: noUrl, errors: [{ messageId: 'noSource', line: 5, column: 1, includes: ['url:', 'file:'] }] },
    { name: 'an empty mapping: url or file, and duration', text: empty, errors: [{ messageId: 'noSource', line: 5, column: 1 }, { messageId: 'noDuration', line: 5, column: 1, includes: ['5:00'] }] },
    { name: 'no duration, at the video key', text: noDuration, errors: [{ messageId: 'noDuration', line: 5, column: 1, includes: ['at most 5:00'] }] },
    { name: 'an empty duration', text: emptyDuration, errors: [{ messageId: 'noDuration', line: 5, column: 1 }] },
    { name: 'a duration in words, at the value', text: word, errors: [{ messageId: 'badDuration', line: 7, column: 13, includes: ['"five minutes"'] }] },
    { name: 'seconds over 59', text: badSeconds, errors: [{ messageId: 'badDuration', line: 7, column: 13, includes: ['"4:75"'] }] },
    { name: 'a negative number', text: negative, errors: [{ messageId: 'notPositive', line: 7, column: 13, includes: ['"-5"', 'not above zero', 'at most 5:00'] }] },
    { name: 'zero seconds', text: videoEntry(URL_LINE, '  duration: 0'), errors: [{ messageId: 'notPositive', line: 7, column: 13, includes: ['"0"'] }] },
    { name: 'zero as m:ss', text: videoEntry(URL_LINE, '  duration: "0:00"'), errors: [{ messageId: 'notPositive', line: 7, column: 13, includes: ['"0:00"'] }] },
    { name: 'a negative m:ss', text: videoEntry(URL_LINE, '  duration: "-4:30"'), errors: [{ messageId: 'notPositive', line: 7, column: 13 }] },
    { name: 'a file that does not exist, at its value', text: videoEntry(FILE_LINE, '  duration: 4:30'), attachmentKind: () => 'missing', errors: [{ messageId: 'fileMissing', line: 6, column: 9, includes: ['"video/entry.mp4"'] }] },
    { name: 'a file that is a folder', text: videoEntry(FILE_LINE, '  duration: 4:30'), attachmentKind: () => 'folder', errors: [{ messageId: 'fileNotFile', line: 6, column: 9 }] },
    { name: 'a file that is a FIFO', text: videoEntry(FILE_LINE, '  duration: 4:30'), attachmentKind: () => 'special', errors: [{ messageId: 'fileNotFile', line: 6, column: 9 }] },
    { name: 'a file through a link that leaves the folder', text: videoEntry(FILE_LINE, '  duration: 4:30'), attachmentKind: () => 'outside', errors: [{ messageId: 'fileOutside', line: 6, column: 9 }] },
    // Never looked up: the callback would say it is a file.
    { name: 'an absolute file path', text: videoEntry('  file: /srv/video.mp4', '  duration: 4:30'), attachmentKind: () => 'file', errors: [{ messageId: 'fileOutside', line: 6, column: 9, includes: ['"/srv/video.mp4"'] }] },
    { name: 'a file path that climbs out', text: videoEntry('  file: ../video.mp4', '  duration: 4:30'), attachmentKind: () => 'file', errors: [{ messageId: 'fileOutside', line: 6, column: 9 }] },
    { name: 'an empty file path', text: videoEntry('  file: ""', '  duration: 4:30'), errors: [{ messageId: 'fileMissing', line: 6, column: 9 }] },
    // A video: block in an essay is advice (a warning), since the essay may be the entry.
    { name: 'a video block without format: video, at the video key', text: nomination({ front: `${DEFAULT_FRONT}\nvideo:\n  url: nope\n  duration: 9:00` }), errors: [{ messageId: 'notVideoFormat', line: 4, column: 1, includes: ['"format: video"'] }] },
    { name: 'a video block with format: essay', text: nomination({ front: `${DEFAULT_FRONT}\nformat: essay\nvideo: {url: https://v.example/1, duration: 60}` }), errors: [{ messageId: 'notVideoFormat', line: 5, column: 1 }] },
    { name: '5:01 is too long', text: over, errors: [{ messageId: 'tooLong', line: 7, column: 13, includes: ['5:01 long', 'limit is 5:00', 'cut 0:01'] }] },
    { name: '301 seconds is too long', text: overSeconds, errors: [{ messageId: 'tooLong', line: 7, column: 13, includes: ['5:01 long', 'cut 0:01'] }] },
    { name: 'a quoted 6:30', text: farOver, errors: [{ messageId: 'tooLong', line: 7, column: 13, includes: ['6:30', 'cut 1:30'] }] },
    {
      name: 'a bad url and too long: both, in order',
      text: both,
      errors: [
        { messageId: 'url', line: 6, column: 8 },
        { messageId: 'tooLong', line: 7, column: 13, includes: ['cut 2:00'] },
      ],
    },
  ],
});

describe('a video: block without format: video', () => {
  it('is a warning, not an error, though the check reports errors', () => {
    const text = nomination({ front: `${DEFAULT_FRONT}\nvideo: {url: https://v.example/1, duration: 60}` });
    const messages = runCheck('video', { name: 'essay with video', text });
    expect(messages.map((m) => [m.messageId, m.severity])).toEqual([['notVideoFormat', 1]]);
    const errors = runCheck('video', { name: 'bad video', text: videoEntry(URL_LINE, '  duration: 0') });
    expect(errors.map((m) => [m.messageId, m.severity])).toEqual([['notPositive', 2]]);
  });
});

describe('a video entry and its attachments', () => {
  const front = `${DEFAULT_FRONT}\nformat: video\nvideo: {url: https://v.example/1, duration: "4:30"}\nattachments:\n  - chart.pdf`;
  it('needs no Attachments section to mention them: the video answers question c', () => {
    expect(runCheck('attachment-unreferenced', { name: 'video', text: nomination({ front, body: '' }) })).toEqual([]);
  });
  it('an essay with the same attachment still does', () => {
    const essay = nomination({ front: `${DEFAULT_FRONT}\nattachments:\n  - chart.pdf` });
    expect(runCheck('attachment-unreferenced', { name: 'essay', text: essay }).map((m) => m.messageId)).toEqual(['noSection']);
  });
});
