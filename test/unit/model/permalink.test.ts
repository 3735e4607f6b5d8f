import { describe, expect, it } from 'vitest';
import { datePlaceholders, expandPermalink, outputPathFor, permalinkTemplate } from '../../../src/model/permalink.js';

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
      "/a%20b/100%25/%41/%C3%A9%F0%9F%98%80/a:b@c!$&'()*+,;=~._-/",
    );
  });

  it('collapses the empty category segment', () => {
    expect(expandPermalink(permalinkTemplate('date'), { ...values, categories: '' })).toBe(
      '/2021/07/07/hello-world.html',
    );
  });

  it('formats the date placeholders a template can read, and only those', () => {
    // 2021-07-04T05:06:07Z, a Sunday in ISO week 26 of 2021.
    const date = Date.UTC(2021, 6, 4, 5, 6, 7);
    const template = '/:w_year-W:week-:w_day/:short_day/:long_month/:i_day:yearly/:y_day:hour:minute:second/:title';
    expect(datePlaceholders(template, date, 'UTC')).toEqual({
      w_year: '2021',
      w_day: '7',
      year: '2021',
      i_day: '4',
      hour: '05',
      minute: '06',
      second: '07',
      y_day: '185',
      short_day: 'Sun',
      week: '26',
      long_month: 'July',
    });
    expect(expandPermalink(template, { ...datePlaceholders(template, date, 'UTC'), title: 'x' })).toBe(
      '/2021-W26-7/Sun/July/42021ly/185050607/x',
    );
    expect(datePlaceholders('/:categories/:title:output_ext', date, 'UTC')).toEqual({});
  });

  it('maps URLs to files', () => {
    expect(outputPathFor('/a/b/', '.html')).toBe('a/b/index.html');
    expect(outputPathFor('/a/b.html', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a/b', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a%20b.html', '.html')).toBe('a b.html');
  });
});
