import { checkTable } from '../helpers/check-tester.js';
import { DEFAULT_FRONT, lineOf, nomination } from '../helpers/nomination.js';

/** A video entry; lines 2–3 are the defaults, `format` is line 4, `video` line 5. */
const videoEntry = (...videoLines: string[]) => nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo:\n${videoLines.join('\n')}`, body: '' });
const URL_LINE = '  url: https://video.example.com/entry';

const noVideo = nomination({ front: `${DEFAULT_FRONT}\nformat: video`, body: '' });
const nullVideo = nomination({ front: `${DEFAULT_FRONT}\nformat: video\nvideo:`, body: '' });
const badUrl = videoEntry('  url: youtube.com/watch?v=abc', '  duration: 4:30');
const ftpUrl = videoEntry('  url: ftp://video.example.com/entry.mp4', '  duration: 4:30');
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
    // An essay's stray video key is not judged.
    { name: 'an essay with a broken video', text: nomination({ front: `${DEFAULT_FRONT}\nvideo:\n  url: nope\n  duration: 9:00` }) },
  ],
  invalid: [
    { name: 'format: video without video, at format', text: noVideo, errors: [{ messageId: 'missing', line: 4, column: 1 }] },
    { name: 'an empty video key', text: nullVideo, errors: [{ messageId: 'missing', line: 4, column: 1 }] },
    { name: 'a url without a scheme, at the url', text: badUrl, errors: [{ messageId: 'url', line: lineOf(badUrl, 'url:'), column: 8 }] },
    { name: 'an empty url, at its key', text: videoEntry('  duration: 4:30', '  url:'), errors: [{ messageId: 'url', line: 7, column: 3 }] },
    { name: 'https: without //', text: videoEntry('  url: https:video.example.com/entry', '  duration: 4:30'), errors: [{ messageId: 'url', line: 6, column: 8 }] },
    { name: 'an ftp url', text: ftpUrl, errors: [{ messageId: 'url', line: 6, column: 8 }] },
    { name: 'no url, at the video key', text: noUrl, errors: [{ messageId: 'url', line: 5, column: 1 }] },
    { name: 'an empty mapping: url and duration', text: empty, errors: [{ messageId: 'url', line: 5, column: 1 }, { messageId: 'noDuration', line: 5, column: 1, includes: ['5:00'] }] },
    { name: 'no duration, at the video key', text: noDuration, errors: [{ messageId: 'noDuration', line: 5, column: 1, includes: ['at most 5:00'] }] },
    { name: 'an empty duration', text: emptyDuration, errors: [{ messageId: 'noDuration', line: 5, column: 1 }] },
    { name: 'a duration in words, at the value', text: word, errors: [{ messageId: 'badDuration', line: 7, column: 13, includes: ['"five minutes"'] }] },
    { name: 'seconds over 59', text: badSeconds, errors: [{ messageId: 'badDuration', line: 7, column: 13, includes: ['"4:75"'] }] },
    { name: 'a negative number', text: negative, errors: [{ messageId: 'badDuration', line: 7, column: 13, includes: ['"-5"'] }] },
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
