import { describe, expect, it } from 'vitest';
import { deepMergeHashes } from '../../../src/shared/deep-merge.js';

// Jekyll's Utils.deep_merge_hashes, as front matter over its defaults uses it.
describe('deepMergeHashes', () => {
  it('sets the values over the base, keeping the base keys in place and adding new ones after them', () => {
    const merged = deepMergeHashes({ layout: 'post', author: 'A' }, { title: 'T', layout: 'page' });
    expect(merged).toEqual({ layout: 'page', author: 'A', title: 'T' });
    expect(Object.keys(merged)).toEqual(['layout', 'author', 'title']);
  });

  it('merges mappings found in both key by key, and replaces a mapping by a list or a text', () => {
    const base = { seo: { type: 'Article', image: 'a.png' }, tags: { a: 1 }, links: { x: 1 } };
    const merged = deepMergeHashes(base, { seo: { image: 'b.png', twitter: 't' }, tags: ['x'], links: 'none' });
    expect(merged).toEqual({ seo: { type: 'Article', image: 'b.png', twitter: 't' }, tags: ['x'], links: 'none' });
    expect(Object.keys(merged.seo as object)).toEqual(['type', 'image', 'twitter']);
  });

  it('keeps the base value for a key set to nothing, and gives a new key set to nothing null', () => {
    const merged = deepMergeHashes(
      { layout: 'post', date: new Date(0) },
      { layout: null, extra: undefined, date: new Date(1) },
    );
    expect(merged).toEqual({ layout: 'post', date: new Date(1), extra: null });
  });

  it('replaces a date with a mapping and a mapping with a date, merging neither', () => {
    const when = new Date(5);
    expect(deepMergeHashes({ d: when }, { d: { a: 1 } })).toEqual({ d: { a: 1 } });
    expect(deepMergeHashes({ d: { a: 1 } }, { d: when }).d).toBe(when);
  });

  it('leaves both inputs as they were', () => {
    const base = { seo: { type: 'Article' }, layout: 'post' };
    const over = { seo: { image: 'b.png' }, title: 'T' };
    deepMergeHashes(base, over);
    deepMergeHashes(base, { title: 'only sets' });
    expect(base).toEqual({ seo: { type: 'Article' }, layout: 'post' });
    expect(over).toEqual({ seo: { image: 'b.png' }, title: 'T' });
  });
});
