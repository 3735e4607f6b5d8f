/** Calendar fields of an instant as seen in one time zone. */
export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // east of UTC
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Milliseconds in 400 Gregorian years (146,097 days): the calendar repeats after them.
const FOUR_CENTURIES = 146097 * 86400000;

/**
 * Date.UTC for every year: Date.UTC itself reads years 0–99 as 1900–1999 (`date: 0099-06-15` is
 * year 99), so those are taken 400 years on, where the calendar is the same, and moved back.
 * Arithmetic only (setting the fields of a Date cost a few microseconds a date).
 */
function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, monthIndex, day, hour, minute, second) - FOUR_CENTURIES;
  return Date.UTC(year, monthIndex, day, hour, minute, second);
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Intl's answers from earlier runs of the command (cli/kept-intl.ts), given only by a store made
 * for this Node and its ICU data: the zone names Intl took, and the fields it gave for an instant
 * in a zone. A build whose dates are all among them never makes a formatter, whose first one
 * loads ICU's locale data (tens of milliseconds). New answers are added for the next run.
 */
export interface KeptIntlAnswers {
  readonly zones: Set<string>;
  readonly parts: Map<string, ZonedParts>;
  /** The instants this run asked about (`zone|ms`): what the next run is likely to ask. */
  readonly used: Set<string>;
  added: boolean;
}
let kept: KeptIntlAnswers | undefined;

/** Uses `answers` from now on (undefined: none). */
export function keepIntlAnswers(answers: KeptIntlAnswers | undefined): void {
  kept = answers;
}

// Names of UTC itself in the time-zone database (and so in Intl).
const UTC_NAMES = new Set(
  'UTC UCT GMT GMT0 GMT+0 GMT-0 Universal Zulu Greenwich Etc/UTC Etc/UCT Etc/GMT Etc/GMT0 Etc/GMT+0 Etc/GMT-0 Etc/Universal Etc/Zulu Etc/Greenwich'.split(
    ' ',
  ),
);

/**
 * The offset (minutes east of UTC) of a zone that never changes it: UTC by any of its names, or
 * Etc/GMT-14 to Etc/GMT+12, whose sign is POSIX's (Etc/GMT+5 is five hours behind UTC). null for
 * every other zone. These need no time-zone tables, so a site in UTC never starts Intl, whose
 * first formatter loads ICU's data (tens of milliseconds of a build that takes a few hundred).
 */
export function fixedOffsetMinutes(timeZone: string): number | null {
  if (UTC_NAMES.has(timeZone)) return 0;
  const m = /^Etc\/GMT([+-])(1[0-4]|[1-9])$/.exec(timeZone);
  if (!m || (m[1] === '+' && Number(m[2]) > 12)) return null;
  return (m[1] === '+' ? -60 : 60) * Number(m[2]);
}

/** True when Node's Intl knows the zone name (IANA or an alias such as CET). */
export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== null || kept?.zones.has(timeZone)) return true;
  try {
    formatter(timeZone);
  } catch {
    return false;
  }
  if (kept) {
    kept.zones.add(timeZone);
    kept.added = true;
  }
  return true;
}

// Intl's formatToParts is slow and templates print the same post dates many times over.
const partsCache = new Map<string, ZonedParts>();

