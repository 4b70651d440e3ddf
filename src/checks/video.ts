import { dirname, isAbsolute, resolve } from 'node:path';
import type { Check, CheckContext, Position } from '../types.js';
import { whereIs } from './attachment-outside.js';
import { frontMatterData, isHttpUrl } from './helpers.js';

/**
 * A video entry names its video — a web address or an uploaded file — and keeps within
 * the ruleset's length. The file is checked as an attachment is (attachment-missing):
 * a relative path inside the nomination's folder, leading to a regular file.
 */
const check: Check = {
  id: 'video',
  description: 'A video entry has an http(s) video.url or an uploaded video.file, and a video.duration above zero and within the limit.',
  severity: 'error',
  messages: {
    missing: 'A video entry needs "video:" with url: or file: and duration: (for example 4:30)',
    noSource: 'The video needs url: (its web address, starting with https://) or file: (the uploaded file\'s path, relative to the nomination\'s folder)',
    url: 'video.url must be the video\'s full web address, starting with https://',
    fileOutside: 'video.file "{{path}}" is outside the nomination\'s folder: put the video in it or below and give the path from there',
    fileMissing: 'video.file "{{path}}" does not exist: fix the path (it is relative to the nomination\'s folder) or add the file',
    fileNotFile: 'video.file "{{path}}" is not a regular file: give the path of the video file itself',
    noDuration: 'video.duration is missing: give the length as m:ss or seconds (at most {{max}})',
    badDuration: 'video.duration "{{duration}}" is not a length: write it as m:ss (for example 4:30) or a number of seconds',
    notPositive: 'video.duration "{{duration}}" is not above zero: give the video\'s real length (at most {{max}})',
    tooLong: 'The video is {{duration}} long; the limit is {{max}}: cut {{overflow}}',
    notVideoFormat: 'There is a "video:" block but no "format: video", so the entry is read as an essay and the video is ignored: add "format: video" or remove "video:"',
  },
  check(doc, ctx) {
    const data = frontMatterData(doc);
    const fm = doc.frontMatter;
    if (data.format !== 'video') {
      // A writer who filled in video: meant a video entry; said as advice, since the essay may be the entry.
      if (data.video !== undefined && data.video !== null) ctx.report({ messageId: 'notVideoFormat', at: fm.keyAt(['video']), asWarning: true });
      return;
    }
    const max = clock(ctx.ruleset.video.maxSeconds);
    const video = data.video;
    if (video === null || typeof video !== 'object' || Array.isArray(video)) {
      if (video === undefined || video === null) ctx.report({ messageId: 'missing', at: fm.keyAt(['format']) });
      return; // a video that is not a mapping is the schema check's
    }
    const { url, file, duration } = video as Record<string, unknown>;
    // A key written without a value (`url:`) was meant: it is judged, not counted as absent.
    if (url === undefined && file === undefined) ctx.report({ messageId: 'noSource', at: fm.keyAt(['video']) });
    // An empty url has no value to point at: valueAt would fall back to the start of the
    // video mapping (its first other key, e.g. `duration:`). keyAt falls back to `video:`.
    const valueOrKeyAt = (key: string, value: unknown) => (value === null ? fm.keyAt(['video', key]) : fm.valueAt(['video', key]));
    if (url !== undefined && (typeof url !== 'string' || !isHttpUrl(url))) ctx.report({ messageId: 'url', at: valueOrKeyAt('url', url) });
    if (typeof file === 'string' || file === null) checkFile(file ?? '', valueOrKeyAt('file', file), ctx);
    if (duration === undefined || duration === null || duration === '') {
      ctx.report({ messageId: 'noDuration', data: { max }, at: fm.keyAt(['video']) });
      return;
    }
    const seconds = parseDuration(duration);
    const at = fm.valueAt(['video', 'duration']);
    if (seconds === undefined && !isNegative(duration)) ctx.report({ messageId: 'badDuration', data: { duration: String(duration) }, at });
    else if (seconds === undefined || seconds <= 0) ctx.report({ messageId: 'notPositive', data: { duration: String(duration), max }, at });
    else if (seconds > ctx.ruleset.video.maxSeconds) {
      ctx.report({ messageId: 'tooLong', data: { duration: clock(seconds), max, overflow: clock(seconds - ctx.ruleset.video.maxSeconds) }, at });
    }
  },
};

/**
 * An uploaded video, checked as an attachment: a path that is absolute or climbs out is
 * never looked up (so a nomination cannot probe the machine), one inside is asked of the
 * same attachmentKind callback; without a real file location nothing is resolved.
 */
function checkFile(path: string, at: Position, ctx: CheckContext): void {
  const trimmed = path.trim();
  if (trimmed === '') return void ctx.report({ messageId: 'fileMissing', data: { path }, at });
  if (whereIs(trimmed) !== 'inside') return void ctx.report({ messageId: 'fileOutside', data: { path }, at });
  const { attachmentKind, filePath } = ctx;
  if (!attachmentKind || !filePath || !isAbsolute(filePath)) return;
  const kind = attachmentKind(resolve(dirname(filePath), trimmed));
  if (kind === 'missing') ctx.report({ messageId: 'fileMissing', data: { path }, at });
  else if (kind === 'outside') ctx.report({ messageId: 'fileOutside', data: { path }, at });
  else if (kind !== 'file') ctx.report({ messageId: 'fileNotFile', data: { path }, at });
}

/** Seconds from `m:ss`, `h:mm:ss` or a number of seconds; undefined when it is none of them. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const match = /^(?:(\d+):)?(\d+):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** `-5`, `"-4:30"`: a length written below zero, which is not above zero rather than not a length. */
function isNegative(value: unknown): boolean {
  if (typeof value === 'number') return parseDuration(-value) !== undefined && value < 0;
  return typeof value === 'string' && /^\s*-/.test(value) && parseDuration(value.replace(/^\s*-/, '')) !== undefined;
}

/** 330 → "5:30". */
function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export default check;
