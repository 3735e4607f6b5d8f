import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { applyDefaults, wordList } from '../../../src/model/front-matter-defaults.js';

describe('front-matter defaults', () => {
  const config = {
    collectionsDir: 'my',
    defaults: [
      { path: 'my/_recipes', values: { layout: 'dir-named', a: 1 } },
      { path: '', type: 'recipes', values: { layout: 'typed', b: 2 } },
      { path: '', values: { layout: 'any', c: 3 } },
      { path: '_recipes/soup.md', values: { layout: 'file' } },
      { path: '_posts', type: 'posts', values: { layout: 'post' } },
    ],
  } as unknown as Config;

  it('applies the matching scopes, more specific ones later, then the own values', () => {
    const soup = applyDefaults(config, 'my/_recipes/soup.md', 'recipes', { title: 'Soup' });
    expect(soup).toEqual({ layout: 'file', c: 3, b: 2, a: 1, title: 'Soup' });
    expect(Object.keys(soup)).toEqual(['layout', 'c', 'b', 'a', 'title']);
    expect(applyDefaults(config, 'my/_recipes/bread.md', 'recipes', { layout: 'own' })).toEqual({
      layout: 'own',
      c: 3,
      b: 2,
      a: 1,
    });
    expect(applyDefaults(config, 'my/_posts/2020-01-01-a.md', 'posts', {})).toEqual({ layout: 'post', c: 3 });
    // A page is matched by its own path, not one inside collections_dir.
    expect(applyDefaults(config, 'my/_recipes/x.md', 'pages', {})).toEqual({ layout: 'dir-named', c: 3, a: 1 });
    expect(applyDefaults(config, 'my/_recipesx/x.md', 'pages', {})).toEqual({ layout: 'any', c: 3 });
  });

  it('gathers words of a list or a text, the other key only when the first is unset, without repeats', () => {
    expect(wordList('a b  a', undefined)).toEqual(['a', 'b']);
    expect(wordList(undefined, ['x', null, 2])).toEqual(['x', '2']);
    expect(wordList(null, 'x')).toEqual([]);
    expect(wordList(['b', 'c'], 'x', ['news', 'b'])).toEqual(['news', 'b', 'c']);
    expect(wordList('', 'x')).toEqual([]);
  });
});
