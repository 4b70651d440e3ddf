import type { NominationDoc, Position, Ruleset } from '../types.js';
import { cursor } from '../parse/cursor.js';
import { blank, sectionBody } from './section-body.js';

/**
 * Dates as writers write them in Polish and English entries (docs/checks/eligibility-date.md
 * has the list). One expression, tried left to right, so each date is found once, at its
 * start, and quoted whole: `15.03.2023`, `03.2023`, `3/2023`, `2023-03`, `marca 2023`,
 * `March 15, 2023`, `Q4 2023`, `IV kw. 2023`, `FY23`, `'23`, `2023 r.`, `2022–2024`.
 * Every part is bounded or fails at once, so the scan stays linear in the text.
 */
/** One space inside a date: a space, a tab, or a no-break or thin space; never a line break. */
const H = '[ \\t\\u00a0\\u2007\\u2009\\u202f]';
const YEAR = "(?:\\d{4}(?!\\d|[.,]\\d)|['’]\\d{2}(?!\\d))";
/** `2023 r.`, `2023r.`, `2023 roku`, `2023 rok`: part of the date. */
const SUFFIX = `(?:${H}?r\\.|${H}+roku?(?!\\p{L}))?`;
/**
 * The Polish months, those without an ending first, then the stems that take one
 * (`marca`, `marcu`): one `\p{L}{0,3}` for all the stems instead of one each makes the
 * expression compile in a fraction of the time, and no two names share a start, so the
 * order finds the same dates.
 */
const PL_MONTH =
  'stycze[nń]|marzec|kwiecie[nń]|czerwiec|lipiec|sierpie[nń]|wrzesie[nń]|grudzie[nń]|' +
  '(?:styczni|lut|marc|kwietni|maj|czerwc|lipc|sierpni|wrze[sś]ni|pa[zź]dziernik|listopad|grudni)\\p{L}{0,3}';
const EN_MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = `(?<!\\p{L})(?:${PL_MONTH}|${EN_MONTH})\\.?(?!\\p{L})`;
const ORDINAL = '(?:st|nd|rd|th)?';
const QUARTER = '(?:q[1-4]|[1-4]q|h[12]|[12]h)';
const NOT_AFTER_NUMBER = '(?<![\\p{L}\\d.,/])';

/**
 * Written in small letters and matched against the text in small letters (see
 * writtenDates): V8 compiles a case-insensitive Unicode expression of this size in
 * about 30 ms, a case-sensitive one in about 12, and every run pays it once.
 */
const DATE_SOURCE = [
  // 15.03.2023, 15/03/2023, 15-03-2023
  `${NOT_AFTER_NUMBER}\\d{1,2}(?:\\.\\d{1,2}\\.|/\\d{1,2}/|-\\d{1,2}-)\\d{4}(?!\\d)${SUFFIX}`,
  // 03.2023, 03-2023, 3/2023 (a one-digit month only with a slash: 3.2019 is a decimal)
  `${NOT_AFTER_NUMBER}(?:(?:0[1-9]|1[0-2])[.-]|(?:0?[1-9]|1[0-2])/)\\d{4}(?!\\d|[.,]\\d)${SUFFIX}`,
  // 15 marca 2023, 15th of March 2023, marzec–kwiecień 2023, March 15, 2023, March '23
  `(?:${NOT_AFTER_NUMBER}\\d{1,2}${ORDINAL}\\.?${H}+(?:of${H}+)?)?${MONTH}(?:${H}*[–—-]${H}*${MONTH})?(?:${H}+\\d{1,2}${ORDINAL},?)?(?:${H}+|(?=['’]))${YEAR}${SUFFIX}`,
  // Q4 2023, Q1–Q3 2023, Q4/2023, Q4'23, IV kw. 2023, w III kwartale 2023, I półrocze 2023
  `(?<![\\p{L}\\d])(?:${QUARTER}(?:${H}*[–—-]${H}*${QUARTER})?(?:${H}*[/-]${H}*|${H}+|(?=['’]))|(?:iv|i{1,3})${H}+(?:kw\\.|kwarta\\p{L}{1,3}|p[oó]łrocz\\p{L}{1,2})${H}+)${YEAR}${SUFFIX}`,
  // FY2023, FY 2023, FY23, FY2022/23
  `(?<![\\p{L}\\d])fy${H}?(?:\\d{4}|\\d{2})(?!\\d)(?:[/–—-](?:\\d{4}|\\d{2})(?!\\d))?`,
  // '23, ’23
  `(?<![\\p{L}\\d])['’]\\d{2}(?![\\d\\p{L}])`,
  // 2023, 2023-03, 2023-03-15, 2022–2024, 2022-23, 2022/2023, 2023 r., 2023 roku
  `(?<![\\p{L}\\d.,/$€£])\\d{4}(?!\\d|[.,]\\d)(?:-(?:0[1-9]|1[0-2])(?:-\\d{2})?(?!\\d)|${H}*[–—-]${H}*\\d{4}(?!\\d)|[–—/-]\\d{2}(?!\\d)|/\\d{4}(?!\\d))?${SUFFIX}`,
].join('|');
/** Compiled on first use (a few milliseconds): a run whose files name no wanted year never needs it. */
let date: RegExp | undefined;
/** For the rare text whose small letters are not as long as it (`İ` becomes two): matched as written, ignoring case. */
let dateAnyCase: RegExp | undefined;


