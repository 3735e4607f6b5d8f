import { isRubyArray } from './literals.js';
import { rubyToS } from './ruby.js';
import { readLiquidInteger } from './standard.js';

/**
 * Jekyll's `sample`: one item of a list (or `n` of them, a list) picked at random. kiln picks
 * from a generator seeded by the list itself, so the same input gives the same page on every
 * build and in watch (Jekyll's pick changes from build to build). Input that is not a list is
 * given back as it is; an `n` Ruby's Integer() does not read (`"2.5"`, a Float) is 1, and a
 * negative `n` fails, as in Jekyll.
 */
export function sample(input: unknown, n: unknown = 1): unknown {
  if (!isRubyArray(input)) return input;
  const count = readLiquidInteger(n) ?? 1;
  if (count < 0) throw new Error('negative sample number');
  const random = generator(seedOf(input));
  const pool = [...input];
  // The first `count` places of a Fisher-Yates shuffle: `count` distinct items in random order.
  const picked = Math.min(count, pool.length);
  for (let i = 0; i < picked; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return count === 1 ? pool[0] : pool.slice(0, picked);
}

/** FNV-1a over the list's length and its first items' text: the same list, the same seed. */
function seedOf(list: readonly unknown[]): number {
  let hash = 0x811c9dc5;
  const text = `${list.length}\u0000${list
    .slice(0, 64)
    .map((item) => (item !== null && typeof item === 'object' ? '' : rubyToS(item)))
    .join('\u0000')}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** mulberry32: a small generator of numbers in [0, 1) from a 32-bit seed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
