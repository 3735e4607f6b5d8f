import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/shared/dates.js';
import { SiteDate } from '../../../src/shared/site-date.js';
import { strftime } from '../../../src/shared/strftime.js';

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
  it('SiteDate prints like a Ruby Time', () => {
    expect(String(new SiteDate(at('2021-07-07T00:00:00Z'), 'CET'))).toBe('2021-07-07 02:00:00 +0200');
    expect(JSON.stringify({ d: new SiteDate(0, 'UTC') })).toBe('{"d":"1970-01-01 00:00:00 +0000"}');
  });
});