/** The year a date names: its first four-digit number, or a two-digit one (`FY23`, `'23`) in the 2000s. */
function yearOf(date: string): number {
  const four = /\d{4}/.exec(date);
  if (four) return Number(four[0]);
  const two = /(?:FY\D?|['’])(\d{2})/i.exec(date);
  return two ? 2000 + Number(two[1]) : NaN;
}

/** Each expression built when first asked for: most runs weigh no bare number, and most that do stop at the first. */
const once = (make: () => RegExp): (() => RegExp) => {
  let made: RegExp | undefined;
  return () => (made ??= make());
};

/**
 * A bare four-digit number (or a range of them) is a quantity, not a year, when a unit or
 * a counted noun follows it (`2000 calls`, `1999 agentów`, `2000 new customers`,
 * `2000 zł`), or a currency sign comes before it (`$2000`). A word that introduces a year
 * before it wins (`in 2019 calls doubled`, `w 2022 klienci`). The lists are short on
 * purpose: a number they miss is read as a year and warned about, which a writer can
 * dismiss; a year they swallowed would go unseen.
 */
const YEAR_BEFORE = once(() => new RegExp(`[^\\p{L}](?:in|since|during|w|we|od|roku|year)${H}+$`, 'iu'));
const GROUPED_BEFORE = once(() => new RegExp(`\\d${H}$`, 'u'));
const CURRENCY_BEFORE = once(() => new RegExp(`[$€£]${H}?$`, 'u'));
const NEXT_WORDS = once(() => new RegExp(`^${H}*\\+?${H}*([%$€£]|\\p{L}[\\p{L}-]*)(?:${H}+(\\p{L}[\\p{L}-]*))?`, 'u'));
const COUNTED = once(
  () =>
    new RegExp(
      '^(?:' +
        // English: plurals only, so `the 2019 customer survey` stays a year.
        'calls|agents|customers|clients|consultants|advisors|advisers|employees|people|staff|colleagues|members|users|tickets|chats|e-?mails|messages|' +
        'contacts|interactions|conversations|cases|complaints|requests|enquiries|inquiries|queries|orders|transactions|visits|visitors|hours|minutes|' +
        'seconds|days|surveys|responses|reviews|accounts|patients|households|participants|refugees|applications|claims|callbacks|texts|letters|' +
        'jobs|seats|volunteers|hires|branches|stores|representatives|operators|students|times|points|votes|followers|downloads|sessions|records|' +
        'euros?|dollars|pounds|%|[$€£]|zł|pln|eur|usd|gbp|chf|' +
        // Polish: the forms a number above four takes (and 22–24's), so `od 2019 klienci` stays a year.
        'połącze(?:ń|nia)|polaczen|rozm[oó]w|rozmowy|klient[oó]w|konsultant[oó]w|doradc[oó]w|agent[oó]w|pracownik[oó]w|pracownic|os[oó]b|osoby|ludzi|' +
        'zgłosze(?:ń|nia)|zgloszen|czat[oó]w|czaty|e-?maili|maile|wiadomości|sms-?(?:ów|y)|spraw|sprawy|kontakt[oó]w|kontakty|interakcji|reklamacji|' +
        'zapyta(?:ń|nia)|zam[oó]wie(?:ń|nia)|transakcji|u[zż]ytkownik[oó]w|godzin|godziny|minut|minuty|sekund|sekundy|dni|tygodni|miesięcy|ankiet|ankiety|' +
        'opinii|odpowiedzi|wniosk[oó]w|wnioski|kont|konta|uchod[zź]c[oó]w|złotych|złote|zł|punkt[oó]w|punkty|głos[oó]w|wizyt|wizyty|rekord[oó]w|obywateli|pacjent[oó]w|uczestnik[oó]w' +
        ')$',
      'iu',
    ),
);
/** A word between the number and the noun: `2000 new calls`, `2000 nowych klientów` (any Polish -ych/-ich adjective). */
const MODIFIER = once(() => /^(?:new|more|additional|extra|inbound|outbound|incoming|outgoing|unique|active|customer|phone|support|service|live|satisfied|daily|monthly|\p{L}+(?:ych|ich))$/iu);

/** The last four-digit year of a range (`2022–2024`, `2022/2023`); undefined for a date of one year. */
function lastYearOf(date: string): number | undefined {
  const all = date.match(/\d{4}/g);
  return all && all.length > 1 ? Number(all[all.length - 1]) : undefined;
}

function isQuantity(body: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 16);
  const before = (from === 0 ? ' ' : '') + body.slice(from, start);
  if (YEAR_BEFORE().test(before)) return false;
  // Right after another number and a space, it is a group of that number: a phone number `801 302 1999`.
  if (GROUPED_BEFORE().test(before)) return true;
  if (CURRENCY_BEFORE().test(before)) return true;
  const next = NEXT_WORDS().exec(body.slice(end, end + 80));
  if (!next) return false;
  return COUNTED().test(next[1]!) || (next[2] !== undefined && MODIFIER().test(next[1]!) && COUNTED().test(next[2]));
}

/** Dates that are only numbers (`2019`, `2000–3000`), which may be quantities; the other forms are dates by their shape. */
const BARE = new RegExp(`^\\d{4}(?:${H}*[–—/-]${H}*\\d{2,4})?$`, 'u');

/** A web address: `example.com/2019/05/story` is a path, not a claim about 2019. */
const URL_TEXT = /\b(?:https?:\/\/|www\.)\S+/g;
const MAY_HOLD_URL = /https?:\/\/|www\./;

/** A date as written in a section the ruleset checks for dates, with the years it names. */
export interface WrittenDate {
  /** The date as written, e.g. `15.03.2023` or `2022–2024`. */
  text: string;
  /** The year it starts in; NaN when it has none (never, by the expression). */
  year: number;
  /** Every year it names: its first, and the last of a range (`2024–2026`: 2024 and 2026). */
  years: number[];
  at: Position;
}

/**
 * Which dates a caller wants, by their years: those whose first year passes (`first`,
 * "a date before 2024") or any of whose years does (`any`, "a mention of 2025").
 */
export interface YearPick {
  year: (year: number) => boolean;
  by: 'first' | 'any';
}

/**
 * Where a year can be read, in the text as written, as yearOf and lastYearOf read it:
 * four digits (every four of a longer run, so nothing is missed), or two after an
 * apostrophe or FY and at most one other character (`'23`, `FY23`, `FY 23`, in either
 * case). Two scans, so that one form never hides the other (`'2019` holds both `'20`
 * and `2019`); case-sensitive expressions without look-arounds, which V8 scans for in
 * native code, faster than a loop over the text's characters.
 */
const FOUR_DIGITS = /\d{4,}/g;
const TWO_DIGITS = /(?:[fF][yY]\D?|['’])(\d{2})/g;

/** The lines (start and end offsets, in order) that name a year `pick` wants: a line with none holds no date it wants. */
function linesWithWantedYears(body: string, pick: YearPick): Array<[start: number, end: number]> {
  const starts = new Set<number>();
  const fourStart = lineStarts(body);
  for (const run of body.matchAll(FOUR_DIGITS)) {
    for (let i = 0; i + 4 <= run[0].length; i++) {
      if (pick.year(Number(run[0].slice(i, i + 4)))) {
        starts.add(fourStart(run.index));
        break;
      }
    }
  }
  const twoStart = lineStarts(body);
  for (const two of body.matchAll(TWO_DIGITS)) if (pick.year(2000 + Number(two[1]))) starts.add(twoStart(two.index));
  return [...starts]
    .sort((x, y) => x - y)
    .map((start) => {
      const newline = body.indexOf('\n', start);
      return [start, newline === -1 ? body.length : newline];
    });
}

/** The start of the line holding each offset, asked in increasing order: the column a forward-only cursor gives, taken back. */
function lineStarts(text: string): (offset: number) => number {
  const at = cursor(text, 1);
  return (offset) => offset - at(offset).column + 1;
}

/**
 * Every date written in the sections whose rule has `checkDates` (the achievements and
 * the summary), in file order, without the quantities (`2000 calls`). Comments and web
 * addresses are skipped. The one scanner behind eligibility-date and prior-winner.
 *
 * With a `pick`, only the lines that name a year it wants are scanned: no date crosses a
 * line break, and a line's ends look to the expression like the text's ends (a line break
 * is neither a letter, a digit nor a sign it looks around for), so each line's dates are
 * those a scan of the whole text finds there. Most lines name no such year, and the
 * expression, which is tried at every character, is the costly part of a run; a file that
 * needs no scan does not even compile it.
 */
export function* writtenDates(doc: NominationDoc, ruleset: Ruleset, pick?: YearPick): Generator<WrittenDate> {
  const wanted = (years: readonly number[]) => !pick || (pick.by === 'first' ? pick.year(years[0]!) : years.some(pick.year));
  for (const section of doc.sections) {
    const rule = section.id === null ? undefined : ruleset.sections[section.id];
    if (!rule?.checkDates || section.bodyEndLine < section.bodyStartLine) continue;
    const written = sectionBody(doc, section);
    // Web addresses are blanked too (see URL_TEXT).
    const body = MAY_HOLD_URL.test(written.body) ? written.body.replace(URL_TEXT, blank) : written.body;
    const { at } = written;
    for (const [start, end] of pick ? linesWithWantedYears(body, pick) : [[0, body.length] as const]) {
      const text = start === 0 && end === body.length ? body : body.slice(start, end);
      for (const match of datesIn(text)) {
        const index = start + match.index;
        const written = match[0];
        const year = yearOf(written);
        const last = lastYearOf(written);
        const years = last !== undefined && last !== year ? [year, last] : [year];
        // The years first: most dates are of years the caller does not want, and a quantity test costs more.
        if (!wanted(years)) continue;
        if (BARE.test(written) && isQuantity(body, index, index + written.length)) continue;
        yield { text: written, year, years, at: at(index) };
      }
    }
  }
}

/** The dates in `text` as written (offsets and text of `text`), by DATE. */
function* datesIn(text: string): Generator<{ index: number; 0: string }> {
  const lower = text.toLowerCase();
  // Text whose small letters are not as long as it is matched as written, ignoring case.
  const sameLength = lower.length === text.length;
  const scanned = sameLength ? lower : text;
  const expression = sameLength ? (date ??= compiled('gu', scanned)) : (dateAnyCase ??= compiled('giu', scanned));
  // Where this scan is kept here, not in the shared object, in case a caller scans again between two dates.
  for (let from = 0; ; ) {
    expression.lastIndex = from;
    const match = expression.exec(scanned);
    if (!match) return;
    from = expression.lastIndex;
    // The date as written, not as lowered: the offsets are the same.
    yield { index: match.index, 0: text.slice(match.index, match.index + match[0].length) };
  }
}

/**
 * The expression, ready to run. V8 runs an expression in its interpreter until it has
 * been used once, unless the text is 1,000 characters or more; this one runs some
 * hundred times slower there, and `matchAll` starts every scan on a fresh copy. So one
 * object serves every scan, with exec, and its first run is on a long text, which has
 * V8 compile it at once: the first text to scan, padded with spaces (which hold no
 * date), so that it is compiled for that text's kind of string (V8 compiles for one-
 * and two-byte strings apart; a later text of the other kind is compiled at once too).
 */
function compiled(flags: string, first: string): RegExp {
  const expression = new RegExp(DATE_SOURCE, flags);
  expression.exec(first.length >= 1000 ? first : first + ' '.repeat(1000 - first.length));
  return expression;
}
