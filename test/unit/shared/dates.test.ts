import { describe, expect, it } from 'vitest';
import { parseDate, wallClockToInstant } from '../../../src/shared/dates.js';
import { SiteDate } from '../../../src/shared/site-date.js';
import { DATE_ZONE, strftime, UTC_TIME } from '../../../src/shared/strftime.js';

const at = (iso: string) => Date.parse(iso);

describe('parseDate (Jekyll zone rules, SPEC §3)', () => {
  it('a date-only value is midnight in the site zone', () => {
    expect(parseDate('2015-08-24', 'CET')).toBe(at('2015-08-23T22:00:00Z'));
    expect(parseDate('2015-01-24', 'CET')).toBe(at('2015-01-23T23:00:00Z'));
  });
  it('a YAML timestamp without a zone is UTC, even with a one-digit hour', () => {
    expect(parseDate('2022-05-23 00:00:00', 'CET')).toBe(at('2022-05-23T00:00:00Z'));
    expect(parseDate('2016-08-11 9:00:00', 'CET')).toBe(at('2016-08-11T09:00:00Z'));
  });
  it('an explicit offset is honoured in every form', () => {
    expect(parseDate('2021-07-07T00:00:00Z', 'CET')).toBe(at('2021-07-07T00:00:00Z'));
    expect(parseDate('2021-07-07 10:00:00 +02:00', 'UTC')).toBe(at('2021-07-07T08:00:00Z'));
    expect(parseDate('2021-07-07 10:00:00 -0500', 'UTC')).toBe(at('2021-07-07T15:00:00Z'));
  });
  it('a time without seconds is local to the site, as Ruby Time.parse reads it', () => {
    expect(parseDate('2021-07-07 10:00', 'Europe/Berlin')).toBe(at('2021-07-07T08:00:00Z'));
  });
  it('rejects what is no calendar day or no date', () => {
    expect(parseDate('2021-02-29', 'UTC')).toBeNull();
    expect(parseDate('2021-07-32 10:00', 'UTC')).toBeNull();
    expect(parseDate('yesterday', 'UTC')).toBeNull();
  });
  it('knows the last day of every month, leap years by the Gregorian rule', () => {
    expect(parseDate('2024-02-29', 'UTC')).toBe(at('2024-02-29T00:00:00Z'));
    expect(parseDate('2000-02-29 10:00:00', 'UTC')).toBe(at('2000-02-29T10:00:00Z'));
    expect(parseDate('1900-02-29', 'UTC')).toBeNull();
    expect(parseDate('2100-02-29 10:00', 'UTC')).toBeNull();
    expect(parseDate('0000-02-29', 'UTC')).not.toBeNull(); // year 0 is a leap year (divisible by 400)
    expect(parseDate('0100-02-29', 'UTC')).toBeNull();
    expect(parseDate('2021-04-30', 'UTC')).not.toBeNull();
    expect(parseDate('2021-04-31', 'UTC')).toBeNull();
    expect(parseDate('2021-12-31 23:59:59', 'UTC')).toBe(at('2021-12-31T23:59:59Z'));
    expect(parseDate('2021-13-01', 'UTC')).toBeNull();
    expect(parseDate('2021-00-10', 'UTC')).toBeNull();
    expect(parseDate('2021-01-00', 'UTC')).toBeNull();
  });
  it('reads years before 100 as written, not as 19xx (Date.UTC would)', () => {
    const year = (y: number, iso: string) => {
      const d = new Date(Date.parse(iso));
      d.setUTCFullYear(y);
      return d.getTime();
    };
    expect(parseDate('0099-06-15 12:30:00', 'UTC')).toBe(year(99, '2000-06-15T12:30:00Z'));
    expect(parseDate('0001-01-01T00:00:00Z', 'UTC')).toBe(year(1, '2000-01-01T00:00:00Z'));
    expect(parseDate('0000-12-31 23:59:59 +01:00', 'UTC')).toBe(year(0, '2000-12-31T22:59:59Z'));
    expect(parseDate('0050-03-01', 'UTC')).toBe(year(50, '2000-03-01T00:00:00Z'));
    expect(parseDate('0100-03-01', 'UTC')).toBe(year(100, '2000-03-01T00:00:00Z'));
    expect(parseDate('0099-06-15', 'Etc/GMT-2')).toBe(year(99, '2000-06-14T22:00:00Z'));
  });
});

