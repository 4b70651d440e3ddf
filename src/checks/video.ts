import type { Check } from '../types.js';
import { frontMatterData, isHttpUrl } from './helpers.js';

/** A video entry names its video and keeps within the ruleset's length. */
const check: Check = {
  id: 'video',
  description: 'A video entry has an http(s) video.url and a video.duration within the limit.',
  severity: 'error',
  messages: {
    missing: 'A video entry needs "video:" with url: and duration: (for example 4:30)',
    url: 'video.url must be the video\'s full web address, starting with https://',
    noDuration: 'video.duration is missing: give the length as m:ss or seconds (at most {{max}})',
    badDuration: 'video.duration "{{duration}}" is not a length: write it as m:ss (for example 4:30) or a number of seconds',
    tooLong: 'The video is {{duration}} long; the limit is {{max}}: cut {{overflow}}',
  },
  check(doc, ctx) {
    const data = frontMatterData(doc);
    if (data.format !== 'video') return;
    const fm = doc.frontMatter;
    const max = clock(ctx.ruleset.video.maxSeconds);
    const video = data.video;
    if (video === null || typeof video !== 'object' || Array.isArray(video)) {
      if (video === undefined || video === null) ctx.report({ messageId: 'missing', at: fm.keyAt(['format']) });
      return; // a video that is not a mapping is the schema check's
    }
    const { url, duration } = video as Record<string, unknown>;
    // An absent url has no value to point at: valueAt would fall back to the start of the
    // video mapping (its first other key, e.g. `duration:`). keyAt falls back to `video:`.
    const urlAt = url === undefined || url === null ? fm.keyAt(['video', 'url']) : fm.valueAt(['video', 'url']);
    if (typeof url !== 'string' || !isHttpUrl(url)) ctx.report({ messageId: 'url', at: urlAt });
    if (duration === undefined || duration === null || duration === '') {
      ctx.report({ messageId: 'noDuration', data: { max }, at: fm.keyAt(['video']) });
      return;
    }
    const seconds = parseDuration(duration);
    const at = fm.valueAt(['video', 'duration']);
    if (seconds === undefined) ctx.report({ messageId: 'badDuration', data: { duration: String(duration) }, at });
    else if (seconds > ctx.ruleset.video.maxSeconds) {
      ctx.report({ messageId: 'tooLong', data: { duration: clock(seconds), max, overflow: clock(seconds - ctx.ruleset.video.maxSeconds) }, at });
    }
  },
};

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

/** 330 → "5:30". */
function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export default check;
