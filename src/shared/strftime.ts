import { partsAtOffset, type ZonedParts, zonedParts } from './dates.js';

/**
 * Where a time is shown: a time zone (the site's, abbreviations as tzdata has them) or the fixed
 * UTC offset a parsed text carried (`2020-01-05T01:02:03+05:30`; Ruby prints no name for it).
 */
export type Zone = string | { readonly offsetMinutes: number };

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The wall-clock fields of `ms` in a zone. */
export function partsIn(ms: number, zone: Zone): ZonedParts {
  if (typeof zone === 'string') return zonedParts(ms, zone);
  return partsAtOffset(ms, zone.offsetMinutes);
}

const abbreviations = new Map<string, string>();

/** The zone's abbreviation at that instant as tzdata spells it (`EDT`, `CET`, `+04`). */
function abbreviation(ms: number, zone: Zone, offsetMinutes: number): string {
  if (typeof zone !== 'string') return '';
  const key = `${zone}|${offsetMinutes}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    name = '';
    for (const locale of ['en-US', 'en-GB']) {
      const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^(GMT|UTC)[+-]/.test(part)) {
        name =
          part === 'GMT' && offsetMinutes === 0 && /^(UTC|Etc\/UTC|Etc\/Universal|Universal|Zulu)$/i.test(zone)
            ? 'UTC'
            : part;
        break;
      }
    }
    if (!name) {
      const abs = Math.abs(offsetMinutes);
      name =
        (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2, '0') + (abs % 60 ? pad(abs % 60, 2, '0') : '');
    }
    abbreviations.set(key, name);
  }
  return name;
}

function pad(n: number | string, width: number, fill: string): string {
  const s = String(n);
  if (s.startsWith('-')) return `-${s.slice(1).padStart(width - 1, fill)}`;
  return s.padStart(width, fill);
}

function dayOfYear(p: ZonedParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
}

/** ISO 8601 week-numbering year and week of a calendar day. */
function isoWeek(p: ZonedParts): { year: number; week: number } {
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = p.weekday === 0 ? 7 : p.weekday;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return { year, week };
}

function offsetText(minutes: number, colons: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = pad(Math.floor(abs / 60), 2, '0'),
    m = pad(abs % 60, 2, '0');
  if (colons === 1) return `${sign}${h}:${m}`;
  if (colons === 2) return `${sign}${h}:${m}:00`;
  return `${sign}${h}${m}`;
}

// %[flags][width][colons]conversion, as Ruby's Time#strftime reads it.
const DIRECTIVE = /%([-_0^#]*)(\d*)(:{0,2})([a-zA-Z%+])/g;

/** Ruby's Time#strftime for `ms` shown in `zone`: every conversion, flag and width Ruby has. */
export function strftime(ms: number, format: string, zone: Zone): string {
  const p = partsIn(ms, zone);
  return format.replace(DIRECTIVE, (whole, flags: string, widthText: string, colons: string, c: string) => {
    if (colons && c !== 'z') return whole;
    const width = widthText ? Number(widthText) : undefined;
    const noPad = flags.includes('-');
    const spacePad = flags.includes('_');
    const zeroPad = flags.includes('0');
    const upper = flags.includes('^');
    const swap = flags.includes('#');
    // A number: default width and fill per conversion; flags and width override them.
    const num = (n: number, defWidth: number, defFill = '0') => {
      if (noPad) return String(n);
      const fill = spacePad ? ' ' : zeroPad ? '0' : defFill;
      return pad(n, width ?? defWidth, fill);
    };
    // Text: padded with spaces (or zeros with `0`) to the width; `^` upcases, `#` swaps case.
    const text = (s: string, swapTo: 'upper' | 'lower' = 'upper') => {
      let out = upper ? s.toUpperCase() : swap ? (swapTo === 'upper' ? s.toUpperCase() : s.toLowerCase()) : s;
      if (width !== undefined && !noPad) out = pad(out, width, zeroPad ? '0' : ' ');
      return out;
    };
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (c) {
      case 'Y':
        return p.year >= 0 && width === undefined ? String(p.year).padStart(4, '0') : num(p.year, width ?? 4);
      case 'C':
        return num(Math.floor(p.year / 100), 2);
      case 'y':
        return num(p.year % 100, 2);
      case 'm':
        return num(p.month, 2);
      case 'B':
        return text(MONTHS[p.month - 1]!);
      case 'b':
      case 'h':
        return text(MONTHS[p.month - 1]!.slice(0, 3));
      case 'd':
        return num(p.day, 2);
      case 'e':
        return num(p.day, 2, ' ');
      case 'j':
        return num(dayOfYear(p), 3);
      case 'H':
        return num(p.hour, 2);
      case 'k':
        return num(p.hour, 2, ' ');
      case 'I':
        return num(hour12, 2);
      case 'l':
        return num(hour12, 2, ' ');
      case 'P':
        return text(p.hour < 12 ? 'am' : 'pm');
      case 'p':
        return text(p.hour < 12 ? 'AM' : 'PM', 'lower');
      case 'M':
        return num(p.minute, 2);
      case 'S':
        return num(p.second, 2);
      case 'L':
      case 'N': {
        const digits = width ?? (c === 'L' ? 3 : 9);
        const millis = pad(((ms % 1000) + 1000) % 1000, 3, '0');
        return (millis + '0'.repeat(Math.max(0, digits - 3))).slice(0, digits);
      }
      case 'z':
        return offsetText(p.offsetMinutes, colons.length);
      case 'Z':
        return text(abbreviation(ms, zone, p.offsetMinutes), 'lower');
      case 'A':
        return text(DAYS[p.weekday]!);
      case 'a':
        return text(DAYS[p.weekday]!.slice(0, 3));
      case 'u':
        return num(p.weekday === 0 ? 7 : p.weekday, 1);
      case 'w':
        return num(p.weekday, 1);
      case 'G':
        return num(isoWeek(p).year, 4);
      case 'g':
        return num(isoWeek(p).year % 100, 2);
      case 'V':
        return num(isoWeek(p).week, 2);
      case 'U':
        return num(Math.floor((dayOfYear(p) - 1 - p.weekday + 7) / 7), 2);
      case 'W':
        return num(Math.floor((dayOfYear(p) - 1 - ((p.weekday + 6) % 7) + 7) / 7), 2);
      case 's':
        return num(Math.floor(ms / 1000), 1);
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      case 'c':
        return text(strftime(ms, '%a %b %e %H:%M:%S %Y', zone));
      case 'D':
      case 'x':
        return text(strftime(ms, '%m/%d/%y', zone));
      case 'F':
        return text(strftime(ms, '%Y-%m-%d', zone));
      case 'T':
      case 'X':
        return text(strftime(ms, '%H:%M:%S', zone));
      case 'R':
        return text(strftime(ms, '%H:%M', zone));
      case 'r':
        return text(strftime(ms, '%I:%M:%S %p', zone));
      case 'v':
        return text(strftime(ms, '%e-%^b-%4Y', zone));
      default:
        return whole;
    }
  });
}