describe('strftime in the site zone', () => {
  it('prints the issue 2 example across a DST boundary', () => {
    const ms = at('2021-07-07T00:00:00Z');
    expect(strftime(ms, '%d %b %Y', 'CET')).toBe('07 Jul 2021');
    expect(strftime(ms, '%a, %d %b %Y %H:%M:%S %z', 'CET')).toBe('Wed, 07 Jul 2021 02:00:00 +0200');
    expect(strftime(at('2021-01-07T00:00:00Z'), '%a, %d %b %Y %H:%M:%S %z', 'CET')).toBe(
      'Thu, 07 Jan 2021 01:00:00 +0100',
    );
  });
  it('supports padding flags, 12-hour clock, day of year and colon offsets', () => {
    const ms = at('2024-03-05T15:04:09Z');
    expect(strftime(ms, '%-d/%-m/%y %I:%M %p %j %e|%:z|%A %B', 'UTC')).toBe(
      '5/3/24 03:04 PM 065  5|+00:00|Tuesday March',
    );
    expect(strftime(ms, '%z', 'Asia/Kolkata')).toBe('+0530');
    expect(strftime(ms, '%z', 'America/St_Johns')).toBe('-0330');
  });
  it('prints unknown directives and colons before anything but %z as written, and reads a format again the same', () => {
    const ms = at('2024-03-05T15:04:09Z');
    expect(strftime(ms, '%Q%:d %::z%E|%+|%%|%_^10B|%#p|%v', 'UTC')).toBe(
      '%Q%:d +00:00:00%E|%+|%|     MARCH|pm| 5-MAR-2024',
    );
    const later = at('2025-12-31T23:59:59Z');
    expect(strftime(later, '%Q%:d %::z%E|%+|%%|%_^10B|%#p|%v', 'UTC')).toBe(
      '%Q%:d +00:00:00%E|%+|%|  DECEMBER|pm|31-DEC-2025',
    );
    expect(strftime(later, 'no directive', 'UTC')).toBe('no directive');
    expect(strftime(later, '', 'UTC')).toBe('');
  });
  it("prints %z with Ruby's flags and widths: a Time in UTC mode is -0000 with `-`, a Date drops a zero", () => {
    // What Ruby 3.1's Time#strftime and Date#strftime print (test/jekyll-oracle/sites/filter-date-offset-flags).
    const ms = at('2021-03-04T05:06:07Z');
    const f = '%-z|%_z|%010z|%_10z|%-:z|%_::z|%:::z|%8:::z|%_05z|%0_6z';
    expect(strftime(ms, f, 'UTC')).toBe('+0000| +000|+000000000|      +000|+00:00| +0:00:00|+00|+0000000|+0000|  +000');
    expect(strftime(ms, f, UTC_TIME)).toBe(
      '-0000| +000|+000000000|      +000|-00:00| +0:00:00|+00|+0000000|+0000|  +000',
    );
    expect(strftime(ms, f, { offsetMinutes: -30 })).toBe(
      '-0030| -030|-000000030|      -030|-00:30| -0:30:00|-00:30|-0000:30|-0030|  -030',
    );
    expect(strftime(Date.UTC(2021, 2, 4), '%-z|%-:z|%-:::z|%_-6z', DATE_ZONE)).toBe('+000|+0:00|+0|  +000');
    expect(strftime(ms, '%_05d|%0_5d|%_0e|%0_10B', 'UTC')).toBe('00004|    4|04|     March');
  });
  it('SiteDate prints like a Ruby Time', () => {
    expect(String(new SiteDate(at('2021-07-07T00:00:00Z'), 'CET'))).toBe('2021-07-07 02:00:00 +0200');
    expect(JSON.stringify({ d: new SiteDate(0, 'UTC') })).toBe('{"d":"1970-01-01 00:00:00 +0000"}');
  });
});

describe('wallClockToInstant (Ruby Time.local at a change of offset)', () => {
  // [zone, wall clock, Ruby's `TZ=zone ruby -e 'p Time.local(...)'` as %FT%T%:z]
  const cases: [string, [number, number, number, number, number], string][] = [
    ['America/Sao_Paulo', [2018, 11, 4, 0, 0], '2018-11-04T01:00:00-02:00'],
    ['America/Sao_Paulo', [2018, 11, 4, 0, 30], '2018-11-04T01:30:00-02:00'],
    ['America/Sao_Paulo', [2018, 2, 17, 23, 30], '2018-02-17T23:30:00-03:00'],
    ['America/New_York', [2025, 3, 9, 2, 30], '2025-03-09T03:30:00-04:00'],
    ['America/New_York', [2025, 11, 2, 1, 30], '2025-11-02T01:30:00-05:00'],
    ['America/New_York', [2025, 11, 2, 0, 59], '2025-11-02T00:59:00-04:00'],
    ['America/Santiago', [2025, 9, 7, 0, 0], '2025-09-07T01:00:00-03:00'],
    ['America/Santiago', [2025, 4, 5, 23, 30], '2025-04-05T23:30:00-04:00'],
    ['Europe/London', [2025, 3, 30, 1, 30], '2025-03-30T02:30:00+01:00'],
    ['Europe/London', [2025, 10, 26, 1, 30], '2025-10-26T01:30:00+00:00'],
    ['Europe/Dublin', [2025, 10, 26, 1, 30], '2025-10-26T01:30:00+00:00'],
    ['Europe/Moscow', [2014, 10, 26, 1, 30], '2014-10-26T01:30:00+03:00'],
    ['Australia/Lord_Howe', [2025, 10, 5, 2, 15], '2025-10-05T02:45:00+11:00'],
    ['Australia/Lord_Howe', [2025, 4, 6, 1, 45], '2025-04-06T01:45:00+10:30'],
    ['Pacific/Apia', [2011, 12, 30, 12, 0], '2011-12-31T12:00:00+14:00'],
    ['Asia/Tehran', [2022, 3, 22, 0, 0], '2022-03-22T01:00:00+04:30'],
    ['Africa/Cairo', [2023, 4, 28, 0, 30], '2023-04-28T01:30:00+03:00'],
    ['Asia/Kolkata', [2025, 6, 1, 0, 0], '2025-06-01T00:00:00+05:30'],
  ];
  it.each(cases)('%s %j is %s', (zone, [y, mo, d, h, mi], ruby) => {
    const ms = wallClockToInstant(y, mo, d, h, mi, 0, zone);
    expect(strftime(ms, '%FT%T%:z', zone)).toBe(ruby);
  });
});
