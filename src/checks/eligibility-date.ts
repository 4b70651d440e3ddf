import { inEvery } from '../i18n/text.js';
import { replaceComments } from '../parse/comments.js';
import type { Check } from '../types.js';
import { eligibilityDate } from './helpers.js';

/** A four-digit year standing alone, not part of a longer number like 12,019 or 2019.5. */
const YEAR = /(?<![\d.,])(\d{4})(?![\d]|[.,]\d)/g;
/** A web address: `example.com/2019/05/story` is a path, not a claim about 2019. */
const URL_TEXT = /\b(?:https?:\/\/|www\.)\S+/g;
const MAY_HOLD_URL = /https?:\/\/|www\./;
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * Line and column of offsets in `text`, asked for in increasing order. Each line
 * break is found once, so a section of n lines (or one line of n years) costs n,
 * where counting from the start for each year cost n² (a 1 MB section took 151 s).
 */
function cursor(text: string, firstLine: number): (offset: number) => { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/** Years before the eligibility date in the sections judges score: only recent achievements count. */
const check: Check = {
  id: 'eligibility-date',
  description: 'The achievements and summary do not mention years before the eligibility date.',
  severity: 'warning',
  messages: {
    before: '{{year}} is before {{since}}: only achievements since then count, so make sure this is background, not a claim',
  },
  check(doc, ctx) {
    const since = inEvery((locale) => eligibilityDate(ctx.ruleset, locale));
    const firstEligibleYear = Number(ctx.ruleset.eligibility.since.slice(0, 4));
    for (const section of doc.sections) {
      const rule = section.id === null ? undefined : ctx.ruleset.sections[section.id];
      if (!rule?.checkDates || section.bodyEndLine < section.bodyStartLine) continue;
      let body = doc.lines.slice(section.bodyStartLine - 1, section.bodyEndLine).join('\n');
      // Comments and web addresses are blanked, not removed, so positions stay those of the file.
      body = replaceComments(body, blank);
      if (MAY_HOLD_URL.test(body)) body = body.replace(URL_TEXT, blank);
      const at = cursor(body, section.bodyStartLine);
      for (const match of body.matchAll(YEAR)) {
        const year = Number(match[1]);
        if (year < ctx.ruleset.eligibility.earliestYear || year >= firstEligibleYear) continue;
        ctx.report({ messageId: 'before', data: { year, since }, at: at(match.index) });
      }
    }
  },
};

export default check;
