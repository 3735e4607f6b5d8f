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

  it('finds no date in text without one, a day past 31, or text over 128 characters', () => {
    for (const text of ['3.50', 'Monday', 'noon', `${'x'.repeat(129)} 2021-01-15`]) expect(read(text)).toBeNull();
  });
});
