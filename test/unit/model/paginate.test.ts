import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { paginate, paginatedFolder, paginatedPosts } from '../../../src/model/paginate.js';

const config = (paginatePath: string) => ({ paginatePath }) as Config;

describe('jekyll-paginate', () => {
  it('finds the paginated folder in every accepted form', () => {
    expect(paginatedFolder('blog/page:num')).toBe('blog');
    expect(paginatedFolder('/blog/page:num/')).toBe('blog');
    expect(paginatedFolder('/page:num')).toBe('');
  });
  it('splits 23 posts into 3 pages with the paths of each neighbour', () => {
    const pages = paginate(
      config('blog/page:num'),
      '/blog/',
      Array.from({ length: 23 }, (_, i) => i),
      10,
    );
    expect(pages.map((p) => p.postIndexes.length)).toEqual([10, 10, 3]);
    expect(pages[0]).toMatchObject({
      page: 1,
      totalPages: 3,
      totalPosts: 23,
      previousPage: null,
      previousPagePath: null,
      nextPage: 2,
      nextPagePath: '/blog/page2',
    });
    expect(pages[1]).toMatchObject({ previousPagePath: '/blog/', nextPagePath: '/blog/page3' });
    expect(pages[2]).toMatchObject({ nextPage: null, nextPagePath: null });
  });
  it('leaves out posts whose hidden is true in Ruby (anything but nil and false)', () => {
    const posts = [true, undefined, 'yes', false, null, 0].map((hidden) => ({ data: { hidden } }));
    expect(paginatedPosts(posts)).toEqual([1, 3, 4]);
    const pages = paginate(config('/page:num/'), '/', [1, 3, 4], 2);
    expect(pages.map((p) => p.postIndexes)).toEqual([[1, 3], [4]]);
    expect(pages[0]).toMatchObject({ totalPosts: 3, totalPages: 2 });
  });
  it('gives one empty page for no posts', () => {
    expect(paginate(config('/page:num/'), '/', [], 5)).toHaveLength(1);
  });
});