/** The wall-clock fields of `ms` in `timeZone`, with the zone's UTC offset at that instant. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const seconds = Math.floor(ms / 1000) * 1000;
  // A zone of fixed offset is arithmetic, quicker than making the key to look it up by.
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return partsAtOffset(seconds, fixed);
  const key = `${timeZone}|${seconds}`;
  kept?.used.add(key);
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = computeParts(seconds, timeZone);
  if (partsCache.size > 100_000) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

/** The wall-clock fields of `ms` at a fixed offset from UTC: arithmetic, no Intl. */
export function partsAtOffset(ms: number, offsetMinutes: number): ZonedParts {
  const d = new Date(ms + offsetMinutes * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

function computeParts(seconds: number, timeZone: string): ZonedParts {
  const key = `${timeZone}|${seconds}`;
  const known = kept?.parts.get(key);
  if (known) return known;
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(seconds)) p[part.type] = part.value;
  // Intl counts years before 1 by era: 1 BC is year 0.
  const year = p.era === 'BC' ? 1 - Number(p.year) : Number(p.year),
    month = Number(p.month),
    day = Number(p.day);
  const hour = Number(p.hour),
    minute = Number(p.minute),
    second = Number(p.second);
  const asUtc = utc(year, month - 1, day, hour, minute, second);
  const parts = {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: WEEKDAYS.indexOf(p.weekday!),
    offsetMinutes: Math.round((asUtc - seconds) / 60000),
  };
  if (kept) {
    kept.parts.set(key, parts);
    kept.added = true;
  }
  return parts;
}

const DAY = 86400000;

/**
 * The instant at which the wall clock in `timeZone` shows the given fields, as Ruby's Time.local
 * (the C library's mktime) finds it: a time a change of offset skips moves forward by the gap
 * (midnight of a day that starts at 01:00 is 01:00), and a time that happens twice is the later
 * of the two (01:30 on the night clocks go back is in standard time).
 */
export function wallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const wall = utc(year, month - 1, day, hour, minute, second);
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return wall - fixed * 60000;
  // No offset is a day from UTC: the offsets a day either side are those before and after any change near.
  const before = zonedParts(wall - DAY, timeZone).offsetMinutes;
  const after = zonedParts(wall + DAY, timeZone).offsetMinutes;
  const at = latestReading(wall, before === after ? [before] : [before, after], timeZone);
  // Two changes within the two days (rare) hide the offset between them: ask for it too.
  return at ?? latestReading(wall, [before, zonedParts(wall, timeZone).offsetMinutes], timeZone)!;
}

/**
 * The latest instant at which one of `offsets` gives the wall clock `wall` (ms as if UTC). In a gap
 * none does; of two offsets, the smaller (before the change) read past it gives the wall clock
 * plus the gap. Null when a single offset does not give it.
 */
function latestReading(wall: number, offsets: readonly number[], timeZone: string): number | null {
  let latest: number | null = null;
  for (const offset of offsets) {
    const at = wall - offset * 60000;
    if (zonedParts(at, timeZone).offsetMinutes === offset && (latest === null || at > latest)) latest = at;
  }
  if (latest === null && offsets.length > 1) return wall - Math.min(...offsets) * 60000;
  return latest;
}

// A YAML timestamp as Ruby's Psych reads it: with a time but no zone it is UTC.
const YAML_TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|\s+)(\d\d?):(\d\d):(\d\d)(\.\d*)?(?:\s*(Z|[-+]\d\d?(?::?\d\d)?))?$/;
export const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/;
// Anything else Jekyll hands to Ruby's Time.parse: zone-less means the site's zone.
const LOOSE = /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt ]\s*(\d\d?):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d\d:?\d\d)?$/;

// Days in each month of a common year.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day `d` of month `m` (1–12) of year `y` is on the (proleptic Gregorian) calendar. */
/** Whether y-m-d is a day of the Gregorian calendar. */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (d <= MONTH_DAYS[m - 1]!) return true;
  return m === 2 && d === 29 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const m = /^([-+])(\d\d?)(?::?(\d\d))?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Parses a front-matter date the way Jekyll does (SPEC §3): a date-only value is midnight in
 * the site's zone, a YAML timestamp without a zone is UTC (unless `quoted`: text that YAML kept
 * as text, which Time.parse reads in the site's zone), other zone-less times are local to the
 * site. Returns null for text that is no date.
 */
export function parseDate(text: string, timeZone: string, quoted = false): number | null {
  const s = text.trim();
  let m = DATE_ONLY.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? wallClockToInstant(y, mo, d, 0, 0, 0, timeZone) : null;
  }
  m = YAML_TIMESTAMP.exec(s);
  if (m) {
    const y = Number(m[1]),
      mo = Number(m[2]),
      d = Number(m[3]),
      h = Number(m[4]),
      mi = Number(m[5]),
      se = Number(m[6]);
    if (!validDay(y, mo, d) || h > 23 || mi > 59 || se > 60) return null;
    const frac = m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0;
    if (quoted && !m[8]) return wallClockToInstant(y, mo, d, h, mi, se, timeZone) + frac;
    const offset = m[8] ? zoneOffsetMinutes(m[8]) : 0;
    return utc(y, mo - 1, d, h, mi, se) + frac - offset * 60000;
  }
  m = LOOSE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [h, mi, se] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (!validDay(y, mo, d) || h > 23 || mi > 59 || se > 60) return null;
    if (m[8]) return utc(y, mo - 1, d, h, mi, se) - zoneOffsetMinutes(m[8]) * 60000;
    return wallClockToInstant(y, mo, d, h, mi, se, timeZone);
  }
  return null;
}
