import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/shared/hash.js';
import {
  alignPaths,
  type ManifestText,
  manifestString,
  manifestText,
  nextManifest,
  parseManifest,
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
  /** The manifest after `last` (of `lastPaths`, `lastHashes`) for the new list, as a watch rebuild makes it. */
  const next = (last: ManifestText, lastPaths: string[], lastHashes: string[], paths: string[], hashes: string[]) =>
    nextManifest(last, lastHashes, paths, hashes, alignPaths(lastPaths, paths).before);

  it('after changed hashes, is the manifest made afresh', () => {
    const paths = ['a.html', 'b/ü.html', 'c.html'];
    const old = [hashBytes('A'), hashBytes('B'), hashBytes('C')];
    const before = manifestText(paths, old);
    for (const changed of [[0], [1], [2], [0, 2], [0, 1, 2]]) {
      const hashes = paths.map((p, i) => hashBytes(changed.includes(i) ? `${p} new` : 'ABC'[i]!));
      expect(manifestString(next(before, paths, old, paths, hashes))).toBe(manifestString(manifestText(paths, hashes)));
    }
    // Many entries, in runs, changed at the edges of runs: only those runs are made again.
    const many = Array.from({ length: 300 }, (_, i) => `p${String(i).padStart(3, '0')}.html`);
    const hashes = many.map((p) => hashBytes(p));
    const fresh = many.map((p, i) => (i % 64 === 0 || i % 64 === 63 || i === 299 ? hashBytes(`${p}!`) : hashes[i]!));
    const last = manifestText(many, hashes);
    const made = next(last, many, hashes, many, fresh);
    expect(manifestString(made)).toBe(manifestString(manifestText(many, fresh)));
    expect(JSON.parse(manifestString(made))).toEqual(Object.fromEntries(many.map((p, i) => [p, fresh[i]])));
    const unchanged = next(last, many, hashes, many, hashes);
    expect(unchanged.chunks.every((c, k) => c === last.chunks[k])).toBe(true);
    // Runs gone whole from the end and from the start: the runs next to them open or close the text.
    for (const [from, to] of [
      [0, 256],
      [64, 300],
      [64, 256],
    ] as const) {
      const kept = next(last, many, hashes, many.slice(from, to), hashes.slice(from, to));
      expect(manifestString(kept)).toBe(manifestString(manifestText(many.slice(from, to), hashes.slice(from, to))));
    }
  });

  it('lines up a new list with the last: where each path was, and the paths gone', () => {
    const { before, gone } = alignPaths(['a', 'b', 'd', 'e'], ['0', 'b', 'c', 'e', 'f']);
    expect([...before]).toEqual([-1, 1, -1, 3, -1]);
    expect(gone).toEqual(['a', 'd']);
  });

  it('after outputs added, removed and changed at random, is the manifest made afresh (seeded)', () => {
    let seed = 4242;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const name = () => `p/${String(random(100000)).padStart(5, '0')}.html`;
    let paths = [...new Set(Array.from({ length: 400 }, name))].sort();
    let hashes = paths.map((p) => hashBytes(p));
    let manifest = manifestText(paths, hashes);
    for (let step = 0; step < 300; step++) {
      const entries = new Map(paths.map((p, i) => [p, hashes[i]!]));
      for (let n = random(4); n >= 0; n--) {
        const what = random(4);
        if (what === 0) entries.set(name(), `new ${step}`);
        else if (what === 1 && entries.size > 0) entries.delete([...entries.keys()][random(entries.size)]!);
        else if (what === 2 && entries.size > 0)
          entries.set([...entries.keys()][random(entries.size)]!, `changed ${step}`);
        else if (step % 50 === 0) entries.clear();
      }
      const newPaths = [...entries.keys()].sort();
      const newHashes = newPaths.map((p) => entries.get(p)!);
      manifest = next(manifest, paths, hashes, newPaths, newHashes);
      expect(manifestString(manifest)).toBe(manifestString(manifestText(newPaths, newHashes)));
      paths = newPaths;
      hashes = newHashes;
    }
  });

  it('with no entries, is an empty object', () => {
    expect(manifestString(manifestText([], []))).toBe('{\n\n}\n');
  });
  it('a damaged manifest counts as empty (every output is then written)', () => {
    expect(parseManifest('{ not json').manifest.size).toBe(0);
  });
});
