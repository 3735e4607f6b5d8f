import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import {
  applyDefaults,
  categoryList,
  layoutName,
  parentLayoutName,
  tagList,
} from '../../../src/model/front-matter-defaults.js';

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

  // As Jekyll 4.3.1 reads them (test/jekyll-oracle/sites/model-tags-categories).
  it("tags: the singular when set, as it is, else the plural's words, repeats kept", () => {
    expect(tagList({ tag: 'Web Dev', tags: 'a b' })).toEqual(['Web Dev']);
    expect(tagList({ tag: ['s1', ['s2', null]], tags: ['p'] })).toEqual(['s1', 's2']);
    expect(tagList({ tag: null, tags: 'a b  a' })).toEqual(['a', 'b', 'a']);
    expect(tagList({ tag: false, tags: ['x', null, 2] })).toEqual(['x', 2]);
    expect(tagList({ tag: '' })).toEqual(['']);
    expect(tagList({ tags: 5 })).toEqual([]);
  });

  it('categories: folders, the plurals of defaults and front matter, then the singular (else the plural again), once each', () => {
    expect(categoryList({ category: 'Web Dev', categories: 'x y' }, { categories: 'x y' }, null)).toEqual([
      'x',
      'y',
      'Web Dev',
    ]);
    const data = { category: 'one', categories: ['two'] };
    expect(categoryList(data, data, { categories: ['blog'] }, ['news'])).toEqual(['news', 'blog', 'two', 'one']);
    const ks = { category: false, categories: ['k', 'k'] };
    expect(categoryList(ks, ks, null)).toEqual(['k']);
    expect(categoryList({ category: [7, 'z'] }, { categories: 'z y' }, null)).toEqual(['z', 'y', '7']);
    expect(categoryList({ category: '' }, {}, null)).toEqual(['']);
  });

  it("categories keep the type YAML gave them, and a number comes again as its text (Ruby's `|`)", () => {
    const nums = { categories: [2023, 'news', null, 2023] };
    expect(categoryList(nums, nums, null)).toEqual([2023, 'news', null, '2023', '']);
    expect(categoryList({ category: 2023 }, {}, null)).toEqual(['2023']);
    expect(categoryList({ categories: [7] }, { categories: [7] }, { categories: ['7'] })).toEqual(['7', 7]);
  });

  it("a category YAML reads as a mapping or list comes again as Ruby's to_s of it, a list's items too", () => {
    const mapped = { categories: ['talks', { Track: 'B' }] };
    expect(categoryList(mapped, mapped, null)).toEqual(['talks', { Track: 'B' }, '{"Track"=>"B"}']);
    const nested = { categories: [['n', 'm'], 'x'] };
    expect(categoryList(nested, nested, null)).toEqual([['n', 'm'], 'x', '["n", "m"]', 'n', 'm']);
  });
});

// Jekyll looks a document's layout up by its value's to_s, a layout's by its value (oracle site `layout-value-types`).
describe('layout names', () => {
  it("are a document's value as Ruby writes it, nil and none naming none", () => {
    expect([['default'], { a: 1 }, 5, false, '', 'null', null, 'none'].map((layout) => layoutName({ layout }))).toEqual(
      ['["default"]', '{"a"=>1}', '5', 'false', '', 'null', null, null],
    );
  });
  it("are only a layout's text", () => {
    expect([['default'], 5, false, '', 'none', 'base'].map((layout) => parentLayoutName({ layout }))).toEqual([
      null,
      null,
      null,
      null,
      null,
      'base',
    ]);
  });
});
