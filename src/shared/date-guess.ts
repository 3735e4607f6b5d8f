import { wallClockToInstant, zonedParts } from './dates.js';
import { abbreviation, UTC_TIME, type Zone } from './strftime.js';

/**
 * Ruby's Time.parse on text that is no plain date, as Liquid's date filters read it: Date._parse
 * takes the first of its shapes it finds anywhere in the text (a post's URL `/2021/01/15/x.html`
 * is that day, `15.01.2021` and `Jan 2021` are dates, `1/5/21` is 2001-05-21), and Time.parse
 * fills what is missing above the first field given from the build time (`12/25` is this year's)
 * and below it with the least (`Jan 2021` is the 1st). Text with no such field is null, as is
 * text Ruby refuses (over 128 characters, a month 13, a 32nd).
 */

/** A time as Ruby holds it: an instant and the zone it is shown in. */
export interface RubyTime {
  readonly ms: number;
  readonly zone: Zone;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DAYS = 'sun|mon|tue|wed|thu|fri|sat';
const ERA = '(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?';

// Ruby's \b sees letters past ASCII as word characters (no boundary inside `édeco`); JavaScript's does not.
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const rubyRe = (source: string, flags = '') => new RegExp(source.replaceAll('\\b', BOUNDARY), `${flags}u`);

const DASHED = /('?[-+]?\d+)-(\d+)-('?-?\d+)/;
const SLASHED = /('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/;
const DOTTED = /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/;

// Built at their first use: with the `u` and `i` flags each pattern takes V8 about a millisecond
// to make (Unicode case folding of \p{L}), 13 ms of every build's start for the few that read a date.
let rubyPatterns: ReturnType<typeof makeRubyPatterns> | undefined;
const patterns = () => (rubyPatterns ??= makeRubyPatterns());
const makeRubyPatterns = () => ({
  WEEKDAY: rubyRe(`\\b(${DAYS})[^-\\d\\s]*`, 'i'),
  TIME: rubyRe(
    '((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))' +
      '(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?|[\\p{L}.\\s]+(?:standard|daylight)\\stime\\b|\\p{L}+(?:\\sdst)?\\b))?',
    'i',
  ),
  CLOCK: rubyRe(
    '^(\\d+)h?(?:\\s*:?\\s*(\\d+)m?(?:\\s*:?\\s*(\\d+)(?:[,.](\\d+))?s?)?)?(?:\\s*([ap])(?:m\\b|\\.m\\.))?',
    'i',
  ),
  DAY_MONTH: rubyRe(
    `('?\\d+)[^-\\d\\s]*\\s*(${MONTHS})[^-\\d\\s']*(?:\\s*${ERA}\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?`,
    'i',
  ),
  MONTH_DAY: rubyRe(`\\b(${MONTHS})[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*${ERA}\\s*('?-?\\d+))?`, 'i'),
  JAPANESE_ERA: rubyRe('\\b([mtshr])(\\d+)\\.(\\d+)\\.(\\d+)', 'i'),
  VMS_DAY_FIRST: rubyRe(`('?-?\\d+)-(${MONTHS})[^-/.]*-('?-?\\d+)`, 'i'),
  VMS_MONTH_FIRST: rubyRe(`\\b(${MONTHS})[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, 'i'),
  ORDINAL_DATE: rubyRe('\\b(\\d{2}|\\d{4})-(\\d{3})\\b'),
  AFTER_POINT: rubyRe('[,.](?:\\d{2}|\\d{4})-\\d{3}\\b'),
  QUOTED_YEAR: rubyRe("'(\\d+)\\b"),
  MONTH_NAME: rubyRe(`\\b(${MONTHS})\\S*`, 'i'),
  ORDINAL_DAY: rubyRe('(\\d+)(st|nd|rd|th)\\b', 'i'),
  DIGITS: rubyRe(
    '([-+]?)(\\d{2,14})(?:\\s*t?\\s*(\\d{2,6})?(?:[,.](\\d*))?)?(?:\\s*(z\\b|[-+]\\d{1,4}\\b|\\[[-+]?\\d[^\\]]*\\]))?',
    'i',
  ),
  BC: rubyRe('\\b(bc\\b|bce\\b|b\\.c\\.|b\\.c\\.e\\.)', 'i'),
});
const LONE_NUMBER = /^\s*(\d{1,2})\s*$/;
const ERAS: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988, r: 2018 };

interface Fields {
  year?: number;
  mon?: number;
  mday?: number;
  yday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  fraction?: number;
  zone?: string;
  /** Whether a year of two digits is this century's or the last's (false once one is written out). */
  comp: boolean;
}

/** The text being read: each shape found is blanked out, so that later ones do not see it. */
class Text {
  constructor(public s: string) {}
  has(kinds: string): boolean {
    return [...kinds].every((k) =>
      k === 'a' ? /[A-Za-z]/.test(this.s) : k === 'd' ? /\d/.test(this.s) : this.s.includes(k),
    );
  }
  take(re: RegExp): RegExpExecArray | null {
    const m = re.exec(this.s);
    if (m) this.s = `${this.s.slice(0, m.index)} ${this.s.slice(m.index + m[0].length)}`;
    return m;
  }
}

const monthOf = (name: string) => MONTHS.split('|').indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Year, month and day from three parts whose order Ruby guesses by their widths and quotes. */
function threeParts(f: Fields, y0?: string, m0?: string | number, d0?: string, bc = false): true {
  let y = y0,
    m = m0 === undefined ? undefined : String(m0),
    d = d0;
  if (y !== undefined && m !== undefined && d === undefined) [y, m, d] = [d, y, m];
  if (y === undefined) {
    if (d !== undefined && (d.length > 2 || d.startsWith("'"))) [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    // A year with something after its digits (`15th`) is the day.
    const digits = /^[^-+\d]*([-+]?\d*)(.*)$/.exec(y)!;
    if (digits[2]) [y, d] = [d, digits[1]];
  }
  if (m !== undefined && (m.startsWith("'") || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d.startsWith("'") || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const text = /[-+]?\d+/.exec(y.replace(/^[^-+\d]*/, ''))?.[0] ?? '0';
    if (/^[-+]/.test(text) || text.replace(/^[-+]/, '').length > 2) f.comp = false;
    const year = Number(text);
    f.year = bc ? 1 - year : year;
  }
  if (m !== undefined) f.mon = Number(/\d+/.exec(m)?.[0] ?? 0);
  if (d !== undefined) f.mday = Number(/\d+/.exec(d)?.[0] ?? 0);
  return true;
}

const isBc = (era?: string) => era !== undefined && /^b/i.test(era);

/** The first shape of a date Date._parse finds, after a weekday and a time are taken out. */
function readDate(t: Text, f: Fields): boolean {
  const re = patterns();
  let m: RegExpExecArray | null = null;
  if (t.has('ad') && (m = t.take(re.DAY_MONTH))) return threeParts(f, m[4], monthOf(m[2]!), m[1], isBc(m[3]));
  if (t.has('ad') && (m = t.take(re.MONTH_DAY))) return threeParts(f, m[4], monthOf(m[1]!), m[2], isBc(m[3]));
  if (t.has('d-') && (m = t.take(DASHED))) return threeParts(f, m[1], m[2], m[3]);
  if (t.has('d.') && (m = t.take(re.JAPANESE_ERA))) {
    f.year = Number(m[2]) + ERAS[m[1]!.toLowerCase()]!;
    f.mon = Number(m[3]);
    f.mday = Number(m[4]);
    return true;
  }
  if (t.has('ad-') && (m = t.take(re.VMS_DAY_FIRST))) return threeParts(f, m[3], monthOf(m[2]!), m[1]);
  if (t.has('ad-') && (m = t.take(re.VMS_MONTH_FIRST))) return threeParts(f, m[3], monthOf(m[1]!), m[2]);
  if (t.has('d/') && (m = t.take(SLASHED))) return threeParts(f, m[1], m[2], m[3]);
  if (t.has('d.') && (m = t.take(DOTTED))) return threeParts(f, m[1], m[2], m[3]);
  // ISO 8601's ordinal date (`2025-163`, `25-163`: the 163rd day), not after a point or comma.
  if (t.has('d-') && !re.AFTER_POINT.test(t.s) && (m = t.take(re.ORDINAL_DATE))) {
    [f.year, f.yday] = [Number(m[1]), Number(m[2])];
    if (m[1]!.length > 2) f.comp = false;
    return true;
  }
  if (t.has('d') && (m = t.take(re.QUOTED_YEAR))) {
    f.year = Number(m[1]);
    return true;
  }
  if (t.has('a') && (m = t.take(re.MONTH_NAME))) {
    f.mon = monthOf(m[1]!);
    return true;
  }
  if (t.has('d') && (m = t.take(re.ORDINAL_DAY))) {
    f.mday = Number(m[1]);
    return true;
  }
  if (t.has('d') && (m = t.take(re.DIGITS))) digitRun(f, m);
  return m !== null;
}

/** A run of digits: its width says which fields it holds (`20210115` a date, `25` a day). */
function digitRun(f: Fields, m: RegExpExecArray): void {
  const [, sign, run, more, fraction, zone] = m as unknown as [string, string, string, string?, string?, string?];
  const n = run.length;
  const at = (from: number, width = 2) => Number(run.slice(from, from + width));
  const signed = (y: number) => (sign === '-' ? -y : y);
  if (more === undefined && fraction !== undefined) {
    // A clock read from the right: seconds, minutes, hours, then the day, month and year.
    if ([2, 3, 4, 5, 6, 7, 8, 10, 12, 14].includes(n)) f.sec = at(n - 2);
    if (n === 3) f.min = at(0, 1);
    if ([4, 5, 6, 7, 8, 10, 12, 14].includes(n)) f.min = at(n - 4);
    if (n === 5) f.hour = at(0, 1);
    if ([6, 7, 8, 10, 12, 14].includes(n)) f.hour = at(n - 6);
    if (n === 7) f.mday = at(0, 1);
    if (n >= 8 && n % 2 === 0) f.mday = at(n - 8);
    if (n >= 10 && n % 2 === 0) f.mon = at(n - 10);
    if (n === 12) f.year = signed(at(0));
    if (n === 14) [f.year, f.comp] = [signed(at(0, 4)), false];
  } else if (n === 2) f.mday = at(0);
  else if (n === 4) [f.mon, f.mday] = [at(0), at(2)];
  else if (n === 6) [f.year, f.mon, f.mday] = [signed(at(0)), at(2), at(4)];
  else if (n === 3) f.yday = at(0, 3);
  else if (n === 5) [f.year, f.yday] = [signed(at(0)), at(2, 3)];
  else if (n === 7) [f.year, f.yday] = [signed(at(0, 4)), at(4, 3)];
  else if (n % 2 === 0) {
    [f.year, f.mon, f.mday, f.comp] = [signed(at(0, 4)), at(4), at(6), false];
    if (n >= 10) f.hour = at(8);
    if (n >= 12) f.min = at(10);
    if (n >= 14) f.sec = at(12);
  }
  if (more !== undefined && more.length % 2 === 0) {
    const l = more.length;
    const part = (from: number) => Number(more.slice(from, from + 2));
    if (fraction !== undefined) {
      f.sec = part(l - 2);
      if (l >= 4) f.min = part(l - 4);
      if (l >= 6) f.hour = part(l - 6);
    } else {
      f.hour = part(0);
      if (l >= 4) f.min = part(2);
      if (l >= 6) f.sec = part(4);
    }
  }
  if (fraction) f.fraction = Number(`0.${fraction}`);
  if (zone !== undefined && !zone.startsWith('[')) f.zone = zone;
}

/** Date._parse: the fields Ruby finds in the text, or null when it refuses the text. */
export function guessFields(text: string): Fields | null {
  if (text.length > 128) return null;
  const t = new Text(text.replace(/[^-+',./:@\p{L}\p{M}\p{Nd}[\]]+/gu, ' '));
  const f: Fields = { comp: true };
  const re = patterns();
  if (t.has('a')) t.take(re.WEEKDAY);
  if (t.has('d')) {
    const m = t.take(re.TIME);
    const c = m && re.CLOCK.exec(m[1]!);
    if (m?.[2] !== undefined) f.zone = m[2];
    if (c) {
      let hour = Number(c[1]);
      if (c[5]) hour = (hour % 12) + (/p/i.test(c[5]) ? 12 : 0);
      f.hour = hour;
      if (c[2] !== undefined) f.min = Number(c[2]);
      if (c[3] !== undefined) f.sec = Number(c[3]);
      if (c[4] !== undefined) f.fraction = Number(`0.${c[4]}`);
    }
  }
  readDate(t, f);
  if (t.has('a') && t.take(re.BC) && f.year !== undefined) f.year = 1 - f.year;
  const lone = t.has('d') ? t.take(LONE_NUMBER) : null;
  if (lone) {
    const n = Number(lone[1]);
    if (f.hour !== undefined && f.mday === undefined && n >= 1 && n <= 31) f.mday = n;
    else if (f.mday !== undefined && f.hour === undefined && n <= 24) f.hour = n;
  }
  if (f.comp && f.year !== undefined && f.year >= 0 && f.year <= 99) f.year += f.year >= 69 ? 1900 : 2000;
  return f;
}

/**
 * Time.parse's zones: UTC and its names, the US ones, military letters, `+hh[:]mm` and `+hh`, and
 * the site zone's own names on January 1st and July 1st of the year (Time.zone_offset): each is
 * that day's offset all year, so in Europe/Stockholm `CET` is +01:00 and `CEST` +02:00 in any month.
 */
function zoneOffset(zone: string, year: number, timeZone: string): number | null {
  const named: Record<string, number> = { utc: 0, z: 0, ut: 0, gmt: 0, est: -5, edt: -4, cst: -6, cdt: -5 };
  Object.assign(named, { mst: -7, mdt: -6, pst: -8, pdt: -7 });
  const z = zone.toLowerCase();
  if (z in named) return named[z]! * 60;
  if (/^[a-ik-z]$/.test(z)) {
    const c = z.charCodeAt(0) - 96;
    if (z <= 'm') return (c <= 9 ? c : c - 1) * 60;
    if (z <= 'y') return -(c - 13) * 60;
    return 0;
  }
  const m = /^([-+])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(z) ?? /^([-+])(\d\d)$/.exec(z);
  if (!m) return localNameOffset(z, year, timeZone);
  const minutes = Number(m[2]) * 60 + Number(m[4] ?? 0);
  // Ruby refuses an offset of a day or more (a parse error, so no date).
  if (minutes >= 24 * 60) return Number.NaN;
  return m[1] === '-' ? -minutes : minutes;
}

/** The offset of the site's zone at local midnight of January 1st, else July 1st, if it is named `zone` (lower case) then. */
function localNameOffset(zone: string, year: number, timeZone: string): number | null {
  for (const month of [1, 7]) {
    const ms = wallClockToInstant(year, month, 1, 0, 0, 0, timeZone);
    const offset = zonedParts(ms, timeZone).offsetMinutes;
    if (abbreviation(ms, timeZone, offset).toLowerCase() === zone) return offset;
  }
  return null;
}

/** Time.parse: the fields found, the missing ones from the build time or their least. */
export function guessTime(text: string, timeZone: string, now: () => number): RubyTime | null {
  const f = guessFields(text);
  if (!f) return null;
  const given = [f.year, f.yday, f.mon, f.mday, f.hour, f.min, f.sec, f.fraction];
  if (given.every((v) => v === undefined)) return null;
  // The zone's offset as Ruby finds it for the year given, else this year (local), and again for
  // the year the clock fills in when that is another.
  const offsetIn = (year: number) => (f.zone === undefined ? null : zoneOffset(f.zone, year, timeZone));
  const offYear = f.year ?? zonedParts(now(), timeZone).year;
  let offset = offsetIn(offYear);
  if (Number.isNaN(offset)) return null;
  let { year, mon, mday, hour, min, sec } = f;
  const nowParts = () => {
    const ms = now();
    return offset === null ? zonedParts(ms, timeZone) : zonedParts(ms + offset * 60000, 'UTC');
  };
  if (f.yday !== undefined) {
    // A day of the year: this year's unless one is given, in it or out of range.
    year ??= nowParts().year;
    const day = new Date(Date.UTC(2000, 0, f.yday));
    day.setUTCFullYear(year, 0, f.yday);
    if (f.yday < 1 || day.getUTCFullYear() !== year) return null;
    [mon, mday] = [day.getUTCMonth() + 1, day.getUTCDate()];
  }
  if (year === undefined) {
    const p = nowParts();
    const fill = [p.year, p.month, p.day, p.hour, p.minute, p.second];
    const fields = [year, mon, mday, hour, min, sec];
    for (let i = 0; i < fields.length && fields[i] === undefined; i++) fields[i] = fill[i];
    [year, mon, mday, hour, min, sec] = fields;
  }
  const [y, mo, d, h, mi, s] = [year!, mon ?? 1, mday ?? 1, hour ?? 0, min ?? 0, sec ?? 0];
  // Time.local's ranges: a 29th to 31st past the month's end rolls over, as does 24:00:00.
  if (
    y < 0 ||
    y > 9999 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > 31 ||
    h > 24 ||
    mi > 59 ||
    s > 60 ||
    (h === 24 && (mi > 0 || s > 0))
  )
    return null;
  if (y !== offYear) offset = offsetIn(y);
  const frac = Math.floor((f.fraction ?? 0) * 1000);
  if (offset === null) return { ms: wallClockToInstant(y, mo, d, h, mi, s, timeZone) + frac, zone: timeZone };
  const ms = wallClockToInstant(y, mo, d, h, mi, s, 'UTC') + frac - offset * 60000;
  return { ms, zone: parsedZone(ms, offset, f.zone!, timeZone) };
}

/**
 * The zone Ruby's Time.parse shows a time given with an offset in (its force_zone!): UTC for a
 * name of UTC (`Z`, `UTC`, `UT`, `-0000`; not `GMT` or `+0000`), the site's zone where its offset
 * there is the given one (`+0100` in Berlin in winter is CET), else the bare offset (no `%Z`).
 */
export function parsedZone(ms: number, offsetMinutes: number, zoneText: string, timeZone: string): Zone {
  if (/^(?:-00:00|-0000|-00|utc|z|ut)$/i.test(zoneText.trim())) return UTC_TIME;
  return zonedParts(ms, timeZone).offsetMinutes === offsetMinutes ? timeZone : { offsetMinutes };
}
