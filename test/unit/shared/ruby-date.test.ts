import { describe, expect, it } from 'vitest';
import { yamlDate } from '../../../src/shared/ruby-date.js';
import { strftime } from '../../../src/shared/strftime.js';

// Ruby's Date (as Psych gives it): [text, Julian day, %a %j %U %W %G %V of Date#strftime].
const CASES: [string, number, string][] = [
  ['0001-01-01', 1721424, 'Sat 001 00 00 0000 53'],
  ['1000-06-15', 2086474, 'Sat 167 23 24 1000 24'],
  ['1500-02-29', 2268992, 'Sat 060 08 08 1500 09'],
  ['1582-10-04', 2299160, 'Thu 277 39 40 1582 40'],
  ['1582-10-15', 2299161, 'Fri 278 39 40 1582 40'],
  ['1582-12-31', 2299238, 'Fri 355 50 51 1582 51'],
  ['2024-03-01', 2460371, 'Fri 061 08 09 2024 09'],
];

describe('a YAML date as Ruby’s Date, Julian before 1582-10-15', () => {
  for (const [text, jd, fields] of CASES)
    it(text, () => {
      const date = yamlDate(text)!;
      expect(date.toString()).toBe(text);
      expect(date.julianDay).toBe(jd);
      expect(strftime(date.getTime(), '%a %j %U %W %G %V', { offsetMinutes: 0 }, date.parts())).toBe(fields);
    });

  it('is the same instant as the Gregorian day Date#to_time gives', () => {
    expect(new Date(yamlDate('0001-01-01')!.getTime()).toISOString()).toBe('0000-12-30T00:00:00.000Z');
  });

  it('is no date on a day the calendar does not have', () => {
    for (const text of ['1582-10-05', '1582-10-14', '1900-02-29', '2021-02-30']) expect(yamlDate(text)).toBeNull();
    expect(yamlDate('1500-02-29')).not.toBeNull();
  });
});
