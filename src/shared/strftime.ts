import { partsAtOffset, type ZonedParts, zonedParts } from './dates.js';
import { TZ_ABBREVIATIONS } from './tz-abbreviations.js';

/**
 * Where a time is shown: a time zone (the site's, abbreviations as tzdata has them) or the fixed
 * UTC offset a parsed text carried (`2020-01-05T01:02:03+05:30`; Ruby prints no name for it).
 */
/**
 * A zone by name, or a fixed offset (with the name `%Z` prints, Ruby's Date's `+00:00`; else
 * none). `utc` marks a Time in Ruby's UTC mode (one read from `Z` or `-0000`), `date` a Date:
 * each prints `%-z` its own way.
 */
export type Zone =
  | string
  | { readonly offsetMinutes: number; readonly name?: string; readonly utc?: boolean; readonly date?: boolean };

/** A Time in Ruby's UTC mode: `%Z` is `UTC`, `%-z` is `-0000`. */
export const UTC_TIME: Zone = { offsetMinutes: 0, name: 'UTC', utc: true };

/** A Date: midnight at offset zero, `%Z` is `+00:00`. */
export const DATE_ZONE: Zone = { offsetMinutes: 0, name: '+00:00', date: true };

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

/** One era of a zone's names: until when (ms, exclusive) and the name of each offset in minutes. */
interface NamedEra {
  readonly until: number;
  readonly names: ReadonlyMap<number, string>;
}

let zoneEras: Map<string, readonly NamedEra[]> | undefined;

/** TZ_ABBREVIATIONS read into each zone's eras (once, when a `%Z` first needs them). */
function erasOf(zone: string): readonly NamedEra[] | undefined {
  if (!zoneEras) {
    zoneEras = new Map();
    for (const [line, zones] of TZ_ABBREVIATIONS) {
      const eras = line.split(',').map(readEra);
      for (const z of zones.split(' ')) zoneEras.set(z, eras);
    }
  }
  return zoneEras.get(zone);
}

/** `until offset NAME offset NAME…` (until in base 36 seconds, absent in a zone's last era). */
function readEra(text: string, index: number, all: string[]): NamedEra {
  const words = text.split(' ').filter(Boolean);
  const last = index === all.length - 1;
  const until = last ? Number.POSITIVE_INFINITY : Number.parseInt(words.shift()!, 36) * 1000;
  const names = new Map<number, string>();
  for (let i = 0; i < words.length; i += 2) names.set(Number(words[i]), words[i + 1]!);
  return { until, names };
}

/**
 * The zone's abbreviation at that instant as tzdata spells it, which Ruby's `%Z` prints (`EDT`,
 * `JST`, `IST`): the name of that offset in the zone's era, else the offset as tzdata writes one
 * with no name (`+04`, `-0330`).
 */
export function abbreviation(ms: number, zone: Zone, offsetMinutes: number): string {
  if (typeof zone !== 'string') return zone.name ?? '';
  const era = erasOf(zone)?.find((e) => ms < e.until);
  const name = era?.names.get(offsetMinutes);
  if (name) return name;
  const abs = Math.abs(offsetMinutes);
  return (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2, '0') + (abs % 60 ? pad(abs % 60, 2, '0') : '');
}

function pad(n: number | string, width: number, fill: string): string {
  const s = String(n);
  if (s.startsWith('-')) return `-${s.slice(1).padStart(width - 1, fill)}`;
  return s.padStart(width, fill);
}

/** A time's wall-clock fields; a Ruby Date before 1582's reform gives its Julian calendar's own numbers of the day. */
export interface Parts extends ZonedParts {
  yearDay?: number;
  isoYear?: number;
  isoWeek?: number;
}

