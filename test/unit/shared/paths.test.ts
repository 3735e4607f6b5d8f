import { describe, expect, it } from 'vitest';
import { pathOrder, pathOrderAfter, placesOf } from '../../../src/shared/paths.js';
import { random } from '../../helpers/random.js';

describe('the order of output paths', () => {
  it('made from the last order is the order sorting makes (seeded edits of a list)', () => {
    const rand = random(20261204);
    const fresh = (n: number) => `${['blog', '2025/07', 'a', 'é'][Math.floor(rand() * 4)]}/${n}.html`;
    let made = 0;
    let paths = Array.from({ length: 300 }, () => fresh(made++));
    let order = pathOrder(paths);
    let incremental = 0;
    for (let step = 0; step < 400; step++) {
      const next = [...paths];
      const edits = 1 + Math.floor(rand() * (step % 10 === 0 ? 120 : 4));
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * (next.length + 1));
        if (rand() < 0.6) next.splice(at, 0, fresh(made++));
        else if (next.length > 1) next.splice(Math.min(at, next.length - 1), 1);
      }
      const places = placesOf(next)!;
      const after = pathOrderAfter(paths, order, next, places);
      if (after) incremental++;
      const expected = pathOrder(next);
      expect(after ?? expected).toEqual(expected);
      paths = next;
      order = expected;
    }
    // Most steps add or remove a few paths: those take the incremental way.
    expect(incremental).toBeGreaterThan(300);
  });
  it('gives way to sorting when many paths are new, or the last list had one twice', () => {
    const paths = ['b', 'a', 'c'];
    expect(pathOrderAfter(['b'], [0], paths, placesOf(paths)!, 1)).toBeNull();
    expect(pathOrderAfter(['b', 'a', 'b'], [1, 0, 2], paths, placesOf(paths)!)).toBeNull();
    expect(placesOf(['a', 'a'])).toBeNull();
  });
});
