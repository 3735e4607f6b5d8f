import { describe, expect, it } from 'vitest';
import {
  documentOutputPath,
  documentPermalink,
  expandPermalink,
  outputPathFor,
  permalinkTemplate,
} from '../../../src/model/permalink.js';

const values = {
  categories: 'news/releases',
  year: '2021',
  month: '07',
  day: '07',
  title: 'hello-world',
  output_ext: '.html',
  i_month: '7',
};

describe('permalinks', () => {
  it.each([
    ['date', '/news/releases/2021/07/07/hello-world.html'],
    ['pretty', '/news/releases/2021/07/07/hello-world/'],
    ['none', '/news/releases/hello-world.html'],
    ['/blog/:year/:i_month/:title:output_ext', '/blog/2021/7/hello-world.html'],
  ])('%s', (style, url) => expect(expandPermalink(permalinkTemplate(style), values)).toBe(url));

  it('escapes what a path does not keep, and keeps the rest as it is', () => {
    expect(expandPermalink('/:title/', { title: "a b/100%/%41/é😀/a:b@c!$&'()*+,;=~._-" })).toBe(
      "/a%20b/100%25/%2541/%C3%A9%F0%9F%98%80/a:b@c!$&'()*+,;=~._-/",
    );
  });

  it("keeps a value's `?` and escapes its `#`, as Addressable encodes a URI", () => {
    expect(expandPermalink('/:title/', { title: 'what?/a#b?c' })).toBe('/what?/a%23b?c/');
  });

  it('collapses the empty category segment', () => {
    expect(expandPermalink(permalinkTemplate('date'), { ...values, categories: '' })).toBe(
      '/2021/07/07/hello-world.html',
    );
  });

  it("sanitizes as Jekyll's URL does: `..` a `/`, then `./` dropped, then `//` collapsed", () => {
    expect(expandPermalink('/:year/:title/', { year: '2024', title: 'Mr.' })).toBe('/2024/Mr');
    expect(expandPermalink('/dots.../', {})).toBe('/dots/');
    expect(expandPermalink('/v1./:title', { title: 'a..b' })).toBe('/v1a/b');
    expect(expandPermalink('/:year/../../:title.html', { year: '2026', title: 's' })).toBe('/2026/s.html');
    expect(expandPermalink('./rel/', {})).toBe('/rel/');
  });

  it('formats the date placeholders a template can read, and computes only what it reads', () => {
    // 2021-07-04T05:06:07Z, a Sunday in ISO week 26 of 2021.
    const date = Date.UTC(2021, 6, 4, 5, 6, 7);
    const template = '/:w_year-W:week-:w_day/:short_day/:long_month/:i_day:yearly/:y_day:hour:minute:second/:title';
    const permalink = documentPermalink(template);
    expect([...permalink.reads]).toEqual(['title']);
    expect(permalink.expand({ title: 'x' }, date, 'UTC')).toBe('/2021-W26-7/Sun/July/42021ly/185050607/x');
    expect(documentPermalink(template)).toBe(permalink);
    // Each read as the general expansion reads it, longest name first.
    const values = {
      collection: 'posts',
      path: '/a/b',
      name: 'b',
      title: 'T',
      slug: 's',
      categories: 'x/y',
      slugified_categories: 'x/y',
      output_ext: '.html',
    };
    const all = '/:collection/:path/:name/:title/:slug/:categories/:slugified_categories:output_ext';
    const dated =
      '/:year/:month/:day/:hour/:minute/:second/:i_day/:i_month/:short_month/:long_month/:short_year/:w_year/:week/:w_day/:short_day/:long_day/:y_day';
    for (const t of [all, dated, `${dated}${all}`, '/:month_:titles/:yearly/:nothing/:day_x:slugify', 'plain/', '']) {
      const general = expandPermalink(t, {
        ...values,
        year: '2021',
        month: '07',
        day: '04',
        hour: '05',
        minute: '06',
        second: '07',
        i_day: '4',
        i_month: '7',
        short_month: 'Jul',
        long_month: 'July',
        short_year: '21',
        w_year: '2021',
        week: '26',
        w_day: '7',
        short_day: 'Sun',
        long_day: 'Sunday',
        y_day: '185',
      });
      expect(documentPermalink(t).expand(values, date, 'UTC')).toBe(general);
    }
    expect([...documentPermalink('/:categories/:title:output_ext').reads]).toEqual([
      'categories',
      'title',
      'output_ext',
    ]);
  });

  it('maps URLs to files', () => {
    expect(outputPathFor('/a/b/', '.html')).toBe('a/b/index.html');
    expect(outputPathFor('/a/b.html', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a/b', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a%20b.html', '.html')).toBe('a b.html');
  });

  it('resolves the dot segments an escape makes, never above the destination, as File.expand_path', () => {
    expect(outputPathFor('/%2e%2e/x/', '.html')).toBe('x/index.html');
    expect(outputPathFor('/a/%2E%2E/%2e%2e/y.html', '.html')).toBe('y.html');
    expect(outputPathFor('/', '.html')).toBe('index.html');
    expect(documentOutputPath('/z/.', '/z/.', '.html', true)).toBe('z.html');
    expect(documentOutputPath('/c%2Fd/', '/c%2Fd/', '.html', true)).toBe('c/d/index.html');
  });
});
