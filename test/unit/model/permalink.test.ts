import { describe, expect, it } from 'vitest';
import { expandPermalink, outputPathFor, permalinkTemplate } from '../../../src/model/permalink.js';

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

  it('collapses the empty category segment', () => {
    expect(expandPermalink(permalinkTemplate('date'), { ...values, categories: '' })).toBe(
      '/2021/07/07/hello-world.html',
    );
  });

  it('maps URLs to files', () => {
    expect(outputPathFor('/a/b/', '.html')).toBe('a/b/index.html');
    expect(outputPathFor('/a/b.html', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a/b', '.html')).toBe('a/b.html');
    expect(outputPathFor('/a%20b.html', '.html')).toBe('a b.html');
  });
});
