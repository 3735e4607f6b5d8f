import { guessTime, parsedZone, type RubyTime } from '../../../shared/date-guess.js';
import { wallClockToInstant } from '../../../shared/dates.js';
import { RubyDate } from '../../../shared/ruby-date.js';
import { SiteDate } from '../../../shared/site-date.js';
import { DATE_ZONE, strftime, UTC_TIME } from '../../../shared/strftime.js';
import { rubyInspect, rubyToS } from './ruby.js';
import type { Filter } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt\s]+(\d\d?):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d\d(?::?\d\d)?)?$/i;
// `March 7, 2019`, `Thu, 01 Jul 2021 19:30:00 -0400`, `7 Mar 2019 10:00`, `2019/03/07`
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)??([a-z]{3,})\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/i;
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d\d?)(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})(.*)$/i;
const SLASHED = /^(\d{4})\/(\d\d?)\/(\d\d?)(.*)$/;
const CLOCK = /^\s*(?:T|,|at)?\s*(\d\d?):(\d\d)(?::(\d\d))?\s*(am|pm)?\s*(Z|UTC|GMT|[-+]\d\d(?::?\d\d)?)?\s*$/i;

function offsetOf(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([-+])(\d\d)(?::?(\d\d))?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** A wall-clock reading: in the given zone when the text names one (kept for printing), else the site's. */
function reading(
  fields: [number, number, number, number, number, number],
  frac: number,
  zoneText: string | undefined,
  timeZone: string,
): RubyTime | null {
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 60)
    return null;
  if (!zoneText) return { ms: wallClockToInstant(y, mo, d, h, mi, s, timeZone) + frac, zone: timeZone };
  const offset = offsetOf(zoneText);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) + frac - offset * 60000;
  return { ms, zone: parsedZone(ms, offset, zoneText, timeZone) };
}

/** The forms of Ruby's Time.parse that dates in templates take; null for text that is no date. */
export function parseTime(text: string, timeZone: string): RubyTime | null {
  const s = text.trim();
  let m = ISO.exec(s);
  // A zone after a date with no time is no zone to Ruby: that is Time.parse's guess (date-guess.ts).
  if (m && !(m[8] && !m[4])) {
    const f = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? 0)) as [number, number, number, number, number, number];
    return reading(f, m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0, m[8], timeZone);
  }
  if (m) return null;
  let y: number, mo: number, d: number, rest: string;
  if ((m = MONTH_DAY_YEAR.exec(s))) [y, mo, d, rest] = [Number(m[3]), month(m[1]!), Number(m[2]), m[4]!];
  else if ((m = DAY_MONTH_YEAR.exec(s))) [y, mo, d, rest] = [Number(m[3]), month(m[2]!), Number(m[1]), m[4]!];
  else if ((m = SLASHED.exec(s))) [y, mo, d, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]!];
  else return null;
  if (mo === 0) return null;
  if (!rest.trim()) return reading([y, mo, d, 0, 0, 0], 0, undefined, timeZone);
  const c = CLOCK.exec(rest);
  if (!c) return null;
  let h = Number(c[1]);
  if (c[4]) h = (h % 12) + (c[4].toLowerCase() === 'pm' ? 12 : 0);
  return reading([y, mo, d, h, Number(c[2]), Number(c[3] ?? 0)], 0, c[5], timeZone);
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Liquid's Utils.to_date: a date, epoch seconds (number or digits), `now`/`today`, or text
 * Time.parse reads; null otherwise (and for ''/nil).
 */
export function toTime(input: unknown, timeZone: string, now: () => number): RubyTime | null {
  // Ruby's Date formats itself: midnight, at offset zero (`%Z` is `+00:00`).
  if (input instanceof RubyDate) return { ms: input.getTime(), zone: DATE_ZONE };
  // A time formats in its own zone (a YAML timestamp may give one).
  if (input instanceof SiteDate) return { ms: input.getTime(), zone: input.utc ? UTC_TIME : input.timeZone };
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : { ms: input.getTime(), zone: timeZone };
  if (typeof input === 'number') return Number.isInteger(input) ? { ms: input * 1000, zone: timeZone } : null;
  if (typeof input !== 'string' || input === '') return null;
  const s = input.toLowerCase();
  if (s === 'now' || s === 'today') return { ms: now(), zone: timeZone };
  if (/^\d+$/.test(s)) return { ms: Number(s) * 1000, zone: timeZone };
  return parseTime(input, timeZone) ?? guessTime(input, timeZone, now);
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return n + (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

/**
 * Liquid's `date` and Jekyll's date filters, with Ruby's strftime in the site's time zone;
 * `now`, `today` and a text without a date read `clock`, not `site.time` (Jekyll reads Ruby's
 * clock); `readsClock` is told each such read, so that watch renders such a page again.
 */
export function dateFilters(
  timeZone: string,
  clock: number,
  readsClock: () => void = () => {},
): Record<string, Filter> {
  const now = () => {
    readsClock();
    return clock;
  };
  // Jekyll's filters show every time in the site's zone (Time#localtime); an invalid date is an error.
  const local = (input: unknown): number => {
    // A Date is its day's midnight in the site's zone (Date#to_time, which gives a day before
    // 1582-10-15 the Gregorian calendar's numbers: 0001-01-01 is 0000-12-30).
    if (input instanceof RubyDate)
      return wallClockToInstant(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate(), 0, 0, 0, timeZone);
    const t = toTime(input, timeZone, now);
    if (!t) throw new Error(`Invalid Date: '${inspectText(input)}' is not a valid datetime.`);
    return t.ms;
  };
  const f = (ms: number, fmt: string) => strftime(ms, fmt, timeZone);
  const named =
    (monthFmt: '%b' | '%B') =>
    (input: unknown, type?: unknown, style?: unknown): unknown => {
      if (isEmpty(input)) return input;
      const ms = local(input);
      if (type !== 'ordinal') return f(ms, `%d ${monthFmt} %Y`);
      const day = ordinal(Number(f(ms, '%-d')));
      return style === 'US' ? f(ms, `${monthFmt} ${day}, %Y`) : f(ms, `${day} ${monthFmt} %Y`);
    };
  return {
    date_to_string: named('%b'),
    date_to_long_string: named('%B'),
    date_to_xmlschema: (input: unknown) => (isEmpty(input) ? input : f(local(input), '%Y-%m-%dT%H:%M:%S%:z')),
    date_to_rfc822: (input: unknown) => (isEmpty(input) ? input : f(local(input), '%a, %d %b %Y %H:%M:%S %z')),
    // Liquid's: no format or no date gives the input back; a parsed text keeps the offset it names.
    date: (input: unknown, format?: unknown) => {
      // The format is Ruby's `to_s` of what is given (a Hash is its inspect).
      const text = format === undefined ? '' : rubyToS(format);
      if (text === '') return input;
      // A Date prints its own calendar's day (the Julian one's before 1582-10-15).
      if (input instanceof RubyDate) return strftime(input.getTime(), text, DATE_ZONE, input.parts());
      const t = toTime(input, timeZone, now);
      return t ? strftime(t.ms, text, t.zone) : input;
    },
  };
}

function inspectText(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : rubyInspect(input);
}
