import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { siteFromFiles, tempDir } from '../helpers/tree.js';

// What differs between the Jekyll a site was built with (`jekyll_version:`) outside Markdown: the
// Jekyll 2 facts are those of a site Jekyll 2.5.3 built (a navbar testing page.url == '/index.html',
// a feed title with an apostrophe written &#39;).
describe('jekyll_version: the Jekyll whose output the site expects', () => {
  const files = (version: string) =>
    siteFromFiles({
      '_config.yml': `template_engine: liquid\n${version}paginate: 1\npaginate_path: blog/page:num\n`,
      'index.html': '---\n---\n{{ page.url }} {{ "Flink\'s & <Table>" | xml_escape }}\n',
      'blog/index.html': '---\n---\n{{ page.url }} {{ paginator.previous_page_path }}\n',
      'docs/index.html': '---\n---\n{{ page.url }}\n',
      '_posts/2020-01-01-a.md': '---\n---\na\n',
      '_posts/2020-01-02-b.md': '---\n---\nb\n',
    });
  const built = async (version: string) => {
    const dest = tempDir('jekyll-version');
    const result = await buildSite(files(version), dest);
    expect(result.errors).toEqual([]);
    return (path: string) => readFileSync(join(dest, path), 'utf8');
  };

  it('Jekyll 4 (the default): an index page is its folder; xml_escape writes &apos; (Ruby 3.1’s encode(xml: :attr))', async () => {
    const read = await built('');
    expect(read('index.html')).toBe('/ Flink&apos;s &amp; &lt;Table&gt;\n');
    expect(read('docs/index.html')).toBe('/docs/\n');
    expect(read('blog/page2/index.html')).toBe('/blog/page2/ /blog/\n');
  });

  it('Jekyll 2: an index page keeps its file name in its URL; xml_escape writes &#39;', async () => {
    const read = await built('jekyll_version: 2\n');
    expect(read('index.html')).toBe('/index.html Flink&#39;s &amp; &lt;Table&gt;\n');
    expect(read('docs/index.html')).toBe('/docs/index.html\n');
    expect(read('blog/page2/index.html')).toBe('/blog/page2/index.html /blog/index.html\n');
  });

  // Jekyll 2 and 3 shipped kramdown 1.x, Jekyll 4 kramdown 2 (ids from `ruby markdown.rb 1|2`).
  it.each([
    ['', '<h3 id="2017">2017</h3>\n\n<h3 id="a-link">A <a href="https://x.org/p/1">link</a></h3>\n'],
    [
      'jekyll_version: 3\n',
      '<h3 id="section">2017</h3>\n\n<h3 id="a-linkhttpsxorgp1">A <a href="https://x.org/p/1">link</a></h3>\n',
    ],
    [
      'jekyll_version: 2\nkramdown:\n  compat: 2\n',
      '<h3 id="2017">2017</h3>\n\n<h3 id="a-link">A <a href="https://x.org/p/1">link</a></h3>\n',
    ],
  ])('the Markdown dialect follows the Jekyll (%j) unless kramdown.compat says', async (config, html) => {
    const dest = tempDir('jekyll-version-md');
    const site = siteFromFiles({
      '_config.yml': `template_engine: liquid\n${config}`,
      'a.md': '---\n---\n### 2017\n\n### A [link](https://x.org/p/1)\n',
    });
    const result = await buildSite(site, dest);
    expect(result.errors).toEqual([]);
    expect(readFileSync(join(dest, 'a.html'), 'utf8')).toBe(html);
  });
});
