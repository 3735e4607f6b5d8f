import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/shared/hash.js';
import {
  manifestString,
  manifestText,
  parseManifest,
  patchManifest,
  staleFiles,
} from '../../../src/write/plan-writes.js';

describe('the write manifest', () => {
  it('lists as stale only what kiln made before and makes no more', () => {
    const previous = new Map([
      ['a.html', hashBytes('A')],
      ['gone.html', 'x'],
      ['blog/old.html', 'y'],
    ]);
    const current = new Map([
      ['a.html', hashBytes('A2')],
      ['c.html', hashBytes('C')],
    ]);
    expect(staleFiles(previous, current)).toEqual(['blog/old.html', 'gone.html']);
  });
  it('is JSON with one entry a line, and reads back', () => {
    const text = manifestString(manifestText(['a', 'b "c".html'], ['1', '2']));
    expect(text).toBe('{\n  "a": "1",\n  "b \\"c\\".html": "2"\n}\n');
    expect([...parseManifest(text).manifest]).toEqual([
      ['a', '1'],
      ['b "c".html', '2'],
    ]);
  });
  it('patched with changed hashes, it is the manifest made afresh', () => {
    const paths = ['a.html', 'b/ü.html', 'c.html'];
    const before = manifestText(paths, [hashBytes('A'), hashBytes('B'), hashBytes('C')]);
    for (const changed of [[0], [1], [2], [0, 2], [0, 1, 2]]) {
      const hashes = paths.map((p, i) => hashBytes(changed.includes(i) ? `${p} new` : 'ABC'[i]!));
      expect(manifestString(patchManifest(before, paths, hashes, changed))).toBe(
        manifestString(manifestText(paths, hashes)),
      );
    }
    // Lines of any length; many entries, in chunks, patched at the edges of chunks.
    expect(manifestString(patchManifest(before, paths, ['x', hashBytes('B'), hashBytes('C')], [0]))).toBe(
      manifestString(manifestText(paths, ['x', hashBytes('B'), hashBytes('C')])),
    );
    const many = Array.from({ length: 300 }, (_, i) => `p${i}.html`);
    const old = many.map((p) => hashBytes(p));
    const fresh = many.map((p, i) => (i % 64 === 0 || i % 64 === 63 || i === 299 ? hashBytes(`${p}!`) : old[i]!));
    const changed = many.flatMap((_, i) => (fresh[i] === old[i] ? [] : [i]));
    const patched = manifestString(patchManifest(manifestText(many, old), many, fresh, changed));
    expect(patched).toBe(manifestString(manifestText(many, fresh)));
    expect(JSON.parse(patched)).toEqual(Object.fromEntries(many.map((p, i) => [p, fresh[i]])));
  });
  it('with no entries, is an empty object', () => {
    expect(manifestString(manifestText([], []))).toBe('{\n\n}\n');
  });
  it('a damaged manifest counts as empty (every output is then written)', () => {
    expect(parseManifest('{ not json').manifest.size).toBe(0);
  });
});
