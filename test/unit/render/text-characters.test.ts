import { describe, expect, it } from 'vitest';
import { standardFilters } from '../../../src/render/templates/filters/standard.js';
import { random } from '../../helpers/random.js';

// slice, truncate and size count a text's characters as Ruby does, and JavaScript's string
// iterator yields them (a surrogate pair one character, a lone surrogate one too); they walk the
// text only when it holds a surrogate. Random texts of such pieces against the iterator's count.
const filters = standardFilters();
const PIECES = ['a', 'é', '\u2603', '😀', '\ud83d', '\ude00', '\udbff\udfff', ' '];

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * (rand() < 0.5 ? 2 : PIECES.length))]!;
  return s;
}

describe('text filters count characters', () => {
  it('agree with a slice of the characters on random texts', () => {
    const rand = random(612);
    for (let i = 0; i < 5000; i++) {
      const s = randomText(rand);
      const c = [...s];
      const start = Math.floor(rand() * 16) - 8,
        length = Math.floor(rand() * 12) - 2;
      const from = start < 0 ? c.length + start : start;
      const sliced = from < 0 || from > c.length || length < 0 ? '' : c.slice(from, from + length).join('');
      expect(filters.slice!(s, start, length), JSON.stringify([s, start, length])).toBe(sliced);
      expect(filters.size!(s)).toBe(c.length);
      const n = Math.floor(rand() * 10);
      const keep = Math.max(0, n - 1);
      const truncated = c.length > n ? `${c.slice(0, keep).join('')}😀` : s;
      expect(filters.truncate!(s, n, '😀'), JSON.stringify([s, n])).toBe(truncated);
    }
  });
});
