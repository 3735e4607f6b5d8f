import { describe, expect, it } from 'vitest';
import { guessTime } from '../../../src/shared/date-guess.js';
import { strftime } from '../../../src/shared/strftime.js';

// Each expected value is what Ruby 3.1's Time.parse gives in UTC with the same time for "now"
// (Liquid's date filters read text with it); null where Ruby raises, which Jekyll reports as
// "Invalid Date".
const NOW = Date.UTC(2026, 11, 6, 1, 2, 3);
const read = (text: string) => {
  const t = guessTime(text, 'UTC', () => NOW);
  return t && strftime(t.ms, '%F %T', 'UTC');
};

describe("Ruby's Time.parse guesses", () => {
  it('fills the fields above the first one given from now, the ones below with their least', () => {
    expect(read('12/25')).toBe('2026-12-25 00:00:00');
    expect(read('1.25')).toBe('2026-12-25 00:00:00');
    expect(read('10:30')).toBe('2026-12-06 10:30:00');
    expect(read('Marked up')).toBe('2026-03-01 00:00:00');
    expect(read('11 items')).toBe('2026-12-11 00:00:00');
    expect(read('-3.125')).toBe('2026-05-05 00:00:00');
  });

  it('takes the first shape it finds and reads a zone Time does not know as local', () => {
    expect(read('15th of January 2021')).toBe('2021-01-01 00:00:00');
    expect(read('2021-01-15 10:00 CET')).toBe('2021-01-15 10:00:00');
  });

  it("gives the site zone's own names their offset on January 1st or July 1st, all year", () => {
    const at = (text: string, zone: string) => {
      const t = guessTime(text, zone, () => NOW);
      return t && strftime(t.ms, '%F %T %z', t.zone);
    };
    expect(at('2021-06-18 23:30:00 CET', 'Europe/Stockholm')).toBe('2021-06-18 23:30:00 +0100');
    expect(at('2021-01-15 12:00 cest', 'Europe/Stockholm')).toBe('2021-01-15 12:00:00 +0200');
    expect(at('2021-10-31 02:30:00 CEST', 'Europe/Stockholm')).toBe('2021-10-31 02:30:00 +0200');
    expect(at('2021-01-10 12:00:00 AEST', 'Australia/Sydney')).toBe('2021-01-10 12:00:00 +1000');
    expect(at('2021-01-10 12:00:00 BST', 'Europe/London')).toBe('2021-01-10 12:00:00 +0100');
    // Another zone's name is still local time; without a year, this year's names count.
    expect(at('2021-06-18 12:00:00 EET', 'Europe/Stockholm')).toBe('2021-06-18 12:00:00 +0200');
    expect(at('12:00 CEST', 'Europe/Stockholm')).toBe('2026-12-06 12:00:00 +0200');
  });

  it('finds no date in text without one, a day past 31, or text over 128 characters', () => {
    for (const text of ['3.50', 'Monday', 'noon', `${'x'.repeat(129)} 2021-01-15`]) expect(read(text)).toBeNull();
  });
});
