import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/run.js';
import { readTree, tempDir } from '../helpers/tree.js';

const ROOT = join(import.meta.dirname, '..', '..');

// The repository's own website, built the way `npm run build` builds it.
describe('the project website', () => {
  let tree: Map<string, Buffer>;
  beforeAll(async () => {
    const dest = tempDir('own-site');
    const r = await buildSite(ROOT, dest, { destination: dest });
    expect(r.errors).toEqual([]);
    tree = readTree(dest);
  });

  it('has a page per post, the blog index pages, the feed, the home page and the images', () => {
    const paths = [...tree.keys()];
    expect(paths.filter((p) => /^\w+\/\d{4}\/\d\d\/\d\d\/[^/]+\.html$/.test(p)).length).toBeGreaterThanOrEqual(12);
    for (const p of [
      'index.html',
      'blog/index.html',
      'blog/page2/index.html',
      'blog/feed.xml',
      'about.html',
      'img/logo.svg',
      'img/pipeline.svg',
    ]) {
      expect(paths).toContain(p);
    }
    expect(
      paths.some(
        (p) => /^(src|test|scripts|bench|dist|node_modules)\//.test(p) || p === 'README.md' || p === 'package.json',
      ),
    ).toBe(false);
  });

  it('every HTML page parses without a single HTML5 parse error', () => {
    for (const [path, bytes] of tree) {
      if (!path.endsWith('.html')) continue;
      const errors: string[] = [];
      parse(bytes.toString('utf8'), { onParseError: (e) => errors.push(`${path}:${e.startLine}: ${e.code}`) });
      expect(errors).toEqual([]);
    }
  });

  it('the feed is RSS 2.0: at most 100 items, newest first, absolute links, RFC-822 dates in the site zone', () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(tree.get('blog/feed.xml')!.toString('utf8'));
    expect(xml.rss['@_version']).toBe('2.0');
    const items = [xml.rss.channel.item].flat();
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.length).toBeLessThanOrEqual(100);
    const dates = items.map((i: { pubDate: string }) => i.pubDate);
    for (const d of dates)
      expect(d).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0[12]00$/,
      );
    const times = dates.map((d: string) => Date.parse(d));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const i of items) {
      expect(i.link).toMatch(/^https:\/\/kiln\.example\.org\//);
      expect(i.guid['#text']).toBe(i.link);
      expect(tree.has(i.link.replace('https://kiln.example.org/', ''))).toBe(true);
    }
  });

  it('the home page lists the five newest posts with their excerpts', () => {
    const home = tree.get('index.html')!.toString('utf8');
    expect(home.match(/<dt>/g)).toHaveLength(5);
    expect(home.match(/<dd>/g)).toHaveLength(5);
  });

  it('is translated on its Chinese home page, titled once, with a 404 page, a favicon and feed authors', () => {
    const text = (p: string) => tree.get(p)!.toString('utf8');
    const zh = text('zh/index.html');
    expect(zh).toContain('<a href="/blog/">博客</a>');
    expect(zh).toMatch(/<time datetime="[^"]+">\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
    expect(zh).toContain('由 kiln 构建。');
    expect(zh).not.toMatch(
      />(Blog|About|Getting started)<|Built by kiln|\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/,
    );
    expect(text('index.html')).toContain('<title>kiln</title>');
    expect(text('404.html')).toContain('<title>Page not found · kiln</title>');
    expect(text('index.html')).toContain('<link rel="icon" href="/img/logo.svg" type="image/svg+xml">');
    expect(text('css/site.css')).toContain('img { max-width: 100%; height: auto; }');
    const feed = text('blog/feed.xml');
    const items = feed.split('<item>').slice(1);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    // The pager keeps its sides: a placeholder stands where a link is missing.
    expect(text('blog/index.html')).toMatch(/<nav class="pager">\n<span><\/span>\n<span>Page 1 of/);
  });
});
