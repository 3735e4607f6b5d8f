import { describe, expect, it } from 'vitest';
import { rubySpaceship } from '../../../src/shared/ruby-compare.js';
import { RubyDate } from '../../../src/shared/ruby-date.js';
import { RubyFloat } from '../../../src/shared/ruby-float.js';

describe('rubySpaceship', () => {
  it('orders Integers and Floats by value, texts by bytes, lists item by item', () => {
    expect(rubySpaceship(1, new RubyFloat(2))).toBe(-1);
    expect(rubySpaceship(new RubyFloat(2), 2)).toBe(0);
    expect(rubySpaceship('Z', 'a')).toBe(-1);
    expect(rubySpaceship([1, 'b'], [1, 'a'])).toBe(1);
    expect(rubySpaceship([1], [1, 2])).toBe(-1);
  });
  it('orders two Dates or two Times, never a Date and a Time', () => {
    const day = (d: string) => new RubyDate(Date.parse(d));
    expect(rubySpaceship(day('2024-09-10'), day('2024-09-11'))).toBe(-1);
    expect(rubySpaceship(new Date('2024-09-12T09:30:00Z'), new Date('2024-09-12T07:30:00Z'))).toBe(1);
    expect(rubySpaceship(day('2024-09-10'), new Date('2024-09-12T09:30:00Z'))).toBeNull();
  });
  it('orders a Date before or after a number by its Julian day, only with the Date first', () => {
    const day = new RubyDate(Date.parse('2023-01-01'));
    expect([5, 2459945.5, 2459946].map((n) => rubySpaceship(day, n))).toEqual([1, 0, -1]);
    expect(rubySpaceship(day, new RubyFloat(2459945.5))).toBe(0);
    expect(rubySpaceship(5, day)).toBeNull();
    expect(rubySpaceship(new Date('2023-01-01T00:00:00Z'), 5)).toBeNull();
  });
  it('is nil between kinds, and 0 only for the same other value', () => {
    expect(rubySpaceship(1, '1')).toBeNull();
    expect(rubySpaceship(true, false)).toBeNull();
    expect(rubySpaceship(true, true)).toBe(0);
    expect(rubySpaceship(null, undefined)).toBe(0);
    expect(rubySpaceship(Number.NaN, 1)).toBeNull();
    expect(rubySpaceship([1, null], [1, 'a'])).toBeNull();
  });
});
