import type { ZonedParts } from './dates.js';

// Ruby's Date (Date::ITALY) counts the days before 1582-10-15, the Gregorian calendar's first
// (Julian day 2299161), in the Julian calendar: `0001-01-01` is the day the Gregorian calendar
// calls 0000-12-30, a Saturday, and 1582 has 355 days (10-05 to 10-14 are no dates).
const REFORM = 2_299_161;
const EPOCH = 2_440_588; // 1970-01-01
const DAY_MS = 86_400_000;

/** The Julian day number of a civil day, Julian before the reform as Ruby's Date counts it. */
function julianDay(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const base = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4);
  const gregorian = base - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
  return gregorian >= REFORM ? gregorian : base - 32083;
}

/** The civil day of a Julian day number, as Ruby's Date gives it. */
function civil(jd: number): { year: number; month: number; day: number } {
  let b = 0;
  let c = jd + 32082;
  if (jd >= REFORM) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * b) / 4);
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: 100 * b + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** The fields Ruby's Date#strftime prints: its civil day, weekday, day of the year and ISO week. */
export interface DateParts extends ZonedParts {
  yearDay: number;
  isoYear: number;
  isoWeek: number;
}

/**
 * A date YAML gives as Ruby's Psych does (an unquoted `2024-05-14`): a Ruby Date, which prints as
 * `2024-05-14`, is no text (`== "2024-05-14"` is false, its `size` is nil), and formats as
 * midnight UTC (`date: "%z"` is `+0000`), while Jekyll's date filters read it as midnight in the
 * site's zone. A real Date (midnight UTC of the day), so that whatever takes a time takes it;
 * before 1582-10-15 its text and fields are the Julian calendar's, as Ruby's.
 */
export class RubyDate extends Date {
  /** The date of a civil day (checked by the caller), Julian before the reform. */
  static of(y: number, m: number, d: number): RubyDate {
    return new RubyDate((julianDay(y, m, d) - EPOCH) * DAY_MS);
  }

  /** Its Julian day number. */
  get julianDay(): number {
    return Math.floor(this.getTime() / DAY_MS) + EPOCH;
  }

  override toString(): string {
    const { year: y, month, day } = civil(this.julianDay);
    const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
    return `${year}-${two(month)}-${two(day)}`;
  }

  // Jekyll's jsonify prints a Date as its text.
  override toJSON(): string {
    return this.toString();
  }

  /** Ruby's Date#inspect: `#<Date: 2024-05-14 ((2460445j,0s,0n),+0s,2299161j)>` (the Julian day). */
  inspect(): string {
    return `#<Date: ${this.toString()} ((${this.julianDay}j,0s,0n),+0s,2299161j)>`;
  }

  /** What Date#strftime prints of it, at midnight and offset zero. */
  parts(): DateParts {
    const jd = this.julianDay;
    const day = civil(jd);
    // ISO weeks start on the Monday on or before 4 January (the Julian day of a Monday is a multiple of 7).
    const weekOne = (year: number) => {
      const jan4 = julianDay(year, 1, 4);
      return jan4 - (jan4 % 7);
    };
    let isoYear = civil(jd - 3).year + 1;
    if (jd < weekOne(isoYear)) isoYear--;
    return {
      ...day,
      hour: 0,
      minute: 0,
      second: 0,
      weekday: (jd + 1) % 7,
      offsetMinutes: 0,
      yearDay: jd - julianDay(day.year, 1, 1) + 1,
      isoYear,
      isoWeek: Math.floor((jd - weekOne(isoYear)) / 7) + 1,
    };
  }
}

const two = (n: number) => String(n).padStart(2, '0');

// Psych's pattern for a date; the day must also be one of the calendar's (`2021-02-30` is text).
const DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;

/**
 * The date an unquoted YAML scalar is, as Psych reads it; null when it is none: a day the
 * calendar does not have (`2021-02-30`, `1900-02-29`, the days 1582 skipped) stays text.
 */
export function yamlDate(text: string): RubyDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = RubyDate.of(y, mo, d);
  const back = civil(date.julianDay);
  return back.year === y && back.month === mo && back.day === d ? date : null;
}