function dayOfYear(p: Parts): number {
  return p.yearDay ?? (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
}

/** ISO 8601 week-numbering year and week of a calendar day. */
function isoWeek(p: Parts): { year: number; week: number } {
  if (p.isoYear !== undefined && p.isoWeek !== undefined) return { year: p.isoYear, week: p.isoWeek };
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const weekday = p.weekday === 0 ? 7 : p.weekday;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return { year, week };
}

/**
 * `%z` as Ruby prints it: the hours padded to the width that is left (zeros, or blanks with `_`,
 * the sign before the blanks' digits), then `:mm` and `:ss` as the colons ask (`%:::z` only as
 * many as the offset needs). A Time in UTC mode is `-0000` with `-`; a Date's `-` drops the
 * hours' leading zero.
 */
function offsetText(d: Directive, minutes: number, zone: Zone): string {
  const utc = typeof zone === 'object' && zone.utc === true;
  const date = typeof zone === 'object' && zone.date === true;
  const negative = minutes < 0 || (utc && d.noPad);
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const mins = abs % 60;
  // The digits the hours take by default, and the characters after them.
  const least = date && d.noPad && hours < 10 ? 1 : 2;
  // `%:::z` is `%:z` for an offset with minutes, the hours alone for one without.
  const hoursOnly = d.colons === 3 && mins === 0;
  const tail = hoursOnly
    ? ''
    : d.colons === 0
      ? pad(mins, 2, '0')
      : `:${pad(mins, 2, '0')}${d.colons === 2 ? ':00' : ''}`;
  const digits = Math.max(least, (d.width ?? 0) - tail.length - 1);
  const sign = negative ? '-' : '+';
  // Blanks when the last of `_` and `0` is `_`; a Time's `-` clears it, a Date's does not.
  const head =
    lastFill(date ? d.flags.replaceAll('-', '') : d.flags) === ' '
      ? (sign + hours).padStart(digits + 1, ' ')
      : sign + String(hours).padStart(digits, '0');
  return head + tail;
}

// %[flags][width][colons][E|O]conversion, as Ruby's Time#strftime reads it.
const DIRECTIVE = /%([-_0^#]*)(\d*)(:{0,3})([EO]?)([a-zA-Z%+])/g;
// The conversions kiln knows; any other directive is printed as written.
const CONVERSIONS = new Set('YCymBbhdejHkIlPpMSLNzZAauwGgVUWsnt%cDxFTXRrv');
// POSIX's locale modifiers: Ruby accepts `E` and `O` before these conversions and ignores them
// (`%Ey` is `%y`); before any other, the directive is printed as written.
const MODIFIED = { E: new Set('cCxXyY'), O: new Set('deHkIlmMSuUVwWy') } as const;

/** One directive of a format, its flags read. */
interface Directive {
  readonly c: string;
  readonly width: number | undefined;
  readonly colons: number;
  readonly noPad: boolean;
  /** The flags as written, in order (the last of `_` and `0` is the fill: `%_0z` is zeros, `%0_z` blanks). */
  readonly flags: string;
  readonly upper: boolean;
  readonly swap: boolean;
}

// Per format: its literal text and directives, in order (templates print a few formats many times).
const formats = new Map<string, ReadonlyArray<string | Directive>>();

function piecesOf(format: string): ReadonlyArray<string | Directive> {
  let pieces = formats.get(format);
  if (pieces) return pieces;
  const out: Array<string | Directive> = [];
  let text = '';
  let last = 0;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(format); m; m = DIRECTIVE.exec(format)) {
    const [whole, flags, widthText, colons, modifier, c] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    text += format.slice(last, m.index);
    last = m.index + whole.length;
    if ((colons || modifier) && (c === 'z' ? modifier : !(colons === '' && MODIFIED[modifier as 'E' | 'O']?.has(c)))) {
      // Ruby gives up at the character after the colons or modifier and reads on from there
      // (`%E%d` prints `%E` and the day).
      text += whole.slice(0, -1);
      last = DIRECTIVE.lastIndex = m.index + whole.length - 1;
      continue;
    }
    if (!CONVERSIONS.has(c)) {
      text += whole;
      continue;
    }
    if (text) out.push(text);
    text = '';
    out.push({
      c,
      width: widthText ? Number(widthText) : undefined,
      colons: colons.length,
      noPad: flags.includes('-'),
      flags,
      upper: flags.includes('^'),
      swap: flags.includes('#'),
    });
  }
  const rest = format.slice(last);
  // A `%` whose directive the format ends inside (`100%`, `%-`) is Ruby's ArgumentError.
  if (/%[-_0^#]*\d*$/.test(rest)) throw new Error(`invalid format: ${format}`);
  text += rest;
  if (text) out.push(text);
  pieces = out;
  if (formats.size >= 256) formats.clear();
  formats.set(format, pieces);
  return pieces;
}

/**
 * Ruby's Time#strftime for `ms` shown in `zone`: every conversion, flag and width Ruby has; `parts`
 * the fields to print where they are not the zone's (a Ruby Date's).
 */
export function strftime(ms: number, format: string, zone: Zone, parts?: Parts): string {
  return formatted(format, parts ?? partsIn(ms, zone), ms, zone);
}

function formatted(format: string, p: Parts, ms: number, zone: Zone): string {
  const pieces = piecesOf(format);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    out += typeof piece === 'string' ? piece : convert(piece, p, ms, zone);
  }
  return out;
}

/** The fill the flags ask for: the last of `_` (blanks) and `0` (zeros); none when a `-` comes after both. */
function lastFill(flags: string): ' ' | '0' | undefined {
  const last = flags[Math.max(flags.lastIndexOf('_'), flags.lastIndexOf('0'), flags.lastIndexOf('-'))];
  return last === '_' ? ' ' : last === '0' ? '0' : undefined;
}

// A number: default width and fill per conversion; flags and width override them.
function num(d: Directive, n: number, defWidth: number, defFill = '0'): string {
  if (d.noPad) return String(n);
  return pad(n, d.width ?? defWidth, lastFill(d.flags) ?? defFill);
}

// Text: padded with spaces (or zeros with `0`) to the width; `^` upcases, `#` swaps case.
function text(d: Directive, s: string, swapTo: 'upper' | 'lower' = 'upper'): string {
  let out = d.upper ? s.toUpperCase() : d.swap ? (swapTo === 'upper' ? s.toUpperCase() : s.toLowerCase()) : s;
  if (d.width !== undefined && !d.noPad) out = pad(out, d.width, lastFill(d.flags) ?? ' ');
  return out;
}

function convert(d: Directive, p: Parts, ms: number, zone: Zone): string {
  const width = d.width;
  switch (d.c) {
    case 'Y':
      return p.year >= 0 && width === undefined ? String(p.year).padStart(4, '0') : num(d, p.year, width ?? 4);
    case 'C':
      return num(d, Math.floor(p.year / 100), 2);
    case 'y':
      return num(d, p.year % 100, 2);
    case 'm':
      return num(d, p.month, 2);
    case 'B':
      return text(d, MONTHS[p.month - 1]!);
    case 'b':
    case 'h':
      return text(d, MONTHS[p.month - 1]!.slice(0, 3));
    case 'd':
      return num(d, p.day, 2);
    case 'e':
      return num(d, p.day, 2, ' ');
    case 'j':
      return num(d, dayOfYear(p), 3);
    case 'H':
      return num(d, p.hour, 2);
    case 'k':
      return num(d, p.hour, 2, ' ');
    case 'I':
      return num(d, hour12(p), 2);
    case 'l':
      return num(d, hour12(p), 2, ' ');
    case 'P':
      return text(d, p.hour < 12 ? 'am' : 'pm');
    case 'p':
      return text(d, p.hour < 12 ? 'AM' : 'PM', 'lower');
    case 'M':
      return num(d, p.minute, 2);
    case 'S':
      return num(d, p.second, 2);
    case 'L':
    case 'N': {
      const digits = width ?? (d.c === 'L' ? 3 : 9);
      const millis = pad(((ms % 1000) + 1000) % 1000, 3, '0');
      return (millis + '0'.repeat(Math.max(0, digits - 3))).slice(0, digits);
    }
    case 'z':
      return offsetText(d, p.offsetMinutes, zone);
    case 'Z':
      return text(d, abbreviation(ms, zone, p.offsetMinutes), 'lower');
    case 'A':
      return text(d, DAYS[p.weekday]!);
    case 'a':
      return text(d, DAYS[p.weekday]!.slice(0, 3));
    case 'u':
      return num(d, p.weekday === 0 ? 7 : p.weekday, 1);
    case 'w':
      return num(d, p.weekday, 1);
    case 'G':
      return num(d, isoWeek(p).year, 4);
    case 'g':
      return num(d, isoWeek(p).year % 100, 2);
    case 'V':
      return num(d, isoWeek(p).week, 2);
    case 'U':
      return num(d, Math.floor((dayOfYear(p) - 1 - p.weekday + 7) / 7), 2);
    case 'W':
      return num(d, Math.floor((dayOfYear(p) - 1 - ((p.weekday + 6) % 7) + 7) / 7), 2);
    case 's':
      return num(d, Math.floor(ms / 1000), 1);
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    case 'c':
      return text(d, formatted('%a %b %e %H:%M:%S %Y', p, ms, zone));
    case 'D':
    case 'x':
      return text(d, formatted('%m/%d/%y', p, ms, zone));
    case 'F':
      return text(d, formatted('%Y-%m-%d', p, ms, zone));
    case 'T':
    case 'X':
      return text(d, formatted('%H:%M:%S', p, ms, zone));
    case 'R':
      return text(d, formatted('%H:%M', p, ms, zone));
    case 'r':
      return text(d, formatted('%I:%M:%S %p', p, ms, zone));
    default: // 'v' (piecesOf keeps only the conversions above)
      return text(d, formatted('%e-%^b-%4Y', p, ms, zone));
  }
}

function hour12(p: ZonedParts): number {
  return p.hour % 12 === 0 ? 12 : p.hour % 12;
}
